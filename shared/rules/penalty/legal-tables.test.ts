/**
 * @file Lookups on the seeded legal tables, at every edge of every row, and the seed's own invariants.
 */
import { describe, expect, it } from 'vitest';
import {
  fractionFor,
  keyRateOn,
  moratoriumOn,
  penaltyRateOn,
  PenaltyTableError,
  scaleOn,
  type PenaltyTables,
} from './legal-tables';
import { percentTextToBasisPoints } from './rational';
import { SEED_PENALTY_TABLES as T } from './seed/index';

describe('key rate on a date', () => {
  it.each([
    ['2015-12-31', 825], // refinancing rate 8.25 % from 14.09.2012
    ['2016-01-01', 1100], // = key rate from 2016
    ['2016-06-13', 1100],
    ['2016-06-14', 1050], // the date one source misprints as 01.06
    ['2019-12-15', 650],
    ['2019-12-16', 625],
    ['2022-02-28', 2000],
    ['2024-04-18', 1600],
    ['2026-07-27', 1400],
    ['2030-01-01', 1400], // the last known row goes on until the administrator adds one
  ])('%s → %i bp', (date, bp) => expect(keyRateOn(T, date).basisPoints).toBe(bp));

  it('has no rate before 14.09.2012', () => expect(() => keyRateOn(T, '2012-09-13')).toThrow(PenaltyTableError));

  it('takes a row appended later by an administrator', () => {
    const later: PenaltyTables = {
      ...T,
      keyRates: [...T.keyRates, { validFrom: '2026-09-14', ratePercent: '13.5', basisPoints: 1350, note: 'admin' }],
    };
    expect(keyRateOn(later, '2026-09-13').basisPoints).toBe(1400);
    expect(keyRateOn(later, '2026-09-14').basisPoints).toBe(1350);
  });
});

describe('penalty rate on a rate date (2022–2026 decrees)', () => {
  it.each([
    ['2022-02-27', 950, null], // key 9.5 before the decrees
    ['2022-02-28', 950, 'Government Decree 474 of 26.03.2022'], // key 20 %, fixed 9.5
    ['2022-07-31', 950, 'Government Decree 474 of 26.03.2022'], // key 8 %, still fixed 9.5
    ['2022-08-01', 800, 'Government Decree 1681 of 23.09.2022'], // min(9.5, 8)
    ['2022-09-19', 750, 'Government Decree 1681 of 23.09.2022'], // min(9.5, 7.5)
    ['2023-07-23', 750, 'Government Decree 2479 of 28.12.2022'],
    ['2023-07-24', 850, 'Government Decree 2479 of 28.12.2022'],
    ['2023-08-15', 950, 'Government Decree 2479 of 28.12.2022'], // min(9.5, 12)
    ['2025-03-01', 950, 'Government Decree 329 of 18.03.2025 (applies from 01.01.2025)'],
    ['2026-12-31', 950, 'Government Decree 329 of 18.03.2025 (applies from 01.01.2025)'],
    ['2027-01-01', 1400, null], // ⚠️ no extension known: the key rate again
  ])('%s → %i bp', (date, bp, source) => {
    const r = penaltyRateOn(T, date);
    expect(r.basisPoints).toBe(bp);
    expect(r.regime?.source ?? null).toBe(source);
  });
});

describe('moratoria', () => {
  it.each([
    ['2020-04-05', '2019-05', null],
    ['2020-04-06', '2019-05', 'ПП-424'],
    ['2020-12-31', '2020-11', 'ПП-424'], // all debts, whatever their month
    ['2021-01-01', '2019-05', null],
    ['2022-03-31', '2022-03', null],
    ['2022-04-01', '2022-03', 'ПП-497'],
    ['2022-04-01', '2022-04', null], // April 2022 arose after the start: not covered (⚠️ documented default)
    ['2022-10-01', '2019-05', 'ПП-497'], // last day inclusive
    ['2022-10-02', '2019-05', null],
  ])('%s for %s → %s', (date, period, id) => expect(moratoriumOn(T, date, period)?.id ?? null).toBe(id));
});

describe('penalty scales', () => {
  it.each([
    ['2015-12-31', 'housing', 1, '1/300'], // old ч.14: from day 1
    ['2015-12-31', 'housing', 95, '1/300'], // and never 1/130
    ['2016-01-01', 'housing', 5, '0/1'],
    ['2016-01-01', 'housing', 30, '0/1'],
    ['2016-01-01', 'housing', 31, '1/300'],
    ['2016-01-01', 'housing', 90, '1/300'],
    ['2016-01-01', 'housing', 91, '1/130'],
    ['2024-01-01', 'capital_repair', 1, '1/300'], // ч.14.1
    ['2024-01-01', 'capital_repair', 91, '1/300'],
  ] as const)('%s %s day %i → %s', (date, kind, day, expected) => {
    const f = fractionFor(scaleOn(T, date, kind), day);
    expect(`${f.num}/${f.den}`).toBe(expected);
  });
});

describe('the seed', () => {
  it('keeps all 56 key-rate rows, ascending, with basis points equal to the source text', () => {
    expect(T.keyRates).toHaveLength(56);
    for (const [i, row] of T.keyRates.entries()) {
      expect(row.basisPoints).toBe(percentTextToBasisPoints(row.ratePercent));
      if (i > 0) expect(row.validFrom > (T.keyRates[i - 1]?.validFrom ?? '')).toBe(true);
    }
    expect(T.keyRates.at(-1)?.note).toContain('administrator');
  });

  it('keeps every decree and moratorium row with its source, none overlapping', () => {
    expect(T.rateRegimes.map((r) => r.validFrom)).toEqual([
      '2022-02-28',
      '2022-08-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
    for (const [i, r] of T.rateRegimes.entries()) {
      expect(r.source).not.toBe('');
      expect(r.validFrom <= r.validTo).toBe(true);
      if (i > 0) expect(r.validFrom > (T.rateRegimes[i - 1]?.validTo ?? '')).toBe(true);
    }
    expect(T.moratoria.map((m) => [m.validFrom, m.validTo])).toEqual([
      ['2020-04-06', '2020-12-31'],
      ['2022-04-01', '2022-10-01'],
    ]);
    expect(T.moratoria.every((m) => m.source !== '' && m.scopeText !== '')).toBe(true);
  });

  it('is versioned and dated', () => {
    expect(T.version).toMatch(/^seed-/);
    expect(T.asOf).toBe('2026-07-27');
  });
});
