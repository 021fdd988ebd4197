import { describe, expect, it } from 'vitest';
import { TerritorySchema } from './directory-schemas';

const messages = (input: unknown) => {
  const r = TerritorySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('a territory range as the court and department APIs take it', () => {
  it('takes a street with a house range and a parity, and an open range', () => {
    expect(messages({ street: 'ул. Ленина', houseFrom: 1, houseTo: 35, parity: 'odd' })).toEqual([]);
    expect(messages({ street: 'ул. Ленина', houseFrom: 12, houseTo: 12, parity: 'all' })).toEqual([]);
    expect(messages({ street: 'ул. Ленина', houseFrom: null, houseTo: null, parity: 'even' })).toEqual([]);
  });

  it('refuses «с» above «по», a fractional house, an unknown parity and a missing street, in Russian', () => {
    expect(messages({ street: 'ул. Ленина', houseFrom: 36, houseTo: 35, parity: 'all' })).toEqual([
      'Дома «с» больше, чем «по»: поменяйте границы местами.',
    ]);
    expect(messages({ street: 'ул. Ленина', houseFrom: 1.5, houseTo: null, parity: 'all' })).toEqual([
      'Номер дома — целое число.',
    ]);
    expect(messages({ street: 'ул. Ленина', houseFrom: null, houseTo: null, parity: 'left' })).toEqual([
      'Чётность: все, нечётные или чётные.',
    ]);
    expect(messages({ street: 'у', houseFrom: null, houseTo: null, parity: 'all' })).toEqual([
      'Улица: укажите улицу, например «ул. Ленина».',
    ]);
  });
});
