/**
 * @file Exact money for the reference. Every day's penalty is added as an exact integer count of «units», one
 * unit being 1 / (10 000 × 3 900) kopeck: a rate in hundredths of a percent is rate/10 000 of the base, and 3 900 is
 * the least common multiple of the shares' denominators 300 and 130. So a day of base B kopecks at rate R
 * (hundredths of a percent) and share n/d is exactly B × R × n × (3 900 / d) units — no rounding until the end.
 *
 * The engine's output contract (calculate-penalty.ts and rational.ts, «one rounding per line»): each printed line is
 * rounded once to the kopeck, half up; the total is the sum of the rounded lines. So the reference rounds each of
 * its lines the same way, from its own exact sum of days.
 */

export const SHARE_LCM = 3_900n;
export const UNITS_PER_KOPECK = 10_000n * SHARE_LCM;

/** Units one day adds. */
export function dayUnits(baseKopecks: number, rateHundredths: number, num: number, den: number): bigint {
  if (num === 0) return 0n;
  const perDen = SHARE_LCM / BigInt(den);
  if (perDen * BigInt(den) !== SHARE_LCM) throw new Error(`reference rounding: share 1/${den} not a divisor of 3 900`);
  return BigInt(baseKopecks) * BigInt(rateHundredths) * BigInt(num) * perDen;
}

/** Units → whole kopecks, a half kopeck or more going up (units are never negative here). */
export function kopecksHalfUp(units: bigint): number {
  if (units < 0n) throw new RangeError('reference rounding: negative penalty');
  const whole = units / UNITS_PER_KOPECK;
  const rest = units - whole * UNITS_PER_KOPECK;
  return Number(rest * 2n >= UNITS_PER_KOPECK ? whole + 1n : whole);
}
