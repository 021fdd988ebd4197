import { expect, it } from 'vitest';
import { PLAN_MEASURES } from './plan-measures';

it('lists the plan’s 13 measures in order', () => {
  expect(PLAN_MEASURES.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  for (const m of PLAN_MEASURES) expect(m.title.length).toBeGreaterThan(3);
});
