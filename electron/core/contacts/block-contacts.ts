/**
 * @file A category nobody may contact (ФЗ-230 ст.7 ч.1: bankrupt, incapacitated, in hospital, disabled of group 1,
 * a minor): recorded on the account, dropped from the pending call queue at once, journaled.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';

export function blockContacts(
  sqlite: Database.Database,
  input: { accountId: number; category: string; note: string },
  by: JournalActor,
  nowMs: number,
): void {
  sqlite.transaction(() => {
    const exists = sqlite.prepare('SELECT 1 FROM accounts WHERE id = ?').get(input.accountId);
    if (!exists) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
    sqlite
      .prepare('INSERT INTO contact_blocks (account_id, category, note, user_name, at_ms) VALUES (?, ?, ?, ?, ?)')
      .run(input.accountId, input.category, input.note || null, by.name, nowMs);
    sqlite.prepare(`DELETE FROM call_queue_items WHERE account_id = ? AND status = 'pending'`).run(input.accountId);
    writeJournal(sqlite, by, nowMs, {
      kind: 'contacts.blocked',
      accountId: input.accountId,
      summary: `Контакты запрещены (ФЗ-230 ст.7 ч.1): ${input.category}`,
      details: { category: input.category, note: input.note },
    });
  })();
}
