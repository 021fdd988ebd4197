/**
 * The address window's lines: the post's order (addressee; street, house, flat; locality; region; postal code),
 * and no-break spaces where a line must not break («д. 7, кв. 12», «ул. Ленина»).
 */
import { describe, expect, it } from 'vitest';
import { splitPostalAddress } from '../mailing/postal-address';
import { keepAddressTogether, splitAddress, windowAddressLines } from './address-block';

const NB = '\u00a0';

describe('keepAddressTogether', () => {
  it.each([
    ['г. Красногорск, ул. Ленина, д. 7, кв. 12', `г.${NB}Красногорск, ул.${NB}Ленина, д.${NB}7,${NB}кв.${NB}12`],
    [
      'р.п. Нахабино, ул. Чкалова, д. 3, корп. 2, кв. 41',
      `р.п.${NB}Нахабино, ул.${NB}Чкалова, д.${NB}3,${NB}корп.${NB}2,${NB}кв.${NB}41`,
    ],
    ['шоссе Пятницкое,  д. 1,   кв. 12', `шоссе Пятницкое, д.${NB}1,${NB}кв.${NB}12`],
  ])('%s', (address, kept) => {
    expect(keepAddressTogether(address)).toBe(kept);
  });
});

describe('splitAddress', () => {
  it.each([
    ['г. Красногорск, ул. Ленина, д. 7, кв. 12', 'г. Красногорск', 'ул. Ленина, д. 7, кв. 12'],
    ['р.п. Нахабино, ул. Чкалова, д. 3, кв. 5', 'р.п. Нахабино', 'ул. Чкалова, д. 3, кв. 5'],
    // A village «д. Путилково» is a locality; a house «д. 2» is not.
    ['д. Путилково, ул. Новая, д. 2, кв. 9', 'д. Путилково', 'ул. Новая, д. 2, кв. 9'],
    ['Московская обл., г. Красногорск, ул. Ленина, д. 7', 'Московская обл., г. Красногорск', 'ул. Ленина, д. 7'],
    ['ул. Ленина, д. 7, кв. 12', '', 'ул. Ленина, д. 7, кв. 12'],
  ])('%s', (address, locality, street) => {
    expect(splitAddress(address)).toEqual({ locality, street });
  });
});

describe('windowAddressLines', () => {
  it('lays out the post’s fields as the mailing lists split them: street and flat, place, district, region, index', () => {
    const { parts } = splitPostalAddress('г.о. Красногорск, р.п. Нахабино, ул. Чкалова, д. 3, корп. 2', '41', {
      postalCode: '143430',
      region: 'Московская обл.',
    });
    expect(
      windowAddressLines({
        addressee: 'Иванову Ивану Ивановичу',
        parts,
        address: 'не читается',
        region: 'Тверская обл.',
        postalCode: null,
      }),
    ).toEqual([
      'Иванову Ивану Ивановичу',
      `ул.${NB}Чкалова, д.${NB}3,${NB}корп.${NB}2,${NB}кв.${NB}41`,
      `р.п.${NB}Нахабино`,
      `г.о. Красногорск`,
      'Московская обл.',
      '143430',
    ]);
  });
  it('puts the street first, then the town, the region and the postal code', () => {
    expect(
      windowAddressLines({
        addressee: 'Иванову Ивану Ивановичу',
        address: 'г. Красногорск, ул. Ленина, д. 7, кв. 12',
        region: 'Московская обл.',
        postalCode: '143400',
      }),
    ).toEqual([
      'Иванову Ивану Ивановичу',
      `ул.${NB}Ленина, д.${NB}7,${NB}кв.${NB}12`,
      `г.${NB}Красногорск`,
      `Московская обл.`,
      '143400',
    ]);
  });
  it('does not repeat a region the address already names, and leaves out an unknown postal code', () => {
    expect(
      windowAddressLines({
        addressee: 'Собственнику помещения',
        address: 'Московская обл., г. Красногорск, ул. Ленина, д. 7',
        region: 'Московская обл.',
        postalCode: null,
      }),
    ).toEqual(['Собственнику помещения', `ул.${NB}Ленина, д.${NB}7`, `Московская обл., г.${NB}Красногорск`]);
  });
});
