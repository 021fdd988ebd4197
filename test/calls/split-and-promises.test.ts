/**
 * Queue ordering by bracket priority and debt, the even split among operators within quotas, and promises judged
 * against payments with tolerance and grace days.
 */
import { describe, expect, it } from 'vitest';
import { orderCandidates, splitQueue } from '../../electron/core/calls/split-queue';
import { judgePromise } from '../../electron/core/calls/promise-verdict';

const BRACKETS = ['over_100k', 'from_50k', 'from_10k', 'from_5k'];

describe('queue order and split', () => {
  const candidates = [
    { accountId: 1, bracket: 'from_5k', debtKopecks: 900_000, phone: '+79000000001' },
    { accountId: 2, bracket: 'over_100k', debtKopecks: 15_000_000, phone: '+79000000002' },
    { accountId: 3, bracket: 'from_10k', debtKopecks: 2_000_000, phone: '+79000000003' },
    { accountId: 4, bracket: 'over_100k', debtKopecks: 30_000_000, phone: '+79000000004' },
    { accountId: 5, bracket: 'from_50k', debtKopecks: 6_000_000, phone: '+79000000005' },
  ];
  it('orders by bracket priority, then by debt, largest first', () => {
    expect(orderCandidates(candidates, BRACKETS).map((c) => c.accountId)).toEqual([4, 2, 5, 3, 1]);
  });
  it('deals accounts out in turn: counts differ by at most one, each list keeps the priority order', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      accountId: i + 1,
      bracket: BRACKETS[i % 4] as string,
      debtKopecks: 1_000_000 + i,
      phone: '+7',
    }));
    const assigned = splitQueue(orderCandidates(many, BRACKETS), [
      { userId: 1, capacity: 50 },
      { userId: 2, capacity: 50 },
      { userId: 3, capacity: 50 },
    ]);
    const per = [1, 2, 3].map((u) => assigned.filter((a) => a.userId === u));
    expect(per.map((p) => p.length)).toEqual([34, 33, 33]);
    for (const list of per) {
      const ranks = list.map((a) => BRACKETS.indexOf(a.bracket));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(list.map((a) => a.position)).toEqual(list.map((_, i) => i + 1));
    }
  });
  it('stops at the quotas and skips a full operator', () => {
    const assigned = splitQueue(orderCandidates(candidates, BRACKETS), [
      { userId: 1, capacity: 1 },
      { userId: 2, capacity: 2 },
    ]);
    expect(assigned.map((a) => [a.accountId, a.userId])).toEqual([
      [4, 1],
      [2, 2],
      [5, 2],
    ]);
  });
  it('continues positions after the calls already made today', () => {
    const assigned = splitQueue(candidates.slice(0, 2), [{ userId: 7, capacity: 5 }], new Map([[7, 12]]));
    expect(assigned.map((a) => a.position)).toEqual([13, 14]);
  });
});

describe('promises to pay', () => {
  const rules = { toleranceKopecks: 10_000, graceDays: 3 };
  const promise = { madeDate: '2026-11-10', promisedDate: '2026-11-20', amountKopecks: 500_000 };
  it('kept when paid in full by the date', () => {
    expect(judgePromise(promise, [{ date: '2026-11-18', kopecks: 500_000 }], rules, '2026-11-25')).toEqual({
      status: 'kept',
      paidKopecks: 500_000,
    });
  });
  it('kept within the tolerance and within the grace days, from several payments', () => {
    const v = judgePromise(
      promise,
      [
        { date: '2026-11-15', kopecks: 200_000 },
        { date: '2026-11-23', kopecks: 295_000 },
      ],
      rules,
      '2026-11-25',
    );
    expect(v.status).toBe('kept');
  });
  it('broken when short beyond the tolerance once the grace days passed; payments before the promise do not count', () => {
    const v = judgePromise(
      promise,
      [
        { date: '2026-11-09', kopecks: 500_000 },
        { date: '2026-11-19', kopecks: 480_000 },
      ],
      rules,
      '2026-11-24',
    );
    expect(v).toEqual({ status: 'broken', paidKopecks: 480_000 });
  });
  it('still open before the deadline; a payment after the grace days does not save it', () => {
    expect(judgePromise(promise, [], rules, '2026-11-23').status).toBe('open');
    expect(judgePromise(promise, [{ date: '2026-11-24', kopecks: 500_000 }], rules, '2026-11-30').status).toBe(
      'broken',
    );
  });
});
