/**
 * @file Russian full names with correct gender agreement (surname, first name, patronymic).
 *
 * Rules, not a lookup table, because the patronymic must follow from the father's first name — a family's
 * children share it — and the feminine surname from the family's surname.
 */

import type { Rng } from './prng';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './names-data';

export type Gender = 'м' | 'ж';

/** Feminine form of a (masculine) surname; unchanged for the forms Russian does not decline by gender. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий|ный|ый|ой)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname; // Шевченко, Черных, Ковальчук, Петросян, Ким, Гусак …
}

export function surnameFor(surname: string, gender: Gender): string {
  return gender === 'м' ? surname : feminineSurname(surname);
}

/** Irregular patronymics: [male, female]. */
const PATRONYMIC_EXCEPTIONS: Readonly<Record<string, readonly [string, string]>> = {
  Илья: ['Ильич', 'Ильинична'],
  Никита: ['Никитич', 'Никитична'],
  Фома: ['Фомич', 'Фоминична'],
  Кузьма: ['Кузьмич', 'Кузьминична'],
  Лука: ['Лукич', 'Лукинична'],
  Савва: ['Саввич', 'Саввична'],
  Данила: ['Данилович', 'Даниловна'],
  Лев: ['Львович', 'Львовна'],
  Павел: ['Павлович', 'Павловна'],
  Пётр: ['Петрович', 'Петровна'],
  Яков: ['Яковлевич', 'Яковлевна'],
  Михаил: ['Михайлович', 'Михайловна'],
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Георгий: ['Георгиевич', 'Георгиевна'],
};

/** Patronymic derived from the father's first name. */
export function patronymic(fatherName: string, gender: Gender): string {
  const exception = PATRONYMIC_EXCEPTIONS[fatherName];
  if (exception) return gender === 'м' ? exception[0] : exception[1];
  let stem: string;
  if (fatherName.endsWith('ий'))
    stem = `${fatherName.slice(0, -2)}ье`; // Юрий → Юрьевич, Василий → Васильевич
  else if (/[йь]$/.test(fatherName))
    stem = `${fatherName.slice(0, -1)}е`; // Сергей → Сергеевич, Игорь → Игоревич
  else stem = `${fatherName}о`; // Иван → Иванович
  return gender === 'м' ? `${stem}вич` : `${stem}вна`;
}

export interface PersonName {
  surname: string; // already in the person's gender
  firstName: string;
  patronymic: string;
  gender: Gender;
}

export function fullName(name: PersonName): string {
  return `${name.surname} ${name.firstName} ${name.patronymic}`;
}

/** A family: masculine surname shared by its members (each gets the form of their own gender). */
export function pickFamilySurname(rng: Rng): string {
  return rng.pick(SURNAMES);
}

export function pickFirstName(rng: Rng, gender: Gender): string {
  return rng.pick(gender === 'м' ? MALE_NAMES : FEMALE_NAMES);
}

export function pickFatherName(rng: Rng): string {
  return rng.pick(MALE_NAMES);
}

/** A person of the family `familySurname` whose father is `fatherName` (random when not given). */
export function makeName(
  rng: Rng,
  gender: Gender,
  familySurname: string,
  fatherName: string = pickFatherName(rng),
): PersonName {
  return {
    surname: surnameFor(familySurname, gender),
    firstName: pickFirstName(rng, gender),
    patronymic: patronymic(fatherName, gender),
    gender,
  };
}
