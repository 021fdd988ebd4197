/**
 * @file The first working day on or after a date, against the production calendar shipped with the application
 * (2027: ПП РФ от 17.09.2026 № 1187; dates read off data/production-calendar.csv by hand).
 */
import { describe, expect, it } from 'vitest';
import { PRODUCTION_CALENDAR } from './production-calendar-data';
import { firstWorkingDayFrom } from './working-day';

describe('first working day on or after a date', () => {
  it('keeps a working day', () => {
    expect(firstWorkingDayFrom('2026-11-26', PRODUCTION_CALENDAR)).toEqual({
      requested: '2026-11-26',
      date: '2026-11-26',
      moved: false,
      skipped: [],
      covered: true,
    });
  });

  it('moves a Sunday to Monday', () => {
    // 29.11.2026 is a Sunday; 30.11.2026 a Monday.
    const shift = firstWorkingDayFrom('2026-11-29', PRODUCTION_CALENDAR);
    expect(shift.date).toBe('2026-11-30');
    expect(shift.skipped).toEqual([{ date: '2026-11-29', kind: 'weekend' }]);
  });

  it('moves 03.01.2027 past the New Year holidays (1–8 January) and the weekend of 9–10 January to Monday 11.01.2027', () => {
    const shift = firstWorkingDayFrom('2027-01-03', PRODUCTION_CALENDAR);
    expect(shift.date).toBe('2027-01-11');
    expect(shift.moved).toBe(true);
    expect(shift.skipped.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2027-01-03 holiday',
      '2027-01-04 holiday',
      '2027-01-05 holiday',
      '2027-01-06 holiday',
      '2027-01-07 holiday',
      '2027-01-08 holiday',
      '2027-01-09 weekend',
      '2027-01-10 weekend',
    ]);
  });

  it('treats a transferred working Saturday as working (20.02.2027) and the transferred day off as off (22.02.2027)', () => {
    expect(firstWorkingDayFrom('2027-02-20', PRODUCTION_CALENDAR).date).toBe('2027-02-20');
    // 21.02 Sunday, 22.02 transferred day off, 23.02 Defender of the Fatherland Day → Wednesday 24.02.2027.
    expect(firstWorkingDayFrom('2027-02-21', PRODUCTION_CALENDAR).date).toBe('2027-02-24');
  });

  it('says when the year is outside the calendar data', () => {
    // 02.01.2028 is a Sunday; 2028 is not in the data, so only the weekend is known.
    const shift = firstWorkingDayFrom('2028-01-02', PRODUCTION_CALENDAR);
    expect(shift).toMatchObject({ date: '2028-01-03', covered: false });
  });
});
