import { describe, expect, it } from 'vitest';
import { countText, plural } from './plural';

const ACCOUNTS = ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'] as const;

describe('plural', () => {
  it('chooses the Russian form as a clerk writes it', () => {
    expect(plural(1, ACCOUNTS)).toBe('лицевой счёт');
    expect(plural(21, ACCOUNTS)).toBe('лицевой счёт');
    expect(plural(2, ACCOUNTS)).toBe('лицевых счёта');
    expect(plural(34, ACCOUNTS)).toBe('лицевых счёта');
    expect(plural(5, ACCOUNTS)).toBe('лицевых счетов');
    expect(plural(11, ACCOUNTS)).toBe('лицевых счетов');
    expect(plural(12, ACCOUNTS)).toBe('лицевых счетов');
    expect(plural(111, ACCOUNTS)).toBe('лицевых счетов');
    expect(plural(0, ACCOUNTS)).toBe('лицевых счетов');
    expect(plural(1.5, ['месяц', 'месяца', 'месяцев'])).toBe('месяца');
  });

  it('writes the count with digit grouping', () => {
    expect(countText(150000, ['сегмент', 'сегмента', 'сегментов'])).toBe('150\u00a0000 сегментов');
    expect(countText(3, ['сегмент', 'сегмента', 'сегментов'])).toBe('3 сегмента');
  });
});
