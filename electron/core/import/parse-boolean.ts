/**
 * @file Yes/no → boolean.
 *
 * Accepted (case-insensitive): да/нет, д/н, 1/0, +/-, истина/ложь (what Russian Excel writes for TRUE/FALSE),
 * true/false, yes/no; XLSX boolean cells and numbers 1/0. An empty cell is not handled here: an empty optional
 * cell means «use the default» and the field is simply left out of the record.
 */

import { ValueError } from './errors';

const NOT_BOOLEAN = new ValueError('не «да» или «нет» (ожидается да, нет, 1, 0, + или -)');

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['да', true],
  ['д', true],
  ['1', true],
  ['+', true],
  ['истина', true],
  ['true', true],
  ['yes', true],
  ['нет', false],
  ['н', false],
  ['0', false],
  ['-', false],
  ['ложь', false],
  ['false', false],
  ['no', false],
]);

/** Parses «да», «нет», «1», «0», «+», «-» (and a few synonyms) into a boolean. */
export function parseBoolean(raw: string | number | boolean): boolean | ValueError {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : NOT_BOOLEAN;
  const value = WORDS.get(raw.trim().toLowerCase());
  return value === undefined ? NOT_BOOLEAN : value;
}
