/**
 * @file Fees of one letter, worked by hand. Tariff used: letter 85,00 ₽, each further 20 g 3,50 ₽, simple notice
 * 41,00 ₽, ordered notice 95,00 ₽, electronic notice 19,99 ₽, VAT 22 % (illustrative figures, not the post's).
 */
import { describe, expect, it } from 'vitest';
import { letterFees, sumFees, type PostalTariff } from './postal-fees';

const T: PostalTariff = {
  validFromDate: '2026-01-01',
  letterKopecks: 8500,
  letterStepKopecks: 350,
  noticeSimpleKopecks: 4100,
  noticeOrderedKopecks: 9500,
  noticeElectronicKopecks: 1999,
  vatBasisPoints: 2200,
  confirmed: true,
  note: 'тест',
};

describe('fees of a registered letter', () => {
  it('20 g without a notice: 85,00 + VAT 22 % = 18,70 → 103,70', () => {
    expect(letterFees(20, 'none', T)).toEqual({
      postageKopecks: 8500,
      noticeKopecks: 0,
      vatKopecks: 1870,
      totalKopecks: 10370,
    });
  });

  it('20 g with a simple notice: (85,00 + 41,00) × 22 % = 27,72 → 153,72', () => {
    expect(letterFees(20, 'simple', T)).toEqual({
      postageKopecks: 8500,
      noticeKopecks: 4100,
      vatKopecks: 2772,
      totalKopecks: 15372,
    });
  });

  it('21 g counts one further 20 g; 41 g two; 40 g one', () => {
    expect(letterFees(21, 'none', T).postageKopecks).toBe(8850);
    expect(letterFees(40, 'none', T).postageKopecks).toBe(8850);
    expect(letterFees(41, 'none', T).postageKopecks).toBe(9200);
  });

  it('rounds VAT half up once per letter: (85,00 + 19,99) × 22 % = 23,0978 → 23,10', () => {
    expect(letterFees(20, 'electronic', T)).toEqual({
      postageKopecks: 8500,
      noticeKopecks: 1999,
      vatKopecks: 2310,
      totalKopecks: 12809,
    });
  });

  it('rounds a half kopeck up: 0,50 ₽ base at 1 % VAT = 0,005 ₽ → 0,01 ₽', () => {
    expect(letterFees(20, 'none', { ...T, letterKopecks: 50, vatBasisPoints: 100 }).vatKopecks).toBe(1);
  });

  it('totals are the sums of the rows (three letters with an ordered notice)', () => {
    const one = letterFees(20, 'ordered', T); // 85,00 + 95,00 = 180,00; VAT 39,60; 219,60
    expect(one).toEqual({ postageKopecks: 8500, noticeKopecks: 9500, vatKopecks: 3960, totalKopecks: 21960 });
    expect(sumFees([one, one, one])).toEqual({
      postageKopecks: 25500,
      noticeKopecks: 28500,
      vatKopecks: 11880,
      totalKopecks: 65880,
    });
  });

  it('refuses a mass that is not a letter', () => {
    expect(() => letterFees(101, 'none', T)).toThrow(RangeError);
    expect(() => letterFees(0, 'none', T)).toThrow(RangeError);
  });
});
