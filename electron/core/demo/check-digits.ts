/**
 * @file Control digits of Russian identifiers (ИНН, ОГРН, СНИЛС, bank account key, account-number Luhn).
 *
 * The demo must produce identifiers that pass the same validation the court-package check applies,
 * otherwise every generated person would be flagged. The functions take and return digit strings.
 */

function digits(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0) - 48);
}

function weightedSum(ds: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (ds[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** 10-digit ИНН of an organisation from its first 9 digits. */
export function completeInn10(first9: string): string {
  if (!/^\d{9}$/.test(first9)) throw new Error(`bad ИНН body ${first9}`);
  return first9 + String((weightedSum(digits(first9), INN10_WEIGHTS) % 11) % 10);
}

/** 12-digit ИНН of a person from its first 10 digits. */
export function completeInn12(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new Error(`bad ИНН body ${first10}`);
  const n11 = (weightedSum(digits(first10), INN11_WEIGHTS) % 11) % 10;
  const first11 = first10 + String(n11);
  const n12 = (weightedSum(digits(first11), INN12_WEIGHTS) % 11) % 10;
  return first11 + String(n12);
}

export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return completeInn10(inn.slice(0, 9)) === inn;
  if (/^\d{12}$/.test(inn)) return completeInn12(inn.slice(0, 10)) === inn;
  return false;
}

/** 13-digit ОГРН from its first 12 digits: (number mod 11) mod 10. */
export function completeOgrn(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new Error(`bad ОГРН body ${first12}`);
  return first12 + String(Number(BigInt(first12) % 11n) % 10);
}

export function isValidOgrn(ogrn: string): boolean {
  return /^\d{13}$/.test(ogrn) && completeOgrn(ogrn.slice(0, 12)) === ogrn;
}

/** СНИЛС control number for a 9-digit body (rule of the Пенсионный фонд: weights 9..1, mod 101). */
export function snilsControl(body9: string): string {
  if (!/^\d{9}$/.test(body9)) throw new Error(`bad СНИЛС body ${body9}`);
  const sum = weightedSum(digits(body9), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  let control = sum < 100 ? sum : sum % 101;
  if (control === 100) control = 0;
  return String(control).padStart(2, '0');
}

/** СНИЛС in the usual printed form «123-456-789 01». */
export function formatSnils(body9: string): string {
  return `${body9.slice(0, 3)}-${body9.slice(3, 6)}-${body9.slice(6, 9)} ${snilsControl(body9)}`;
}

export function isValidSnils(snils: string): boolean {
  const m = /^(\d{3})-(\d{3})-(\d{3}) (\d{2})$/.exec(snils);
  if (!m) return false;
  const body = `${m[1]}${m[2]}${m[3]}`;
  return snilsControl(body) === m[4];
}

const ACCOUNT_KEY_WEIGHTS = [7, 1, 3];

/** Sum used by the ЦБ bank-account key check over «last 3 digits of БИК» + 20-digit account. */
function accountKeySum(bik: string, account: string): number {
  const ds = digits(bik.slice(-3) + account);
  let sum = 0;
  for (let i = 0; i < ds.length; i++) sum += ((ds[i] ?? 0) * (ACCOUNT_KEY_WEIGHTS[i % 3] ?? 0)) % 10;
  return sum;
}

/** Settlement account (20 digits, key at position 9) with the correct key for the bank's БИК. */
export function completeSettlementAccount(bik: string, accountWithZeroKey: string): string {
  if (!/^\d{20}$/.test(accountWithZeroKey)) throw new Error(`bad account ${accountWithZeroKey}`);
  for (let key = 0; key <= 9; key++) {
    const candidate = accountWithZeroKey.slice(0, 8) + String(key) + accountWithZeroKey.slice(9);
    if (accountKeySum(bik, candidate) % 10 === 0) return candidate;
  }
  throw new Error('unreachable: weight 3 at the key position covers every residue');
}

export function isValidSettlementAccount(bik: string, account: string): boolean {
  return /^\d{20}$/.test(account) && /^\d{9}$/.test(bik) && accountKeySum(bik, account) % 10 === 0;
}

/** Correspondent accounts are checked with «0» + digits 5–6 of the БИК instead of the last three. */
export function isValidCorrespondentAccount(bik: string, account: string): boolean {
  return /^\d{20}$/.test(account) && accountKeySum(`0${bik.slice(4, 6)}`, account) % 10 === 0;
}

/** Luhn check digit, used for the demo's personal-account numbers (a habit of several billing systems). */
export function luhnDigit(body: string): string {
  let sum = 0;
  const ds = digits(body);
  for (let i = 0; i < ds.length; i++) {
    let d = ds[ds.length - 1 - i] ?? 0;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
