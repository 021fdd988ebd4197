/**
 * @file SMS batches (measure 1): a template applied to today's worklist; the gateway file (CSV `phone;text`,
 * UTF-8); at export every message passes the contact gate and is recorded as a contact and journaled (the moment
 * the file leaves for the gateway is the moment of sending); the gateway's delivery report updates the statuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { assertContactAllowed, insertContact } from '../contacts/contact-guard';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { smsSize } from '../../../shared/rules/contact/sms-segments';
import { smsTextFor, unknownPlaceholders } from '../../../shared/rules/contact/sms-template';
import type { FileResult, SmsBatchView, SmsReportResult } from '../../../shared/api/contract-work';
import { smsWorklist, withAddresses } from './sms-worklist';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export function createSmsBatch(
  sqlite: Database.Database,
  input: { template: string; limit: number | null },
  by: JournalActor,
  nowMs: number,
): SmsBatchView {
  const unknown = unknownPlaceholders(input.template);
  if (unknown.length > 0) throw new AppError('VALIDATION', `В шаблоне неизвестные поля: ${unknown.join(', ')}.`);
  const today = localMoment(nowMs).date;
  const { recipients } = smsWorklist(sqlite, today);
  // An account already in a batch not yet exported would get the message twice.
  const pending = new Set(
    (
      sqlite
        .prepare(
          `SELECT m.account_id AS id FROM sms_messages m JOIN sms_batches b ON b.id = m.batch_id WHERE b.status = 'prepared'`,
        )
        .all() as Array<{ id: number }>
    ).map((r) => r.id),
  );
  const chosen = withAddresses(
    sqlite,
    recipients.filter((r) => !pending.has(r.accountId)).slice(0, input.limit ?? undefined),
  );
  if (chosen.length === 0) throw new AppError('CONFLICT', 'Сегодня некому отправить SMS: список получателей пуст.');
  return sqlite.transaction(() => {
    const batchId = Number(
      sqlite
        .prepare(
          `INSERT INTO sms_batches (created_date, template, recipients, status, user_name, at_ms) VALUES (?, ?, ?, 'prepared', ?, ?)`,
        )
        .run(today, input.template, chosen.length, by.name, nowMs).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      `INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status) VALUES (?, ?, ?, ?, ?, ?, 'prepared')`,
    );
    for (const r of chosen) {
      const text = smsTextFor(input.template, r, today);
      const size = smsSize(text);
      insert.run(batchId, r.accountId, r.phone, text, size.encoding, size.segments);
    }
    return readBatch(sqlite, batchId);
  })();
}

const BATCH_SELECT = `SELECT b.id, b.created_date AS createdDate, b.template, b.recipients, b.status, b.user_name AS userName, b.at_ms AS atMs,
        coalesce(sum(m.segments), 0) AS segmentsTotal, coalesce(sum(m.status = 'delivered'), 0) AS delivered,
        coalesce(sum(m.status = 'failed'), 0) AS failed
   FROM sms_batches b LEFT JOIN sms_messages m ON m.batch_id = b.id`;

export function readBatch(sqlite: Database.Database, batchId: number): SmsBatchView {
  const row = sqlite.prepare(`${BATCH_SELECT} WHERE b.id = ? GROUP BY b.id`).get(batchId) as SmsBatchView | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Такого пакета SMS нет.');
  return row;
}

export function listBatches(sqlite: Database.Database): SmsBatchView[] {
  return sqlite.prepare(`${BATCH_SELECT} GROUP BY b.id ORDER BY b.id DESC LIMIT 100`).all() as SmsBatchView[];
}

/** A CSV field: quoted when it holds the separator, a quote or a line break. */
function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportSmsBatch(
  sqlite: Database.Database,
  dataDir: string,
  batchId: number,
  by: JournalActor,
  nowMs: number,
): FileResult & { segmentsTotal: number } {
  const batch = readBatch(sqlite, batchId);
  if (batch.status === 'exported')
    throw new AppError('CONFLICT', 'Этот пакет уже выгружен: повторная отправка нарушила бы лимиты сообщений.');
  const book = currentRuleBook(sqlite);
  const messages = sqlite
    .prepare(
      `SELECT id, account_id AS accountId, phone, text, segments FROM sms_messages WHERE batch_id = ? AND status = 'prepared' ORDER BY id`,
    )
    .all(batchId) as Array<{ id: number; accountId: number; phone: string; text: string; segments: number }>;
  const lines = ['phone;text'];
  let segmentsTotal = 0;
  sqlite.transaction(() => {
    for (const m of messages) {
      // The gate again at the moment of sending: the day, the hours and other contacts may have changed since.
      const { localDate, localMinute } = assertContactAllowed(sqlite, m.accountId, 'sms', nowMs, book);
      insertContact(sqlite, {
        accountId: m.accountId,
        channel: 'sms',
        localDate,
        localMinute,
        atMs: nowMs,
        phone: m.phone,
        outcome: 'exported',
        userName: by.name,
      });
      writeJournal(sqlite, by, nowMs, {
        kind: 'sms.sent',
        accountId: m.accountId,
        actionDate: localDate,
        summary: `SMS на ${m.phone}: «${m.text}»`,
        details: { batchId, messageId: m.id, segments: m.segments },
      });
      lines.push(`${csvField(m.phone)};${csvField(m.text)}`);
      segmentsTotal += m.segments;
    }
    sqlite
      .prepare(`UPDATE sms_messages SET status = 'exported', status_at_ms = ? WHERE batch_id = ? AND status = 'prepared'`)
      .run(nowMs, batchId);
    const dir = path.join(dataDir, 'exports', 'sms');
    fs.mkdirSync(dir, { recursive: true });
    const savedPath = path.join(dir, `sms-batch-${batchId}.csv`);
    fs.writeFileSync(savedPath, `${lines.join('\r\n')}\r\n`, 'utf8');
    sqlite.prepare(`UPDATE sms_batches SET status = 'exported', file_path = ? WHERE id = ?`).run(savedPath, batchId);
  })();
  const savedPath = path.join(dataDir, 'exports', 'sms', `sms-batch-${batchId}.csv`);
  return {
    fileName: path.basename(savedPath),
    savedPath,
    base64: fs.readFileSync(savedPath).toString('base64'),
    rows: messages.length,
    segmentsTotal,
  };
}

