/**
 * The form fields read numbers with the import's parsers and word each refusal with the field's name — never a
 * silent default.
 */
import { describe, expect, it } from 'vitest';
import { moneyInputText, readMoney, readWholeNumber } from './field-value';

const threshold = { name: 'Порог', min: 0, required: true };

describe('readMoney', () => {
  it.each([
    ['5 000', 500_000],
    ['5000', 500_000],
    ['1 234,56', 123_456],
    ['99.9', 9_990],
    ['0,29', 29],
    ['10 000 ₽', 1_000_000],
    ['150 руб.', 15_000],
  ])('«%s» is %i kopecks', (text, kopecks) => {
    expect(readMoney(text, threshold)).toEqual({ value: kopecks });
  });

  it.each([
    ['пять тысяч', 'Порог: не сумма в рублях — например, 5 000.'],
    ['5 тыс', 'Порог: не сумма в рублях — например, 5 000.'],
    ['-1', 'Порог не может быть меньше 0.'],
    ['12,345', 'Порог: копейки — не больше двух цифр после запятой.'],
    ['50 00', 'Порог: не сумма в рублях — например, 5 000.'],
    ['', 'Порог: укажите сумму.'],
    ['1000000000000000', 'Порог: слишком большая сумма.'],
  ])('«%s» is refused: %s', (text, error) => {
    expect(readMoney(text, threshold)).toEqual({ error });
  });

  it('an optional empty field is null, and limits are said in rubles', () => {
    expect(readMoney('  ', { name: 'Сумма' })).toEqual({ value: null });
    expect(readMoney('100', { name: 'Сумма', min: 50_000 })).toEqual({ error: 'Сумма не может быть меньше 500 ₽.' });
    expect(readMoney('100', { name: 'Сумма', max: 1_050 })).toEqual({ error: 'Сумма не может быть больше 10,50 ₽.' });
  });

  it('writes kopecks back as the clerk types them', () => {
    expect(moneyInputText(500_000)).toBe('5\u00a0000');
    expect(moneyInputText(123_450)).toBe('1\u00a0234,50');
    expect(moneyInputText(null)).toBe('');
  });
});

describe('readWholeNumber', () => {
  const limit = { name: 'Лимит', min: 0, max: 1000, required: true };
  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['1 000', 1000],
    ['0', 0],
  ])('«%s» is %i', (text, n) => {
    expect(readWholeNumber(text, limit)).toEqual({ value: n });
  });

  it.each([
    ['пять', 'Лимит: не число — введите цифрами, например, 5.'],
    ['2,5', 'Лимит: нужно целое число, без дробной части.'],
    ['-1', 'Лимит не может быть меньше 0.'],
    ['1001', 'Лимит не может быть больше 1\u00a0000.'],
    ['10 00', 'Лимит: не число — введите цифрами, например, 5.'],
    ['', 'Лимит: укажите число.'],
  ])('«%s» is refused: %s', (text, error) => {
    expect(readWholeNumber(text, limit)).toEqual({ error });
  });
});
