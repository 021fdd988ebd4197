/**
 * @file The engine at each boundary, every expected figure worked by hand in the comment beside it.
 * Seeded tables unless said otherwise. Notation: day n = n-th day of delay (day 1 = the day after the due date).
 */
import { describe, expect, it } from 'vitest';
import { calculatePenalty } from './calculate-penalty';
import type { PenaltyTables } from './legal-tables';
import type { PenaltyInput, PenaltyPayment, PenaltyResult } from './penalty-types';
import { SEED_PENALTY_TABLES as T } from './seed/index';

const one = (
  period: string,
  kopecks: number,
  calculationDate: string,
  payments: PenaltyPayment[] = [],
  kind: 'housing' | 'capital_repair' = 'housing',
): PenaltyInput => ({
  calculationDate,
  charges: [{ period, amountKopecks: kopecks, kind }],
  payments,
});
const total = (input: PenaltyInput, tables: PenaltyTables = T): number => calculatePenalty(input, tables).totalKopecks;
const cut = (r: PenaltyResult): [string, string, number, number, boolean, number][] =>
  r.lines.map((l) => [l.from, l.to, l.days, l.fraction.num === 0 ? 0 : l.fraction.den, l.moratorium, l.penaltyKopecks]);

describe('day 30/31 and 90/91', () => {
  // January 2025, 10 000 ₽, due 10.02.2025: day 1 = 11.02, day 30 = 12.03 (18 + 12), day 31 = 13.03.2025;
  // rate min(9.5, 21) = 9.5 %.
  it.each([
    ['2025-02-10', 0], // due day itself: nothing
    ['2025-03-12', 0], // day 30: still free
    ['2025-03-13', 317], // day 31: 1 000 000 × 950 / 3 000 000 = 316.67 → 317
    ['2025-05-11', 19_000], // day 90: 60 × 316.67 = 19 000 exactly
    ['2025-05-12', 19_731], // day 91: + 1 000 000 × 950 / 1 300 000 = 730.77 → 731
  ])('Jan 2025 counted to %s → %i kop', (calc, expected) =>
    expect(total(one('2025-01', 1_000_000, calc))).toBe(expected),
  );

  it('leap year: day 31 of January 2024 is 12.03.2024, a day earlier than in 2025', () => {
    // due 10.02.2024: 11.02–29.02 = 19 days, 01.03–11.03 = 11 → day 30 = 11.03.2024.
    expect(total(one('2024-01', 1_000_000, '2024-03-11'))).toBe(0);
    expect(total(one('2024-01', 1_000_000, '2024-03-12'))).toBe(317); // 1 day at 1/300 of 9.5 %
  });

  it('the payment day bears penalty: paid on day 31 → one day, paid on day 30 → nothing', () => {
    expect(total(one('2025-01', 1_000_000, '2025-06-30', [{ date: '2025-03-13', amountKopecks: 1_000_000 }]))).toBe(
      317,
    );
    expect(total(one('2025-01', 1_000_000, '2025-06-30', [{ date: '2025-03-12', amountKopecks: 1_000_000 }]))).toBe(0);
  });

  it('paid before the due date: no lines at all, and the reason says so', () => {
    const r = calculatePenalty(
      one('2025-01', 1_000_000, '2025-06-30', [{ date: '2025-02-10', amountKopecks: 1_000_000 }]),
      T,
    );
    expect(r.lines).toEqual([]);
    expect(r.reasons.some((x) => x.code === 'PAID_ON_TIME')).toBe(true);
  });
});

