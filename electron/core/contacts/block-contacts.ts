/**
 * @file A category nobody may contact (ФЗ-230 ст.7 ч.1: bankrupt, incapacitated, in hospital, disabled of group 1,
 * a minor): recorded on the account, dropped from the pending call queue at once, journaled.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { accounts } from '../../../shared/db/schema';
import { callQueueItems, contactBlocks } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';

export function blockContacts(
  sqlite: Database.Database,
  input: { accountId: number; category: string; note: string },
  by: JournalActor,
  nowMs: number,
): void {
  const db = drizzleOf(sqlite);
  sqlite.transaction(() => {
    const exists = db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, input.accountId)).get();
    if (!exists) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
    db.insert(contactBlocks)
      .values({
        accountId: input.accountId,
        category: input.category,
        note: input.note || null,
        userName: by.name,
        atMs: nowMs,
      })
      .run();
    db.delete(callQueueItems)
      .where(and(eq(callQueueItems.accountId, input.accountId), eq(callQueueItems.status, 'pending')))
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'contacts.blocked',
      accountId: input.accountId,
      summary: `Контакты запрещены (ФЗ-230 ст.7 ч.1): ${input.category}`,
      details: { category: input.category, note: input.note },
    });
  })();
}
