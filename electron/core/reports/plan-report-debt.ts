/**
 * @file The plan report's debt section: the district's overdue debt at the period's end against the previous
 * period's end — in total, by bracket and by УК (the five largest, the rest merged) — the payments collected in each
 * period, and a six-point trend (the ends of six periods of the same kind). Read from the debt history
 * (./debt-history.ts: aggregates per day × УК × bracket, no person in them).
 */
import type Database from 'better-sqlite3';
import { asc } from 'drizzle-orm';
import { debtBrackets, managementCompanies } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import { collectedBetween, debtSnapshots } from './debt-history';
import type { PlanReportDebt, PlanReportDebtPart } from '../../../shared/api/contract-report-plan';
import type { DebtSnapshotRow } from '../../../shared/reports/debt-history-types';
import { periodsEndingWith, type PlanPeriod } from '../../../shared/plan/plan-period';

/** How many УК the section names; the others are one line. */
export const TOP_COMPANIES = 5;

const sumMap = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** The as-of date of a period: its end, or today while it runs. */
export function asOfOf(p: { to: string }, today: string): string {
  return p.to < today ? p.to : today;
}

/** A part with no debtors at either end says nothing (the «нет долга» bracket, a УК without debtors). */
const hasDebtors = (p: Omit<PlanReportDebtPart, 'label'>): boolean =>
  p.accounts > 0 || p.previousAccounts > 0 || p.debtKopecks !== 0 || p.previousDebtKopecks !== 0;

function partsBy(
  now: DebtSnapshotRow[],
  before: DebtSnapshotRow[],
  keyOf: (r: DebtSnapshotRow) => string,
): Map<string, Omit<PlanReportDebtPart, 'label'>> {
  const out = new Map<string, Omit<PlanReportDebtPart, 'label'>>();
  const at = (key: string) => {
    let p = out.get(key);
    if (!p) {
      p = { accounts: 0, debtKopecks: 0, previousAccounts: 0, previousDebtKopecks: 0, changeKopecks: 0 };
      out.set(key, p);
    }
    return p;
  };
  for (const r of now) {
    const p = at(keyOf(r));
    p.accounts += r.accounts;
    p.debtKopecks += r.debtKopecks;
  }
  for (const r of before) {
    const p = at(keyOf(r));
    p.previousAccounts += r.accounts;
    p.previousDebtKopecks += r.debtKopecks;
  }
  for (const [key, p] of out) {
    p.changeKopecks = p.debtKopecks - p.previousDebtKopecks;
    if (!hasDebtors(p)) out.delete(key);
  }
  return out;
}

export function planReportDebt(
  sqlite: Database.Database,
  period: PlanPeriod,
  previous: PlanPeriod,
  today: string,
  nowMs: number,
): PlanReportDebt {
  const db = drizzleOf(sqlite);
  const asOfDate = asOfOf(period, today);
  const previousAsOfDate = asOfOf(previous, today);
  const trendPeriods = periodsEndingWith(period, 6);
  const trendDates = trendPeriods.map((p) => asOfOf(p, today));
  const dates = [...new Set([...trendDates, previousAsOfDate, asOfDate])].sort();
  const rows = debtSnapshots(sqlite, dates, nowMs);
  const on = (date: string) => rows.filter((r) => r.asOfDate === date);
  const now = on(asOfDate);
  const before = on(previousAsOfDate);

  // Brackets in their rank order, each under its latest label.
  const brackets = new Map<string, string>();
  for (const b of db.select().from(debtBrackets).orderBy(asc(debtBrackets.rank), asc(debtBrackets.validFromDate)).all())
    brackets.set(b.code, b.label);
  const byBracketMap = partsBy(now, before, (r) => r.bracket);
  const bracketOrder = [...brackets.keys(), ...[...byBracketMap.keys()].filter((k) => !brackets.has(k))];
  const byBracket = bracketOrder
    .filter((code) => byBracketMap.has(code))
    .map((code) => ({
      label: brackets.get(code) ?? code,
      ...(byBracketMap.get(code) as Omit<PlanReportDebtPart, 'label'>),
    }));

  const names = new Map(
    db
      .select({ id: managementCompanies.id, name: managementCompanies.name })
      .from(managementCompanies)
      .all()
      .map((c) => [String(c.id), c.name]),
  );
  const byCompanyAll = [...partsBy(now, before, (r) => String(r.managementCompanyId)).entries()]
    .map(([id, p]) => ({ label: names.get(id) ?? `УК № ${id}`, ...p }))
    .sort((a, b) => b.debtKopecks - a.debtKopecks || a.label.localeCompare(b.label, 'ru'));
  const byCompany = byCompanyAll.slice(0, TOP_COMPANIES);
  const rest = byCompanyAll.slice(TOP_COMPANIES);
  if (rest.length > 0) {
    const merged = rest.reduce(
      (m, p) => ({
        accounts: m.accounts + p.accounts,
        debtKopecks: m.debtKopecks + p.debtKopecks,
        previousAccounts: m.previousAccounts + p.previousAccounts,
        previousDebtKopecks: m.previousDebtKopecks + p.previousDebtKopecks,
        changeKopecks: m.changeKopecks + p.changeKopecks,
      }),
      { accounts: 0, debtKopecks: 0, previousAccounts: 0, previousDebtKopecks: 0, changeKopecks: 0 },
    );
    byCompany.push({ label: `прочие УК (${rest.length})`, ...merged });
  }

  const total = (list: DebtSnapshotRow[]) => ({
    accounts: list.reduce((a, r) => a + r.accounts, 0),
    debt: list.reduce((a, r) => a + r.debtKopecks, 0),
  });
  const t = total(now);
  const p = total(before);
  return {
    available: rows.length > 0,
    asOfDate,
    previousAsOfDate,
    accounts: t.accounts,
    previousAccounts: p.accounts,
    debtKopecks: t.debt,
    previousDebtKopecks: p.debt,
    changeKopecks: t.debt - p.debt,
    byBracket,
    byCompany,
    collectedKopecks: sumMap(collectedBetween(sqlite, period.from, asOfDate)),
    previousCollectedKopecks: sumMap(collectedBetween(sqlite, previous.from, previousAsOfDate)),
    trend: trendPeriods.map((tp, i) => {
      const date = trendDates[i] as string;
      return {
        // A week or a custom span by its last day («22.11»); a month or a quarter by its name («11.2026»).
        label: tp.kind === 'week' || tp.kind === 'custom' ? `${date.slice(8, 10)}.${date.slice(5, 7)}` : tp.short,
        asOfDate: date,
        debtKopecks: total(on(date)).debt,
        collectedKopecks: date < tp.from ? 0 : sumMap(collectedBetween(sqlite, tp.from, date)),
      };
    }),
  };
}
