/**
 * A hand-made SMS that reached its subscriber, for tests that count measure 1: a message marked delivered (as an
 * imported delivery report leaves it) and its «sms.sent» journal entry naming it, on the given day. Measure 1 counts
 * delivered messages only, so a bare journal entry no longer counts.
 */
import type Database from 'better-sqlite3';
import { writeJournal } from '../../electron/core/journal/journal-writer';

export function journalDeliveredSms(
  sqlite: Database.Database,
  accountId: number,
  actionDate: string,
  nowMs: number,
  extra: { debtKopecks?: number } = {},
): void {
  const batchId = Number(
    sqlite
      .prepare(
        `INSERT INTO sms_batches (created_date, template, recipients, status, user_name, at_ms)
         VALUES (?, 'тест', 1, 'exported', 'тест', ?)`,
      )
      .run(actionDate, nowMs).lastInsertRowid,
  );
  const messageId = Number(
    sqlite
      .prepare(
        `INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status, status_at_ms)
         VALUES (?, ?, '+79990000000', 'тест', 'UCS-2', 1, 'delivered', ?)`,
      )
      .run(batchId, accountId, nowMs).lastInsertRowid,
  );
  writeJournal(sqlite, { userId: null, name: 'тест' }, nowMs, {
    kind: 'sms.sent',
    summary: `SMS (тест) на л/с ${accountId}`,
    accountId,
    actionDate,
    details: { batchId, messageId, segments: 1, via: 'file' },
    ...(extra.debtKopecks === undefined ? {} : { debtKopecks: extra.debtKopecks }),
  });
}
