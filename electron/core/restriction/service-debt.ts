/**
 * @file One account's overdue debt per service against the restriction threshold (measure 8), exactly as the debt
 * position counts it (shared/debt/account-debt.ts: a month's payments shared among its services in proportion to
 * their charges, to the kopeck). Months past the limitation are left out: they are shown apart and never ground a
 * restriction. The warning names `debtKopecks` of its service; the card lists every service.
 *
 * The bulk reader of the rule evaluator (restriction-facts.ts) must give the same verdict for every account.
 */
import type Database from 'better-sqlite3';
import { readAccountDebt } from '../debt/account-debt-repo';
import { restrictionThreshold, type ServiceThreshold } from '../../../shared/restriction/restriction-threshold';
import { measureRule, readRestrictableRows, readServiceNorms, restrictableOn } from './restriction-tables-repo';
import { minusOneMonth } from '../../../shared/calendar/date-math';

export interface ServiceDebtLine {
  service: string;
  restrictable: boolean;
  /** Why the service may or may not be restricted (the dated list). */
  restrictableNote: string;
  /** Overdue, within the limitation. */
  debtKopecks: number;
  /** Overdue but time-barred (not a ground for restriction). */
  timeBarredKopecks: number;
  threshold: ServiceThreshold | null;
  /** restrictable, a threshold known, and debt > threshold. */
  overThreshold: boolean;
}

/** The 12 billing months before the month of `today` ('YYYY-MM'), oldest first. */
export function lastTwelvePeriods(today: string): string[] {
  const out: string[] = [];
  let d = today;
  for (let i = 0; i < 12; i++) {
    d = minusOneMonth(d);
    out.unshift(d.slice(0, 7));
  }
  return out;
}

/** People on the account (the norm is per resident; at least 1). */
export function residentsOf(sqlite: Database.Database, accountId: number): number {
  const row = sqlite
    .prepare<[number], { n: number }>('SELECT count(*) AS n FROM account_persons WHERE account_id = ?')
    .get(accountId);
  return Math.max(1, row?.n ?? 0);
}

export function readServiceDebts(sqlite: Database.Database, accountId: number, today: string): ServiceDebtLine[] {
  const debt = readAccountDebt(sqlite, accountId, today);
  const perService = new Map<string, { debt: number; barred: number }>();
  for (const m of debt.months) {
    if (m.status !== 'overdue' && m.status !== 'time_barred') continue;
    // A kind whose recalculations make the month a credit owes nothing: its lines are the raw charges (the credit
    // pays other months), so their «open» parts are not debt.
    const kindNet = new Map<boolean, number>();
    for (const line of m.services) {
      const capital = line.creditor === 'capital_repair_operator';
      kindNet.set(capital, (kindNet.get(capital) ?? 0) + line.chargedKopecks);
    }
    for (const line of m.services) {
      if (line.openKopecks <= 0) continue;
      if ((kindNet.get(line.creditor === 'capital_repair_operator') ?? 0) <= 0) continue;
      const acc = perService.get(line.service) ?? { debt: 0, barred: 0 };
      if (m.status === 'overdue') acc.debt += line.openKopecks;
      else acc.barred += line.openKopecks;
      perService.set(line.service, acc);
    }
  }
  const periods = lastTwelvePeriods(today);
  const recent = sqlite
    .prepare<[number, string, string], { service: string; period: string; kopecks: number }>(
      `SELECT service, period, sum(amount_kopecks) AS kopecks FROM charges
        WHERE account_id = ? AND period BETWEEN ? AND ? GROUP BY service, period`,
    )
    .all(accountId, periods[0] as string, periods[periods.length - 1] as string);
  const norms = readServiceNorms(sqlite);
  const listed = readRestrictableRows(sqlite);
  const months = measureRule(sqlite, 'restriction.threshold_months', today);
  const residents = residentsOf(sqlite, accountId);
  const lines: ServiceDebtLine[] = [];
  for (const [service, acc] of perService) {
    const { restrictable, note } = restrictableOn(listed, service, today);
    const threshold = restrictionThreshold({
      service,
      date: today,
      months,
      norms,
      residents,
      recentMonthlyCharges: recent.filter((r) => r.service === service).map((r) => r.kopecks),
    });
    lines.push({
      service,
      restrictable,
      restrictableNote: note,
      debtKopecks: acc.debt,
      timeBarredKopecks: acc.barred,
      threshold,
      overThreshold: restrictable && threshold !== null && acc.debt > threshold.thresholdKopecks,
    });
  }
  return lines.sort((a, b) => b.debtKopecks - a.debtKopecks);
}
