/**
 * ФЗ-230 ст.7 limits and hours as a pure rule: counting windows across day/week/month boundaries, the hours of
 * working days vs weekends and public holidays by the production calendar (incl. transferred days), blocks.
 */
import { describe, expect, it } from 'vitest';
import { checkContact, countContacts } from '../../shared/rules/contact/contact-limits';
import { DEFAULT_RULE_BOOK } from '../../shared/rules/eligibility/default-rule-book';
import { PRODUCTION_CALENDAR } from '../../shared/calendar/production-calendar-data';
import { dayInfo } from '../../shared/calendar/day-kind';
import { localMoment } from '../../shared/rules/contact/local-time';

const limits = DEFAULT_RULE_BOOK.contactLimits;
const check = (
  channel: 'call' | 'sms',
  localDate: string,
  localMinute: number,
  contactDates: string[],
  blocked: string[] = [],
) =>
  checkContact({
    channel,
    localDate,
    localMinute,
    contactDates,
    blockedCategories: blocked,
    limits,
    calendar: PRODUCTION_CALENDAR,
  });

describe('contact counting windows', () => {
  it('counts today, the 7 days ending today and the month ending today', () => {
    const c = countContacts(['2026-11-27', '2026-11-21', '2026-11-20', '2026-10-28', '2026-10-27'], '2026-11-27');
    expect(c).toEqual({ day: 1, week: 2, month: 4 });
  });
  it('a contact in the future (clock skew) is not counted', () => {
    expect(countContacts(['2026-11-28'], '2026-11-27')).toEqual({ day: 0, week: 0, month: 0 });
  });
});

describe('calls: 1 a day, 2 a week, 8 a month', () => {
  it('allows the first call of a working day at 10:00', () => {
    expect(check('call', '2026-11-25', 600, []).allowed).toBe(true);
  });
  it('refuses a second call the same day', () => {
    const r = check('call', '2026-11-25', 600, ['2026-11-25']);
    expect(r.allowed).toBe(false);
    expect(r.violations.map((v) => v.code)).toEqual(['per_day']);
  });
  it('refuses a third call within 7 days, across a week boundary (Sunday → Wednesday)', () => {
    expect(check('call', '2026-11-25', 600, ['2026-11-22', '2026-11-19']).violations.map((v) => v.code)).toEqual([
      'per_week',
    ]);
    // Eight days back falls out of the week window.
    expect(check('call', '2026-11-25', 600, ['2026-11-24', '2026-11-17']).allowed).toBe(true);
  });
  it('refuses a ninth call within a month, across a month boundary', () => {
    const eight = [
      '2026-11-03',
      '2026-11-04',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-10-28',
      '2026-10-21',
      '2026-10-14',
    ];
    // Month ending 2026-11-13: from 2026-10-14 on, all eight count.
    expect(check('call', '2026-11-13', 600, eight).violations.map((v) => v.code)).toContain('per_month');
    // Two weeks later 14 and 21 October have left the month window (from 28 October): six remain.
    expect(check('call', '2026-11-27', 600, eight).allowed).toBe(true);
  });
});

describe('messages: 2 a day, 4 a week, 16 a month', () => {
  it('allows a second message the same day, not a third', () => {
    expect(check('sms', '2026-11-25', 600, ['2026-11-25']).allowed).toBe(true);
    expect(check('sms', '2026-11-25', 600, ['2026-11-25', '2026-11-25']).violations[0]?.code).toBe('per_day');
  });
  it('refuses a fifth message within 7 days', () => {
    expect(
      check('sms', '2026-11-25', 600, ['2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24']).violations[0]?.code,
    ).toBe('per_week');
  });
});

describe('hours by the production calendar', () => {
  it('working day: 08:00–21:59 allowed, 07:59 and 22:00 refused', () => {
    expect(check('call', '2026-11-25', 8 * 60, []).allowed).toBe(true);
    expect(check('call', '2026-11-25', 22 * 60 - 1, []).allowed).toBe(true);
    expect(check('call', '2026-11-25', 8 * 60 - 1, []).violations[0]?.code).toBe('hours');
    expect(check('call', '2026-11-25', 22 * 60, []).violations[0]?.code).toBe('hours');
  });
  it('Saturday: only 09:00–19:59', () => {
    expect(dayInfo('2026-11-28', PRODUCTION_CALENDAR).kind).toBe('weekend');
    expect(check('call', '2026-11-28', 8 * 60 + 30, []).violations[0]?.code).toBe('hours');
    expect(check('call', '2026-11-28', 9 * 60, []).allowed).toBe(true);
    expect(check('call', '2026-11-28', 20 * 60, []).violations[0]?.code).toBe('hours');
  });
  it('a public holiday on a weekday (4 November 2026, Wednesday) has weekend hours', () => {
    expect(dayInfo('2026-11-04', PRODUCTION_CALENDAR).kind).toBe('holiday');
    expect(check('call', '2026-11-04', 8 * 60 + 30, []).violations[0]?.text).toContain('праздничный');
    expect(check('call', '2026-11-03', 8 * 60 + 30, []).allowed).toBe(true);
  });
  it('new-year holidays and a transferred day off follow the calendar data', () => {
    expect(dayInfo('2027-01-05', PRODUCTION_CALENDAR).kind).toBe('holiday');
    expect(dayInfo('2015-01-09', PRODUCTION_CALENDAR).kind).toBe('holiday');
    expect(dayInfo('2015-01-12', PRODUCTION_CALENDAR).kind).toBe('working');
    expect(dayInfo('2030-06-12', PRODUCTION_CALENDAR).covered).toBe(false);
  });
  it('a Saturday made a working day by a transfer has working-day hours', () => {
    const saturday = PRODUCTION_CALENDAR.workingWeekends[0] as string;
    expect(dayInfo(saturday, PRODUCTION_CALENDAR).kind).toBe('working');
    expect(check('call', saturday, 8 * 60 + 30, []).allowed).toBe(true);
  });
  it('local time is Moscow: 05:30 UTC is 08:30 in Krasnogorsk', () => {
    expect(localMoment(Date.parse('2026-11-25T05:30:00Z'))).toEqual({ date: '2026-11-25', minute: 8 * 60 + 30 });
    expect(localMoment(Date.parse('2026-11-25T21:30:00Z'))).toEqual({ date: '2026-11-26', minute: 30 });
  });
});

describe('blocked categories', () => {
  it('refuses any contact with a person declared bankrupt', () => {
    const r = check('call', '2026-11-25', 600, [], ['bankrupt']);
    expect(r.allowed).toBe(false);
    expect(r.violations[0]?.text).toContain('банкрот');
  });
});
