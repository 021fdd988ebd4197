/**
 * @file Optional sending of a batch through an SMS gateway's HTTP API when the office is online. One POST per
 * message (JSON `{phone, text, id}` with a bearer token); a network error or a 5xx answer is retried with a growing
 * pause, a 4xx is final. Each message passes the contact gate first and becomes a contact and a journal entry only
 * once the gateway accepted it; what failed stays «prepared» and is reported, so it can be sent again or exported.
 * The address and key come from ./gateway-settings (https only; the key sealed at rest).
 */
import type Database from 'better-sqlite3';
import { and, count, eq } from 'drizzle-orm';
import { smsBatches, smsMessages } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { assertContactAllowed, insertContact } from '../contacts/contact-guard';
import { preparedMessages, readBatch } from './sms-batch';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import type { SecretBox } from '../secret-box';
import { gatewayConfigForSending, type GatewayConfig } from './gateway-settings';

export interface GatewaySendResult {
  sent: number;
  failed: Array<{ phone: string; reason: string }>;
  attempts: number;
}

export interface SendOptions {
  retries?: number;
  /** Pause before the n-th retry, ms (grows: base × n). */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  /** The box the key is sealed with (CoreContext.secrets). */
  secrets?: SecretBox | undefined;
}

async function postWithRetries(
  config: GatewayConfig,
  body: unknown,
  options: Required<Omit<SendOptions, 'secrets'>>,
): Promise<{ ok: true; attempts: number } | { ok: false; attempts: number; reason: string }> {
  let reason = '';
  for (let attempt = 1; attempt <= options.retries + 1; attempt += 1) {
    try {
      const response = await options.fetchImpl(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${config.token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      if (response.ok) return { ok: true, attempts: attempt };
      reason = `шлюз ответил ${response.status}`;
      if (response.status < 500) return { ok: false, attempts: attempt, reason };
    } catch (error) {
      reason = `нет связи со шлюзом (${error instanceof Error ? error.message : String(error)})`;
    }
    if (attempt <= options.retries) await new Promise((r) => setTimeout(r, options.backoffMs * attempt));
  }
  return { ok: false, attempts: options.retries + 1, reason };
}

export async function sendBatchOverHttp(
  sqlite: Database.Database,
  batchId: number,
  by: JournalActor,
  nowMs: number,
  options: SendOptions = {},
): Promise<GatewaySendResult> {
  const config = gatewayConfigForSending(sqlite, options.secrets);
  if (!config) throw new AppError('CONFLICT', 'SMS-шлюз не настроен: укажите адрес и ключ шлюза.');
  const batch = readBatch(sqlite, batchId);
  if (batch.status === 'exported') throw new AppError('CONFLICT', 'Этот пакет уже отправлен или выгружен.');
  const opts: Required<Omit<SendOptions, 'secrets'>> = {
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    fetchImpl: options.fetchImpl ?? fetch,
  };
  const book = currentRuleBook(sqlite);
  const db = drizzleOf(sqlite);
  const messages = preparedMessages(sqlite, batchId);
  const result: GatewaySendResult = { sent: 0, failed: [], attempts: 0 };
  for (const m of messages) {
    let moment: { localDate: string; localMinute: number };
    try {
      moment = assertContactAllowed(sqlite, m.accountId, 'sms', nowMs, book);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ phone: m.phone, reason: error.message });
      continue;
    }
    const answer = await postWithRetries(config, { phone: m.phone, text: m.text, id: `${batchId}-${m.id}` }, opts);
    result.attempts += answer.attempts;
    if (!answer.ok) {
      result.failed.push({ phone: m.phone, reason: answer.reason });
      continue;
    }
    sqlite.transaction(() => {
      insertContact(sqlite, {
        accountId: m.accountId,
        channel: 'sms',
        ...moment,
        atMs: nowMs,
        phone: m.phone,
        outcome: 'sent',
        userName: by.name,
      });
      // «sent»: the gateway took it; its delivery report, when imported, says «delivered» or «failed».
      db.update(smsMessages).set({ status: 'sent', statusAtMs: nowMs }).where(eq(smsMessages.id, m.id)).run();
      writeJournal(sqlite, by, nowMs, {
        kind: 'sms.sent',
        accountId: m.accountId,
        actionDate: moment.localDate,
        summary: `SMS через шлюз на ${m.phone}: «${m.text}»`,
        details: { batchId, messageId: m.id, attempts: answer.attempts, via: 'gateway' },
      });
    })();
    result.sent += 1;
  }
  const left =
    db
      .select({ n: count() })
      .from(smsMessages)
      .where(and(eq(smsMessages.batchId, batchId), eq(smsMessages.status, 'prepared')))
      .get()?.n ?? 0;
  if (left === 0) db.update(smsBatches).set({ status: 'exported' }).where(eq(smsBatches.id, batchId)).run();
  writeJournal(sqlite, by, nowMs, {
    kind: 'sms.gateway_send',
    actionDate: localMoment(nowMs).date,
    summary: `Пакет SMS № ${batchId} через шлюз: отправлено ${result.sent}, не отправлено ${result.failed.length}`,
    details: { sent: result.sent, failed: result.failed.length },
  });
  return result;
}
