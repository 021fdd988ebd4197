/**
 * @file One operator's call list for a day, in order, with the account facts the list shows.
 */
import type Database from 'better-sqlite3';
import type { QueueItemView } from '../../../shared/api/contract-work';
import { BRACKET_LABELS } from '../../../shared/rules/eligibility/format-fact';

export function readMyQueue(sqlite: Database.Database, userId: number | null, date: string): QueueItemView[] {
  const rows = sqlite
    .prepare(
      `SELECT q.id, q.position, q.account_id AS accountId, s.number, s.address, s.main_person AS mainPerson, q.bracket,
              q.debt_kopecks AS debtKopecks, q.phone, q.status, q.outcome, q.user_id AS userId
         FROM call_queue_items q JOIN account_summaries s ON s.account_id = q.account_id
        WHERE q.queue_date = @date AND (@userId IS NULL OR q.user_id = @userId)
        ORDER BY q.user_id, q.position`,
    )
    .all({ date, userId }) as Array<Omit<QueueItemView, 'bracketLabel'>>;
  return rows.map((r) => ({ ...r, bracketLabel: BRACKET_LABELS[r.bracket] ?? r.bracket }));
}