describe('rates', () => {
  it('each paid part at its payment day rate; the same payments under one calculation-day rate', () => {
    // January 2023, 10 000 ₽, due 10.02.2023: day 31 = 13.03, day 91 = 12.05.2023.
    // 5 000 paid 20.07.2023 (key 7.5 → 7.5 %), 5 000 paid 20.08.2023 (key 12 → min 9.5 %).
    const input = one('2023-01', 1_000_000, '2023-08-20', [
      { date: '2023-07-20', amountKopecks: 500_000 },
      { date: '2023-08-20', amountKopecks: 500_000 },
    ]);
    const r = calculatePenalty(input, T);
    expect(
      r.lines
        .filter((l) => l.penaltyKopecks > 0)
        .map((l) => [l.from, l.to, l.days, l.baseKopecks, l.rateBasisPoints, l.penaltyKopecks]),
    ).toEqual([
      ['2023-03-13', '2023-05-11', 60, 500_000, 750, 7500], // 500 000 × 60 × 750 / 3 000 000
      ['2023-03-13', '2023-05-11', 60, 500_000, 950, 9500],
      ['2023-05-12', '2023-07-20', 70, 500_000, 750, 20_192], // × 70 × 750 / 1 300 000 = 20 192.31
      ['2023-05-12', '2023-07-20', 70, 500_000, 950, 25_577], // × 70 × 950 / 1 300 000 = 25 576.92
      ['2023-07-21', '2023-08-20', 31, 500_000, 950, 11_327], // × 31 × 950 / 1 300 000 = 11 326.92
    ]);
    expect(r.totalKopecks).toBe(74_096);
    // One rate 9.5 % (20.08.2023): 19 000 + 1 000 000 × 70 × 950 / 1 300 000 (51 153.85 → 51 154) + 11 327.
    expect(calculatePenalty(input, T, { rateDateRule: 'calculation-day' }).totalKopecks).toBe(81_481);
  });

  it('decree edge 31.07/01.08.2022: fixed 9.5 % (key 8) becomes min(9.5, 8) — the penalty drops', () => {
    // April 2022 (no moratorium), due 10.05.2022, day 31 = 10.06.2022.
    // to 31.07: 52 days × 100 000 × 950 / 3 000 000 = 1 646.67 → 1 647
    // to 01.08: 53 days × 100 000 × 800 / 3 000 000 = 1 413.33 → 1 413
    expect(total(one('2022-04', 100_000, '2022-07-31'))).toBe(1647);
    expect(total(one('2022-04', 100_000, '2022-08-01'))).toBe(1413);
  });

  it('after the last decree (2027) the key rate applies again, with a warning that the tables may be stale', () => {
    // September 2026, 1 000 ₽, due 15.10.2026; day 31 = 15.11.2026; day 90 = 13.01.2027; counted to 15.01.2027.
    // key 14 %: 60 × 100 000 × 1 400 / 3 000 000 = 2 800; 2 × 100 000 × 1 400 / 1 300 000 = 215.38 → 215.
    const r = calculatePenalty(one('2026-09', 100_000, '2027-01-15'), T);
    expect(r.totalKopecks).toBe(3015);
    expect(r.reasons.find((x) => x.code === 'TABLES_STALE')?.text).toContain('27.07.2026');
  });
});

describe('moratoria', () => {
  it('№ 424: edge days bear nothing, the day counter runs on through them', () => {
    // January 2020, 1 000 ₽, due 10.02.2020; day 31 = 12.03.2020; rate on 10.01.2021 = key 4.25 %.
    // 12.03–05.04 = 25 days × 100 000 × 425 / 3 000 000 = 354.17 → 354
    // 06.04–10.05 days 56–90 (moratorium), 11.05–31.12 days 91–325 (moratorium): 35 + 235 = 270 days, 0
    // 01.01–10.01.2021 days 326–335 at 1/130: 10 × 100 000 × 425 / 1 300 000 = 326.92 → 327
    const r = calculatePenalty(one('2020-01', 100_000, '2021-01-10'), T);
    expect(cut(r)).toEqual([
      ['2020-02-11', '2020-03-11', 30, 0, false, 0],
      ['2020-03-12', '2020-04-05', 25, 300, false, 354],
      ['2020-04-06', '2020-05-10', 35, 300, true, 0],
      ['2020-05-11', '2020-12-31', 235, 130, true, 0],
      ['2021-01-01', '2021-01-10', 10, 130, false, 327],
    ]);
    expect(r.lines.at(-1)?.delayDayFrom).toBe(326);
    expect(r.totalKopecks).toBe(681);
    expect(r.reasons.find((x) => x.code === 'MORATORIUM')?.text).toContain('270 дней без пени');
  });

  it('№ 497 covers March 2022 to 01.10.2022 inclusive, not April 2022', () => {
    // March 2022, due 10.04.2022: days 1–174 (11.04–01.10) all under the moratorium; 02.10 = day 175.
    // 02.10–31.10 = 30 days × 100 000 × 750 / 1 300 000 = 1 730.77 → 1 731 (min(9.5, 7.5) on 31.10.2022)
    const march = calculatePenalty(one('2022-03', 100_000, '2022-10-31'), T);
    expect(cut(march)).toEqual([
      ['2022-04-11', '2022-05-10', 30, 0, true, 0],
      ['2022-05-11', '2022-07-09', 60, 300, true, 0],
      ['2022-07-10', '2022-10-01', 84, 130, true, 0],
      ['2022-10-02', '2022-10-31', 30, 130, false, 1731],
    ]);
    // April 2022, due 10.05: 60 × 100 000 × 750 / 3 000 000 = 1 500; 09.08–31.10 = 84 days at 1/130:
    // 84 × 100 000 × 750 / 1 300 000 = 4 846.15 → 4 846; total 6 346.
    expect(total(one('2022-04', 100_000, '2022-10-31'))).toBe(6346);
    const both = calculatePenalty(
      {
        calculationDate: '2022-10-31',
        charges: [
          { period: '2022-03', amountKopecks: 100_000 },
          { period: '2022-04', amountKopecks: 100_000 },
        ],
        payments: [],
      },
      T,
    );
    expect(both.totalKopecks).toBe(1731 + 6346);
    expect(both.obligations.map((o) => o.penaltyKopecks)).toEqual([1731, 6346]);
  });
});

