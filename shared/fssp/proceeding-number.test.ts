import { describe, expect, it } from 'vitest';
import { parseProceedingNumber, proceedingNumbersIn } from './proceeding-number';

const good = (text: string) => {
  const r = parseProceedingNumber(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const bad = (text: string) => {
  const r = parseProceedingNumber(text);
  if (r.ok) throw new Error(`принят: ${text}`);
  return r.message;
};

describe('the proceedings number NNNNN/YY/NNNNN-ИП', () => {
  it('reads the stored form and its parts', () => {
    expect(good('12345/24/50001-ИП')).toEqual({
      number: '12345/24/50001-ИП',
      serial: '12345',
      year: '24',
      departmentCode: '50001',
    });
  });

  it('accepts spaces, a dash, lower case, Latin IP, a missing suffix and «№», keeping leading zeros', () => {
    expect(good(' 12345 / 24 / 50001 - ИП ').number).toBe('12345/24/50001-ИП');
    expect(good('12345/24/50001–ип').number).toBe('12345/24/50001-ИП');
    expect(good('12345/24/50001-IP').number).toBe('12345/24/50001-ИП');
    expect(good('12345/24/50001ip').number).toBe('12345/24/50001-ИП');
    expect(good('12345/24/50001').number).toBe('12345/24/50001-ИП');
    expect(good('№ 7/26/50049-ИП').number).toBe('7/26/50049-ИП');
    expect(good('1234567/25/50049-ИП').serial).toBe('1234567');
    expect(good('00012/24/50001-ИП').number).toBe('00012/24/50001-ИП');
  });

  it('refuses wrong shapes with the expected form in Russian', () => {
    expect(bad('')).toMatch(/не указан/);
    expect(bad('12345-24-50001-ИП')).toMatch(/трёх частей/);
    expect(bad('12345678/24/50001-ИП')).toMatch(/1–7 цифр/);
    expect(bad('12345/2024/50001-ИП')).toMatch(/две.*цифр|двух цифр/);
    expect(bad('12345/24/5001-ИП')).toMatch(/5 цифр/);
    expect(bad('12345/24/50001-СД')).toMatch(/сводного/);
    for (const text of ['abc', '12345/24/50001-ИПП', '12345/24/50001-ХХ']) {
      expect(bad(text)).toContain('NNNNN/ГГ/NNNNN-ИП, например 12345/24/50001-ИП');
    }
  });
});

describe('proceedings numbers named in a payment', () => {
  it('finds them in a purpose, in the stored form', () => {
    expect(proceedingNumbersIn('Перечисление средств по ИП 4521/26/50049-ИП от 01.02.2026, УФССП по МО')).toEqual([
      '4521/26/50049-ИП',
    ]);
    expect(proceedingNumbersIn('ип № 4521 / 26 / 50049 - ип')).toEqual(['4521/26/50049-ИП']);
    expect(proceedingNumbersIn('Сбербанк, платёж 12/2026')).toEqual([]);
    expect(proceedingNumbersIn(null)).toEqual([]);
  });
});
