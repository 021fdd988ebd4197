/**
 * @file Month arithmetic on 'YYYY-MM' periods and 'YYYY-MM-DD' dates (no Date objects, no time zones).
 */
import { addMonths, formatPeriod, parsePeriod } from '../../../shared/dates/billing-period';

export { addMonths, formatPeriod, parsePeriod };

export function daysInMonth(period: string): number {
  const { year, month } = parsePeriod(period);
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM-DD' for day `day` of `period`, the day clamped to the month's length. */
export function dateIn(period: string, day: number): string {
  const d = Math.max(1, Math.min(day, daysInMonth(period)));
  return `${period}-${String(d).padStart(2, '0')}`;
}

/** The month before the current one (local clock) — the default end of the demo history. */
export function previousMonth(now: Date = new Date()): string {
  return addMonths(formatPeriod(now.getFullYear(), now.getMonth() + 1), -1);
}
