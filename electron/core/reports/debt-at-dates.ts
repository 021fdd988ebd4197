/**
 * @file Each account's overdue debt on several past days in one pass over the recent charges and payments — the
 * engine behind debt-history.ts (snapshots, a building's trend, the accounts' debt on a day).
 *
 * Per account with today's summary (T = account_summaries.as_of_date; balance = charged − paid up to T):
 *   x(D) = balance − (charges of months ≤ T's month not yet overdue on D: due date ≥ D) + (payments dated in (D, T]),
 *   overdue(D) = max(0, x(D)).
 * That is «charges due by D − payments by D»: payments go to the obligation due first, so what they have not
 * covered is the latest months, and only the part that is already due counts. The due date of a month and kind
 * is the debt engine's (shared/rules/penalty/due-date.ts `dueDateFor`, with the УК's contract day where the table
 * allows one), read from `charge_months` (housing and capital repair apart).
 *
 * Set-based: the sorted days D1 < … < Dn cut time into buckets; a payment dated in (Dj, Dj+1], or a charge whose
 * due date is in [Dj, Dj+1) (overdue from the day after), moves x(Dk) for every k ≤ j. One query reads, through the (account, period) and (account, date)
 * indexes, only the charges of months from D1's month − 2 on and the payments after D1, each tagged with its
 * bucket; JavaScript adds the buckets up per account (suffix sums). Nothing older than D1's month − 2 is read.
 *
 * Anchored on T: the engine's overdue debt of T (account_summaries.debt_kopecks) replaces x(T), and the same
 * difference is added to every earlier day (when the engine sees no debt on T, a positive x(T) is brought to 0), so
 * the reports' «today» is the registry's to the kopeck and no change between two days is made of two methods.
 *
 * Where it can differ from the debt engine's position on D (shared/debt/account-debt.ts with asOf = D):
 * - a payment that NAMES a billing month is allocated by the engine to that month first; if it pays a month not yet
 *   due on D while older months stay open, the engine's overdue is higher than here (here money is money);
 * - a month whose recalculations make it negative is, for the engine, a payment on the 1st of the next month; here
 *   it lowers the debt on its due date (between the 1st and the due day the two differ by that credit);
 * - a day after the summaries' day (the daily refresh has not run yet) is counted as that day. The summaries are
 *   taken to be of one day (the daily refresh recounts them all); T is their latest day.
 * Without these the two agree to the kopeck (test/reports/debt-history.test.ts).
 */
import type Database from 'better-sqlite3';
import { dueDateFor } from '../../../shared/rules/penalty/due-date';
import { nextPeriod } from '../../../shared/rules/penalty/day-count';
import { loadPenaltyTables } from '../penalty/penalty-tables-repo';

/** Which accounts: all, a list, or one building's. */
export type DebtScope =
  { kind: 'all' } | { kind: 'ids'; ids: readonly number[] } | { kind: 'building'; buildingId: number };

/** One account's facts and its balance on each requested day (x, may be ≤ 0: no debt). */
export interface AccountAtDates {
  accountId: number;
  companyId: number;
  buildingId: number | null;
  /** x(D) per requested day, in the order of the sorted days. */
  balances: number[];
}

