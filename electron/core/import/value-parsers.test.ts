/**
 * @file Table-driven tests of the value parsers (money, date, period, integer, decimal, share, boolean, enum, text).
 */
import { describe, expect, it } from 'vitest';
import { ValueError } from './errors';
import { parseBoolean } from './parse-boolean';
import { parseDate } from './parse-date';
import { parseDecimal } from '../../../shared/numbers/parse-decimal';
import { makeEnumParser } from './parse-enum';
import { parseInteger } from '../../../shared/numbers/parse-integer';
import { parseMoney } from '../../../shared/numbers/parse-money';
import { parsePeriod } from './parse-period';
import { parseShare } from './parse-share';
import { parseText } from './parse-text';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('parseMoney', () => {
  it.each<[string | number, number]>([
    ['1 234,56', 123456],
    ['1234.5', 123450],
    ['-120,00', -12000],
    ['0', 0],
    ['-0,00', 0],
    ['+5', 500],
    ['−7,1', -710],
    ['1\u00a0234\u00a0567,89', 123456789],
    ['1\u202f000', 100000],
    ['  42,05  ', 4205],
    ['007,5', 750],
    [1234.5, 123450],
    [1234.56, 123456],
    [0.1 + 0.2, 30],
    [1234.56 + 2e-13, 123456],
    [1.1 * 3, 330],
    [-0.01, -1],
    [19.99, 1999],
    [1.1, 110],
  ])('%j → %i kopecks', (raw, kopecks) => {
    expect(parseMoney(raw)).toBe(kopecks);
  });

  it.each<[string | number, RegExp]>([
    ['12,3а', /не сумма в рублях/],
    ['12,345', /больше двух знаков/],
    ['1,234.56', /не сумма/],
    ['1.234,56', /не сумма/],
    ['', /не сумма/],
    ['-', /не сумма/],
    ['12,', /не сумма/],
    [',5', /не сумма/],
    ['1 23', /не сумма/],
    ['12  345', /не сумма/],
    ['1234 567', /не сумма/],
    ['руб', /не сумма/],
    ['1e5', /не сумма/],
    ['99999999999999999', /слишком большая/],
    [12.345, /больше двух знаков/],
    [Number.NaN, /не сумма/],
    [1e20, /слишком большая/],
  ])('%j is refused', (raw, message) => {
    const r = parseMoney(raw);
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toMatch(message);
  });
});

describe('parseDate', () => {
  it.each<[string | number | Date, string]>([
    ['15.03.2024', '2024-03-15'],
    ['1.2.2024', '2024-02-01'],
    ['29.02.2024', '2024-02-29'],
    ['2024-03-15', '2024-03-15'],
    ['2024-03-15T00:00:00', '2024-03-15'],
    ['15.03.2024 0:00:00', '2024-03-15'],
    [' 31.12.1999 ', '1999-12-31'],
    [utc(2024, 3, 15), '2024-03-15'],
    [45366, '2024-03-15'],
    [45366.75, '2024-03-15'],
  ])('%j → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each<[string | number | Date, RegExp]>([
    ['31.02.2024', /нет в календаре/],
    ['29.02.2023', /нет в календаре/],
    ['00.01.2024', /нет в календаре/],
    ['15.13.2024', /нет в календаре/],
    ['2024-02-30', /нет в календаре/],
    ['15.03.24', /не дата/],
    ['15/03/2024', /не дата/],
    ['вчера', /не дата/],
    ['15.03.1812', /вне допустимого диапазона/],
    [10, /не дата/],
    [new Date(Number.NaN), /не дата/],
  ])('%j is refused', (raw, message) => {
    const r = parseDate(raw);
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toMatch(message);
  });
});

describe('parsePeriod', () => {
  it.each<[string | number | Date, string]>([
    ['03.2024', '2024-03'],
    ['3.2024', '2024-03'],
    ['2024-03', '2024-03'],
    ['01.03.2024', '2024-03'],
    ['1.3.2024', '2024-03'],
    ['2024-03-01', '2024-03'],
    ['март 2024', '2024-03'],
    ['Декабрь 2023 г.', '2023-12'],
    [utc(2024, 3, 1), '2024-03'],
    [utc(2024, 3, 31), '2024-03'],
    [45352, '2024-03'],
  ])('%j → %s', (raw, period) => {
    expect(parsePeriod(raw)).toBe(period);
  });

  it.each<[string, RegExp]>([
    ['13.2024', /от 01 до 12/],
    ['00.2024', /от 01 до 12/],
    ['15.03.2024', /не конкретным днём/],
    ['2024-03-15', /не конкретным днём/],
    ['03.1980', /вне допустимого диапазона/],
    ['март', /не расчётный период/],
    ['мартобря 2024', /не расчётный период/],
    ['2024', /не расчётный период/],
  ])('%j is refused', (raw, message) => {
    const r = parsePeriod(raw);
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toMatch(message);
  });
});

