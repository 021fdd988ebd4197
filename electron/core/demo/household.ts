/**
 * @file The people of one account: owners with shares summing to 1, or a social tenant and family.
 *
 * Families share a surname (in each member's gender) and children take the patronymic from the father's
 * first name, so the data looks like what clerks see. Gaps are deliberate — missing СНИЛС / ИНН / birth date /
 * phone at the rates the brief asks for — because the app must work around incomplete billing data.
 */

import { BIRTH_PLACES } from './names-data';
import {
  landlinePhone,
  MAX_PERSONS_PER_ACCOUNT,
  mobilePhone,
  personInn,
  personPassport,
  personSnils,
} from './identifiers';
import { fullName, makeName, pickFamilySurname, pickFatherName, type Gender, type PersonName } from './names';
import type { Rng } from './prng';

export type Role = 'собственник' | 'наниматель' | 'член семьи' | 'зарегистрированный';

export interface Person {
  /** Unique in the district: account index × 4 + slot. */
  personId: number;
  name: PersonName;
  fullName: string;
  role: Role;
  /** Ownership share «1», «1/2», «2/3»; null for non-owners. */
  share: string | null;
  birthDate: string | null;
  birthPlace: string | null;
  snils: string | null;
  inn: string | null;
  passport: string | null;
  phone: string | null;
  smsConsent: boolean | null;
}

/** Share patterns of privately owned flats (weights): most have one owner, many are halves. */
const SHARE_PATTERNS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['1'], 58],
  [['1/2', '1/2'], 22],
  [['1/3', '2/3'], 6],
  [['1/3', '1/3', '1/3'], 5],
  [['1/2', '1/4', '1/4'], 5],
  [['1/4', '1/4', '1/4', '1/4'], 4],
];

interface Context {
  accountIndex: number;
  seedSalt: number;
  /** Year of the end of the history: ages are counted to it. */
  endYear: number;
}

interface Member {
  gender: Gender;
  age: number;
  fatherName: string;
  role: Role;
  share: string | null;
}

