import { describe, expect, it } from 'vitest';
import { daysInMonth, formatRuDate, isIsoDate, isoDateInZone } from './iso-date';

describe('iso dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-01', false],
  ])('isIsoDate(%s) = %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));

  it('counts days in months, leap years included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
  });

  it('takes the calendar day in Moscow, not in UTC', () => {
    expect(isoDateInZone(Date.UTC(2026, 10, 26, 20, 59))).toBe('2026-11-26');
    expect(isoDateInZone(Date.UTC(2026, 10, 26, 21, 0))).toBe('2026-11-27');
  });

  it('formats for Russian documents', () => expect(formatRuDate('2026-02-05')).toBe('05.02.2026'));
});
