/**
 * @file Ownership share → reduced fraction { num, den } with 0 < num/den ≤ 1.
 *
 * Accepted: «1/2» (spaces around the slash allowed), a decimal «0,5» / «0.25» (up to 6 decimals, turned into
 * an exact fraction 25/100 → 1/4, never via floats), «1», and an XLSX number. Fractions are reduced so that
 * «2/4» and «0,5» are stored alike. An XLSX date cell gets a specific message: Excel silently turns a typed
 * «1/2» into the 1st of February.
 */

import { ValueError } from './errors';

export interface Share {
  num: number;
  den: number;
}

const NOT_SHARE = new ValueError('не доля (ожидается, например, 1/2, 0,5 или 1)');
const OUT_OF_RANGE = new ValueError('доля должна быть больше 0 и не больше 1');
const EXCEL_DATE = new ValueError(
  'Excel превратил долю в дату — задайте столбцу текстовый формат и введите долю заново (например, 1/2)',
);

const FRACTION = /^(\d{1,9})\s*\/\s*(\d{1,9})$/;
const DECIMAL = /^(\d{1,9})(?:[.,](\d{1,6}))?$/;

/** Parses «1/2», «0,5», «1» or an XLSX number into a reduced fraction. */
export function parseShare(raw: string | number | Date): Share | ValueError {
  if (raw instanceof Date) return EXCEL_DATE;
  let s: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return NOT_SHARE;
    s = String(raw);
  } else {
    s = raw.trim();
  }
  let num: number;
  let den: number;
  const f = FRACTION.exec(s);
  if (f !== null) {
    num = Number(f[1]);
    den = Number(f[2]);
  } else {
    const d = DECIMAL.exec(s);
    if (d === null) return NOT_SHARE;
    const decimals = d[2] ?? '';
    den = 10 ** decimals.length;
    num = Number(d[1]) * den + (decimals === '' ? 0 : Number(decimals));
  }
  if (num <= 0 || den <= 0 || num > den) return OUT_OF_RANGE;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
