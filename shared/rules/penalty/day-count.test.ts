/**
 * @file Day arithmetic: inclusive counts across month ends and leap years, billing months.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOfPeriod, daysInclusive, fromDayNumber, isPeriod, nextPeriod } from './day-count';

describe('day count', () => {
  it('round-trips dates through day numbers', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2015-12-31', '2016-01-01', '2024-02-29', '2026-03-15', '2099-12-31'])
      expect(fromDayNumber(dayNumber(d))).toBe(d);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('does not depend on the local zone (TZ is Europe/Moscow in tests)', () => {
    expect(dayNumber('2024-03-31') - dayNumber('2024-03-30')).toBe(1);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'], // leap
    ['2023-02-28', 1, '2023-03-01'], // not leap
    ['2100-02-28', 1, '2100-03-01'], // century, not leap
    ['2015-12-31', 1, '2016-01-01'],
    ['2024-02-10', 30, '2024-03-11'], // day 30 of delay after a 10 Feb due date in 2024
    ['2025-02-10', 30, '2025-03-12'], // and in 2025
  ])('%s + %i = %s', (d, n, expected) => expect(addDays(d, n)).toBe(expected));

  it('counts inclusively', () => {
    expect(daysInclusive('2019-06-11', '2019-07-10')).toBe(30);
    expect(daysInclusive('2020-04-06', '2020-12-31')).toBe(270);
    expect(daysInclusive('2022-10-02', '2024-04-18')).toBe(565);
    expect(daysInclusive('2024-01-02', '2024-01-01')).toBe(0);
  });

  it('refuses a non-date', () => expect(() => dayNumber('2023-02-29')).toThrow(RangeError));

  it('handles billing months', () => {
    expect([isPeriod('2026-02'), isPeriod('2026-13'), isPeriod('2026-2'), isPeriod('2026-02-01')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([nextPeriod('2025-12'), nextPeriod('2026-02'), nextPeriod('2026-09')]).toEqual([
      '2026-01',
      '2026-03',
      '2026-10',
    ]);
    expect([
      dayOfPeriod('2024-04', 31),
      dayOfPeriod('2024-02', 30),
      dayOfPeriod('2023-02', 30),
      dayOfPeriod('2026-03', 15),
    ]).toEqual(['2024-04-30', '2024-02-29', '2023-02-28', '2026-03-15']);
  });
});
