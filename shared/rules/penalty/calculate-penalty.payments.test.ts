/**
 * @file The engine at the payment, due-day and capital-repair boundaries; every figure worked by hand beside it.
 * Seeded tables unless said otherwise. Notation: day n = n-th day of delay (day 1 = the day after the due date).
 */
import { describe, expect, it } from 'vitest';
import { calculatePenalty } from './calculate-penalty';
import type { PenaltyTables } from './legal-tables';
import type { PenaltyInput, PenaltyPayment } from './penalty-types';
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

describe('payments', () => {
  // January and February 2024, 1 000 ₽ each; 1 000 ₽ paid 20.05.2024; counted to 30.06.2024; 9.5 % throughout.
  // Jan: due 10.02, day 31 = 12.03, day 91 = 11.05. Feb: due 10.03, day 31 = 10.04, day 91 = 09.06.
  const charges = [
    { period: '2024-01', amountKopecks: 100_000 },
    { period: '2024-02', amountKopecks: 100_000 },
  ];

  it('a payment naming February pays February, January stays open', () => {
    // Feb paid 20.05: 10.04–20.05 = 41 days × 100 000 × 950 / 3 000 000 = 1 298.33 → 1 298
    // Jan unpaid: 1 900 (60 days 1/300) + 11.05–30.06 = 51 days × 100 000 × 950 / 1 300 000 = 3 726.92 → 3 727
    const r = calculatePenalty(
      {
        calculationDate: '2024-06-30',
        charges,
        payments: [{ date: '2024-05-20', amountKopecks: 100_000, period: '2024-02' }],
      },
      T,
    );
    expect(r.obligations.map((o) => [o.period, o.paidKopecks, o.penaltyKopecks])).toEqual([
      ['2024-01', 0, 5627],
      ['2024-02', 100_000, 1298],
    ]);
    expect(r.totalKopecks).toBe(6925);
  });

  it('the same payment naming nothing pays January (the oldest)', () => {
    // Jan paid 20.05: 1 900 + 11.05–20.05 = 10 days × 100 000 × 950 / 1 300 000 = 730.77 → 731 → 2 631
    // Feb unpaid: 1 900 + 09.06–30.06 = 22 days → 1 607.69 → 1 608 → 3 508
    const r = calculatePenalty(
      { calculationDate: '2024-06-30', charges, payments: [{ date: '2024-05-20', amountKopecks: 100_000 }] },
      T,
    );
    expect(r.obligations.map((o) => o.penaltyKopecks)).toEqual([2631, 3508]);
    expect(r.totalKopecks).toBe(6139);
  });

  it('ignores payments after the calculation day and keeps overpayment as an advance (no penalty on penalty)', () => {
    const r = calculatePenalty(
      {
        calculationDate: '2024-06-30',
        charges,
        payments: [
          { date: '2024-07-01', amountKopecks: 200_000 },
          { date: '2024-02-01', amountKopecks: 250_000 },
        ],
      },
      T,
    );
    // 2 500 ₽ on 01.02.2024 pays both months before their due dates; 500 ₽ is an advance; no penalty at all.
    expect(r.totalKopecks).toBe(0);
    expect(r.advanceKopecks).toBe(50_000);
    expect(r.reasons.some((x) => x.code === 'PAYMENT_AFTER_CALCULATION')).toBe(true);
  });

  it('several charges of one month are one obligation; a zero month bears nothing', () => {
    const r = calculatePenalty(
      {
        calculationDate: '2025-03-13',
        charges: [
          { period: '2025-01', amountKopecks: 600_000 },
          { period: '2025-01', amountKopecks: 400_000 },
          { period: '2024-12', amountKopecks: 0 },
        ],
        payments: [],
      },
      T,
    );
    expect(r.totalKopecks).toBe(317); // as 10 000 ₽ on day 31
    expect(r.reasons.some((x) => x.code === 'EMPTY_CHARGE')).toBe(true);
  });
});

