/**
 * @file The overdue debt as a series for the «Долг по месяцам» tab and the cockpit's card: the days of a period
 * (month-ends or Sundays, and today when the period reaches it) with the district's totals, per bracket and per УК,
 * read from the kept snapshots (debt-history.ts).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { addDays } from '../../../shared/calendar/date-math';
import { daysInMonth, isoDateInZone } from '../../../shared/dates/iso-date';
import { readBrackets } from '../repositories/brackets-repo';
import { debtSnapshots } from './debt-history';
import {
  DEBT_SERIES_MAX_POINTS,
  type DebtSeries,
  type DebtSeriesPoint,
} from '../../../shared/api/contract-debt-history';

/** The days of a series: month-ends (or Sundays) in [from, min(to, today)], plus today when `to` reaches it. */
export function seriesDays(from: string, to: string, step: 'month' | 'week', today: string): string[] {
  const end = to < today ? to : today;
  const days: string[] = [];
  if (step === 'month') {
    let [y, m] = from.split('-').map(Number) as [number, number];
    for (;;) {
      const last = `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
      if (last > end) break;
      if (last >= from) days.push(last);
      if (days.length > DEBT_SERIES_MAX_POINTS) break;
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  } else {
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    for (let day = addDays(from, (7 - weekday) % 7); day <= end; day = addDays(day, 7)) {
      days.push(day);
      if (days.length > DEBT_SERIES_MAX_POINTS) break;
    }
  }
  if (to >= today && from <= today && days[days.length - 1] !== today) days.push(today);
  return days;
}

export function debtSeries(
  sqlite: Database.Database,
  input: { from: string; to: string; step: 'month' | 'week' },
  nowMs: number,
): DebtSeries {
  const today = isoDateInZone(nowMs);
  if (input.from > input.to)
    throw new AppError('REPORT.BAD_PERIOD', 'Начало периода позже его конца. Ничего не посчитано.');
  const days = seriesDays(input.from, input.to, input.step, today);
  if (days.length > DEBT_SERIES_MAX_POINTS)
    throw new AppError(
      'REPORT.TOO_LONG',
      `В периоде больше ${DEBT_SERIES_MAX_POINTS} точек. Выберите период короче или шаг «месяц». Ничего не посчитано.`,
    );
  const brackets = readBrackets(sqlite).filter((b) => b.code !== 'none');
  const companies = sqlite
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM management_companies ORDER BY name, id')
    .all();
  const rows = debtSnapshots(sqlite, days, nowMs);
  const points = new Map<string, DebtSeriesPoint>(
    days.map((date) => [
      date,
      {
        date,
        accounts: 0,
        debtKopecks: 0,
        collectedKopecks: 0,
        byBracket: brackets.map((b) => ({ code: b.code, label: b.label, accounts: 0, debtKopecks: 0 })),
        byCompany: companies.map((c) => ({ id: c.id, name: c.name, accounts: 0, debtKopecks: 0, collectedKopecks: 0 })),
      },
    ]),
  );
  for (const r of rows) {
    const p = points.get(r.asOfDate);
    if (!p) continue;
    p.accounts += r.accounts;
    p.debtKopecks += r.debtKopecks;
    p.collectedKopecks += r.collectedKopecks;
    const b = p.byBracket.find((x) => x.code === r.bracket);
    if (b) {
      b.accounts += r.accounts;
      b.debtKopecks += r.debtKopecks;
    }
    const c = p.byCompany.find((x) => x.id === r.managementCompanyId);
    if (c) {
      c.accounts += r.accounts;
      c.debtKopecks += r.debtKopecks;
      c.collectedKopecks += r.collectedKopecks;
    }
  }
  return {
    from: input.from,
    to: input.to,
    step: input.step,
    today,
    points: days.map((d) => points.get(d) as DebtSeriesPoint),
  };
}
