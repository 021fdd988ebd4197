/**
 * @file The engine against every worked example of docs/legal-notes.md § Worked examples (EX1–EX6, C1, C3b, C5),
 * expected kopecks as published by their sources or worked by hand from the rules. Formula-only checks of EX2–EX6 are
 * also in rational.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { calculatePenalty } from './calculate-penalty';
import type { PenaltyTables } from './legal-tables';
import type { PenaltyInput, PenaltyResult } from './penalty-types';
import { SEED_PENALTY_TABLES as T } from './seed/index';

/** The tables the source of EX1 used: a fixed 9.5 % key rate and its own moratorium bounds, for all debts. */
const ALEOREH: PenaltyTables = {
  ...T,
  keyRates: [{ validFrom: '1900-01-01', ratePercent: '9.5', basisPoints: 950, note: 'EX1 source: fixed' }],
  rateRegimes: [],
  moratoria: [
    {
      id: 'M1',
      validFrom: '2020-04-06',
      validTo: '2021-01-01',
      scope: { kind: 'all' },
      scopeText: 'EX1',
      source: 'EX1',
    },
    {
      id: 'M2',
      validFrom: '2022-03-31',
      validTo: '2022-10-01',
      scope: { kind: 'all' },
      scopeText: 'EX1',
      source: 'EX1',
    },
  ],
};

/** May 2019, 1 000 ₽, 100 ₽ paid 01.01.2020 (no month named), counted to 18.04.2024 inclusive. */
const EX1_INPUT: PenaltyInput = {
  calculationDate: '2024-04-18',
  charges: [{ period: '2019-05', amountKopecks: 100_000 }],
  payments: [{ date: '2020-01-01', amountKopecks: 10_000 }],
};

type Row = [string, string, number, number, number, boolean, number];
/** from, to, days, base, fraction denominator (0 = grace), moratorium, penalty — the tables' columns. */
const rows = (r: PenaltyResult): Row[] =>
  r.lines.map((l) => [
    l.from,
    l.to,
    l.days,
    l.baseKopecks,
    l.fraction.num === 0 ? 0 : l.fraction.den,
    l.moratorium,
    l.penaltyKopecks,
  ]);

const sum = (r: PenaltyResult, pick: (l: PenaltyResult['lines'][number]) => boolean): number =>
  r.lines.filter(pick).reduce((s, l) => s + l.penaltyKopecks, 0);

