import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDuration, formatPeriod, formatPeriodShort, formatRub, parseRuDate, plural, setCoreClock, todayIsoDate } from './format';
import { kopecksOfText } from '../../shared/numbers/field-value';

/** Intl groups thousands with a no-break space; compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  it('formats rubles from kopecks', () => {
    expect(plain(formatRub(9876543210))).toBe('98 765 432,10 ₽');
    expect(plain(formatRub(0))).toBe('0,00 ₽');
  });

  it('formats billing periods and dates without time-zone shifts', () => {
    expect(formatPeriod('2026-03')).toBe('март 2026');
    expect(formatPeriod('2025-12')).toBe('декабрь 2025');
    expect(formatPeriodShort('2026-03')).toBe('03.2026');
    expect(formatDate('2026-02-05')).toBe('05.02.2026');
    expect(formatDate(null)).toBe('—');
    expect(formatPeriod('что-то')).toBe('что-то');
  });

  it('formats durations and sizes', () => {
    expect(formatDuration(8_400)).toBe('8 с');
    expect(formatDuration(125_000)).toBe('2 мин 05 с');
    expect(formatBytes(512)).toBe('512 Б');
    expect(formatBytes(3 * 1024 * 1024 + 200_000)).toBe('3,2 МБ');
  });

  it('chooses the Russian plural form', () => {
    const forms = ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'] as const;
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111, 12345].map((n) => plural(n, forms))).toEqual([
      'лицевой счёт',
      'лицевых счёта',
      'лицевых счетов',
      'лицевых счетов',
      'лицевых счетов',
      'лицевой счёт',
      'лицевых счёта',
      'лицевых счетов',
      'лицевых счетов',
      'лицевых счетов',
    ]);
  });

  it('reads rubles typed by a clerk as kopecks', () => {
    expect(kopecksOfText('10 000')).toBe(1_000_000);
    expect(kopecksOfText('1234,5')).toBe(123_450);
    expect(kopecksOfText('99.90 ₽')).toBe(9_990);
    expect(kopecksOfText('')).toBeNull();
    expect(kopecksOfText('десять')).toBeNaN();
    expect(kopecksOfText('1,234')).toBeNaN();
  });

  it('reads a promise of 15 000,50 ₽ typed either way as exactly 1 500 050 kopecks and shows it back unrounded', () => {
    for (const typed of ['15 000,50', '15000,50', '15000.5', '15\u00a0000,5', '15 000,50 ₽']) {
      expect(kopecksOfText(typed)).toBe(1_500_050);
    }
    expect(plain(formatRub(1_500_050))).toBe('15 000,50 ₽');
    expect(kopecksOfText('0,29')).toBe(29);
    expect(kopecksOfText('1.005')).toBeNaN();
  });

  it('reads a typed date ДД.ММ.ГГГГ and refuses a day the calendar does not have', () => {
    expect(parseRuDate('29.02.2028')).toEqual({ date: '2028-02-29' });
    expect(parseRuDate(' 5.1.2027 ')).toEqual({ date: '2027-01-05' });
    expect(parseRuDate('31.02.2027')).toEqual({ error: 'такой даты нет в календаре — 31.02.2027' });
    expect(parseRuDate('29.02.2027')).toEqual({ error: 'такой даты нет в календаре — 29.02.2027' });
    expect(parseRuDate('01.13.2026')).toEqual({ error: 'такой даты нет в календаре — 01.13.2026' });
    expect(parseRuDate('2027-02-28')).toEqual({ error: 'в виде ДД.ММ.ГГГГ, например 15.12.2026' });
  });
});

describe('today of the office', () => {
  it('is the core’s date, not this computer’s, once the core said its time', () => {
    // 09:00 in Moscow on 06.12.2026 (06:00 UTC): the same calendar day from UTC−6 to UTC+14, whatever this computer's date.
    setCoreClock(Date.parse('2026-12-06T09:00:00+03:00'));
    expect(todayIsoDate()).toBe('2026-12-06');
  });
});
