/**
 * @file A Russian postal code (индекс ОПС): six digits, the first from 1 to 6 (shared, pure; the screen and the core
 * check with the same rule).
 */

/** Why the text is not a postal code, in Russian; null when it is one. */
export function postalCodeProblem(text: string): string | null {
  const code = text.trim();
  if (!/^\d{6}$/.test(code)) return `индекс «${code}» — нужно ровно 6 цифр`;
  if (!/^[1-6]/.test(code)) return `индекс «${code}» не российский: первая цифра — от 1 до 6`;
  return null;
}
