/**
 * @file SMS batches (measure 1): a template applied to today's worklist; the gateway file (CSV `phone;text`,
 * UTF-8); at export every message passes the contact gate and is recorded as a contact and journaled (the moment
 * the file leaves for the gateway is the moment of sending); the gateway's delivery report updates the statuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, desc, eq, sql } from 'drizzle-orm';
import { smsBatches, smsMessages } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { parse } from 'csv-parse/sync';
import { csvLine } from '../../../shared/csv/csv-cell';
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
  const db = drizzleOf(sqlite);
  const pending = new Set(
    db
      .select({ id: smsMessages.accountId })
      .from(smsMessages)
      .innerJoin(smsBatches, eq(smsBatches.id, smsMessages.batchId))
      .where(eq(smsBatches.status, 'prepared'))
      .all()
      .map((r) => r.id),
  );
  const chosen = withAddresses(
    sqlite,
    recipients.filter((r) => !pending.has(r.accountId)).slice(0, input.limit ?? undefined),
  );
  if (chosen.length === 0) throw new AppError('CONFLICT', 'Сегодня некому отправить SMS: список получателей пуст.');
  return sqlite.transaction(() => {
    const batchId = db
      .insert(smsBatches)
      .values({
        createdDate: today,
        template: input.template,
        recipients: chosen.length,
        status: 'prepared',
        userName: by.name,
        atMs: nowMs,
      })
      .returning({ id: smsBatches.id })
      .get().id;
    const rows = chosen.map((r) => {
      const text = smsTextFor(input.template, r, today);
      const size = smsSize(text);
      const status = 'prepared' as const;
      return {
        batchId,
        accountId: r.accountId,
        phone: r.phone,
        text,
        encoding: size.encoding,
        segments: size.segments,
        status,
      };
    });
    // In chunks: one multi-row INSERT each, well under SQLite's limit of bound parameters.
    for (let i = 0; i < rows.length; i += 500)
      db.insert(smsMessages)
        .values(rows.slice(i, i + 500))
        .run();
    return readBatch(sqlite, batchId);
  })();
}

/** A batch with its messages' totals; the caller adds where / order / limit. */
function batchesQuery(sqlite: Database.Database) {
  const m = smsMessages;
  return drizzleOf(sqlite)
    .select({
      id: smsBatches.id,
      createdDate: smsBatches.createdDate,
      template: smsBatches.template,
      recipients: smsBatches.recipients,
      status: smsBatches.status,
      userName: smsBatches.userName,
      atMs: smsBatches.atMs,
      // Sums of comparisons (SQLite's 1/0) have no builder function.
      segmentsTotal: sql<number>`coalesce(sum(${m.segments}), 0)`,
      exported: sql<number>`coalesce(sum(${m.status} = 'exported'), 0)`,
      sent: sql<number>`coalesce(sum(${m.status} = 'sent'), 0)`,
      delivered: sql<number>`coalesce(sum(${m.status} = 'delivered'), 0)`,
      failed: sql<number>`coalesce(sum(${m.status} = 'failed'), 0)`,
    })
    .from(smsBatches)
    .leftJoin(m, eq(m.batchId, smsBatches.id))
    .$dynamic();
}

export function readBatch(sqlite: Database.Database, batchId: number): SmsBatchView {
  const row = batchesQuery(sqlite).where(eq(smsBatches.id, batchId)).groupBy(smsBatches.id).get();
  if (!row) throw new AppError('NOT_FOUND', 'Такого пакета SMS нет.');
  return row;
}

export function listBatches(sqlite: Database.Database): SmsBatchView[] {
  return batchesQuery(sqlite).groupBy(smsBatches.id).orderBy(desc(smsBatches.id)).limit(100).all();
}

/** The batch's messages not yet sent or exported, in order. */
export function preparedMessages(sqlite: Database.Database, batchId: number) {
  const m = smsMessages;
  return drizzleOf(sqlite)
    .select({ id: m.id, accountId: m.accountId, phone: m.phone, text: m.text, segments: m.segments })
    .from(m)
    .where(and(eq(m.batchId, batchId), eq(m.status, 'prepared')))
    .orderBy(m.id)
    .all();
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
  const db = drizzleOf(sqlite);
  const messages = preparedMessages(sqlite, batchId);
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
        details: { batchId, messageId: m.id, segments: m.segments, via: 'file' },
      });
      lines.push(csvLine([m.phone, m.text]));
      segmentsTotal += m.segments;
    }
    db.update(smsMessages)
      .set({ status: 'exported', statusAtMs: nowMs })
      .where(and(eq(smsMessages.batchId, batchId), eq(smsMessages.status, 'prepared')))
      .run();
    const dir = path.join(dataDir, 'exports', 'sms');
    fs.mkdirSync(dir, { recursive: true });
    const savedPath = path.join(dir, `sms-batch-${batchId}.csv`);
    fs.writeFileSync(savedPath, `${lines.join('\r\n')}\r\n`, 'utf8');
    db.update(smsBatches).set({ status: 'exported', filePath: savedPath }).where(eq(smsBatches.id, batchId)).run();
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
  // A delivery report is a line per message: 20 MB is far more than a batch; a bigger file is not read into memory.
  if (fs.statSync(file).size > 20 * 1024 * 1024)
    throw new AppError('VALIDATION', 'Файл отчёта больше 20 МБ — это не отчёт шлюза о доставке. Ничего не изменено.');
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
  const db = drizzleOf(sqlite);
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
      const changed = db
        .update(smsMessages)
        .set({ status, statusAtMs: nowMs })
        .where(and(eq(smsMessages.batchId, batchId), eq(smsMessages.phone, phone)))
        .run().changes;
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
