/**
 * @file The reference's own calendar: 'YYYY-MM-DD' ⇄ a day count, by pure integer arithmetic on the proleptic
 * Gregorian calendar (no Date object, no time zone), and billing months 'YYYY-MM'. Written for the reference only;
 * it shares nothing with shared/rules/penalty/day-count.ts.
 */

export type Day = number;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthLength(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_LENGTHS[month - 1] as number);
}

/** Days in whole years 1..year-1 (day 0 is 0001-01-01). */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

/** 'YYYY-MM-DD' → days since 0001-01-01. Throws on a malformed or impossible date. */
export function toDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`reference calendar: not a date «${iso}»`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month))
    throw new RangeError(`reference calendar: no such day «${iso}»`);
  let n = daysBeforeYear(year);
  for (let k = 1; k < month; k++) n += monthLength(year, k);
  return n + day - 1;
}

/** Inverse of toDay. */
export function toIso(n: Day): string {
  let year = Math.floor(n / 365.2425) + 1;
  while (daysBeforeYear(year) > n) year--;
  while (daysBeforeYear(year + 1) <= n) year++;
  let rest = n - daysBeforeYear(year);
  let month = 1;
  while (rest >= monthLength(year, month)) rest -= monthLength(year, month++);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
}

/** A billing month 'YYYY-MM' as numbers. */
export function monthParts(period: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`reference calendar: not a month «${period}»`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month after a billing month, as numbers. */
export function followingMonth(period: string): { year: number; month: number } {
  const { year, month } = monthParts(period);
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** The last calendar day of a billing month. */
export function lastDayOfMonth(period: string): Day {
  const { year, month } = monthParts(period);
  return toDay(`${monthText(year, month)}-${String(monthLength(year, month)).padStart(2, '0')}`);
}
