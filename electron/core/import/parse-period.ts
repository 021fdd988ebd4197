/**
 * @file Billing period → 'YYYY-MM'.
 *
 * Accepted: «ММ.ГГГГ» («3.2024» too), «гггг-мм», the first day of the month «01.ММ.ГГГГ» / «гггг-мм-01»
 * (billing systems that only have a date type write periods so), a month name «март 2024» / «Март 2024 г.»,
 * an XLSX date cell and an Excel serial number. A text date with another day («15.03.2024») is refused: in a
 * text file it is more likely a payment date put into the wrong column than a period. An XLSX date cell is
 * taken with any day, because a cell formatted «ММ.ГГГГ» hides its day from the clerk.
 * Periods are limited to 1990–2100.
 */

import { ValueError } from './errors';
import { isoPeriod, ymdOfExcelSerial, ymdOfUtcDate } from './calendar';

const NOT_PERIOD = new ValueError('не расчётный период (ожидается ММ.ГГГГ, например 03.2024)');
const NOT_FIRST_DAY = new ValueError('период указывается месяцем (ММ.ГГГГ), а не конкретным днём');
const NO_SUCH_MONTH = new ValueError('месяц должен быть от 01 до 12');
const YEAR_OUT_OF_RANGE = new ValueError('год периода вне допустимого диапазона 1990–2100');

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

const MONTH_YEAR = /^(\d{1,2})\.(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const RU_DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAME_YEAR = /^([а-яё]+)\s+(\d{4})(?:\s*г(?:ода?)?\.?)?$/;

const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['январь', 1],
  ['февраль', 2],
  ['март', 3],
  ['апрель', 4],
  ['май', 5],
  ['июнь', 6],
  ['июль', 7],
  ['август', 8],
  ['сентябрь', 9],
  ['октябрь', 10],
  ['ноябрь', 11],
  ['декабрь', 12],
]);

/** Parses a billing period written as text, an XLSX date cell or an Excel serial number into 'YYYY-MM'. */
export function parsePeriod(raw: string | number | Date): string | ValueError {
  if (typeof raw === 'string') return periodFromText(raw.trim());
  const ymd = typeof raw === 'number' ? ymdOfExcelSerial(raw) : ymdOfUtcDate(raw);
  return ymd === null ? NOT_PERIOD : checked(ymd.year, ymd.month);
}

function periodFromText(s: string): string | ValueError {
  let m = MONTH_YEAR.exec(s);
  if (m !== null) return checked(Number(m[2]), Number(m[1]));
  m = YEAR_MONTH.exec(s);
  if (m !== null) return checked(Number(m[1]), Number(m[2]));
  m = RU_DAY_MONTH_YEAR.exec(s);
  if (m !== null) return Number(m[1]) === 1 ? checked(Number(m[3]), Number(m[2])) : NOT_FIRST_DAY;
  m = ISO_DAY.exec(s);
  if (m !== null) return Number(m[3]) === 1 ? checked(Number(m[1]), Number(m[2])) : NOT_FIRST_DAY;
  m = MONTH_NAME_YEAR.exec(s.toLowerCase());
  if (m !== null) {
    const month = MONTH_NAMES.get((m[1] ?? '').replace('ё', 'е'));
    if (month !== undefined) return checked(Number(m[2]), month);
  }
  return NOT_PERIOD;
}

function checked(year: number, month: number): string | ValueError {
  if (month < 1 || month > 12) return NO_SUCH_MONTH;
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return YEAR_OUT_OF_RANGE;
  return isoPeriod(year, month);
}
