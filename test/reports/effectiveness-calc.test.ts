/**
 * @file The arithmetic of the effectiveness report without a database: the 10 % boundary in kopecks, the window
 * edges, and the comparison weighed by the kind's brackets — by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  GroupAccumulator,
  compareKind,
  epochDay,
  paidWithin,
  paysEnough,
} from '../../shared/reports/effectiveness-calc';
import type { EffectGroupFigures } from '../../shared/reports/effectiveness-types';
import type { BracketCode } from '../../shared/registry/brackets';

describe('effectiveness arithmetic', () => {
  it('10 % of the base, in whole kopecks', () => {
    // 10 % of 1 001 kopecks is 100,1: 100 is short, 101 is enough.
    expect(paysEnough(100, 1001)).toBe(false);
    expect(paysEnough(101, 1001)).toBe(true);
    expect(paysEnough(200_000, 2_000_000)).toBe(true);
    expect(paysEnough(199_999, 2_000_000)).toBe(false);
  });

  it('the window is (day, day + N]', () => {
    const d = epochDay('2026-10-01');
    const series = { days: [d, d + 7, d + 8], amounts: [5, 10, 20] };
    expect(paidWithin(series, d, 7)).toBe(10);
    expect(paidWithin(series, d, 8)).toBe(30);
    expect(paidWithin(undefined, d, 8)).toBe(0);
    expect(epochDay('2026-10-08') - d).toBe(7);
  });

  it('weighs the comparison group by the kind’s brackets', () => {
    const today = epochDay('2027-01-01');
    const day = epochDay('2026-09-01');
    const group = (paid: number, total: number): EffectGroupFigures => {
      const g = new GroupAccumulator();
      for (let i = 0; i < total; i++)
        g.add(1000, day, i < paid ? { days: [day + 1], amounts: [100] } : undefined, today);
      return g.figures();
    };
    // The kind: 3 accounts in over_100k (all paid), 1 in from_5k (not paid) → 3/4 = 75 %.
    const kindBig = group(3, 3);
    const kindSmall = group(0, 1);
    const all = new GroupAccumulator();
    for (let i = 0; i < 3; i++) all.add(1000, day, { days: [day + 1], amounts: [100] }, today);
    all.add(1000, day, undefined, today);
    // Comparison: over_100k 10 % (1 of 10), from_5k 50 % (5 of 10). Weighted: (3 × 10 + 1 × 50) / 4 = 20 %.
    const byKind = new Map<BracketCode, EffectGroupFigures>([
      ['over_100k', kindBig],
      ['from_5k', kindSmall],
    ]);
    const cmp = new Map<BracketCode, EffectGroupFigures>([
      ['over_100k', group(1, 10)],
      ['from_5k', group(5, 10)],
    ]);
    const compared = compareKind(all.figures(), byKind, cmp);
    expect(compared.windows[0]?.sharePercent).toBe(75);
    expect(compared.comparisonSharePercent).toEqual([20, 20, 20]);
    expect(compared.diffPp).toEqual([55, 55, 55]);
  });
});