describe('parseInteger', () => {
  it.each<[string | number, number]>([
    ['12', 12],
    [' 7 ', 7],
    ['-3', -3],
    ['+4', 4],
    ['-0', 0],
    [15, 15],
  ])('%j → %i', (raw, n) => {
    expect(parseInteger(raw)).toBe(n);
  });

  it.each<string | number>(['5,0', '1 000', 'пять', '', '1e3', 2.5, '9999999999999999'])('%j is refused', (raw) => {
    expect(parseInteger(raw)).toBeInstanceOf(ValueError);
  });
});

describe('parseDecimal', () => {
  it.each<[string | number, string]>([
    ['54,3', '54.3'],
    ['54.30', '54.3'],
    ['0054', '54'],
    ['1 054,25', '1054.25'],
    ['0,5', '0.5'],
    ['12,0000', '12'],
    [54.3, '54.3'],
    [60, '60'],
  ])('%j → %s', (raw, text) => {
    expect(parseDecimal(raw)).toBe(text);
  });

  it.each<[string | number, RegExp]>([
    ['-5', /отрицательным/],
    ['54,3м', /не число/],
    ['1,2,3', /не число/],
    ['12,34567', /не более 4/],
    [1e-7, /не число/],
  ])('%j is refused', (raw, message) => {
    const r = parseDecimal(raw);
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toMatch(message);
  });
});

describe('parseShare', () => {
  it.each<[string | number, { num: number; den: number }]>([
    ['1/2', { num: 1, den: 2 }],
    ['2/4', { num: 1, den: 2 }],
    [' 1 / 3 ', { num: 1, den: 3 }],
    ['0,5', { num: 1, den: 2 }],
    ['0.25', { num: 1, den: 4 }],
    ['0,333', { num: 333, den: 1000 }],
    ['1', { num: 1, den: 1 }],
    ['3/3', { num: 1, den: 1 }],
    [0.5, { num: 1, den: 2 }],
    [1, { num: 1, den: 1 }],
  ])('%j → %j', (raw, share) => {
    expect(parseShare(raw)).toEqual(share);
  });

  it.each<[string | number | Date, RegExp]>([
    ['0', /больше 0/],
    ['3/2', /больше 0 и не больше 1/],
    ['1,5', /не больше 1/],
    ['1/0', /больше 0/],
    ['половина', /не доля/],
    ['-1/2', /не доля/],
    [utc(2024, 2, 1), /Excel превратил долю в дату/],
  ])('%j is refused', (raw, message) => {
    const r = parseShare(raw);
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toMatch(message);
  });
});

describe('parseBoolean', () => {
  it.each<[string | number | boolean, boolean]>([
    ['да', true],
    ['Да', true],
    ['НЕТ', false],
    ['1', true],
    ['0', false],
    ['+', true],
    ['-', false],
    ['ИСТИНА', true],
    ['ложь', false],
    [true, true],
    [0, false],
  ])('%j → %s', (raw, value) => {
    expect(parseBoolean(raw)).toBe(value);
  });

  it.each<string | number>(['может быть', '2', 2, 'ok'])('%j is refused', (raw) => {
    expect(parseBoolean(raw)).toBeInstanceOf(ValueError);
  });
});

describe('makeEnumParser', () => {
  const parseRole = makeEnumParser(['собственник', 'наниматель', 'член семьи', 'зарегистрированный']);
  it.each<[string, string]>([
    ['Собственник', 'собственник'],
    ['ЧЛЕН  СЕМЬИ', 'член семьи'],
    ['член-семьи', 'член семьи'],
    [' наниматель ', 'наниматель'],
  ])('%j → %s', (raw, value) => {
    expect(parseRole(raw)).toBe(value);
  });

  it('refuses an unknown value and lists the allowed ones', () => {
    const r = parseRole('арендатор');
    expect(r).toBeInstanceOf(ValueError);
    expect((r as ValueError).message).toBe(
      'недопустимое значение (ожидается «собственник», «наниматель», «член семьи» или «зарегистрированный»)',
    );
  });

  it('compares ё and е alike and returns the layout spelling', () => {
    expect(makeEnumParser(['счёт'])('СЧЕТ')).toBe('счёт');
  });
});

describe('parseText', () => {
  it.each<[string | number | Date, string]>([
    ['  ул. Ленина, 1 ', 'ул. Ленина, 1'],
    [100234, '100234'],
    [7701234567, '7701234567'],
    [utc(2010, 5, 4), '04.05.2010'],
  ])('%j → %s', (raw, text) => {
    expect(parseText(raw)).toBe(text);
  });

  it.each<string | boolean>(['abc\u0000def', 'Ð\ufffd', true])('%j is refused', (raw) => {
    expect(parseText(raw)).toBeInstanceOf(ValueError);
  });
});
