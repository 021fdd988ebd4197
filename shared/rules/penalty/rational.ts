/**
 * @file Exact arithmetic for penalty amounts (shared, platform-free): rates as integer basis points, the ЖК
 * fractions (1/300, 1/130) as rationals, money as integer kopecks, and the one rounding the engine uses.
 *
 * [Note: one rounding per line] A penalty line is base × days × rate × fraction. It is computed exactly in bigint
 * and rounded once, half up, to the kopeck. We round per line, not per day and not only at the total, because the
 * calculation is read by a judge line by line: every printed line must be reproducible by hand from its own
 * printed figures, and the total must be the sum of the printed lines.
 */

/** A non-negative rational, e.g. {num: 1, den: 300}; {num: 0, den: 1} for the grace period. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** Basis points per 100 % (a rate of 9.5 % is 950 bp). */
export const BASIS_POINTS_PER_UNIT = 10_000n;

/**
 * Rounds num/den to the nearest integer, halves away from zero («половина — вверх» as accountants and courts
 * read it). Not Math.round: that rounds −2.5 to −2 and works on floats.
 */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('roundHalfUp: знаменатель равен нулю');
  if (den < 0n) return roundHalfUp(-num, -den);
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const rounded = (2n * abs + den) / (2n * den);
  return negative ? -rounded : rounded;
}

/**
 * The penalty of one line in kopecks, rounded once (see [Note: one rounding per line]).
 * @param baseKopecks unpaid amount the line is charged on, kopecks
 * @param days number of calendar days in the line (inclusive count)
 * @param rateBasisPoints annual rate in basis points (950 = 9.5 %)
 * @param fraction share of the rate per day (1/300, 1/130, 0)
 */
export function linePenaltyKopecks(
  baseKopecks: number,
  days: number,
  rateBasisPoints: number,
  fraction: Fraction,
): number {
  const num = BigInt(baseKopecks) * BigInt(days) * BigInt(rateBasisPoints) * BigInt(fraction.num);
  const den = BASIS_POINTS_PER_UNIT * BigInt(fraction.den);
  return Number(roundHalfUp(num, den));
}

/** '9.5' or '8.25' (a percent as written in the tables) → basis points, without going through a float. */
export function percentTextToBasisPoints(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new RangeError(`Ставка «${text}» не в формате 9.5 или 8.25`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 950 → '9,5 %', 625 → '6,25 %' (Russian decimal comma, for reasons and documents). */
export function formatBasisPoints(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const cents = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${cents ? `,${cents}` : ''} %`;
}

/** 83284 → '832,84 ₽' (for reasons only; documents format at the UI edge). */
export function formatKopecks(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const rub = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${rub},${String(abs % 100).padStart(2, '0')} ₽`;
}

/** '1/300', or '0' for the grace period. */
export function formatFraction(f: Fraction): string {
  return f.num === 0 ? '0' : `${f.num}/${f.den}`;
}
