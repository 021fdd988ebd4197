/**
 * @file Optional sending of a batch through an SMS gateway's HTTP API when the office is online. One POST per
 * message (JSON `{phone, text, id}` with a bearer token); a network error or a 5xx answer is retried with a growing
 * pause, a 4xx is final. Each message passes the contact gate first and becomes a contact and a journal entry only
 * once the gateway accepted it; what failed stays «prepared» and is reported, so it can be sent again or exported.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { assertContactAllowed, insertContact } from '../contacts/contact-guard';
import { readBatch } from './sms-batch';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export interface GatewayConfig {
  url: string;
  token: string;
}

const CONFIG_KEY = 'sms.gateway';

export function getGatewayConfig(sqlite: Database.Database): GatewayConfig | null {
  const row = sqlite.prepare('SELECT value_json AS v FROM app_settings WHERE key = ?').get(CONFIG_KEY) as { v: string } | undefined;
  return row ? (JSON.parse(row.v) as GatewayConfig) : null;
}

/** Saves the gateway's address and key; the journal keeps the address before and after, never the key. */
export function setGatewayConfig(sqlite: Database.Database, config: GatewayConfig, by: JournalActor, nowMs: number): void {
  sqlite.transaction(() => {
    const before = getGatewayConfig(sqlite);
    sqlite
      .prepare(
        `INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(CONFIG_KEY, JSON.stringify(config), nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'sms.gateway_updated',
      summary: `Изменён адрес СМС-шлюза: ${config.url}`,
      object: { type: 'settings', id: CONFIG_KEY },
      before: before ? { url: before.url, keySet: true } : null,
      after: { url: config.url, keySet: true },
    });
  })();
}

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
}

async function postWithRetries(
  config: GatewayConfig,
  body: unknown,
  options: Required<SendOptions>,
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
  const config = getGatewayConfig(sqlite);
  if (!config) throw new AppError('CONFLICT', 'SMS-шлюз не настроен: укажите адрес и ключ шлюза.');
  const batch = readBatch(sqlite, batchId);
  if (batch.status === 'exported') throw new AppError('CONFLICT', 'Этот пакет уже отправлен или выгружен.');
  const opts: Required<SendOptions> = { retries: options.retries ?? 3, backoffMs: options.backoffMs ?? 1000, fetchImpl: options.fetchImpl ?? fetch };
  const book = currentRuleBook(sqlite);
  const messages = sqlite
    .prepare(`SELECT id, account_id AS accountId, phone, text, segments FROM sms_messages WHERE batch_id = ? AND status = 'prepared' ORDER BY id`)
    .all(batchId) as Array<{ id: number; accountId: number; phone: string; text: string; segments: number }>;
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
      insertContact(sqlite, { accountId: m.accountId, channel: 'sms', ...moment, atMs: nowMs, phone: m.phone, outcome: 'sent', userName: by.name });
      sqlite.prepare(`UPDATE sms_messages SET status = 'exported', status_at_ms = ? WHERE id = ?`).run(nowMs, m.id);
      writeJournal(sqlite, by, nowMs, {
        kind: 'sms.sent',
        accountId: m.accountId,
        actionDate: moment.localDate,
        summary: `SMS через шлюз на ${m.phone}: «${m.text}»`,
        details: { batchId, messageId: m.id, attempts: answer.attempts },
      });
    })();
    result.sent += 1;
  }
  const left = (sqlite.prepare(`SELECT count(*) AS n FROM sms_messages WHERE batch_id = ? AND status = 'prepared'`).get(batchId) as { n: number }).n;
  if (left === 0) sqlite.prepare(`UPDATE sms_batches SET status = 'exported' WHERE id = ?`).run(batchId);
  writeJournal(sqlite, by, nowMs, {
    kind: 'sms.gateway_send',
    actionDate: localMoment(nowMs).date,
    summary: `Пакет SMS № ${batchId} через шлюз: отправлено ${result.sent}, не отправлено ${result.failed.length}`,
    details: { sent: result.sent, failed: result.failed.length },
  });
  return result;
}