/** The billing month `months` before `period` ('YYYY-MM'). */
export function periodMinus(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The bucket of a charge due on `due`: the number of days on which it is not yet overdue (D ≤ due — a month is
 * overdue from the day after its due date, as the debt engine counts it).
 */
function dueBucketOf(due: string, sortedDays: readonly string[]): number {
  let b = 0;
  while (b < sortedDays.length && (sortedDays[b] as string) <= due) b += 1;
  return b;
}

/**
 * Fills the temporary table of due-date buckets: per УК and billing month from `fromPeriod` to `toPeriod`, the
 * bucket of the housing charge's due date and of the capital repair contribution's.
 */
function fillDueBuckets(
  sqlite: Database.Database,
  days: readonly string[],
  fromPeriod: string,
  toPeriod: string,
): void {
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS dh_due (company_id INTEGER NOT NULL, period TEXT NOT NULL,
    housing_b INTEGER NOT NULL, capital_b INTEGER NOT NULL, PRIMARY KEY (company_id, period))`);
  sqlite.exec('DELETE FROM dh_due');
  const penalty = loadPenaltyTables(sqlite);
  const companies = sqlite
    .prepare<[], { id: number; day: number | null }>('SELECT id, contract_due_day AS day FROM management_companies')
    .all();
  const insert = sqlite.prepare<[number, string, number, number]>('INSERT INTO dh_due VALUES (?, ?, ?, ?)');
  const byDay = new Map<string, Array<[string, number, number]>>();
  for (const c of companies) {
    const key = c.day === null ? '' : String(c.day);
    let rows = byDay.get(key);
    if (!rows) {
      rows = [];
      for (let p = fromPeriod; p <= toPeriod; p = nextPeriod(p)) {
        const due = (kind: 'housing' | 'capital_repair') =>
          (c.day === null ? dueDateFor(p, kind, penalty) : dueDateFor(p, kind, penalty, c.day)).lastPayDay;
        rows.push([p, dueBucketOf(due('housing'), days), dueBucketOf(due('capital_repair'), days)]);
      }
      byDay.set(key, rows);
    }
    for (const [p, hb, cb] of rows) if (hb > 0 || cb > 0) insert.run(c.id, p, hb, cb);
  }
}

/** The accounts of the scope as a condition on `accounts.id`. */
function scopeOfId(scope: DebtScope): string {
  if (scope.kind === 'all') return '1';
  if (scope.kind === 'building')
    return 'id IN (SELECT account_id FROM account_summaries WHERE building_id = @buildingId)';
  return 'id IN (SELECT account_id FROM dh_ids)';
}

/** The day the summaries are counted for (the daily refresh keeps them all on one day), or null without any. */
export function summariesDay(sqlite: Database.Database): string | null {
  return (
    sqlite.prepare<[], { d: string | null }>('SELECT max(as_of_date) AS d FROM account_summaries').get()?.d ?? null
  );
}

/**
 * Visits every account of the scope with its balance x(D) on each of `days` (sorted ascending, distinct). T is the
 * summaries' day; days after it are counted as T.
 */
export function forEachAccountAtDates(
  sqlite: Database.Database,
  scope: DebtScope,
  wanted: readonly string[],
  visit: (a: AccountAtDates) => void,
): void {
  const today = summariesDay(sqlite);
  if (wanted.length === 0 || today === null) return;
  // T itself is always counted (appended when every wanted day is before it): the anchor below needs x(T).
  const days = (wanted[wanted.length - 1] as string) < today ? [...wanted, today] : wanted;
  const tIndex = days.findIndex((d) => d >= today);
  const n = days.length;
  const first = days[0] as string;
  const fromPeriod = periodMinus(first.slice(0, 7), 2);
  const lastPeriod = today.slice(0, 7);
  fillDueBuckets(sqlite, days, fromPeriod, lastPeriod);
  if (scope.kind === 'ids') {
    sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS dh_ids (account_id INTEGER PRIMARY KEY)');
    sqlite.exec('DELETE FROM dh_ids');
    const ins = sqlite.prepare<[number]>('INSERT OR IGNORE INTO dh_ids VALUES (?)');
    for (const id of scope.ids) ins.run(id);
  }
  const scopeParams: Record<string, number> = scope.kind === 'building' ? { buildingId: scope.buildingId } : {};
  const params: Record<string, string | number> = { ...scopeParams, fromPeriod, lastPeriod, first, today };
  // The accounts drive the reads (CROSS JOIN keeps that order), so only each account's recent months and payments
  // are read through the (account, period) and (account, date) indexes — never the whole history.
  const driver = `(SELECT id, management_company_id AS mc FROM accounts WHERE ${scopeOfId(scope)}) AS a`;

  const accounts = sqlite
    .prepare<
      Record<string, number>,
      { id: number; companyId: number; buildingId: number | null; balance: number; debt: number }
    >(
      `SELECT s.account_id AS id, s.management_company_id AS companyId, s.building_id AS buildingId,
              s.balance_kopecks AS balance, s.debt_kopecks AS debt
         FROM account_summaries s WHERE s.account_id IN (SELECT id FROM accounts WHERE ${scopeOfId(scope)})`,
    )
    .all(scopeParams);
  // Per account: its moves as (bucket, signed kopecks) pairs (payments +, charges −) — sparse, so hundreds of days
  // over a whole district do not hold a day-sized array per account; bucket 0 moves nothing and is not kept.
  const moves = new Map<number, number[]>();
  const add = (id: number, b: number, k: number) => {
    if (b <= 0) return;
    let list = moves.get(id);
    if (!list) moves.set(id, (list = []));
    list.push(b, k);
  };
  const bucketSums = new Float64Array(n + 1);
  const charges = sqlite.prepare<
    Record<string, string | number>,
    { id: number; hb: number; h: number | null; cb: number; c: number | null }
  >(
    `SELECT a.id AS id, d.housing_b AS hb, cm.housing_kopecks AS h, d.capital_b AS cb, cm.capital_repair_kopecks AS c
       FROM ${driver}
       CROSS JOIN charge_months cm ON cm.account_id = a.id AND cm.period >= @fromPeriod AND cm.period <= @lastPeriod
       JOIN dh_due d ON d.company_id = a.mc AND d.period = cm.period`,
  );
  for (const e of charges.iterate(params)) {
    if (e.hb > 0 && e.h !== null) add(e.id, e.hb, -e.h);
    if (e.cb > 0 && e.c !== null) add(e.id, e.cb, -e.c);
  }
  // A payment's bucket: how many of the days are before its date (it is after D1 here, so at least 1) — found by a
  // binary search per distinct date, not by SQL (hundreds of days would make a CASE per payment row).
  const bucketOfDate = new Map<string, number>();
  const paymentBucket = (date: string): number => {
    let b = bucketOfDate.get(date);
    if (b === undefined) {
      let lo = 1;
      let hi = n;
      // The largest b in [1, n] with days[b − 1] < date.
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((days[mid - 1] as string) < date) lo = mid;
        else hi = mid - 1;
      }
      b = lo;
      bucketOfDate.set(date, b);
    }
    return b;
  };
  const payments = sqlite.prepare<Record<string, string | number>, { id: number; d: string; k: number }>(
    `SELECT a.id AS id, p.payment_date AS d, sum(p.amount_kopecks) AS k
       FROM ${driver}
       CROSS JOIN payments p ON p.account_id = a.id AND p.payment_date > @first AND p.payment_date <= @today
      GROUP BY a.id, p.payment_date`,
  );
  for (const e of payments.iterate(params)) add(e.id, paymentBucket(e.d), e.k);
  for (const a of accounts) {
    const list = moves.get(a.id);
    bucketSums.fill(0);
    if (list)
      for (let i = 0; i < list.length; i += 2) {
        const b = list[i] as number;
        bucketSums[b] = (bucketSums[b] as number) + (list[i + 1] as number);
      }
    const balances = new Array<number>(n);
    let x = a.balance;
    // x(Dk) = balance + Σ over buckets j ≥ k of (payments − charges due) in (Dj, Dj+1].
    for (let k = n; k >= 1; k--) {
      x += bucketSums[k] as number;
      balances[k - 1] = x;
    }
    // Anchored to the engine on T: today's figure is the registry's to the kopeck, and every past day moves by the
    // same amount, so a change between two days is never the difference of two methods.
    const xT = balances[tIndex] as number;
    const delta = a.debt > 0 ? a.debt - xT : xT > 0 ? -xT : 0;
    visit({
      accountId: a.id,
      companyId: a.companyId,
      buildingId: a.buildingId,
      balances: balances.slice(0, wanted.length).map((v) => v + delta),
    });
  }
}
