import { describe, expect, it } from 'vitest';
import { debtPosition } from './debt-position';
import { bracketOf, type DebtBracket } from './brackets';

const m = (period: string, kopecks: number) => ({ period, kopecks });
const p = (date: string, kopecks: number, period: string | null = null) => ({ date, kopecks, period });

describe('debtPosition', () => {
  it('allocates unnamed payments to the oldest months first', () => {
    const r = debtPosition([m('2026-01', 500000), m('2026-02', 500000), m('2026-03', 500000)], [p('2026-03-10', 600000)]);
    expect(r).toEqual({
      chargedKopecks: 1500000,
      paidKopecks: 600000,
      debtKopecks: 900000,
      monthsInArrears: 2,
      debtSincePeriod: '2026-02',
      lastPaymentDate: '2026-03-10',
      lastPaymentKopecks: 600000,
    });
  });

  it('puts a payment that names a month into that month, the excess into the oldest', () => {
    const r = debtPosition([m('2026-01', 500000), m('2026-02', 500000), m('2026-03', 500000)], [p('2026-04-05', 700000, '2026-03')]);
    // March fully paid (500 000), 200 000 to January; January and February stay open.
    expect(r.monthsInArrears).toBe(2);
    expect(r.debtSincePeriod).toBe('2026-01');
    expect(r.debtKopecks).toBe(800000);
  });

  it('reports an overpayment as negative debt with nothing in arrears', () => {
    const r = debtPosition([m('2026-01', 100000)], [p('2026-02-01', 150000)]);
    expect(r).toMatchObject({ debtKopecks: -50000, monthsInArrears: 0, debtSincePeriod: null });
  });

  it('treats a net credit month (recalculation) as money towards other months', () => {
    const r = debtPosition([m('2026-01', 100000), m('2026-02', -30000), m('2026-03', 100000)], []);
    expect(r).toMatchObject({ chargedKopecks: 170000, debtKopecks: 170000, monthsInArrears: 2, debtSincePeriod: '2026-01' });
  });

  it('keeps exact kopecks and handles no data', () => {
    expect(debtPosition([], [])).toMatchObject({ debtKopecks: 0, monthsInArrears: 0, lastPaymentDate: null });
    expect(debtPosition([m('2026-01', 1)], [p('2026-01-20', 1, '2026-01')]).debtKopecks).toBe(0);
  });
});

describe('bracketOf', () => {
  const brackets: DebtBracket[] = [
    { code: 'over_100k', label: '', minKopecks: 10000001, maxKopecks: null, rank: 1 },
    { code: 'from_50k', label: '', minKopecks: 5000000, maxKopecks: 10000001, rank: 2 },
    { code: 'from_10k', label: '', minKopecks: 1000000, maxKopecks: 5000000, rank: 3 },
    { code: 'from_5k', label: '', minKopecks: 500000, maxKopecks: 1000000, rank: 4 },
    { code: 'below_5k', label: '', minKopecks: 1, maxKopecks: 500000, rank: 5 },
    { code: 'none', label: '', minKopecks: 0, maxKopecks: 1, rank: 6 },
  ];
  it.each([
    [10000001, 'over_100k'],
    [10000000, 'from_50k'],
    [5000000, 'from_50k'],
    [4999999, 'from_10k'],
    [1000000, 'from_10k'],
    [500000, 'from_5k'],
    [499999, 'below_5k'],
    [0, 'none'],
    [-100, 'none'],
  ])('%i kopecks → %s', (debt, code) => expect(bracketOf(debt, brackets)).toBe(code));
});
