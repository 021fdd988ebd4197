/**
 * The one date and month schema of the API and the CLI: the shape, and the calendar (leap years, month lengths,
 * months 01–12), with Russian messages naming the field.
 */
import { describe, expect, it } from 'vitest';
import { checkCalendarValue, isoDateSchema, IsoDateSchema, periodSchema, PeriodSchema } from './calendar-schemas';

const message = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues[0]?.message;

describe('isoDateSchema', () => {
  it.each(['2028-02-29', '2024-02-29', '2027-02-28', '2026-12-31', '2027-04-30', '2000-02-29'])('accepts %s', (d) => {
    expect(IsoDateSchema.safeParse(d)).toEqual({ success: true, data: d });
  });

  it.each([
    ['2027-02-31', '31.02.2027'],
    ['2027-02-29', '29.02.2027'],
    ['2100-02-29', '29.02.2100'],
    ['2026-13-01', '01.13.2026'],
    ['2026-00-10', '10.00.2026'],
    ['2026-04-31', '31.04.2026'],
    ['2026-11-00', '00.11.2026'],
  ])('refuses %s: not in the calendar', (d, ru) => {
    const r = isoDateSchema('Дата обещания').safeParse(d);
    expect(r.success).toBe(false);
    expect(message(r)).toBe(`Дата обещания: такой даты нет в календаре — ${ru}.`);
  });

  it.each(['31.02.2027', '2027-2-3', '2027-02-03T00:00', '', ' 2027-02-03'])('refuses «%s»: not YYYY-MM-DD', (d) => {
    const r = IsoDateSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(message(r)).toBe(`Дата — в виде ГГГГ-ММ-ДД, например 2026-11-25 (получено «${d}»).`);
  });

  it('refuses a number or nothing', () => {
    expect(message(isoDateSchema('Дата решения').safeParse(20270203))).toBe('Дата решения: укажите дату.');
    expect(message(isoDateSchema('Дата решения').safeParse(undefined))).toBe('Дата решения: укажите дату.');
  });
});

describe('periodSchema', () => {
  it.each(['2026-01', '2026-09', '2026-12'])('accepts %s', (p) => {
    expect(PeriodSchema.safeParse(p)).toEqual({ success: true, data: p });
  });

  it('refuses month 13 and month 00', () => {
    expect(message(periodSchema('Расчётный месяц').safeParse('2026-13'))).toBe(
      'Расчётный месяц: месяца 13 не бывает — 2026-13.',
    );
    expect(message(PeriodSchema.safeParse('2026-00'))).toBe('Месяц: месяца 00 не бывает — 2026-00.');
  });

  it('refuses other shapes', () => {
    expect(message(PeriodSchema.safeParse('09.2026'))).toBe(
      'Месяц — в виде ГГГГ-ММ, например 2026-09 (получено «09.2026»).',
    );
    expect(message(PeriodSchema.safeParse('2026-9'))).toBe(
      'Месяц — в виде ГГГГ-ММ, например 2026-09 (получено «2026-9»).',
    );
  });
});

describe('checkCalendarValue (command-line options)', () => {
  it('returns the value or the message naming the option', () => {
    expect(checkCalendarValue(isoDateSchema('--as-of'), '2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(checkCalendarValue(isoDateSchema('--as-of'), '2027-02-31')).toEqual({
      ok: false,
      message: '--as-of: такой даты нет в календаре — 31.02.2027.',
    });
    expect(checkCalendarValue(periodSchema('--period'), '2026-13')).toEqual({
      ok: false,
      message: '--period: месяца 13 не бывает — 2026-13.',
    });
  });
});
