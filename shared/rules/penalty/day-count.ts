/**
 * @file Day arithmetic on 'YYYY-MM-DD' strings and 'YYYY-MM' billing months for the penalty engine (shared).
 * Dates become whole day numbers through UTC only, so no local-time offset or DST can shift a day (never
 * `new Date('YYYY-MM-DD')` against a local `new Date()`).
 */
import { daysInMonth, isIsoDate, type IsoDate } from '../../dates/iso-date';

const MS_PER_DAY = 86_400_000;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

// A district run converts the same few thousand dates millions of times; both directions are remembered.
// Bounded so a long-lived process cannot grow them without limit (a century of days is ~36 500 entries).
const MEMO_LIMIT = 50_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();

/** Days since 1970-01-01 (UTC calendar). setUTCFullYear, unlike Date.UTC, does not remap years 0–99. */
export function dayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new RangeError(`Неверная дата «${date}»`);
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const n = Math.round(d.getTime() / MS_PER_DAY);
  if (dayNumbers.size < MEMO_LIMIT) dayNumbers.set(date, n);
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  const known = isoDates.get(n);
  if (known !== undefined) return known;
  const d = new Date(n * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  const date = `${y}-${m}-${day}`;
  if (isoDates.size < MEMO_LIMIT) isoDates.set(n, date);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Number of days from `from` to `to`, both inclusive (0 when `to` is before `from`). */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** True for a billing month written 'YYYY-MM'. */
export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** '2026-02' → '2026-03'. */
export function nextPeriod(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${period.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Day `day` of the month, clamped to its length (a contract day 31 in April is 30 April). */
export function dayOfPeriod(period: string, day: number): IsoDate {
  const last = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  return `${period}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
