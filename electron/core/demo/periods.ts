/**
 * @file Month arithmetic on 'YYYY-MM' periods and 'YYYY-MM-DD' dates (no Date objects, no time zones).
 */

export function parsePeriod(period: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new Error(`period must be 'YYYY-MM', got '${period}'`);
  return { year: Number(m[1]), month };
}

export function formatPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function addMonths(period: string, delta: number): string {
  const { year, month } = parsePeriod(period);
  const total = year * 12 + (month - 1) + delta;
  return formatPeriod(Math.floor(total / 12), (total % 12) + 1);
}

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
