/**
 * @file The overdue debt on past days, counted from the charges and payments and kept as aggregates in
 * `debt_snapshots` (per day, УК and bracket). The plan report, the press summary, the meeting kit, the cockpit and
 * the effectiveness report read it.
 *
 * The identity used: on any day D, overdue(D) = max(0, charges due by D − payments by D) per account (payments go
 * to the oldest obligation first, so what they do not cover is the latest months). With today's summary:
 * x(T) = balance − not_yet_due; x(D) = x(T) − charges falling due in (D, T] + payments dated in (D, T]
 * (debt-at-dates.ts, which also names the cases where the debt engine's position on D can differ).
 *
 * Kept: a day's rows carry `data_stamp` = the latest import, payment and charge ids, the brackets table and the
 * summaries' day (every past day is anchored on it). A request recounts only the days whose stamp differs, in one pass.
 * A УК's payments of the month to date are put whole on ONE row of that УК and day (its first bracket by rank; a
 * row with 0 accounts in bracket 'none' when the УК had no debtors that day), so summing the rows of a УК and day
 * gives its collected sum. A day with no debtor and no payment at all gets one empty 'none' row of the first УК, so
 * that it is kept like the others. Readers sum the rows; a 'none' row has 0 accounts and 0 debt.
 */
import type Database from 'better-sqlite3';
import type { BuildingDebtPoint, DebtSnapshotRow } from '../../../shared/reports/debt-history-types';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { monthStart } from '../../../shared/calendar/date-math';
import { bracketOf, type DebtBracket } from '../../../shared/registry/brackets';
import { readBrackets } from '../repositories/brackets-repo';
import { forEachAccountAtDates, summariesDay } from './debt-at-dates';

