/**
 * @file Allocation: named month first, then the earliest due date, in date order; the rest is an advance.
 */
import { describe, expect, it } from 'vitest';
import { allocatePayments, type AllocObligation, type AllocPayment } from './allocate-payments';

const ob = (
  period: string,
  amount: number,
  lastPayDay: string,
  kind: AllocObligation['kind'] = 'housing',
): AllocObligation => ({
  key: `${period}/${kind}`,
  period,
  kind,
  amountKopecks: amount,
  lastPayDay,
});

const JAN = ob('2024-01', 100_000, '2024-02-10');
const FEB = ob('2024-02', 100_000, '2024-03-10');
const MAR = ob('2024-03', 100_000, '2024-04-10');

function summary(obligations: AllocObligation[], payments: AllocPayment[]): [string, string, number, boolean][] {
  return allocatePayments(obligations, payments).parts.map((p) => [
    p.obligationKey,
    p.paidOn,
    p.amountKopecks,
    p.named,
  ]);
}

describe('allocatePayments', () => {
  it('pays the oldest month first when no month is named', () => {
    expect(summary([MAR, JAN, FEB], [{ date: '2024-04-01', amountKopecks: 150_000 }])).toEqual([
      ['2024-01/housing', '2024-04-01', 100_000, false],
      ['2024-02/housing', '2024-04-01', 50_000, false],
    ]);
  });

  it('pays the named month, and the excess to the oldest open one', () => {
    expect(summary([JAN, FEB, MAR], [{ date: '2024-04-01', amountKopecks: 130_000, period: '2024-03' }])).toEqual([
      ['2024-03/housing', '2024-04-01', 100_000, true],
      ['2024-01/housing', '2024-04-01', 30_000, false],
    ]);
  });

  it('falls back to the oldest month when the named one has no charge, and says so', () => {
    const a = allocatePayments([JAN], [{ date: '2024-04-01', amountKopecks: 10_000, period: '2023-07' }]);
    expect(a.parts).toEqual([
      { obligationKey: '2024-01/housing', paidOn: '2024-04-01', amountKopecks: 10_000, named: false },
    ]);
    expect(a.reasons[0]).toContain('начисления за этот месяц нет');
  });

  it('takes payments in date order, ties in input order', () => {
    const parts = summary(
      [JAN, FEB],
      [
        { date: '2024-05-01', amountKopecks: 100_000 },
        { date: '2024-04-01', amountKopecks: 60_000 },
        { date: '2024-04-01', amountKopecks: 60_000, period: '2024-02' },
      ],
    );
    expect(parts).toEqual([
      ['2024-01/housing', '2024-04-01', 60_000, false],
      ['2024-02/housing', '2024-04-01', 60_000, true],
      ['2024-01/housing', '2024-05-01', 40_000, false],
      ['2024-02/housing', '2024-05-01', 40_000, false],
    ]);
  });

  it('keeps what is left over as an advance; allocations always sum to the payments', () => {
    const payments = [
      { date: '2024-03-01', amountKopecks: 250_000 },
      { date: '2024-06-01', amountKopecks: 80_000, period: '2024-01' },
    ];
    const a = allocatePayments([JAN, FEB], payments);
    expect(a.advanceKopecks).toBe(130_000);
    expect(a.parts.reduce((s, p) => s + p.amountKopecks, 0) + a.advanceKopecks).toBe(330_000);
    expect(a.reasons.at(-1)).toContain('аванс');
  });

  it('pays housing before capital repair of the same month', () => {
    const cap = ob('2024-01', 20_000, '2024-02-10', 'capital_repair');
    expect(summary([cap, JAN], [{ date: '2024-02-05', amountKopecks: 110_000, period: '2024-01' }])).toEqual([
      ['2024-01/housing', '2024-02-05', 100_000, true],
      ['2024-01/capital_repair', '2024-02-05', 10_000, true],
    ]);
  });

  it('orders by due date, so an earlier-due later month comes first', () => {
    // A contract month due on the 5th vs one due on the 10th is not in the seed, but FIFO is by due date (ГК 319.1).
    const early = ob('2024-02', 10_000, '2024-02-05');
    expect(summary([JAN, early], [{ date: '2024-03-01', amountKopecks: 10_000 }])).toEqual([
      ['2024-02/housing', '2024-03-01', 10_000, false],
    ]);
  });
});
