/**
 * @file The actions journal: read the newest entries (writing is electron/core/journal/journal-writer.ts alone).
 */
import { desc } from 'drizzle-orm';
import { actions } from '../../../shared/db/schema';
import type { JournalEntry } from '../../../shared/api/contract';
import type { AppDb } from '../db/connection';

export function recentJournal(db: AppDb, limit: number): JournalEntry[] {
  return db
    .select({
      id: actions.id,
      accountId: actions.accountId,
      measure: actions.measure,
      kind: actions.kind,
      actionDate: actions.actionDate,
      atMs: actions.atMs,
      userName: actions.userName,
      summary: actions.summary,
    })
    .from(actions)
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(limit)
    .all();
}
