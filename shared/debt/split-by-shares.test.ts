import { describe, expect, it } from 'vitest';
import { shareText, splitByShares } from './split-by-shares';

describe('splitByShares (largest remainder, to the kopeck)', () => {
  it('splits 100 000,00 ₽ in thirds as 33 333,34 + 33 333,33 + 33 333,33', () => {
    const third = { num: 1, den: 3 };
    expect(splitByShares(10_000_000, [third, third, third])).toEqual([3_333_334, 3_333_333, 3_333_333]);
  });

  it('gives the extra kopeck to the largest remainder, not to the first owner', () => {
    // 100 001 kopecks: 1/2 → 50 000,5 (rem .5), 1/3 → 33 333,67 (rem .67), 1/6 → 16 666,83 (rem .83)
    // floors 50 000 + 33 333 + 16 666 = 99 999 kopecks; 2 missing → to 1/6 (.83) then 1/3 (.67)
    expect(
      splitByShares(100_001, [
        { num: 1, den: 2 },
        { num: 1, den: 3 },
        { num: 1, den: 6 },
      ]),
    ).toEqual([50_000, 33_334, 16_667]);
  });

  it('a single whole owner gets everything; zero stays zero', () => {
    expect(splitByShares(57_554_222, [{ num: 1, den: 1 }])).toEqual([57_554_222]);
    expect(
      splitByShares(0, [
        { num: 1, den: 2 },
        { num: 1, den: 2 },
      ]),
    ).toEqual([0, 0]);
  });

  it('owners listed for only part of the flat owe only their part (1/4 + 1/4 of 1 000,00 ₽ = 250,00 + 250,00)', () => {
    expect(
      splitByShares(100_000, [
        { num: 1, den: 4 },
        { num: 1, den: 4 },
      ]),
    ).toEqual([25_000, 25_000]);
  });

  it('ties go to the earlier owner: 0,01 ₽ in halves', () => {
    expect(
      splitByShares(1, [
        { num: 1, den: 2 },
        { num: 1, den: 2 },
      ]),
    ).toEqual([1, 0]);
  });

  it('mixed denominators 2/5 + 3/7 + 6/35 of 777,77 ₽ add up exactly', () => {
    // 77 777 × 2/5 = 31 110,8; × 3/7 = 33 333; × 6/35 = 13 333,2 → floors 31 110 + 33 333 + 13 333 = 77 776; +1 → 2/5
    expect(
      splitByShares(77_777, [
        { num: 2, den: 5 },
        { num: 3, den: 7 },
        { num: 6, den: 35 },
      ]),
    ).toEqual([31_111, 33_333, 13_333]);
  });

  it('refuses shares above one and bad sums', () => {
    expect(() =>
      splitByShares(100, [
        { num: 2, den: 3 },
        { num: 2, den: 3 },
      ]),
    ).toThrow('больше единицы');
    expect(() => splitByShares(-1, [{ num: 1, den: 1 }])).toThrow();
    expect(() => splitByShares(1.5, [{ num: 1, den: 1 }])).toThrow();
  });

  it('writes shares as text, a whole one as null', () => {
    expect(shareText({ num: 1, den: 3 })).toBe('1/3');
    expect(shareText({ num: 2, den: 2 })).toBeNull();
  });
});
