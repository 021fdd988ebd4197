/**
 * @file The actions journal: append an entry, read the newest ones.
 */
import { desc } from 'drizzle-orm';
import { actions } from '../../../shared/db/schema';
import type { JournalEntry } from '../../../shared/api/contract';
import type { AppDb } from '../db/connection';

export interface NewJournalEntry {
  accountId?: number | null;
  measure?: number | null;
  kind: string;
  actionDate: string;
  atMs: number;
  userName: string;
  summary: string;
  details?: unknown;
}

export function appendJournal(db: AppDb, entry: NewJournalEntry): number {
  const row = db
    .insert(actions)
    .values({
      accountId: entry.accountId ?? null,
      measure: entry.measure ?? null,
      kind: entry.kind,
      actionDate: entry.actionDate,
      atMs: entry.atMs,
      userName: entry.userName,
      summary: entry.summary,
      detailsJson: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .returning({ id: actions.id })
    .get();
  return row.id;
}

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
