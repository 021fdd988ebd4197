/**
 * @file Billing months as 'YYYY-MM' strings and their arithmetic (no Date objects, no time zones), shared by the
 * core's counts, the eviction facts and the demo history.
 */

/** 'YYYY-MM' → its year and month; throws on anything else (2026-13 included). */
export function parsePeriod(period: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new Error(`period must be 'YYYY-MM', got '${period}'`);
  return { year: Number(m[1]), month };
}

export function formatPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month `delta` months after `period` (before it when negative): addMonths('2026-01', -1) = '2025-12'. */
export function addMonths(period: string, delta: number): string {
  const { year, month } = parsePeriod(period);
  const total = year * 12 + (month - 1) + delta;
  return formatPeriod(Math.floor(total / 12), (total % 12) + 1);
}

/** The billing month before 'YYYY-MM': '2026-01' → '2025-12'. */
export function previousPeriod(period: string): string {
  return addMonths(period, -1);
}
