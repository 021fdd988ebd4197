/**
 * @file Check digits and shapes of the debtor's identifiers (shared, pure): СНИЛС and a person's ИНН by their
 * control numbers, the passport, the driver's licence and the vehicle certificate normalised, so a mistyped number
 * is caught when the clerk enters it (the gate itself: ./identifiers.ts `identifierGaps`).
 */
/** СНИЛС: 11 digits, the last two a check number (numbers up to 001-001-998 carry none). null when valid, else why. */
export function snilsProblem(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return 'СНИЛС — 11 цифр (например, 112-233-445 95).';
  const body = digits.slice(0, 9);
  if (Number(body) <= 1001998) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  return check === Number(digits.slice(9)) ? null : 'СНИЛС с ошибкой: не сходится контрольное число.';
}

/** СНИЛС as it is written: 112-233-445 95. */
export function formatSnils(value: string): string {
  const d = value.replace(/[\s-]/g, '');
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
}

/** A person's ИНН: 12 digits with two check digits (ФНС: weights 7 2 4 10 3 5 9 4 6 8 and 3 7 2 4 10 3 5 9 4 6 8). */
export function personInnProblem(value: string): string | null {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{12}$/.test(digits)) return 'ИНН физического лица — 12 цифр.';
  const d = [...digits].map(Number);
  const check = (weights: number[]) => (weights.reduce((a, w, i) => a + w * (d[i] as number), 0) % 11) % 10;
  const ok = check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  return ok ? null : 'ИНН с ошибкой: не сходятся контрольные цифры.';
}

/** A passport of a citizen of Russia: series (4 digits) and number (6 digits) → «45 10 123456»; null when malformed. */
export function normalizePassport(value: string): string | null {
  const d = value.replace(/[\s№N-]/gi, '');
  return /^\d{10}$/.test(d) ? `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}` : null;
}

/** A driver's licence or a vehicle registration certificate: series of 4 signs (digits, or 2 digits and 2 letters) and 6 digits. */
export function normalizeSeriesNumber(value: string): string | null {
  const s = value.replace(/[\s№-]/g, '').toUpperCase();
  return /^\d{2}[0-9А-ЯЁA-Z]{2}\d{6}$/.test(s) ? `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}` : null;
}
