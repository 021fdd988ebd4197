/**
 * @file Identifiers of the demo district: account numbers, СНИЛС, ИНН, passports, phones.
 *
 * Uniqueness matters more than randomness here: the import matches persons by СНИЛС / ИНН, so two demo
 * people must never share one. Each identifier is therefore a bijective scatter (`scatter`) of a sequential
 * id (account index, or account index × 4 + person slot), which is unique by construction and independent of
 * generation order; only the cosmetic parts (phone formats, passport year) come from the PRNG.
 */

import { completeInn10, completeInn12, formatSnils, luhnDigit } from './check-digits';
import { scatter, type Rng } from './prng';

/** Persons per account are at most this many: person id = account index × MAX_PERSONS + slot. */
export const MAX_PERSONS_PER_ACCOUNT = 4;

/** Accounts the id scheme supports (account numbers have an 8-digit scattered body). */
export const MAX_ACCOUNTS = 2_000_000;

/** 10-digit personal-account number: «5», 8 scattered digits, a Luhn check digit. */
export function accountNumber(accountIndex: number, seedSalt: number): string {
  const body = `5${String(scatter(accountIndex, 100_000_000, 73_856_093, seedSalt % 100_000_000)).padStart(8, '0')}`;
  return body + luhnDigit(body);
}

/** СНИЛС «123-456-789 01»; bodies in [100 000 000, 900 000 000) so the control number rule always applies. */
export function personSnils(personId: number, seedSalt: number): string {
  const body = 100_000_000 + scatter(personId, 800_000_000, 193_877_777, seedSalt % 800_000_000);
  return formatSnils(String(body));
}

/** Tax-office codes a resident of Krasnogorsk plausibly got an ИНН from (first four digits of the ИНН). */
const PERSON_INN_OFFICES = ['5024', '5024', '5017', '5032', '5029', '5047', '7733', '7734'] as const;

/** 12-digit ИНН of a person, unique per person id (8 offices × 10^6 serials). */
export function personInn(personId: number, seedSalt: number): string {
  const k = scatter(personId, 8_000_000, (2_654_435_761 % 8_000_000) | 1, seedSalt % 8_000_000);
  const office = PERSON_INN_OFFICES[Math.floor(k / 1_000_000)] ?? '5024';
  return completeInn12(office + String(k % 1_000_000).padStart(6, '0'));
}

/** Passport «46 18 123456»: region code (46 = Московская обл., 45 = Москва), issue year, unique number. */
export function personPassport(rng: Rng, personId: number, seedSalt: number, issueYear: number): string {
  const region = rng.weighted<string>([
    ['46', 70],
    ['45', 20],
    ['50', 3],
    ['70', 2],
    ['61', 2],
    ['36', 3],
  ]);
  const yy = String(issueYear % 100).padStart(2, '0');
  const number = scatter(personId % 1_000_000, 1_000_000, 387_419, (seedSalt >>> 3) % 1_000_000);
  return `${region} ${yy} ${String(number).padStart(6, '0')}`;
}

const MOBILE_CODES = [
  '903',
  '905',
  '906',
  '909',
  '910',
  '915',
  '916',
  '917',
  '919',
  '925',
  '926',
  '929',
  '936',
  '958',
  '962',
  '963',
  '964',
  '965',
  '966',
  '967',
  '968',
  '977',
  '985',
  '999',
] as const;

/**
 * A mobile number written the way clerks actually receive them — the app's normalisation must cope with
 * every one of these (and the landline forms below, which cannot receive SMS).
 */
export function mobilePhone(rng: Rng): string {
  const code = rng.pick(MOBILE_CODES);
  const n = String(rng.int(0, 9_999_999)).padStart(7, '0');
  const [a, b, c] = [n.slice(0, 3), n.slice(3, 5), n.slice(5, 7)];
  switch (rng.weightedIndex([30, 25, 15, 10, 8, 6, 4, 2])) {
    case 0:
      return `+7 (${code}) ${a}-${b}-${c}`;
    case 1:
      return `8${code}${n}`;
    case 2:
      return `8-${code}-${a}-${b}-${c}`;
    case 3:
      return `+7${code}${n}`;
    case 4:
      return `8 (${code}) ${a}-${b}-${c}`;
    case 5:
      return `8 ${code} ${a} ${b} ${c}`;
    case 6:
      return `7${code}${n}`;
    default:
      return `${code}-${a}-${b}${c}`;
  }
}

/** Krasnogorsk landline (area codes 495 / 498), sometimes without the area code at all. */
export function landlinePhone(rng: Rng): string {
  const code = rng.weighted<string>([
    ['495', 70],
    ['498', 30],
  ]);
  const n = `5${rng.int(0, 999_999).toString().padStart(6, '0')}`;
  const local = `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5, 7)}`;
  return rng.chance(0.7) ? `8 (${code}) ${local}` : local;
}

/** Organisation ИНН registered in Krasnogorsk (office 5024), unique per company index. */
export function companyInn(companyIndex: number, seedSalt: number): string {
  return completeInn10(`5024${String(scatter(companyIndex, 100_000, 7_919, seedSalt % 100_000)).padStart(5, '0')}`);
}
