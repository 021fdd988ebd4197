import { describe, expect, it } from 'vitest';
import { addMonths, parsePeriod, previousPeriod } from './billing-period';

describe('billing periods', () => {
  it.each([
    ['2026-11', '2026-10'],
    ['2026-01', '2025-12'], // the year turns back
    ['2000-03', '2000-02'],
  ])('previousPeriod(%s) = %s', (period, expected) => expect(previousPeriod(period)).toBe(expected));

  it.each([
    ['2026-11', 2, '2027-01'],
    ['2026-01', -13, '2024-12'],
    ['2026-06', 0, '2026-06'],
    ['2026-12', 12, '2027-12'],
  ])('addMonths(%s, %i) = %s', (period, delta, expected) => expect(addMonths(period, delta)).toBe(expected));

  it('refuses what is not a month', () => {
    expect(() => parsePeriod('2026-13')).toThrow(/YYYY-MM/);
    expect(() => previousPeriod('2026-1')).toThrow(/YYYY-MM/);
    expect(parsePeriod('2026-09')).toEqual({ year: 2026, month: 9 });
  });
});