const DELIVERED = /^(delivered|delivrd|доставлено|доставлен|ok)$/i;
const FAILED = /^(failed|undeliv|undelivered|expired|rejected|не доставлено|ошибка|error)$/i;

/** The gateway's delivery report: CSV `phone;status` (header optional), UTF-8. */
export function importSmsReport(
  sqlite: Database.Database,
  batchId: number,
  file: string,
  by: JournalActor,
  nowMs: number,
): SmsReportResult {
  const batch = readBatch(sqlite, batchId);
  if (batch.status !== 'exported')
    throw new AppError('CONFLICT', 'Пакет ещё не выгружен — отчёта о доставке по нему быть не может.');
  let rows: string[][];
  try {
    rows = parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: [';', ','],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch {
    throw new AppError('VALIDATION', 'Отчёт о доставке не читается: ожидается CSV «телефон;статус».');
  }
  const update = sqlite.prepare(
    `UPDATE sms_messages SET status = ?, status_at_ms = ? WHERE batch_id = ? AND phone = ?`,
  );
  const result: SmsReportResult = { matched: 0, delivered: 0, failed: 0, unknown: 0 };
  sqlite.transaction(() => {
    for (const [phoneRaw = '', statusRaw = ''] of rows) {
      if (/phone|телефон/i.test(phoneRaw)) continue;
      const phone = `+7${phoneRaw.replace(/\D/g, '').slice(-10)}`;
      const status = DELIVERED.test(statusRaw) ? 'delivered' : FAILED.test(statusRaw) ? 'failed' : null;
      if (!status) {
        result.unknown += 1;
        continue;
      }
      const changed = update.run(status, nowMs, batchId, phone).changes;
      if (changed === 0) {
        result.unknown += 1;
        continue;
      }
      result.matched += changed;
      result[status] += changed;
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'sms.report_imported',
      actionDate: localMoment(nowMs).date,
      summary: `Отчёт о доставке SMS по пакету № ${batchId}: доставлено ${result.delivered}, не доставлено ${result.failed}`,
      details: result,
    });
  })();
  return result;
}
