/**
 * @file Keeps the debt in `account_summaries` counted for today. A month becomes overdue the day after its due date
 * and time-barred the day after its limitation ends, with no import in between, so the summaries are recounted
 * for each new day from `debt_months` (the unpaid part of each month with its dates) — no charges are read again.
 * Summaries never counted this way (a database from before migration 0006) are recomputed from the charges.
 * The core calls `ensureDebtCurrent` when it opens and before every API call (a string comparison when nothing
 * changed).
 */
import type Database from 'better-sqlite3';
import { bracketOf } from '../../../shared/registry/brackets';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { recomputeSummaries } from '../billing/recompute-summaries';
import { readBrackets } from '../repositories/brackets-repo';

const countedFor = new WeakMap<Database.Database, string>();

/** Recounts the summaries for the clock's day if they are not counted for it yet; returns how many changed. */
export function ensureDebtCurrent(sqlite: Database.Database, nowMs: number): number {
  const today = isoDateInZone(nowMs);
  if (countedFor.get(sqlite) === today) return 0;
  const changed = refreshDebt(sqlite, today, nowMs);
  countedFor.set(sqlite, today);
  return changed;
}

export function refreshDebt(sqlite: Database.Database, today: string, nowMs: number): number {
  const never = sqlite
    .prepare<[], { id: number }>('SELECT account_id AS id FROM account_summaries WHERE as_of_date IS NULL')
    .all()
    .map((r) => r.id);
  // An aggregate without GROUP BY always yields one row.
  const stale = sqlite
    .prepare<[today: string], { n: number }>('SELECT count(*) AS n FROM account_summaries WHERE as_of_date <> ?')
    .get(today)!;
  if (never.length === 0 && stale.n === 0) return 0;
  const brackets = readBrackets(sqlite);
  const run = sqlite.transaction(() => {
    if (never.length > 0) recomputeSummaries(sqlite, never, nowMs);
    if (stale.n === 0) return never.length;
    // The daily refresh of every account (hot path): raw statements, rows typed here.
    const counts = sqlite
      .prepare<
        { today: string },
        { accountId: number; overdue: number; notYetDue: number; barred: number; months: number; since: string | null }
      >(
        `SELECT account_id AS accountId,
                coalesce(sum(CASE WHEN due_date < @today THEN open_kopecks END), 0) AS overdue,
                coalesce(sum(CASE WHEN due_date >= @today THEN open_kopecks END), 0) AS notYetDue,
                coalesce(sum(CASE WHEN due_date < @today AND limitation_expires_on < @today THEN open_kopecks END), 0) AS barred,
                count(DISTINCT CASE WHEN due_date < @today THEN period END) AS months,
                min(CASE WHEN due_date < @today THEN period END) AS since
           FROM debt_months
          WHERE account_id IN (SELECT account_id FROM account_summaries WHERE as_of_date <> @today)
          GROUP BY account_id`,
      )
      .all({ today });
    // Accounts with nothing unpaid have no rows: zero first, then the counted ones.
    sqlite
      .prepare<{ today: string; now: number }>(
        `UPDATE account_summaries SET debt_kopecks = 0, not_yet_due_kopecks = 0, time_barred_kopecks = 0, months_in_arrears = 0,
                debt_since_period = NULL, bracket = 'none', as_of_date = @today, updated_at_ms = @now
          WHERE as_of_date <> @today`,
      )
      .run({ today, now: nowMs });
    const update = sqlite.prepare<{
      accountId: number;
      overdue: number;
      notYetDue: number;
      barred: number;
      months: number;
      since: string | null;
      bracket: string;
    }>(
      `UPDATE account_summaries SET debt_kopecks = @overdue, not_yet_due_kopecks = @notYetDue, time_barred_kopecks = @barred,
              months_in_arrears = @months, debt_since_period = @since, bracket = @bracket
        WHERE account_id = @accountId`,
    );
    for (const c of counts) update.run({ ...c, bracket: bracketOf(c.overdue, brackets) });
    return never.length + stale.n;
  });
  return run();
}
