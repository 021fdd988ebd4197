/**
 * @file An addressee's full name in the dative case («Иванову Ивану Ивановичу»), as a claim is addressed.
 * Declension by lvovich (surname, first name and patronymic; the gender is taken from the patronymic or the name).
 * Names billing writes in another shape (one word, a company) are returned as they are rather than guessed at.
 */
import { incline } from 'lvovich';

export interface NameParts {
  last: string;
  first: string | null;
  middle: string | null;
}

/** «Иванов Иван Иванович» → parts; extra words (a second patronymic part, «оглы») stay with the patronymic. */
export function splitFullName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return {
    last: words[0] ?? '',
    first: words[1] ?? null,
    middle: words.length > 2 ? words.slice(2).join(' ') : null,
  };
}

export function dativeFullName(fullName: string): string {
  const parts = splitFullName(fullName);
  if (!parts.first) return fullName.trim();
  const declined = incline(
    { last: parts.last, first: parts.first, ...(parts.middle ? { middle: parts.middle } : {}) },
    'dative',
  );
  return [declined.last ?? parts.last, declined.first ?? parts.first, parts.middle ? (declined.middle ?? parts.middle) : null]
    .filter((w): w is string => Boolean(w))
    .join(' ');
}
