/**
 * @file The overdue debt on past days, counted from the charges and payments and kept as aggregates in
 * `debt_snapshots` (per day, УК and bracket). STUB of the foundation: the debt-history helper fills it.
 *
 * The identity used: on any day D, overdue(D) = max(0, charges due by D − payments by D) per account (payments go
 * to the oldest obligation first, so what they do not cover is the latest months). With today's summary:
 * x(T) = balance − not_yet_due; x(D) = x(T) − charges falling due in (D, T] + payments dated in (D, T].
 */
import type Database from 'better-sqlite3';
import type { BuildingDebtPoint, DebtSnapshotRow } from '../../../shared/reports/debt-history-types';

/** The district's debt on each of `dates` per УК and bracket; counted once and kept until the next import. */
export function debtSnapshots(
  _sqlite: Database.Database,
  _dates: readonly string[],
  _nowMs: number,
): DebtSnapshotRow[] {
  return [];
}

/** One building's debt on each of `dates` (not kept: a building has a few hundred accounts). */
export function buildingDebtSeries(
  _sqlite: Database.Database,
  _buildingId: number,
  dates: readonly string[],
): BuildingDebtPoint[] {
  return dates.map((asOfDate) => ({ asOfDate, accounts: 0, debtKopecks: 0, byBracket: {} }));
}

/** The overdue debt of each account on `date` (accounts without debt that day are absent). */
export function accountDebtsOn(
  _sqlite: Database.Database,
  _accountIds: readonly number[] | 'all',
  _date: string,
): Map<number, number> {
  return new Map();
}

/** Payments received in [from, to] per УК (kopecks). */
export function collectedBetween(_sqlite: Database.Database, _from: string, _to: string): Map<number, number> {
  return new Map();
}
