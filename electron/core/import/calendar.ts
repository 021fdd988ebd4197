/**
 * @file Calendar helpers shared by the date and period parsers: real calendar check, ISO formatting and
 * conversion of Excel dates.
 *
 * ExcelJS turns a date-formatted cell into a JS Date at UTC midnight (it computes the epoch offset itself), so
 * only UTC components are read — local-time getters would shift dates by a day east/west of Greenwich. Cells
 * holding a date without a date format (or a formula result) arrive as the raw serial number; those are
 * converted here with the 1900 date system (serial 25569 = 1970-01-01, valid from serial 61 = 1900-03-01,
 * after Excel's fictitious 29.02.1900).
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const EXCEL_EPOCH_OFFSET = 25569;
const EXCEL_FIRST_SAFE_SERIAL = 61;
const EXCEL_LAST_SERIAL = 2958465; // 31.12.9999
const MS_PER_DAY = 86_400_000;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the triple names a real calendar day (31.02 and 29.02 of a common year are not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isoPeriod(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** Calendar day of a JS Date produced by ExcelJS (UTC midnight), or null for an invalid Date. */
export function ymdOfUtcDate(date: Date): Ymd | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Calendar day of an Excel serial date number (time of day ignored), or null when out of range. */
export function ymdOfExcelSerial(serial: number): Ymd | null {
  if (!Number.isFinite(serial) || serial < EXCEL_FIRST_SAFE_SERIAL || serial > EXCEL_LAST_SERIAL) return null;
  return ymdOfUtcDate(new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));
}
