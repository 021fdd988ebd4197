/**
 * @file Splitting a sum among co-owners by their shares, to the kopeck (ГК ст.249; Пленум ВС № 22 от 27.06.2017
 * п.27: each owner pays in proportion to the share). Largest remainder: every part is first rounded down, then the
 * kopecks still missing go one each to the parts with the largest fractional remainders (ties: earlier owner first),
 * so the parts of shares that add up to 1 add up to the sum exactly. Pure, exact (BigInt for the products).
 */

export interface Share {
  num: number;
  den: number;
}

/**
 * @param totalKopecks the whole sum, ≥ 0
 * @param shares one per owner, in the order the letters go out; their sum must not exceed 1
 * @returns the owners' parts in kopecks, in the same order; Σ parts = the total × Σ shares rounded half up
 */
export function splitByShares(totalKopecks: number, shares: readonly Share[]): number[] {
  if (!Number.isSafeInteger(totalKopecks) || totalKopecks < 0)
    throw new RangeError(`Сумма для деления по долям должна быть целым неотрицательным числом копеек: ${totalKopecks}`);
  if (shares.length === 0) return [];
  for (const s of shares)
    if (!Number.isSafeInteger(s.num) || !Number.isSafeInteger(s.den) || s.num <= 0 || s.den <= 0 || s.num > s.den)
      throw new RangeError(`Недопустимая доля ${s.num}/${s.den}`);
  // A common denominator keeps every comparison exact.
  const common = shares.reduce((acc, s) => lcm(acc, BigInt(s.den)), 1n);
  const units = shares.map((s) => (BigInt(s.num) * common) / BigInt(s.den));
  const unitSum = units.reduce((a, b) => a + b, 0n);
  if (unitSum > common) throw new RangeError('Сумма долей больше единицы');
  const total = BigInt(totalKopecks);
  // What all the listed owners owe together, rounded half up once.
  const together = (total * unitSum * 2n + common) / (2n * common);
  const floors = units.map((u) => (total * u) / common);
  const remainders = units.map((u) => (total * u) % common);
  let missing = together - floors.reduce((a, b) => a + b, 0n);
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = [...floors];
  for (let k = 0; missing > 0n; k = (k + 1) % order.length, missing--) {
    const at = (order[k] as { i: number }).i;
    parts[at] = (parts[at] as bigint) + 1n;
  }
  return parts.map(Number);
}

/** Shares as text: '1/3'; a whole share is null (a single owner is not «собственник 1/1»). */
export function shareText(share: Share): string | null {
  return share.num === share.den ? null : `${share.num}/${share.den}`;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