describe('worked examples', () => {
  it('EX1: the aleoreh test vector — 835.05 ₽, line for line', () => {
    const r = calculatePenalty(EX1_INPUT, ALEOREH);
    expect(rows(r)).toEqual([
      ['2019-06-11', '2019-07-10', 30, 100_000, 0, false, 0],
      ['2019-07-11', '2019-09-08', 60, 100_000, 300, false, 1900], // 1 000 × 9.5 % / 300 × 60 = 19.00
      ['2019-09-09', '2020-01-01', 115, 100_000, 130, false, 8404], // 1 000 × 9.5 % / 130 × 115 = 84.038
      ['2020-01-02', '2020-04-05', 95, 90_000, 130, false, 6248], // 900 × 9.5 % / 130 × 95 = 62.481
      ['2020-04-06', '2021-01-01', 271, 90_000, 130, true, 0],
      ['2021-01-02', '2022-03-30', 453, 90_000, 130, false, 29_793], // 297.927
      ['2022-03-31', '2022-10-01', 185, 90_000, 130, true, 0],
      ['2022-10-02', '2024-04-18', 565, 90_000, 130, false, 37_160], // 371.596
    ]);
    expect(r.totalKopecks).toBe(83_505);
    // The source's own sub-totals: 103.04 on the 1 000 ₽ balance, 732.01 on 900 ₽, 816.05 at 1/130.
    expect(sum(r, (l) => l.baseKopecks === 100_000)).toBe(10_304);
    expect(sum(r, (l) => l.baseKopecks === 90_000)).toBe(73_201);
    expect(sum(r, (l) => l.fraction.den === 130)).toBe(81_605);
    expect(r.lines.filter((l) => l.moratorium).map((l) => l.days)).toEqual([271, 185]);
  });

  it('EX1b: decree moratorium bounds, one rate on the calculation day — 836.37 ₽', () => {
    const r = calculatePenalty(EX1_INPUT, T, { rateDateRule: 'calculation-day' });
    expect(rows(r)).toEqual([
      ['2019-06-11', '2019-07-10', 30, 100_000, 0, false, 0],
      ['2019-07-11', '2019-09-08', 60, 100_000, 300, false, 1900],
      ['2019-09-09', '2020-01-01', 115, 100_000, 130, false, 8404],
      ['2020-01-02', '2020-04-05', 95, 90_000, 130, false, 6248],
      ['2020-04-06', '2020-12-31', 270, 90_000, 130, true, 0],
      ['2021-01-01', '2022-03-31', 455, 90_000, 130, false, 29_925], // 900 × 9.5 % / 130 × 455 = 299.25
      ['2022-04-01', '2022-10-01', 184, 90_000, 130, true, 0],
      ['2022-10-02', '2024-04-18', 565, 90_000, 130, false, 37_160],
    ]);
    expect(r.totalKopecks).toBe(83_637); // EX1 + 2 days × 900 × 9.5 % / 130 = +1.32
    expect(r.lines.every((l) => l.rateBasisPoints === 950)).toBe(true); // min(9.5, 16) on 18.04.2024
  });

  it('EX1c: the default rule — the paid 100 ₽ at 6.25 % (01.01.2020), the unpaid 900 ₽ at 9.5 % — 832.84 ₽', () => {
    const r = calculatePenalty(EX1_INPUT, T);
    // 100 ₽ part at 6.25 %: 100 × 6.25 % / 300 × 60 = 1.25; / 130 × 115 = 5.5288 → 5.53
    // 900 ₽ part at 9.5 %: 17.10; 75.6346 → 75.63 (09.09.2019–01.01.2020); then as EX1b.
    // 1.25 + 5.53 + 17.10 + 75.63 + 62.48 + 299.25 + 371.60 = 832.84
    expect(r.lines.map((l) => [l.from, l.baseKopecks, l.rateBasisPoints, l.penaltyKopecks])).toEqual([
      ['2019-06-11', 10_000, 625, 0],
      ['2019-06-11', 90_000, 950, 0],
      ['2019-07-11', 10_000, 625, 125],
      ['2019-07-11', 90_000, 950, 1710],
      ['2019-09-09', 10_000, 625, 553],
      ['2019-09-09', 90_000, 950, 7563],
      ['2020-01-02', 90_000, 950, 6248],
      ['2020-04-06', 90_000, 950, 0],
      ['2021-01-01', 90_000, 950, 29_925],
      ['2022-04-01', 90_000, 950, 0],
      ['2022-10-02', 90_000, 950, 37_160],
    ]);
    expect(r.totalKopecks).toBe(83_284);
    expect(r.lines[2]?.rateDates).toEqual(['2020-01-01']);
    expect(r.lines[3]?.rateDates).toEqual(['2024-04-18']);
  });

  it('C1: paid in full 15.05.2024, rate on the payment day min(9.5, 16) — 226.54 ₽ (leap year)', () => {
    const r = calculatePenalty(
      {
        calculationDate: '2024-06-30',
        charges: [{ period: '2024-01', amountKopecks: 1_000_000 }],
        payments: [{ date: '2024-05-15', amountKopecks: 1_000_000 }],
      },
      T,
    );
    expect(rows(r)).toEqual([
      ['2024-02-11', '2024-03-11', 30, 1_000_000, 0, false, 0],
      ['2024-03-12', '2024-05-10', 60, 1_000_000, 300, false, 19_000], // 190.00
      ['2024-05-11', '2024-05-15', 5, 1_000_000, 130, false, 3654], // 10 000 × 9.5 % / 130 × 5 = 36.538
    ]);
    expect(r.totalKopecks).toBe(22_654);
  });

  it('C3b: April 2022 is outside moratorium № 497 — 242.31 ₽ at 7.5 %', () => {
    const r = calculatePenalty(
      { calculationDate: '2022-11-30', charges: [{ period: '2022-04', amountKopecks: 300_000 }], payments: [] },
      T,
    );
    expect(rows(r)).toEqual([
      ['2022-05-11', '2022-06-09', 30, 300_000, 0, false, 0],
      ['2022-06-10', '2022-08-08', 60, 300_000, 300, false, 4500], // 3 000 × 7.5 % / 300 × 60 = 45.00
      ['2022-08-09', '2022-11-30', 114, 300_000, 130, false, 19_731], // 3 000 × 7.5 % / 130 × 114 = 197.308
    ]);
    expect(r.totalKopecks).toBe(24_231);
    expect(r.reasons.some((x) => x.code === 'MORATORIUM_NOT_APPLICABLE')).toBe(true);
  });

  it('C5: pre-2016 regime, 1/300 from day 1 at 8.25 % — 45.10 ₽', () => {
    const r = calculatePenalty(
      {
        calculationDate: '2016-02-01',
        charges: [{ period: '2015-09', amountKopecks: 200_000 }],
        payments: [{ date: '2015-12-31', amountKopecks: 200_000 }],
      },
      T,
    );
    expect(rows(r)).toEqual([['2015-10-11', '2015-12-31', 82, 200_000, 300, false, 4510]]); // 2 000 × 8.25 % / 300 × 82
    expect(r.lines[0]?.scaleId).toBe('ч.14 (до 2016)');
  });

  it('EX2: 250 ₽ at 10 %, due 15.12 (contract day) — 62 days past the grace, but days 91–92 are at 1/130', () => {
    // By ч.14 (grace of 30 days from the due day): day 31 = 15.01.2017, 62 penalty days to 17.03 → 5.17 ₽ if all were
    // 1/300. But day 90 is 15.03.2017, so 16–17.03 are days 91–92 at 1/130 (ч.14): 250 × 10 % / 300 × 60 = 5.00,
    // 250 × 10 % / 130 × 2 = 0.3846 → 0.38; total 5.38 ₽. (The source's 5.25 ₽ is checked as a formula.)
    const r = calculatePenalty(
      {
        calculationDate: '2017-03-17',
        charges: [{ period: '2016-11', amountKopecks: 25_000 }],
        payments: [],
        contractDueDay: 15,
      },
      T,
    );
    expect(rows(r)).toEqual([
      ['2016-12-16', '2017-01-14', 30, 25_000, 0, false, 0],
      ['2017-01-15', '2017-03-15', 60, 25_000, 300, false, 500],
      ['2017-03-16', '2017-03-17', 2, 25_000, 130, false, 38],
    ]);
    expect(r.lines.filter((l) => l.fraction.num > 0).reduce((s, l) => s + l.days, 0)).toBe(62);
    expect(r.totalKopecks).toBe(538);
  });

  it('EX3: 5 000 ₽, 15 days after the grace at 7.5 % — 18.75 ₽', () => {
    // December 2017, due 10.01.2018; day 31 = 10.02.2018; to 24.02.2018 = 15 days; key 7.5 % from 12.02.2018.
    const r = calculatePenalty(
      { calculationDate: '2018-02-24', charges: [{ period: '2017-12', amountKopecks: 500_000 }], payments: [] },
      T,
    );
    expect(r.lines.at(-1)).toMatchObject({ from: '2018-02-10', days: 15, rateBasisPoints: 750, penaltyKopecks: 1875 });
    expect(r.totalKopecks).toBe(1875);
  });

  it('EX4: 5 000 ₽, 30 days at 8 % — 40.00 ₽', () => {
    // May 2022 (outside № 497), due 10.06.2022; day 31 = 11.07; 30 days to 09.08.2022; min(9.5, 8) from 01.08.2022.
    const r = calculatePenalty(
      { calculationDate: '2022-08-09', charges: [{ period: '2022-05', amountKopecks: 500_000 }], payments: [] },
      T,
    );
    expect(r.lines.at(-1)).toMatchObject({
      from: '2022-07-11',
      to: '2022-08-09',
      days: 30,
      rateBasisPoints: 800,
      penaltyKopecks: 4000,
    });
    expect(r.totalKopecks).toBe(4000);
  });

  it('EX5: capital repair 10 000 ₽ unpaid a year, 1/300 from day 1 — 669.17 ₽ at 5.5 %, 730.00 ₽ at 6 %', () => {
    // Every real 5.5 % window lies within a year of moratorium № 424, so the key rate is fixed in the tables,
    // as the EX1 source does. January 2019, due 10.02.2019; 11.02.2019–10.02.2020 = 365 days.
    const at = (bp: number): PenaltyTables => ({
      ...T,
      keyRates: [{ validFrom: '1900-01-01', ratePercent: String(bp / 100), basisPoints: bp, note: 'EX5' }],
      rateRegimes: [],
      moratoria: [],
    });
    const input: PenaltyInput = {
      calculationDate: '2020-02-10',
      charges: [{ period: '2019-01', amountKopecks: 1_000_000, kind: 'capital_repair' }],
      payments: [],
    };
    const r = calculatePenalty(input, at(550));
    expect(rows(r)).toEqual([['2019-02-11', '2020-02-10', 365, 1_000_000, 300, false, 66_917]]);
    expect(calculatePenalty(input, at(600)).totalKopecks).toBe(73_000);
  });

  it('EX6: a year at 1/300 and at 1/130 of 9.5 % is 11.558 % and 26.673 % of the debt', () => {
    // 100 000 ₽ of capital repair (1/300 from day 1) and of housing past day 90, fixed 9.5 %, no moratoria.
    const fixed: PenaltyTables = {
      ...T,
      keyRates: [{ validFrom: '1900-01-01', ratePercent: '9.5', basisPoints: 950, note: '' }],
      rateRegimes: [],
      moratoria: [],
    };
    const cap = calculatePenalty(
      {
        calculationDate: '2020-02-10',
        charges: [{ period: '2019-01', amountKopecks: 10_000_000, kind: 'capital_repair' }],
        payments: [],
      },
      fixed,
    );
    expect(cap.totalKopecks).toBe(1_155_833); // 11 558.33 ₽
    const housing = calculatePenalty(
      { calculationDate: '2020-05-10', charges: [{ period: '2019-01', amountKopecks: 10_000_000 }], payments: [] },
      fixed,
    );
    // Day 91 = 12.05.2019; 12.05.2019–10.05.2020 is 365 days (29.02.2020 included) at 1/130:
    // 10 000 000 × 365 × 950 / 1 300 000 = 2 667 307.69 → 26 673.08 ₽
    expect(housing.lines.at(-1)).toMatchObject({
      from: '2019-05-12',
      delayDayFrom: 91,
      days: 365,
      penaltyKopecks: 2_667_308,
    });
  });
});
