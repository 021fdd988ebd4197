/**
 * @file Longest text an import keeps per field, and the shape of an account number.
 *
 * A 50 MB company name was once stored whole. A cell longer than its field's limit is a row error (in Russian),
 * never a stored value: names 300 characters (the longest ЕГРЮЛ names are ~250), addresses 500, any other text
 * 1000.
 *
 * Account numbers: the billing systems' numbers are free-form (digits, sometimes letters and separators, e.g.
 * «5001234567», «12-345/6», «ЛС-0042»). The import accepts a conservative shape — letters, digits, «-», «/», «.»
 * and «_», 1 to 32 characters, starting with a letter or a digit. So a number never begins with «=», «+», «-» or
 * «@» (a formula in whatever spreadsheet or CSV it later reaches) and never carries spaces, quotes or «|».
 */

export const NAME_MAX = 300;
export const ADDRESS_MAX = 500;
export const TEXT_MAX = 1000;
export const ACCOUNT_NUMBER_MAX = 32;

const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'fullName', 'bankName', 'service', 'source']);
const ADDRESS_KEYS: ReadonlySet<string> = new Set(['address', 'birthPlace']);

/** Longest text of an import field, by its key. */
export function textLimitOf(key: string): number {
  if (key === 'accountNumber') return ACCOUNT_NUMBER_MAX;
  if (NAME_KEYS.has(key)) return NAME_MAX;
  if (ADDRESS_KEYS.has(key)) return ADDRESS_MAX;
  return TEXT_MAX;
}

export const ACCOUNT_NUMBER_PATTERN = /^[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё\-/._]{0,31}$/;

export function isAccountNumber(text: string): boolean {
  return ACCOUNT_NUMBER_PATTERN.test(text);
}
