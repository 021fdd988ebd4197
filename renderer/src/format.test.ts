import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDuration,
  formatPeriod,
  formatPeriodShort,
  formatRub,
  parseRublesToKopecks,
  plural,
} from './format';

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
    expect(parseRublesToKopecks('10 000')).toBe(1_000_000);
    expect(parseRublesToKopecks('1234,5')).toBe(123_450);
    expect(parseRublesToKopecks('99.90 ₽')).toBe(9_990);
    expect(parseRublesToKopecks('')).toBeNull();
    expect(parseRublesToKopecks('десять')).toBeNaN();
    expect(parseRublesToKopecks('1,234')).toBeNaN();
  });
});
