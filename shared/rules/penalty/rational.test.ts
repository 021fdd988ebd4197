/**
 * @file Exact arithmetic and the one rounding, plus the formula-only worked examples (EX2–EX6 of docs/legal-notes.md §
 * Worked examples).
 */
import { describe, expect, it } from 'vitest';
import {
  formatBasisPoints,
  formatFraction,
  formatKopecks,
  linePenaltyKopecks,
  percentTextToBasisPoints,
  roundHalfUp,
} from './rational';

const ONE_300 = { num: 1, den: 300 };
const ONE_130 = { num: 1, den: 130 };

describe('roundHalfUp', () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // −2.5 → −3 (Math.round would give −2)
    [4n, 3n, 1n], // 1.33 → 1
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [0n, 7n, 0n],
    [7n, -2n, -4n], // −3.5 → −4
  ])('%s/%s → %s', (num, den, expected) => expect(roundHalfUp(num, den)).toBe(expected));

  it('refuses a zero denominator', () => expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError));
});

describe('linePenaltyKopecks — formula examples', () => {
  it.each([
    // EX2: 250 ₽ × 10 % / 300 × 63 = 5.25 ₽ (bk.kv34.ru, formula check)
    ['EX2', 25_000, 63, 1000, ONE_300, 525],
    // EX3: 5 000 ₽ × 15 × 7.5 % / 300 = 18.75 ₽ (tanksoil.ru)
    ['EX3', 500_000, 15, 750, ONE_300, 1875],
    // EX4: 5 000 ₽ × 30 × 8 % / 300 = 40.00 ₽ (gkhsovet.ru)
    ['EX4', 500_000, 30, 800, ONE_300, 4000],
    // EX5: capital repair 10 000 ₽ × 5.5 % / 300 × 365 = 669.1667 → 669.17 ₽ (Dzen, "около 670")
    ['EX5 5.5 %', 1_000_000, 365, 550, ONE_300, 66_917],
    // EX5 at 6 % («0,02 % ежедневно»): 10 000 × 6 % / 300 × 365 = 730.00 ₽
    ['EX5 6 %', 1_000_000, 365, 600, ONE_300, 73_000],
    // EX6: 100 000 ₽ for a year at 9.5 % / 300 = 11 558.33 ₽ = 11.558 % p.a. (audit-it.ru: 11,56 %)
    ['EX6 1/300', 10_000_000, 365, 950, ONE_300, 1_155_833],
    // EX6: at 1/130: 100 000 × 9.5 % / 130 × 365 = 26 673.077 → 26 673.08 ₽ = 26.673 % p.a.
    ['EX6 1/130', 10_000_000, 365, 950, ONE_130, 2_667_308],
    // EX1 line: 1 000 ₽ × 9.5 % / 130 × 115 = 84.038 → 84.04 ₽
    ['EX1 line', 100_000, 115, 950, ONE_130, 8404],
    // grace: anything × 0 = 0
    ['grace', 100_000, 30, 950, { num: 0, den: 1 }, 0],
  ])('%s', (_name, base, days, bp, fraction, expected) =>
    expect(linePenaltyKopecks(base, days, bp, fraction)).toBe(expected),
  );

  it('stays exact for amounts where a float product would lose kopecks', () => {
    // 90 071 992 547.41 ₽ (2^53 − 1 kopecks) × 1 day × 9.5 % / 300: bigint keeps it exact.
    // 9007199254740991 × 950 / 3 000 000 = 2 852 279 764 001.31… → 2852279764001 (the product 8.6e18 is past 2^53)
    expect(linePenaltyKopecks(Number.MAX_SAFE_INTEGER, 1, 950, ONE_300)).toBe(2_852_279_764_001);
  });
});

describe('rates and formatting', () => {
  it.each([
    ['8.25', 825],
    ['11.00', 1100],
    ['9.5', 950],
    ['21', 2100],
    ['4.25', 425],
  ])('%s %% = %i bp', (text, bp) => expect(percentTextToBasisPoints(text)).toBe(bp));

  it('refuses a malformed percent', () => {
    expect(() => percentTextToBasisPoints('9,5')).toThrow(RangeError);
    expect(() => percentTextToBasisPoints('9.555')).toThrow(RangeError);
  });

  it('formats for Russian reasons', () => {
    expect([formatBasisPoints(950), formatBasisPoints(625), formatBasisPoints(1100)]).toEqual([
      '9,5 %',
      '6,25 %',
      '11 %',
    ]);
    expect(formatKopecks(83_284)).toBe('832,84 ₽');
    expect(formatKopecks(123_456_789)).toBe('1\u00a0234\u00a0567,89 ₽');
    expect(formatKopecks(5)).toBe('0,05 ₽');
    expect([formatFraction({ num: 1, den: 300 }), formatFraction({ num: 0, den: 1 })]).toEqual(['1/300', '0']);
  });
});
