/**
 * @file The period a plan-execution report covers, and the period it is compared with (pure, shared with the
 * renderer): a week (Monday to Sunday holding the date), a calendar month, a calendar quarter, or any span of at
 * most 366 days. The previous period is the one of the same kind right before it (the previous week, month,
 * quarter; for a custom span the same number of days ending the day before it starts).
 */
import { addDays, daysBetween, monthStart, weekStart } from '../calendar/date-math';
import { daysInMonth, formatRuDate } from '../dates/iso-date';
import { periodWords } from '../dates/period-words';

export const PLAN_PERIOD_KINDS = ['week', 'month', 'quarter', 'custom'] as const;
export type PlanPeriodKind = (typeof PLAN_PERIOD_KINDS)[number];

export const PLAN_PERIOD_LABELS: Record<PlanPeriodKind, string> = {
  week: 'неделя',
  month: 'месяц',
  quarter: 'квартал',
  custom: 'свой период',
};

/** The longest custom period, in days (both ends included). */
export const MAX_PERIOD_DAYS = 366;

export interface PlanPeriod {
  kind: PlanPeriodKind;
  from: string;
  to: string;
  /** After «за»: «неделю с 30.11.2026 по 06.12.2026», «ноябрь 2026 г.», «IV квартал 2026 г.». */
  words: string;
  /** Short, for a chart's axis or a column: «30.11–06.12», «11.2026», «IV кв. 2026». */
  short: string;
}

export type PlanPeriodRequest =
  { kind: 'week' | 'month' | 'quarter'; date: string } | { kind: 'custom'; from: string; to: string };

export type PlanPeriodRefusal = { code: 'REPORT.BAD_PERIOD' | 'REPORT.TOO_LONG'; message: string };

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function quarterOf(date: string): { year: number; q: number } {
  return { year: Number(date.slice(0, 4)), q: Math.floor((Number(date.slice(5, 7)) - 1) / 3) };
}

function monthEnd(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

function dayMonth(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

export function weekPeriod(date: string): PlanPeriod {
  const from = weekStart(date);
  const to = addDays(from, 6);
  return {
    kind: 'week',
    from,
    to,
    words: `неделю с ${formatRuDate(from)} по ${formatRuDate(to)}`,
    short: `${dayMonth(from)}–${dayMonth(to)}`,
  };
}

export function monthPeriod(date: string): PlanPeriod {
  const from = monthStart(date);
  return {
    kind: 'month',
    from,
    to: monthEnd(from),
    words: `${periodWords(from.slice(0, 7))} г.`,
    short: `${from.slice(5, 7)}.${from.slice(0, 4)}`,
  };
}

export function quarterPeriod(date: string): PlanPeriod {
  const { year, q } = quarterOf(date);
  const from = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const to = monthEnd(`${year}-${String(q * 3 + 3).padStart(2, '0')}-01`);
  return { kind: 'quarter', from, to, words: `${ROMAN[q]} квартал ${year} г.`, short: `${ROMAN[q]} кв. ${year}` };
}

export function customPeriod(from: string, to: string): PlanPeriod {
  return {
    kind: 'custom',
    from,
    to,
    words: `период с ${formatRuDate(from)} по ${formatRuDate(to)}`,
    short: `${dayMonth(from)}–${dayMonth(to)}`,
  };
}

/** The days of a period, both ends included. */
export function periodDays(p: { from: string; to: string }): number {
  return daysBetween(p.from, p.to) + 1;
}

/** The period a request names, or why it cannot be a report's period. */
export function resolvePlanPeriod(r: PlanPeriodRequest): PlanPeriod | PlanPeriodRefusal {
  if (r.kind !== 'custom') {
    if (r.kind === 'week') return weekPeriod(r.date);
    return r.kind === 'month' ? monthPeriod(r.date) : quarterPeriod(r.date);
  }
  if (r.from > r.to) {
    return {
      code: 'REPORT.BAD_PERIOD',
      message: `Начало периода (${formatRuDate(r.from)}) позже его конца (${formatRuDate(r.to)}). Отчёт не составлен.`,
    };
  }
  const days = periodDays(r);
  if (days > MAX_PERIOD_DAYS) {
    return {
      code: 'REPORT.TOO_LONG',
      message: `Период отчёта — ${days} дн., больше ${MAX_PERIOD_DAYS}: разбейте его на части (например, по кварталам). Отчёт не составлен.`,
    };
  }
  return customPeriod(r.from, r.to);
}

export function isRefusal(p: PlanPeriod | PlanPeriodRefusal): p is PlanPeriodRefusal {
  return 'code' in p;
}

/** The period of the same kind right before `p`. */
export function previousPlanPeriod(p: PlanPeriod): PlanPeriod {
  const dayBefore = addDays(p.from, -1);
  if (p.kind === 'week') return weekPeriod(dayBefore);
  if (p.kind === 'month') return monthPeriod(dayBefore);
  if (p.kind === 'quarter') return quarterPeriod(dayBefore);
  return customPeriod(addDays(p.from, -periodDays(p)), dayBefore);
}

/** `n` periods ending with `p`, oldest first (the debt trend's points are their ends). */
export function periodsEndingWith(p: PlanPeriod, n: number): PlanPeriod[] {
  const out: PlanPeriod[] = [p];
  while (out.length < n) out.unshift(previousPlanPeriod(out[0] as PlanPeriod));
  return out;
}