describe('the 2026 due-day switch (177-ФЗ)', () => {
  it('January 2026 is due 10.02.2026: day 31 = 13.03.2026', () => {
    expect(total(one('2026-01', 1_000_000, '2026-03-12'))).toBe(0);
    expect(total(one('2026-01', 1_000_000, '2026-03-13'))).toBe(317);
  });

  it('February 2026 is due 15.03.2026 by default: day 31 = 15.04.2026; 10.03.2026 if the administrator chooses', () => {
    // day 1 = 16.03, day 30 = 14.04 (16 + 14). Rate min(9.5, 15) = 9.5 %.
    expect(total(one('2026-02', 1_000_000, '2026-04-14'))).toBe(0);
    expect(total(one('2026-02', 1_000_000, '2026-04-15'))).toBe(317);
    // Due 10.03: day 31 = 10.04; to 15.04 = 6 days × 316.67 = 1 900.
    const strict: PenaltyTables = {
      ...T,
      dueDays: T.dueDays.map((r) => (r.validFrom === '2026-02-01' ? { ...r, validFrom: '2026-03-01' } : r)),
    };
    expect(total(one('2026-02', 1_000_000, '2026-04-15'), strict)).toBe(1900);
  });

  it('March 2026 is due 15.04.2026 even with a contract day of the 20th', () => {
    // day 31 = 16.05.2026 (16.04–30.04 = 15, 01.05–15.05 = 15).
    const withContract = (calc: string): number => total({ ...one('2026-03', 1_000_000, calc), contractDueDay: 20 });
    expect(withContract('2026-05-15')).toBe(0);
    expect(withContract('2026-05-16')).toBe(317);
  });

  it('a contract day of the 20th moves the count for a 2024 month', () => {
    // due 20.02.2024 → day 31 = 22.03.2024 (21.02–29.02 = 9, 01.03–21.03 = 21).
    expect(total({ ...one('2024-01', 1_000_000, '2024-03-21'), contractDueDay: 20 })).toBe(0);
    expect(total({ ...one('2024-01', 1_000_000, '2024-03-22'), contractDueDay: 20 })).toBe(317);
  });
});

describe('capital repair (ч.14.1)', () => {
  // January 2024, 1 000 ₽, due 10.02.2024, 1/300 of 9.5 % from day 1, no grace, never 1/130.
  it.each([
    ['2024-02-10', 0],
    ['2024-02-11', 32], // 100 000 × 950 / 3 000 000 = 31.67 → 32
    ['2024-05-10', 2850], // day 90: 90 × 31.67 = 2 850
    ['2024-05-31', 3515], // day 111: 111 × 100 000 × 950 / 3 000 000 = 3 515
  ])('counted to %s → %i', (calc, expected) =>
    expect(total(one('2024-01', 100_000, calc, [], 'capital_repair'))).toBe(expected),
  );

  it('is a separate obligation of the same month; a named payment pays housing first', () => {
    // 1 000 ₽ housing + 1 000 ₽ capital repair for January 2024; 1 500 ₽ naming January paid 12.02.2024.
    // Housing paid on day 2 (grace): 0. Capital repair: 500 paid 12.02 (days 1–2) and 500 unpaid to 11.03 (30 days):
    // 2 × 100 000 × 950 / 3 000 000 = 63.33 → 63 (11–12.02, base 1 000), then 28 × 50 000 × 950 / 3 000 000 = 443.33 → 443.
    const r = calculatePenalty(
      {
        calculationDate: '2024-03-11',
        charges: [
          { period: '2024-01', amountKopecks: 100_000 },
          { period: '2024-01', amountKopecks: 100_000, kind: 'capital_repair' },
        ],
        payments: [{ date: '2024-02-12', amountKopecks: 150_000, period: '2024-01' }],
      },
      T,
    );
    expect(r.obligations.map((o) => [o.kind, o.paidKopecks, o.penaltyKopecks])).toEqual([
      ['housing', 100_000, 0],
      ['capital_repair', 50_000, 506],
    ]);
  });
});
