/**
 * @file Money in rubles → integer kopecks.
 *
 * Text: optional sign («-», «+», «−»), the integer part with optional thousands separators (space, NBSP,
 * narrow NBSP, thin space — then every group after the first must have exactly 3 digits), an optional decimal
 * separator «,» or «.» followed by 1–2 digits. A comma is ALWAYS a decimal separator, so «12,345» is refused
 * as «more than 2 decimals» instead of being guessed as twelve thousand. Parsed with a char loop, not a
 * regexp + parseFloat: it is the hot path of a million-row file and it must never go through binary floats.
 *
 * Number (an XLSX cell): the double is rounded to 2 decimals as a STRING with toFixed(2) and accepted only
 * when that rounding is float noise (1234.5600000000001 from a formula), never when the value really has
 * 3+ decimals (12.345). `Math.round(x * 100)` is not used: 1.005 * 100 = 100.49999999999999.
 */

import { ValueError } from './value-error';

/** The refusals, exported so that a form field can word them for itself (shared/numbers/field-value.ts). */
export const NOT_MONEY = new ValueError('не сумма в рублях (ожидается, например, 1 234,56)');
export const TOO_MANY_DECIMALS = new ValueError(
  'больше двух знаков после запятой — копейки указываются не более чем двумя цифрами',
);
export const TOO_LARGE = new ValueError('слишком большая сумма');

/** Largest accepted amount, in kopecks: a trillion rubles, far above any real charge, far below 2^53. */
export const MAX_KOPECKS = 100_000_000_000_000;

const C_0 = 48;
const C_9 = 57;
const C_COMMA = 44;
const C_DOT = 46;
const C_MINUS = 45;
const C_PLUS = 43;
const C_UNICODE_MINUS = 0x2212;

function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Parses a ruble amount («1 234,56», «1234.5», «-120,00», or an XLSX number) into integer kopecks. */
export function parseMoney(raw: string | number): number | ValueError {
  return typeof raw === 'number' ? moneyFromNumber(raw) : moneyFromText(raw);
}

function moneyFromText(raw: string): number | ValueError {
  const s = raw.trim();
  const len = s.length;
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === C_MINUS || first === C_UNICODE_MINUS) {
    negative = true;
    i = 1;
  } else if (first === C_PLUS) {
    i = 1;
  }
  let rubles = 0;
  let digits = 0; // digits in the integer part
  let groupDigits = 0; // digits since the last thousands separator
  let grouped = false;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= C_0 && c <= C_9) {
      rubles = rubles * 10 + (c - C_0);
      digits++;
      groupDigits++;
    } else if (isGroupSeparator(c)) {
      // a separator must follow 1–3 digits (the first group) or exactly 3 (later groups)
      if (groupDigits === 0 || groupDigits > 3 || (grouped && groupDigits !== 3)) return NOT_MONEY;
      grouped = true;
      groupDigits = 0;
    } else {
      break;
    }
  }
  if (digits === 0) return NOT_MONEY;
  if (grouped && groupDigits !== 3) return NOT_MONEY;
  let kopecks = 0;
  if (i < len) {
    const sep = s.charCodeAt(i);
    if (sep !== C_COMMA && sep !== C_DOT) return NOT_MONEY;
    i++;
    let decimals = 0;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c < C_0 || c > C_9) return NOT_MONEY;
      decimals++;
      if (decimals <= 2) kopecks += (c - C_0) * (decimals === 1 ? 10 : 1);
    }
    if (decimals === 0) return NOT_MONEY;
    if (decimals > 2) return TOO_MANY_DECIMALS;
  }
  const total = rubles * 100 + kopecks;
  if (!(total <= MAX_KOPECKS)) return TOO_LARGE;
  return negative && total !== 0 ? -total : total;
}

function moneyFromNumber(value: number): number | ValueError {
  if (!Number.isFinite(value)) return NOT_MONEY;
  if (Math.abs(value) * 100 > MAX_KOPECKS) return TOO_LARGE;
  const fixed = value.toFixed(2);
  const rounded = Number(fixed);
  // float noise of a computed value is ~1e-16 relative; a genuine third decimal differs by ≥ 0.0005
  if (Math.abs(rounded - value) > 1e-9 * Math.max(1, Math.abs(value))) return TOO_MANY_DECIMALS;
  return moneyFromText(fixed);
}
