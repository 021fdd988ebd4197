/**
 * @file Enumerated text value (form of ownership, tenure, role…) → the canonical lower-case value of the layout.
 *
 * Built once per field as a lookup of folded texts (case, «ё»/«е», spaces and punctuation ignored), so that
 * «Член  семьи», «ЧЛЕН СЕМЬИ» and «член-семьи» all give 'член семьи'. The returned string is the layout's own
 * instance, which also keeps a million records from holding a million copies of the same word.
 */

import { ValueError } from './errors';
import { foldText } from './text-normalize';

export type EnumParser = (raw: string) => string | ValueError;

/** Creates the parser for one enumerated field with the given allowed values (as written in the layout). */
export function makeEnumParser(values: readonly string[]): EnumParser {
  const byFolded = new Map<string, string>();
  for (const value of values) byFolded.set(foldText(value), value);
  const listed = values.map((v) => `«${v}»`);
  const expected =
    listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} или ${listed.at(-1) ?? ''}`;
  const notAllowed = new ValueError(`недопустимое значение (ожидается ${expected})`);
  return (raw) => byFolded.get(foldText(raw)) ?? notAllowed;
}
