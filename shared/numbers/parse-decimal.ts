/**
 * @file Non-negative decimal number kept as text with a dot (area in m²: «54,3» → '54.3').
 *
 * Kept as a string so that the value the clerk typed is stored exactly (no binary float), normalised:
 * comma → dot, thousands spaces dropped, no leading zeros, no trailing fractional zeros («54,30» → '54.3',
 * «0054» → '54'). Up to 4 decimals. Negative values are refused: the only decimal field is an area.
 */

import { ValueError } from './value-error';

const NOT_DECIMAL = new ValueError('не число (ожидается, например, 54,3)');
const NEGATIVE = new ValueError('число не может быть отрицательным');
const TOO_PRECISE = new ValueError('слишком много знаков после запятой (не более 4)');

const DECIMAL = /^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;
const MAX_DECIMALS = 4;

/** Parses «54,3», «1 054.25» or an XLSX number into a canonical decimal string. */
export function parseDecimal(raw: string | number): string | ValueError {
  let s: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return NOT_DECIMAL;
    s = String(raw);
    if (s.includes('e')) return NOT_DECIMAL; // 1e21 or 1e-7: not an area
  } else {
    s = raw.trim();
  }
  const m = DECIMAL.exec(s);
  if (m === null) return NOT_DECIMAL;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const whole = (m[2] ?? '').replace(GROUP_SPACES, '').replace(/^0+(?=\d)/, '');
  if (m[1] === '-' && (whole !== '0' || fraction !== '')) return NEGATIVE;
  if (fraction.length > MAX_DECIMALS) return TOO_PRECISE;
  return fraction === '' ? whole : `${whole}.${fraction}`;
}
