/**
 * @file Whole number (entrance number, day of month of the contract payment date).
 *
 * Only plain digits with an optional sign: «5,0» or «1 000» are refused rather than guessed, since the
 * integer fields of the layouts are small ordinal numbers. Range limits come from the layout (min/max).
 */

import { ValueError } from './value-error';

const NOT_INTEGER = new ValueError('не целое число');
const INTEGER = /^[+-]?\d{1,15}$/;

/** Parses «12», «-3» or an XLSX number without a fractional part. */
export function parseInteger(raw: string | number): number | ValueError {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw + 0 : NOT_INTEGER;
  const s = raw.trim();
  if (!INTEGER.test(s)) return NOT_INTEGER;
  return Number(s) + 0; // + 0 turns -0 into 0
}
