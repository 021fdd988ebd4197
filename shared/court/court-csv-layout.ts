/**
 * @file The court directory's CSV layout (shared, pure): one row per territory range, the court's columns repeated
 * on each of its rows (a court without territory has one row with the street empty). UTF-8 with BOM, «;», as Excel
 * opens it in a Russian locale. Rows whose first cell starts with «#» are comments (the template's example).
 */
import type { Parity } from './court-territory-match';
import type { CourtKind } from './court-record';
import { foldForSearch } from '../text/fold-for-search';

export const COURT_CSV_COLUMNS = [
  ['kind', 'Вид суда'],
  ['name', 'Наименование'],
  ['plotNumber', 'Номер участка'],
  ['code', 'Код суда'],
  ['address', 'Адрес суда'],
  ['phone', 'Телефон'],
  ['email', 'Эл. почта'],
  ['website', 'Сайт'],
  ['payeeName', 'Получатель'],
  ['payeeInn', 'ИНН'],
  ['payeeKpp', 'КПП'],
  ['payeeBankName', 'Банк получателя'],
  ['payeeBik', 'БИК'],
  ['payeeBankAccount', 'ЕКС'],
  ['payeeTreasuryAccount', 'Казначейский счёт'],
  ['kbk', 'КБК'],
  ['oktmo', 'ОКТМО'],
  ['confirmed', 'Сверено'],
  ['active', 'Действует'],
  ['note', 'Примечание'],
  ['street', 'Улица'],
  ['houseFrom', 'Дом с'],
  ['houseTo', 'Дом по'],
  ['parity', 'Чётность'],
] as const;

export type CourtCsvField = (typeof COURT_CSV_COLUMNS)[number][0];

/** Columns the file must have; the others may be left out (payee fields then take the ЕНС details). */
export const COURT_CSV_REQUIRED: readonly CourtCsvField[] = ['kind', 'name', 'address', 'street'];

export const KIND_CSV: Record<CourtKind, string> = { magistrate: 'мировой', district: 'районный' };
export const PARITY_CSV: Record<Parity, string> = { all: 'все', odd: 'нечётные', even: 'чётные' };

/** «Мировой судья», «мировой» → magistrate; «районный», «городской суд» → district; else null. */
export function parseCourtKind(text: string): CourtKind | null {
  const t = foldForSearch(text);
  if (t.startsWith('миров') || t === 'magistrate') return 'magistrate';
  if (t.startsWith('район') || t.startsWith('город') || t === 'district') return 'district';
  return null;
}

/** «нечётные», «нечет», «odd» → odd; «чётные» → even; «все» or empty → all; else null. */
export function parseParity(text: string): Parity | null {
  const t = foldForSearch(text);
  if (t === '' || t.startsWith('все') || t === 'all') return 'all';
  if (t.startsWith('нечет') || t === 'odd') return 'odd';
  if (t.startsWith('чет') || t === 'even') return 'even';
  return null;
}

/** «да», «1», «yes» → true; «нет», «0», empty → false; else null. */
export function parseYesNo(text: string, empty: boolean): boolean | null {
  const t = foldForSearch(text);
  if (t === '') return empty;
  if (['да', '1', 'yes', 'true', '+'].includes(t)) return true;
  if (['нет', '0', 'no', 'false', '-'].includes(t)) return false;
  return null;
}
