/**
 * @file Billing addresses split into the post's fields (otpravka.pochta.ru's order fields), expected parts written by
 * hand: the demo district's forms (electron/core/demo/buildings.ts), the forms billing systems and clerks write, and
 * addresses that cannot be split, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { postalAddressLine, splitPostalAddress, type PostalAddressParts } from './postal-address';

const NONE: PostalAddressParts = {
  index: null,
  region: null,
  area: null,
  place: null,
  location: null,
  street: null,
  house: null,
  corpus: null,
  building: null,
  letter: null,
  slash: null,
  room: null,
};
const MO = { region: 'Московская обл.', postalCode: '143402' };

function ok(address: string, apartment: string | null, expected: Partial<PostalAddressParts>, defaults = MO) {
  const split = splitPostalAddress(address, apartment, defaults);
  expect(split.problems, address).toEqual([]);
  expect(split.parts, address).toEqual({ ...NONE, index: '143402', region: 'Московская обл.', ...expected });
}

describe('typical addresses of the demo district', () => {
  it('«г. Красногорск, ул. Ленина, д. 7» + flat 12', () => {
    ok('г. Красногорск, ул. Ленина, д. 7', '12', {
      place: 'г. Красногорск',
      street: 'ул. Ленина',
      house: '7',
      room: '12',
    });
  });
  it('a corpus: «г. Красногорск, бульвар Павшинский, д. 15, корп. 2»', () => {
    ok('г. Красногорск, бульвар Павшинский, д. 15, корп. 2', '101', {
      place: 'г. Красногорск',
      street: 'бульвар Павшинский',
      house: '15',
      corpus: '2',
      room: '101',
    });
  });
  it('a village and a house both written «д.»: «д. Глухово, ул. Романовская, д. 4»', () => {
    ok('д. Глухово, ул. Романовская, д. 4', '3', {
      place: 'д. Глухово',
      street: 'ул. Романовская',
      house: '4',
      room: '3',
    });
  });
  it('a settlement: «р.п. Нахабино, ул. Чкалова, д. 7б»', () => {
    ok('р.п. Нахабино, ул. Чкалова, д. 7б', '5', {
      place: 'р.п. Нахабино',
      street: 'ул. Чкалова',
      house: '7б',
      room: '5',
    });
  });
  it('a street named by a date: «г. Красногорск, ул. 50 лет Октября, д. 7б»', () => {
    ok('г. Красногорск, ул. 50 лет Октября, д. 7б', '1', {
      place: 'г. Красногорск',
      street: 'ул. 50 лет Октября',
      house: '7б',
      room: '1',
    });
  });
  it('a house on two numbers: «г. Красногорск, ул. Пушкинская, д. 19-21»', () => {
    ok('г. Красногорск, ул. Пушкинская, д. 19-21', '40', {
      place: 'г. Красногорск',
      street: 'ул. Пушкинская',
      house: '19-21',
      room: '40',
    });
  });
  it('types before the name: «шоссе Волоколамское», «проезд Железнодорожный», «тупик Ильинский»', () => {
    ok('г. Красногорск, шоссе Волоколамское, д. 3', null, {
      place: 'г. Красногорск',
      street: 'шоссе Волоколамское',
      house: '3',
    });
    ok('г. Красногорск, проезд Железнодорожный, д. 1', null, {
      place: 'г. Красногорск',
      street: 'проезд Железнодорожный',
      house: '1',
    });
    ok('г. Красногорск, тупик Ильинский, д. 2', null, {
      place: 'г. Красногорск',
      street: 'тупик Ильинский',
      house: '2',
    });
  });
  it('the flat inside the address string, as the registry writes it: «…, д. 7, кв. 12»', () => {
    ok('г. Красногорск, ул. Ленина, д. 7, кв. 12', null, {
      place: 'г. Красногорск',
      street: 'ул. Ленина',
      house: '7',
      room: '12',
    });
  });
});

describe('addresses as other billing systems write them', () => {
  it('index, region, district and a settlement, house with a fraction', () => {
    ok(
      '143432, Московская обл., г.о. Красногорск, р.п. Нахабино, ул. Чкалова, дом 3/1, кв. 5',
      null,
      {
        index: '143432',
        area: 'г.о. Красногорск',
        place: 'р.п. Нахабино',
        street: 'ул. Чкалова',
        house: '3',
        slash: '1',
        room: '5',
      },
      { region: 'ignored', postalCode: '000000' },
    );
  });
  it('types after the names, 1С style: «Московская обл, Красногорск г, Ленина ул, дом № 7, кв.12»', () => {
    ok('Московская обл, Красногорск г, Ленина ул, дом № 7, кв.12', null, {
      region: 'Московская обл',
      place: 'Красногорск г',
      street: 'Ленина ул',
      house: '7',
      room: '12',
    });
  });
  it('corpus and building glued to the house: «д.7к2с1», «д. 23 корп. 2 стр. 4», «д. 5 лит. Б»', () => {
    ok('г. Красногорск, ул. Успенская, д.7к2с1', '8', {
      place: 'г. Красногорск',
      street: 'ул. Успенская',
      house: '7',
      corpus: '2',
      building: '1',
      room: '8',
    });
    ok('г. Красногорск, ул. Успенская, д. 23 корп. 2 стр. 4', null, {
      place: 'г. Красногорск',
      street: 'ул. Успенская',
      house: '23',
      corpus: '2',
      building: '4',
    });
    ok('г. Красногорск, ул. Успенская, д. 5 лит. Б', null, {
      place: 'г. Красногорск',
      street: 'ул. Успенская',
      house: '5',
      letter: 'Б',
    });
  });
  it('no spaces after dots, a microdistrict, corpus as its own part with «к.»', () => {
    ok('г.Красногорск, мкр. Павшинская пойма, б-р Подмосковный, д.6, к.1', '44', {
      place: 'г.Красногорск',
      location: 'мкр. Павшинская пойма',
      street: 'б-р Подмосковный',
      house: '6',
      corpus: '1',
      room: '44',
    });
  });
  it('a bare house number after the street: «г. Красногорск, ул. Ленина, 7А»', () => {
    ok('г. Красногорск, ул. Ленина, 7А', '2', {
      place: 'г. Красногорск',
      street: 'ул. Ленина',
      house: '7А',
      room: '2',
    });
  });
  it('Moscow as a region and a place; «Россия» dropped', () => {
    ok(
      'Россия, 125009, г. Москва, ул. Тверская, д. 7, кв. 3',
      null,
      { index: '125009', region: 'г. Москва', place: 'г. Москва', street: 'ул. Тверская', house: '7', room: '3' },
      { region: null as unknown as string, postalCode: null as unknown as string },
    );
  });
  it('a village with no street: «Московская обл., Красногорский р-н, с. Ильинское, д. 12»', () => {
    ok('Московская обл., Красногорский р-н, с. Ильинское, д. 12', null, {
      region: 'Московская обл.',
      area: 'Красногорский р-н',
      place: 'с. Ильинское',
      house: '12',
    });
  });
  it('no-break spaces and double spaces are ordinary spaces', () => {
    ok('г.\u00a0Красногорск,  ул.\u00a0Ленина, д.\u00a07', null, {
      place: 'г. Красногорск',
      street: 'ул. Ленина',
      house: '7',
    });
  });
});

describe('addresses that cannot be split are reported, not guessed', () => {
  it('no house number', () => {
    expect(splitPostalAddress('г. Красногорск, ул. Ленина', '5', MO).problems).toEqual(['не указан номер дома']);
  });
  it('a part without a type word', () => {
    expect(splitPostalAddress('Красногорск, Ленина, 7', null, MO).problems).toEqual([
      'не распознана часть адреса «Красногорск»',
      'не распознана часть адреса «Ленина»',
      'не распознана часть адреса «7»',
      'не указан населённый пункт',
      'не указан номер дома',
    ]);
  });
  it('a house number that is not one', () => {
    expect(splitPostalAddress('г. Красногорск, ул. Ленина, д. 7 подъезд 2', null, MO).problems).toEqual([
      'не разобран номер дома «д. 7 подъезд 2»',
      'не указан номер дома',
    ]);
  });
  it('two towns', () => {
    expect(splitPostalAddress('г. Красногорск, г. Химки, ул. Ленина, д. 7', null, MO).problems).toEqual([
      'два значения «населённый пункт»: «г. Красногорск» и «г. Химки»',
    ]);
  });
  it('no region anywhere (neither in the address nor a default)', () => {
    expect(splitPostalAddress('г. Красногорск, ул. Ленина, д. 7', null, {}).problems).toEqual(['не указан регион']);
  });
  it('an empty address', () => {
    expect(splitPostalAddress('  ', null, MO).problems).toEqual(['не указан населённый пункт', 'не указан номер дома']);
  });
});

describe('the address on one line', () => {
  it("joins the parts in the post's order, a federal city once", () => {
    expect(postalAddressLine(splitPostalAddress('г. Красногорск, ул. Успенская, д.7к2с1', '8', MO).parts)).toBe(
      '143402, Московская обл., г. Красногорск, ул. Успенская, д. 7, корп. 2, стр. 1, кв. 8',
    );
    expect(postalAddressLine(splitPostalAddress('г. Москва, ул. Тверская, д. 7/2', '3', {}).parts)).toBe(
      'г. Москва, ул. Тверская, д. 7/2, кв. 3',
    );
  });
});
