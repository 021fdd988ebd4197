/**
 * @file The facts of a press summary, read from the database as aggregates only: the overdue debt per УК at the
 * day before the period and at its end and per bracket at the end (electron/core/reports/debt-history.ts), the
 * payments of the period per УК, the district's debt at six month ends, and the plan's measures done in the period
 * (electron/core/cockpit/measure-actual.ts, the count the cockpit and the plan report show). No account, person or
 * address is read here — only the УК names, the bracket labels and the office's settings.
 */
import type Database from 'better-sqlite3';
import { collectedBetween, debtSnapshots } from '../reports/debt-history';
import { measureActual } from '../cockpit/measure-actual';
import { readBrackets } from '../repositories/brackets-repo';
import { getSettings } from '../repositories/settings-repo';
import { drizzleOf } from '../db/drizzle-of';
import { organisationForDocuments } from '../documents/document-files';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import type { DebtSnapshotRow } from '../../../shared/reports/debt-history-types';
import type { PressSummaryFacts } from '../../../shared/documents/press/press-summary-view';
import type { DebtPoint, PressCompanyInput } from '../../../shared/media/press-groups';
import { pressMonthPoints, pressStartDate, type PressPeriod } from '../../../shared/media/press-period';

const EMPTY: DebtPoint = { accounts: 0, debtKopecks: 0 };

function add(map: Map<number, DebtPoint>, id: number, r: DebtSnapshotRow): void {
  const p = map.get(id) ?? EMPTY;
  map.set(id, { accounts: p.accounts + r.accounts, debtKopecks: p.debtKopecks + r.debtKopecks });
}

export function pressSummaryFacts(
  sqlite: Database.Database,
  period: PressPeriod,
  today: string,
  nowMs: number,
): PressSummaryFacts {
  const startDate = pressStartDate(period.from);
  const months = pressMonthPoints(period.to);
  const dates = [...new Set([startDate, ...months])].sort();
  const rows = debtSnapshots(sqlite, dates, nowMs);
  const collected = collectedBetween(sqlite, period.from, period.to);

  const startBy = new Map<number, DebtPoint>();
  const endBy = new Map<number, DebtPoint>();
  const byDate = new Map<string, DebtPoint>();
  const byBracket = new Map<string, DebtPoint>();
  for (const r of rows) {
    if (r.bracket === 'none' || r.accounts === 0) continue;
    if (r.asOfDate === startDate) add(startBy, r.managementCompanyId, r);
    if (r.asOfDate === period.to) {
      add(endBy, r.managementCompanyId, r);
      const b = byBracket.get(r.bracket) ?? EMPTY;
      byBracket.set(r.bracket, { accounts: b.accounts + r.accounts, debtKopecks: b.debtKopecks + r.debtKopecks });
    }
    const d = byDate.get(r.asOfDate) ?? EMPTY;
    byDate.set(r.asOfDate, { accounts: d.accounts + r.accounts, debtKopecks: d.debtKopecks + r.debtKopecks });
  }

  const names = new Map(
    sqlite
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM management_companies')
      .all()
      .map((c) => [c.id, c.name] as const),
  );
  const ids = new Set([...startBy.keys(), ...endBy.keys(), ...collected.keys()]);
  const companies: PressCompanyInput[] = [...ids].map((id) => ({
    id,
    name: names.get(id) ?? `УК № ${id}`,
    start: startBy.get(id) ?? EMPTY,
    end: endBy.get(id) ?? EMPTY,
    collectedKopecks: collected.get(id) ?? 0,
  }));

  const known = readBrackets(sqlite);
  const brackets = [...byBracket.entries()].map(([code, p]) => {
    const b = known.find((k) => k.code === code);
    return { code, label: b?.label ?? code, rank: b?.rank ?? 99, accounts: p.accounts, debtKopecks: p.debtKopecks };
  });

  const measures = PLAN_MEASURES.flatMap((m) => {
    const actual = measureActual(sqlite, m.number, period);
    return actual.count !== null && actual.count > 0
      ? [{ number: m.number, title: m.title, text: actual.text, detail: actual.detail }]
      : [];
  });

  const settings = getSettings(drizzleOf(sqlite));
  return {
    districtName: settings.districtName,
    organisationName: organisationForDocuments(sqlite).organisationName,
    from: period.from,
    to: period.to,
    startDate,
    companies,
    brackets,
    months: months.map((date) => ({ date, ...(byDate.get(date) ?? EMPTY) })),
    measures,
    madeDate: today,
  };
}
