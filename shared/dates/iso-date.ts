/**
 * @file Calendar dates as 'YYYY-MM-DD' strings, branded `IsoDate`. Never count days with `new Date('YYYY-MM-DD')`
 * against a local `new Date()`: the first is UTC midnight, the second local time.
 */

export type IsoDate = string & { readonly __brand?: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar date of an instant in a time zone (default Europe/Moscow, where the office works).
 * @param atMs instant, UTC ms
 */
export function isoDateInZone(atMs: number, timeZone: string = 'Europe/Moscow'): IsoDate {
  // 'sv-SE' formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(atMs),
  );
}

/** 'YYYY-MM-DD' → 'дд.мм.гггг' for display and documents. */
export function formatRuDate(date: IsoDate): string {
  const m = ISO_DATE.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}
