/**
 * @file A debtor's full name in the genitive case («взыскать с Иванова Ивана Ивановича»), as court applications
 * name whom the sum is recovered from. The same approach as the claims' dative (../claim/dative-name.ts): lvovich
 * with the person's sex decided once for the whole name, and the same corrections (data in dative-name-corrections.ts:
 * indeclinable surnames, a woman's surname in a consonant, «Любовь» → «Любови»). Names in another shape (one word,
 * a company) are returned as they are.
 */
import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { nameGender, splitFullName, type NameGender } from '../claim/dative-name';
import {
  FEMALE_SOFT_SIGN_INDECLINABLE,
  INDECLINABLE_FIRST_PARTS,
  INDECLINABLE_SURNAMES,
} from '../claim/dative-name-corrections';

const CONSONANT_END = /[бвгджзйклмнпрстфхцчшщъь]$/;

function keepCapitals(original: string, declined: string): string {
  const letters = original.replace(/[^а-яёa-z]/gi, '');
  return letters.length > 1 && original === original.toUpperCase() ? declined.toUpperCase() : declined;
}

function firstNameGenitive(first: string, gender: NameGender | null): string {
  const lower = first.toLowerCase();
  if (gender === 'female' && lower.endsWith('ь') && !FEMALE_SOFT_SIGN_INDECLINABLE.includes(lower)) {
    return `${first.slice(0, -1)}и`;
  }
  return inclineFirstname(first, 'genitive', gender);
}

function lastNameGenitive(last: string, gender: NameGender | null): string {
  const parts = last.split('-');
  const declined = inclineLastname(last, 'genitive', gender).split('-');
  if (declined.length !== parts.length) return declined.join('-');
  return parts
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (INDECLINABLE_SURNAMES.includes(lower)) return part;
      if (i === 0 && parts.length > 1 && INDECLINABLE_FIRST_PARTS.includes(lower)) return part;
      if (gender === 'female' && CONSONANT_END.test(lower)) return part;
      return declined[i] ?? part;
    })
    .join('-');
}

export function genitiveFullName(fullName: string): string {
  const parts = splitFullName(fullName);
  if (!parts.first) return fullName.trim();
  const gender = nameGender(fullName);
  return [
    keepCapitals(parts.last, lastNameGenitive(parts.last, gender)),
    keepCapitals(parts.first, firstNameGenitive(parts.first, gender)),
    ...(parts.middle ? [keepCapitals(parts.middle, inclineMiddlename(parts.middle, 'genitive', gender))] : []),
  ].join(' ');
}

/** «Иванов Иван Иванович» → «Иванов И. И.» (the signature's and the register's short form). */
export function shortFullName(fullName: string): string {
  const parts = splitFullName(fullName);
  if (!parts.first) return fullName.trim();
  const initials = [parts.first, parts.middle].filter((p): p is string => !!p).map((p) => `${p.charAt(0)}.`);
  return `${parts.last} ${initials.join('\u00a0')}`;
}
