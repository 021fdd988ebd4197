/**
 * @file One converter per layout field: a non-empty cell → the record value (or a {@link ValueError}).
 *
 * Dispatches on the field type once, at setup, so the per-cell path is a single closure call. Two memory/speed
 * choices for million-row files:
 * - period and date parsing is memoised by the raw text (a charges file has a handful of distinct periods);
 *   the memo also makes every record share one string instance per period;
 * - free-text values are memoised by the raw text and interned (account numbers and service names repeat
 *   thousands of times), which roughly halves the memory taken by the records and checks each distinct text
 *   once. Both caches are bounded so that a file of unique values cannot grow them without limit.
 * Range limits (`min`/`max` of the layout field) are checked here, after the type parser; so are the longest
 * text of a field and the shape of an account number (shared/import/text-limits.ts).
 */

import type { LayoutField } from '../../../shared/import/layouts';
import { ExcelErrorCell, type CellValue } from './cell-value';
import { ValueError } from './errors';
import { parseBoolean } from './parse-boolean';
import { parseDate } from './parse-date';
import { parseDecimal } from '../../../shared/numbers/parse-decimal';
import { makeEnumParser } from './parse-enum';
import { parseInteger } from '../../../shared/numbers/parse-integer';
import { parseMoney } from '../../../shared/numbers/parse-money';
import { parsePeriod } from './parse-period';
import { parseShare } from './parse-share';
import { parseText } from './parse-text';
import { isAccountNumber, textLimitOf } from '../../../shared/import/text-limits';

/** A present (non-empty) cell. */
export type FilledCell = Exclude<CellValue, undefined>;
export type FieldConverter = (cell: FilledCell) => unknown;

const MEMO_LIMIT = 4096;
const INTERN_LIMIT = 200_000;
/** Longer texts are not memoised (a hostile file's huge cells must not be kept). */
const MEMO_MAX_LENGTH = 512;

const BOOLEAN_NOT_NUMBER = new ValueError('в ячейке логическое значение, а ожидается число');
const DATE_NOT_NUMBER = new ValueError('в ячейке дата, а ожидается число');
const BOOLEAN_NOT_DATE = new ValueError('в ячейке логическое значение, а ожидается дата');

/** Creates the converter of one field. */
export function makeFieldConverter(field: LayoutField): FieldConverter {
  const typed = typedConverter(field);
  return (cell) =>
    cell instanceof ExcelErrorCell ? new ValueError(`в ячейке ошибка Excel ${cell.code}`) : typed(cell);
}

type PlainCell = string | number | boolean | Date;

function typedConverter(field: LayoutField): (cell: PlainCell) => unknown {
  switch (field.type) {
    case 'text':
      return field.values === undefined ? interning(boundedText(field.key)) : enumConverter(field.values);
    case 'money':
      return numeric(parseMoney);
    case 'date':
      return memoised((cell) => (typeof cell === 'boolean' ? BOOLEAN_NOT_DATE : parseDate(cell)));
    case 'period':
      return memoised((cell) => (typeof cell === 'boolean' ? BOOLEAN_NOT_DATE : parsePeriod(cell)));
    case 'integer':
      return ranged(field, numeric(parseInteger));
    case 'decimal':
      return ranged(field, numeric(parseDecimal));
    case 'share':
      return (cell) => (typeof cell === 'boolean' ? BOOLEAN_NOT_NUMBER : parseShare(cell));
    case 'boolean':
      return (cell) => (cell instanceof Date ? parseBoolean('') : parseBoolean(cell));
  }
}

/** Free text within its field's length (text-limits.ts); an account number also of the account-number shape. */
function boundedText(key: string): (cell: PlainCell) => string | ValueError {
  const max = textLimitOf(key);
  const tooLong = new ValueError(`текст длиннее ${max} знаков — такое значение не сохраняется`);
  const notNumber = new ValueError(
    'не похоже на номер лицевого счёта: допускаются буквы, цифры и знаки «-», «/», «.», «_» (до 32 знаков, первая — буква или цифра)',
  );
  const account = key === 'accountNumber';
  return (cell) => {
    // A huge cell is refused before it is trimmed or scanned.
    if (typeof cell === 'string' && cell.length > max + 64) return account ? notNumber : tooLong;
    const text = parseText(cell);
    if (text instanceof ValueError) return text;
    if (account) return isAccountNumber(text) ? text : notNumber;
    return text.length > max ? tooLong : text;
  };
}

/** A parser of text or number cells; XLSX booleans and dates get their own message. */
function numeric(parse: (raw: string | number) => unknown): (cell: PlainCell) => unknown {
  return (cell) =>
    typeof cell === 'string' || typeof cell === 'number'
      ? parse(cell)
      : typeof cell === 'boolean'
        ? BOOLEAN_NOT_NUMBER
        : DATE_NOT_NUMBER;
}

function enumConverter(values: readonly string[]): (cell: PlainCell) => unknown {
  const parseEnum = makeEnumParser(values);
  return (cell) => {
    const text = parseText(cell);
    return text instanceof ValueError ? text : parseEnum(text);
  };
}

/** Applies the layout's min/max to an integer or a decimal string. */
function ranged(field: LayoutField, parse: (cell: PlainCell) => unknown): (cell: PlainCell) => unknown {
  const { min, max } = field;
  if (min === undefined && max === undefined) return parse;
  const message =
    min !== undefined && max !== undefined
      ? `значение должно быть от ${min} до ${max}`
      : min !== undefined
        ? `значение должно быть не меньше ${min}`
        : `значение должно быть не больше ${String(max)}`;
  const outOfRange = new ValueError(message);
  return (cell) => {
    const value = parse(cell);
    if (value instanceof ValueError) return value;
    const n = Number(value);
    return (min !== undefined && n < min) || (max !== undefined && n > max) ? outOfRange : value;
  };
}

/** Memoises a converter by the raw text of the cell (non-text cells are not memoised). */
function memoised(convert: (cell: PlainCell) => unknown): (cell: PlainCell) => unknown {
  const memo = new Map<string, unknown>();
  return (cell) => {
    if (typeof cell !== 'string') return convert(cell);
    let value = memo.get(cell);
    if (value === undefined) {
      value = convert(cell);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(cell, value);
    }
    return value;
  };
}

/**
 * Interns the strings a converter returns. Text cells are memoised by their raw text (the conversion — trim and
 * the broken-character check — then runs once per distinct value, not once per row); other cells (XLSX numbers,
 * dates) are converted each time and their strings pooled by value. Kept strings are copied out of the decoded
 * chunk they were cut from, so a pooled value does not hold a whole megabyte of text alive.
 */
function interning(convert: (cell: PlainCell) => string | ValueError): (cell: PlainCell) => unknown {
  const byRaw = new Map<string, string | ValueError>();
  const pool = new Map<string, string>();
  return (cell) => {
    if (typeof cell === 'string') {
      const known = byRaw.get(cell);
      if (known !== undefined) return known;
      const value = convert(cell);
      if (byRaw.size < INTERN_LIMIT && cell.length <= MEMO_MAX_LENGTH) {
        const key = ownCopy(cell);
        byRaw.set(key, value === cell ? key : typeof value === 'string' ? ownCopy(value) : value);
        return byRaw.get(key);
      }
      return value;
    }
    const value = convert(cell);
    if (typeof value !== 'string') return value;
    const pooled = pool.get(value);
    if (pooled !== undefined) return pooled;
    if (pool.size < INTERN_LIMIT) pool.set(value, value);
    return value;
  };
}

/** A copy of the string that shares no memory with a larger one (V8 cuts substrings of 13+ chars as views). */
function ownCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}
