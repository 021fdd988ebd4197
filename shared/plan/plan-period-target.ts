/**
 * @file A measure's target for a report's period, from the plan's target for its own period (plan_targets: N per
 * day, week, month, quarter or year). The rule, as the report's footnote states it:
 *
 * - a target per day counts on working days only: N × the working days of the period (production calendar);
 * - a target per week, month, quarter or year is shared out over its working days: each such week (month…) that the
 *   report's period touches gives N × (its working days inside the period) / (all its working days). A month's
 *   report against a monthly target is exactly N; a week's report against a monthly target of 100 in a month of 21
 *   working days is 100 × 5 / 21 ≈ 24. A week, month… without working days (the New Year holidays) is shared out over
 *   its calendar days instead;
 * - the sum is rounded to a whole number, and a positive target never rounds down to nothing (at least 1).
 */
import { addDays, monthStart } from '../calendar/date-math';
import { isWorkingDay } from '../calendar/day-kind';
import { PRODUCTION_CALENDAR } from '../calendar/production-calendar-data';
import { monthPeriod, quarterPeriod, weekPeriod } from './plan-period';
import type { TargetPeriod } from './plan-targets';

export const TARGET_RULE_FOOTNOTE =
  'Цель на период отчёта: дневная цель — на каждый рабочий день периода по производственному календарю; ' +
  'недельная, месячная, квартальная и годовая — пропорционально рабочим дням этой недели (месяца, квартала, года), ' +
  'попавшим в период, с округлением до целого (не меньше 1). Для охвата ЕПД и начисления пени цель — состояние ' +
  'на конец периода (100 % должников, все УК с пени по договору), без пересчёта.';

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function workingDays(from: string, to: string): number {
  return daysOf(from, to).filter((d) => isWorkingDay(d, PRODUCTION_CALENDAR)).length;
}

/** The week, month, quarter or year (from, to) holding `date`. */
function holdingPeriod(period: Exclude<TargetPeriod, 'day'>, date: string): { from: string; to: string } {
  if (period === 'week') return weekPeriod(date);
  if (period === 'month') return monthPeriod(monthStart(date));
  if (period === 'quarter') return quarterPeriod(date);
  return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
}

/** The unrounded share of `count` per `period` falling on [from, to]. */
export function proratedTarget(count: number, period: TargetPeriod, span: { from: string; to: string }): number {
  if (period === 'day') return count * workingDays(span.from, span.to);
  let total = 0;
  let day = span.from;
  while (day <= span.to) {
    const p = holdingPeriod(period, day);
    const partTo = p.to < span.to ? p.to : span.to;
    const inside = workingDays(day, partTo);
    const all = workingDays(p.from, p.to);
    total += all > 0 ? (count * inside) / all : (count * daysOf(day, partTo).length) / daysOf(p.from, p.to).length;
    day = addDays(partTo, 1);
  }
  return total;
}

/** The target for the report's period as the report prints it (whole, at least 1 when the plan's target is positive). */
export function targetForPeriod(count: number, period: TargetPeriod, span: { from: string; to: string }): number {
  const exact = proratedTarget(count, period, span);
  if (count > 0 && exact > 0 && exact < 1) return 1;
  return Math.round(exact);
}
