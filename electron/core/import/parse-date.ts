/**
 * @file Calendar date → 'YYYY-MM-DD'.
 *
 * Accepted: «дд.мм.гггг» (day and month may have one digit; a time part «15.03.2024 0:00:00» as 1C exports it
 * is tolerated and ignored), «гггг-мм-дд» (optionally with an ISO time), an XLSX date cell (a JS Date at UTC
 * midnight from ExcelJS) and a bare Excel serial number (a date cell without a date format). Two-digit years
 * are refused — for birth dates «01.02.34» is genuinely ambiguous. Every date is checked against the real
 * calendar, so «31.02.2024» is an error, and the year must be within 1900–2100.
 */

import { ValueError } from './errors';
import { isRealDate, isoDate, MAX_YEAR, MIN_YEAR, ymdOfExcelSerial, ymdOfUtcDate } from './calendar';

const NOT_DATE = new ValueError('не дата (ожидается дд.мм.гггг, например 15.03.2024)');
const NO_SUCH_DAY = new ValueError('такой даты нет в календаре');
const YEAR_OUT_OF_RANGE = new ValueError(`год вне допустимого диапазона ${MIN_YEAR}–${MAX_YEAR}`);

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses a date written as text, an XLSX date cell or an Excel serial number into 'YYYY-MM-DD'. */
export function parseDate(raw: string | number | Date): string | ValueError {
  if (typeof raw === 'string') return dateFromText(raw.trim());
  const ymd = typeof raw === 'number' ? ymdOfExcelSerial(raw) : ymdOfUtcDate(raw);
  return ymd === null ? NOT_DATE : checked(ymd.year, ymd.month, ymd.day);
}

function dateFromText(s: string): string | ValueError {
  let m = RU_DATE.exec(s);
  if (m !== null) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_DATE.exec(s);
  if (m !== null) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  return NOT_DATE;
}

function checked(year: number, month: number, day: number): string | ValueError {
  if (year < MIN_YEAR || year > MAX_YEAR) return YEAR_OUT_OF_RANGE;
  if (!isRealDate(year, month, day)) return NO_SUCH_DAY;
  return isoDate(year, month, day);
}
