/**
 * @file Whether a dwelling is big enough for a household: living area ≥ the dormitory norm per person × household
 * members (ЖК ст.105, the norm a dated rule 'eviction.dormitory_norm_centi_m2'), with the arithmetic a lawyer can
 * check («18,00 м² ≥ 6 м² × 3 = 18,00 м²»). Areas are integers in hundredths of a m², so 17,99 < 18,00 exactly. Pure.
 */

/** 1800 → «18,00 м²». */
export function formatCentiM2(centi: number): string {
  const whole = Math.trunc(centi / 100);
  const frac = String(Math.abs(centi % 100)).padStart(2, '0');
  return `${whole.toLocaleString('ru-RU').replace(/\s/g, '\u00a0')},${frac}\u00a0м²`;
}

/** The norm as a law writes it: 600 → «6 м²», 650 → «6,5 м²». */
export function formatNorm(centi: number): string {
  const text = (centi / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
  return `${text}\u00a0м²`;
}

/** Living area the household needs: norm × members. */
export function neededCentiM2(normCentiM2: number, householdSize: number): number {
  return normCentiM2 * householdSize;
}

export function dwellingFits(livingCentiM2: number, normCentiM2: number, householdSize: number): boolean {
  return livingCentiM2 >= neededCentiM2(normCentiM2, householdSize);
}

/** «18,00 м² ≥ 6 м² × 3 = 18,00 м²», or with «<» when the dwelling is too small. */
export function fitArithmetic(livingCentiM2: number, normCentiM2: number, householdSize: number): string {
  const need = neededCentiM2(normCentiM2, householdSize);
  const sign = livingCentiM2 >= need ? '≥' : '<';
  return `${formatCentiM2(livingCentiM2)} ${sign} ${formatNorm(normCentiM2)} × ${householdSize} = ${formatCentiM2(need)}`;
}

/**
 * An area typed in a register: «18», «18,5», «18.50», «1 234,5» → hundredths of a m²; 'bad' for anything else
 * (letters, a third decimal, a formula), null for an empty cell. Zero and negatives are numbers here; the caller
 * refuses them with its own words.
 */
export function parseAreaCentiM2(text: string): number | null | 'bad' {
  const t = text.replace(/[\s\u00a0]/g, '').replace(/(м2|м²|кв\.?м\.?)$/i, '');
  if (t === '') return null;
  const m = /^(-?)(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return 'bad';
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -value : value;
}
