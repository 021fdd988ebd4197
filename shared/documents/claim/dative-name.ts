/**
 * @file An addressee's full name in the dative case («Иванову Ивану Ивановичу»), as a claim is addressed.
 * Declension by lvovich (surname, first name and patronymic) with the person's sex decided once for the whole name
 * — the patronymic first, then the first name, then the surname — and passed to every part: lvovich's own guess per
 * word left «Любовь» undeclined next to «Данииловне». A few corrections follow, their word lists kept as data in
 * dative-name-corrections.ts. Names billing writes in another shape (one word, a company) are returned as they are.
 */
import { getFirstnameGender, getLastnameGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import {
  FEMALE_SOFT_SIGN_INDECLINABLE,
  INDECLINABLE_FIRST_PARTS,
  INDECLINABLE_SURNAMES,
  PATRONYMIC_GENDER_ENDINGS,
} from './dative-name-corrections';

export interface NameParts {
  last: string;
  first: string | null;
  middle: string | null;
}

export type NameGender = 'male' | 'female';

/** «Иванов Иван Иванович» → parts; extra words (a second patronymic part, «оглы») stay with the patronymic. */
export function splitFullName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return {
    last: words[0] ?? '',
    first: words[1] ?? null,
    middle: words.length > 2 ? words.slice(2).join(' ') : null,
  };
}

const CONSONANT_END = /[бвгджзйклмнпрстфхцчшщъь]$/;

function definite(g: string | null): NameGender | null {
  return g === 'male' || g === 'female' ? g : null;
}

/** The person's sex from the name, or null when nothing in it tells (one word, «Саша Ли»). */
export function nameGender(fullName: string): NameGender | null {
  const parts = splitFullName(fullName);
  if (parts.middle) {
    const tail =
      parts.middle
        .toLowerCase()
        .split(/[\s-]+/)
        .pop() ?? '';
    for (const gender of ['male', 'female'] as const) {
      if (PATRONYMIC_GENDER_ENDINGS[gender].some((e) => tail.endsWith(e))) return gender;
    }
  }
  if (!parts.first) return null;
  return definite(getFirstnameGender(parts.first)) ?? definite(getLastnameGender(parts.last));
}

/** Capitals in, capitals out: lvovich appends lower-case endings to «ИВАНОВА». */
function keepCapitals(original: string, declined: string): string {
  const letters = original.replace(/[^а-яёa-z]/gi, '');
  return letters.length > 1 && original === original.toUpperCase() ? declined.toUpperCase() : declined;
}

/** The cases the documents decline a name into: the claim's addressee (dative), the one a sum is recovered from (genitive). */
export type NameCase = 'dative' | 'genitive';

function firstNameIn(first: string, grammaticalCase: NameCase, gender: NameGender | null): string {
  const lower = first.toLowerCase();
  if (gender === 'female' && lower.endsWith('ь') && !FEMALE_SOFT_SIGN_INDECLINABLE.includes(lower)) {
    // 3rd declension, the vowel kept: Любовь → Любови (not «Любви»), Айгуль → Айгули (the same in both cases).
    return `${first.slice(0, -1)}и`;
  }
  return inclineFirstname(first, grammaticalCase, gender);
}

function lastNameIn(last: string, grammaticalCase: NameCase, gender: NameGender | null): string {
  const parts = last.split('-');
  const declined = inclineLastname(last, grammaticalCase, gender).split('-');
  if (declined.length !== parts.length) return declined.join('-');
  return parts
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (INDECLINABLE_SURNAMES.includes(lower)) return part;
      if (i === 0 && parts.length > 1 && INDECLINABLE_FIRST_PARTS.includes(lower)) return part;
      // A woman's surname in a consonant never declines (Цой, Шевчук, Петросян): lvovich's exception list declines «Цой» for both.
      if (gender === 'female' && CONSONANT_END.test(lower)) return part;
      return declined[i] ?? part;
    })
    .join('-');
}

/** A full name declined into the case, the sex decided once for the whole name; another shape is returned as it is. */
export function declinedFullName(fullName: string, grammaticalCase: NameCase): string {
  const parts = splitFullName(fullName);
  if (!parts.first) return fullName.trim();
  const gender = nameGender(fullName);
  const words = [
    keepCapitals(parts.last, lastNameIn(parts.last, grammaticalCase, gender)),
    keepCapitals(parts.first, firstNameIn(parts.first, grammaticalCase, gender)),
    ...(parts.middle ? [keepCapitals(parts.middle, inclineMiddlename(parts.middle, grammaticalCase, gender))] : []),
  ];
  return words.join(' ');
}

export function dativeFullName(fullName: string): string {
  return declinedFullName(fullName, 'dative');
}