function birthDate(rng: Rng, endYear: number, age: number): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
  return `${endYear - age}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Head of household age: adults, weighted toward the middle-aged and pensioners who dominate registries. */
function adultAge(rng: Rng): number {
  const [lo, hi] = rng.weighted<readonly [number, number]>([
    [[20, 34], 20],
    [[35, 54], 35],
    [[55, 74], 35],
    [[75, 92], 10],
  ]);
  return rng.int(lo, hi);
}

function owners(rng: Rng, shares: readonly string[]): Member[] {
  const head: Member = {
    gender: rng.chance(0.5) ? 'м' : 'ж',
    age: adultAge(rng),
    fatherName: pickFatherName(rng),
    role: 'собственник',
    share: shares[0] ?? '1',
  };
  const members = [head];
  // Children take the head's name as patronymic when the head is their father; otherwise one father, not
  // in the flat, for all of them.
  const childrenFather = head.gender === 'м' ? '' : pickFatherName(rng);
  for (let i = 1; i < shares.length; i++) {
    const spouse = i === 1 && rng.chance(0.7) && head.age < 85;
    // Co-owners who are not the spouse: adult children of an older head, siblings of a younger one.
    const child = !spouse && head.age >= 45;
    const age = spouse || !child ? Math.max(18, head.age + rng.int(-6, 6)) : Math.max(18, head.age - rng.int(20, 35));
    members.push({
      gender: spouse ? (head.gender === 'м' ? 'ж' : 'м') : rng.chance(0.5) ? 'м' : 'ж',
      age,
      // Siblings of the head share the head's father.
      fatherName: spouse ? pickFatherName(rng) : !child ? head.fatherName : childrenFather,
      role: 'собственник',
      share: shares[i] ?? null,
    });
  }
  return members;
}

function tenantFamily(rng: Rng): Member[] {
  const head: Member = {
    gender: rng.chance(0.5) ? 'м' : 'ж',
    age: adultAge(rng),
    fatherName: pickFatherName(rng),
    role: 'наниматель',
    share: null,
  };
  const members = [head];
  const childrenFather = head.gender === 'м' ? '' : pickFatherName(rng);
  const extra = rng.weightedIndex([30, 35, 25, 10]);
  for (let i = 0; i < extra; i++) {
    const spouse = i === 0 && rng.chance(0.6);
    const age = spouse ? Math.max(18, head.age + rng.int(-6, 6)) : Math.max(1, head.age - rng.int(20, 38));
    members.push({
      gender: spouse ? (head.gender === 'м' ? 'ж' : 'м') : rng.chance(0.5) ? 'м' : 'ж',
      age,
      fatherName: spouse ? pickFatherName(rng) : childrenFather,
      role: 'член семьи',
      share: null,
    });
  }
  return members;
}

function toPerson(
  rng: Rng,
  ctx: Context,
  slot: number,
  m: Member,
  surname: string,
  headFirstName: string,
  taken: Set<string>,
): Person {
  let name: PersonName;
  do {
    name = makeName(rng, m.gender, surname, m.fatherName || headFirstName);
  } while (taken.has(fullName(name)));
  taken.add(fullName(name));
  const personId = ctx.accountIndex * MAX_PERSONS_PER_ACCOUNT + slot;
  const adult = m.age >= 18;
  const hasBirthDate = rng.chance(0.95);
  const hasPhone = m.age >= 14 && rng.chance(0.7);
  const landline = hasPhone && rng.chance(0.06);
  const issueAge = m.age >= 45 ? 45 : m.age >= 20 ? 20 : 14;
  return {
    personId,
    name,
    fullName: fullName(name),
    role: m.role,
    share: m.share,
    birthDate: hasBirthDate ? birthDate(rng, ctx.endYear, m.age) : null,
    birthPlace: hasBirthDate && rng.chance(0.9) ? rng.weighted(BIRTH_PLACES) : null,
    snils: rng.chance(adult ? 0.92 : 0.85) ? personSnils(personId, ctx.seedSalt) : null,
    inn: rng.chance(adult ? 0.85 : 0.3) ? personInn(personId, ctx.seedSalt) : null,
    passport:
      m.age >= 14 && rng.chance(0.93)
        ? personPassport(
            rng,
            personId,
            ctx.seedSalt,
            Math.min(ctx.endYear, ctx.endYear - m.age + issueAge + rng.int(0, 1)),
          )
        : null,
    phone: hasPhone ? (landline ? landlinePhone(rng) : mobilePhone(rng)) : null,
    smsConsent: hasPhone ? !landline && rng.chance(0.65) : null,
  };
}

/** The persons of an account (0 for some closed accounts). */
export function generateHousehold(rng: Rng, ctx: Context, social: boolean, closed: boolean): Person[] {
  if (closed && rng.chance(0.5)) return [];
  let members: Member[];
  if (social) members = tenantFamily(rng);
  else {
    members = owners(rng, rng.weighted(SHARE_PATTERNS));
    // Some single owners have a relative registered in the flat without a share.
    if (members.length === 1 && rng.chance(0.12)) {
      members.push({
        gender: rng.chance(0.5) ? 'м' : 'ж',
        age: rng.int(18, 80),
        fatherName: pickFatherName(rng),
        role: 'зарегистрированный',
        share: null,
      });
    }
  }
  const surname = pickFamilySurname(rng);
  const taken = new Set<string>();
  const persons: Person[] = [];
  let headFirstName = '';
  members.slice(0, MAX_PERSONS_PER_ACCOUNT).forEach((m, slot) => {
    // A registered relative sometimes has another surname (married daughter, cohabitant).
    const own = m.role === 'зарегистрированный' && rng.chance(0.4) ? pickFamilySurname(rng) : surname;
    const p = toPerson(rng, ctx, slot, m, own, headFirstName || pickFatherName(rng), taken);
    if (slot === 0) headFirstName = p.name.firstName;
    persons.push(p);
  });
  return persons;
}