/** Distinct days, ascending. */
function sortedDays(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

/** What the kept rows were counted from: a new import, payment, charge or bracket table makes them stale. */
function dataStamp(sqlite: Database.Database, brackets: readonly DebtBracket[]): string {
  const ids = sqlite
    .prepare<[], { i: number | null; p: number | null; c: number | null }>(
      `SELECT (SELECT max(id) FROM imports) AS i, (SELECT max(id) FROM payments) AS p,
              (SELECT max(id) FROM charges) AS c`,
    )
    .get();
  const b = brackets.map((x) => `${x.code}:${x.minKopecks}-${x.maxKopecks ?? ''}`).join(',');
  return `i${ids?.i ?? 0}|p${ids?.p ?? 0}|c${ids?.c ?? 0}|${b}`;
}

/** The district's debt on each of `dates` per УК and bracket; counted once and kept until the next import. */
export function debtSnapshots(sqlite: Database.Database, dates: readonly string[], nowMs: number): DebtSnapshotRow[] {
  const days = sortedDays(dates);
  if (days.length === 0) return [];
  const today = isoDateInZone(nowMs);
  const brackets = readBrackets(sqlite);
  const base = dataStamp(sqlite, brackets);
  // Every day's figure is anchored on the summaries' day (debt-at-dates.ts), so a new day recounts what it asks for.
  const stamp = `anchored|${base}|${summariesDay(sqlite) ?? today}`;
  const stampOf = (_day: string) => stamp;

  const kept = sqlite.prepare<[string], { stamp: string }>(
    'SELECT DISTINCT data_stamp AS stamp FROM debt_snapshots WHERE as_of_date = ?',
  );
  const stale = days.filter((d) => {
    const stamps = kept.all(d);
    return stamps.length !== 1 || (stamps[0] as { stamp: string }).stamp !== stampOf(d);
  });
  if (stale.length > 0) {
    const rows = countSnapshots(sqlite, stale, brackets);
    const del = sqlite.prepare<[string]>('DELETE FROM debt_snapshots WHERE as_of_date = ?');
    const ins = sqlite.prepare(
      `INSERT INTO debt_snapshots (as_of_date, management_company_id, bracket, accounts, debt_kopecks,
          collected_kopecks, data_stamp, computed_at_ms)
       VALUES (@asOfDate, @managementCompanyId, @bracket, @accounts, @debtKopecks, @collectedKopecks, @stamp, @now)`,
    );
    sqlite.transaction(() => {
      for (const d of stale) del.run(d);
      for (const r of rows) ins.run({ ...r, stamp: stampOf(r.asOfDate), now: nowMs });
    })();
  }
  const read = sqlite.prepare<[string], DebtSnapshotRow>(
    `SELECT as_of_date AS asOfDate, management_company_id AS managementCompanyId, bracket, accounts,
            debt_kopecks AS debtKopecks, collected_kopecks AS collectedKopecks
       FROM debt_snapshots WHERE as_of_date = ?`,
  );
  const rank = new Map(brackets.map((b) => [b.code as string, b.rank]));
  return days
    .flatMap((d) => read.all(d))
    .sort(
      (a, b) =>
        (a.asOfDate < b.asOfDate ? -1 : a.asOfDate > b.asOfDate ? 1 : 0) ||
        a.managementCompanyId - b.managementCompanyId ||
        (rank.get(a.bracket) ?? 99) - (rank.get(b.bracket) ?? 99),
    );
}

/** Counts the rows of `days` from the charges and payments (not kept here). */
function countSnapshots(
  sqlite: Database.Database,
  days: readonly string[],
  brackets: readonly DebtBracket[],
): DebtSnapshotRow[] {
  // Counted in flat arrays (day × УК × bracket): 150 000 accounts × 12 days must not build string keys.
  const companyIds = sqlite
    .prepare<[], { id: number }>('SELECT id FROM management_companies ORDER BY id')
    .all()
    .map((r) => r.id);
  const companyIndex = new Map(companyIds.map((id, i) => [id, i]));
  const codes = brackets.map((b) => b.code as string);
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const nc = companyIds.length;
  const nb = codes.length;
  const counts = new Float64Array(days.length * nc * nb);
  const sums = new Float64Array(days.length * nc * nb);
  forEachAccountAtDates(sqlite, { kind: 'all' }, days, (a) => {
    const ci = companyIndex.get(a.companyId);
    if (ci === undefined) return;
    for (let k = 0; k < a.balances.length; k++) {
      const x = a.balances[k] as number;
      if (x <= 0) continue;
      const cell = (k * nc + ci) * nb + (codeIndex.get(bracketOf(x, brackets)) ?? 0);
      counts[cell] = (counts[cell] as number) + 1;
      sums[cell] = (sums[cell] as number) + x;
    }
  });
  const cells = new Map<string, DebtSnapshotRow>();
  days.forEach((asOfDate, k) =>
    companyIds.forEach((managementCompanyId, ci) =>
      codes.forEach((bracket, bi) => {
        const cell = (k * nc + ci) * nb + bi;
        const accounts = counts[cell] as number;
        if (accounts > 0)
          cells.set(`${asOfDate}|${managementCompanyId}|${bracket}`, {
            asOfDate,
            managementCompanyId,
            bracket,
            accounts,
            debtKopecks: sums[cell] as number,
            collectedKopecks: 0,
          });
      }),
    ),
  );
  const rank = new Map(brackets.map((b) => [b.code as string, b.rank]));
  const collectedOf = collectedMonthToDate(sqlite, days);
  for (const day of days) {
    for (const [companyId, collected] of collectedOf.get(day) ?? []) {
      if (collected === 0) continue;
      // The whole month-to-date sum on the УК's first row of the day (by bracket rank).
      let target: DebtSnapshotRow | undefined;
      for (const c of cells.values())
        if (c.asOfDate === day && c.managementCompanyId === companyId)
          if (!target || (rank.get(c.bracket) ?? 99) < (rank.get(target.bracket) ?? 99)) target = c;
      if (!target) {
        target = {
          asOfDate: day,
          managementCompanyId: companyId,
          bracket: 'none',
          accounts: 0,
          debtKopecks: 0,
          collectedKopecks: 0,
        };
        cells.set(`${day}|${companyId}|none`, target);
      }
      target.collectedKopecks += collected;
    }
  }
  // A day nobody owed and nobody paid still gets a row (the first УК's, empty), so that it is kept too.
  const firstCompany = sqlite.prepare<[], { id: number }>('SELECT min(id) AS id FROM management_companies').get()?.id;
  const seen = new Set([...cells.values()].map((c) => c.asOfDate));
  if (firstCompany !== undefined && firstCompany !== null)
    for (const day of days)
      if (!seen.has(day))
        cells.set(`${day}|${firstCompany}|none`, {
          asOfDate: day,
          managementCompanyId: firstCompany,
          bracket: 'none',
          accounts: 0,
          debtKopecks: 0,
          collectedKopecks: 0,
        });
  return [...cells.values()];
}

/**
 * Per day and УК: payments from the 1st of the day's month to the day. One read of the payments of the span
 * (through the (account, date) index), summed per УК and payment date, then per day here.
 */
function collectedMonthToDate(sqlite: Database.Database, days: readonly string[]): Map<string, Map<number, number>> {
  const result = new Map<string, Map<number, number>>();
  if (days.length === 0) return result;
  const rows = sqlite
    .prepare<[string, string], { companyId: number; date: string; kopecks: number }>(
      `SELECT a.management_company_id AS companyId, p.payment_date AS date, sum(p.amount_kopecks) AS kopecks
         FROM accounts a CROSS JOIN payments p ON p.account_id = a.id AND p.payment_date BETWEEN ? AND ?
        GROUP BY a.management_company_id, p.payment_date`,
    )
    .all(monthStart(days[0] as string), days[days.length - 1] as string);
  for (const day of days) {
    const from = monthStart(day);
    const perCompany = new Map<number, number>();
    for (const r of rows)
      if (r.date >= from && r.date <= day) perCompany.set(r.companyId, (perCompany.get(r.companyId) ?? 0) + r.kopecks);
    result.set(day, perCompany);
  }
  return result;
}

/** One building's debt on each of `dates` (not kept: a building has a few hundred accounts). */
export function buildingDebtSeries(
  sqlite: Database.Database,
  buildingId: number,
  dates: readonly string[],
): BuildingDebtPoint[] {
  const days = sortedDays(dates);
  const brackets = readBrackets(sqlite);
  const points = days.map((asOfDate) => ({
    asOfDate,
    accounts: 0,
    debtKopecks: 0,
    byBracket: {} as BuildingDebtPoint['byBracket'],
  }));
  forEachAccountAtDates(sqlite, { kind: 'building', buildingId }, days, (a) => {
    a.balances.forEach((x, k) => {
      if (x <= 0) return;
      const p = points[k] as BuildingDebtPoint;
      p.accounts += 1;
      p.debtKopecks += x;
      const code = bracketOf(x, brackets);
      const cell = (p.byBracket[code] ??= { accounts: 0, debtKopecks: 0 });
      cell.accounts += 1;
      cell.debtKopecks += x;
    });
  });
  // In the order the caller gave the dates.
  const byDay = new Map(points.map((p) => [p.asOfDate, p]));
  return dates.map((d) => byDay.get(d) as BuildingDebtPoint);
}

/** The overdue debt of each account on `date` (accounts without debt that day are absent). */
export function accountDebtsOn(
  sqlite: Database.Database,
  accountIds: readonly number[] | 'all',
  date: string,
): Map<number, number> {
  const result = new Map<number, number>();
  if (accountIds !== 'all' && accountIds.length === 0) return result;
  const scope = accountIds === 'all' ? ({ kind: 'all' } as const) : ({ kind: 'ids', ids: accountIds } as const);
  forEachAccountAtDates(sqlite, scope, [date], (a) => {
    const x = a.balances[0] as number;
    if (x > 0) result.set(a.accountId, x);
  });
  return result;
}

/**
 * The overdue debt of each account on ITS OWN day (accounts without debt that day are absent): one pass for all the
 * days at once — the effectiveness report asks this for thousands of accounts acted on over hundreds of days.
 */
export function accountDebtsOnOwnDays(
  sqlite: Database.Database,
  dayOf: ReadonlyMap<number, string>,
): Map<number, number> {
  const result = new Map<number, number>();
  if (dayOf.size === 0) return result;
  const days = [...new Set(dayOf.values())].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  forEachAccountAtDates(sqlite, { kind: 'ids', ids: [...dayOf.keys()] }, days, (a) => {
    const x = a.balances[index.get(dayOf.get(a.accountId) as string) as number] as number;
    if (x > 0) result.set(a.accountId, x);
  });
  return result;
}

/** Payments received in [from, to] per УК (kopecks). */
export function collectedBetween(sqlite: Database.Database, from: string, to: string): Map<number, number> {
  // Driven by the accounts so each one's payments are read through the (account, date) index.
  const rows = sqlite
    .prepare<[string, string], { companyId: number; kopecks: number }>(
      `SELECT a.management_company_id AS companyId, sum(p.amount_kopecks) AS kopecks
         FROM accounts a CROSS JOIN payments p ON p.account_id = a.id AND p.payment_date BETWEEN ? AND ?
        GROUP BY a.management_company_id`,
    )
    .all(from, to);
  return new Map(rows.map((r) => [r.companyId, r.kopecks]));
}