describe('before and across 2016 (307-ФЗ)', () => {
  it('September 2015 unpaid into 2016: old 1/300 to 31.12.2015, then the new scale by day count', () => {
    // due 10.10.2015; 11.10–31.12.2015 days 1–82 old scale; 01.01–08.01.2016 days 83–90 1/300; 09.01–31.01 days 91–113 1/130.
    // Rate on 31.01.2016: 11 %. 200 000 × 82 × 1 100 / 3 000 000 = 6 013.33 → 6 013;
    // × 8 → 586.67 → 587; 200 000 × 23 × 1 100 / 1 300 000 = 3 892.31 → 3 892. Total 10 492.
    const r = calculatePenalty(one('2015-09', 200_000, '2016-01-31'), T);
    expect(cut(r)).toEqual([
      ['2015-10-11', '2015-12-31', 82, 300, false, 6013],
      ['2016-01-01', '2016-01-08', 8, 300, false, 587],
      ['2016-01-09', '2016-01-31', 23, 130, false, 3892],
    ]);
    expect(r.totalKopecks).toBe(10_492);
  });

  it('November 2015: the new scale makes days 22–30 free again (⚠️ per-day default, legal notes § Penalty)', () => {
    // due 10.12.2015; 11.12–31.12 = 21 days old 1/300 at 11 % (rate on 15.01.2016): 100 000 × 21 × 1 100 / 3 000 000 = 770;
    // 01.01–09.01.2016 days 22–30: 0; 10.01–15.01 days 31–36: 6 × 100 000 × 1 100 / 3 000 000 = 220. Total 990.
    const r = calculatePenalty(one('2015-11', 100_000, '2016-01-15'), T);
    expect(cut(r)).toEqual([
      ['2015-12-11', '2015-12-31', 21, 300, false, 770],
      ['2016-01-01', '2016-01-09', 9, 0, false, 0],
      ['2016-01-10', '2016-01-15', 6, 300, false, 220],
    ]);
  });

  it('refuses a date the tables do not cover (key rate before 14.09.2012)', () => {
    expect(() => total(one('2012-05', 100_000, '2012-09-01'))).toThrow(/Нет ключевой ставки/);
  });
});

describe('invariants', () => {
  it('lines add up to the total and to each obligation; every month has its due-date reason, once', () => {
    const r = calculatePenalty(
      {
        calculationDate: '2026-07-31',
        charges: ['2019-11', '2020-02', '2021-06', '2022-03', '2022-04', '2023-12', '2025-06', '2026-02'].flatMap(
          (p, i) => [
            { period: p, amountKopecks: 123_457 + i * 1001 },
            { period: p, amountKopecks: 4_321, kind: 'capital_repair' as const },
          ],
        ),
        payments: [
          { date: '2020-03-03', amountKopecks: 50_000 },
          { date: '2021-09-09', amountKopecks: 77_777, period: '2021-06' },
          { date: '2022-05-05', amountKopecks: 200_000 },
          { date: '2024-02-29', amountKopecks: 99_999, period: '2023-12' },
          { date: '2026-03-15', amountKopecks: 10_000 },
        ],
      },
      T,
    );
    expect(r.lines.reduce((s, l) => s + l.penaltyKopecks, 0)).toBe(r.totalKopecks);
    expect(r.obligations.reduce((s, o) => s + o.penaltyKopecks, 0)).toBe(r.totalKopecks);
    // Housing and capital repair of a month fall due on the same day here: one line a month, each month once.
    const due = r.reasons.filter((x) => x.code === 'DUE_DATE');
    expect(due.map((x) => x.period)).toEqual([
      '2019-11',
      '2020-02',
      '2021-06',
      '2022-03',
      '2022-04',
      '2023-12',
      '2025-06',
      '2026-02',
    ]);
    expect(due[0]?.text).toMatch(/^Срок оплаты за ноябрь 2019: по 10\.12\.2019 включительно — /);
    for (const l of r.lines) {
      expect(l.days).toBe(l.delayDayTo - l.delayDayFrom + 1);
      if (l.moratorium) expect(l.penaltyKopecks).toBe(0);
    }
    expect(r.totalKopecks).toBeGreaterThan(0);
  });
});
