/**
 * The court directory's pure rules, with expectations written by hand: a building's address against the territory
 * ranges (street without its type, the house's leading integer, parity, both ends included, the most specific range
 * winning), and the jurisdiction at the boundaries of ГПК ст.121 (500 000 ₽) and ст.23 (50 000 ₽).
 */
import { describe, expect, it } from 'vitest';
import {
  findTerritory,
  houseNumberOf,
  parseAddress,
  streetKey,
  type TerritoryRange,
} from '../../shared/court/court-territory-match';
import { jurisdiction } from '../../shared/court/jurisdiction';
import { courtFieldProblems, ENS_PAYEE, type CourtFields } from '../../shared/court/court-record';

const t = (
  courtId: number,
  street: string,
  houseFrom: number | null,
  houseTo: number | null,
  parity: TerritoryRange['parity'] = 'all',
): TerritoryRange => ({
  courtId,
  street,
  houseFrom,
  houseTo,
  parity,
});

describe('territory matching', () => {
  it('reads the street without its type and the house number’s leading integer', () => {
    expect(streetKey('ул. Ленина')).toBe('ленина');
    expect(streetKey('улица  Лeнина'.replace('e', 'е'))).toBe('ленина');
    expect(streetKey('проезд Железнодорожный')).toBe('железнодорожный');
    expect(streetKey('ул. 50 лет Октября')).toBe('50 лет октября');
    expect(streetKey('б-р Строителей')).toBe('строителей');
    expect(streetKey('бульвар Строителей')).toBe('строителей');
    expect(houseNumberOf('10к2')).toBe(10);
    expect(houseNumberOf('12А')).toBe(12);
    expect(houseNumberOf('5/2')).toBe(5);
    expect(houseNumberOf('19-21')).toBe(19);
    expect(houseNumberOf('корп')).toBeNull();
    expect(parseAddress('г. Красногорск, ул. Ленина, д. 5, корп. 1')).toEqual({
      localities: ['красногорск'],
      street: 'ленина',
      house: '5',
      houseNumber: 5,
    });
    expect(parseAddress('д. Глухово, ул. Рублёвское предместье, д. 12а')).toEqual({
      localities: ['глухово'],
      street: 'рублевское предместье',
      house: '12а',
      houseNumber: 12,
    });
  });

  it('finds the court by street, range (both ends included) and parity', () => {
    const ranges = [t(1, 'ул. Ленина', 1, 35, 'odd'), t(2, 'ул. Ленина', 2, 40, 'even'), t(3, 'ул. Ленина', 37, null)];
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 1', ranges)?.courtId).toBe(1);
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 35', ranges)?.courtId).toBe(1);
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 10к2', ranges)?.courtId).toBe(2);
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 40', ranges)?.courtId).toBe(2);
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 37', ranges)?.courtId).toBe(3);
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 101', ranges)?.courtId).toBe(3);
    // 42 is even and above 40; 37+ covers it
    expect(findTerritory('г. Красногорск, ул. Ленина, д. 42', ranges)?.courtId).toBe(3);
    expect(findTerritory('г. Красногорск, ул. Ленинская, д. 5', ranges)).toBeNull();
    expect(findTerritory('г. Красногорск, проезд Ленина, д. 5', [t(4, 'ул. Ленина', null, null)])?.courtId).toBe(4);
  });

  it('a whole street, a locality named in front, and the most specific range wins', () => {
    const ranges = [
      t(1, 'ул. Школьная', null, null),
      t(2, 'ул. Школьная', 10, 20),
      t(3, 'р.п. Нахабино, ул. Школьная', null, null),
    ];
    expect(findTerritory('г. Красногорск, ул. Школьная, д. 3', ranges)?.courtId).toBe(1);
    expect(findTerritory('г. Красногорск, ул. Школьная, д. 12А', ranges)?.courtId).toBe(2);
    expect(findTerritory('р.п. Нахабино, ул. Школьная, д. 3', ranges)?.courtId).toBe(3);
    expect(findTerritory('р.п. Нахабино, ул. Школьная, д. 15', ranges)?.courtId).toBe(3);
    expect(findTerritory('г. Красногорск, ул. Школьная', [t(2, 'ул. Школьная', 10, 20)])).toBeNull();
  });
});

describe('jurisdiction (ГПК ст.121, ст.23)', () => {
  const limits = { courtOrderMaxKopecks: 500_000_00, magistrateLawsuitMaxKopecks: 50_000_00 };
  it('a court order up to 500 000,00 ₽ inclusive, to the magistrate', () => {
    const r = jurisdiction(50_000_000, 'court_order', limits);
    expect(r.kind).toBe('court_order');
    expect(r.courtKind).toBe('magistrate');
    expect(r.reason).toContain('ст.121');
  });
  it('500 000,01 ₽ wanted as a court order is a lawsuit in the district court', () => {
    const r = jurisdiction(50_000_001, 'court_order', limits);
    expect(r).toMatchObject({ kind: 'lawsuit', courtKind: 'district' });
    expect(r.reason).toContain('судебный приказ не выносится');
    expect(r.reason).toContain('ст.23');
  });
  it('a lawsuit of 50 000,00 ₽ goes to the magistrate, of 50 000,01 ₽ to the district court', () => {
    expect(jurisdiction(5_000_000, 'lawsuit', limits)).toMatchObject({ kind: 'lawsuit', courtKind: 'magistrate' });
    expect(jurisdiction(5_000_001, 'lawsuit', limits)).toMatchObject({ kind: 'lawsuit', courtKind: 'district' });
    expect(jurisdiction(5_000_000, 'court_order', limits)).toMatchObject({
      kind: 'court_order',
      courtKind: 'magistrate',
    });
  });
});

describe('court record checks', () => {
  const base: CourtFields = {
    kind: 'magistrate',
    name: 'Судебный участок № 123',
    plotNumber: '123',
    code: null,
    address: 'г. Красногорск, ул. Ленина, д. 1',
    phone: null,
    email: null,
    website: null,
    ...ENS_PAYEE,
    confirmed: false,
    note: '',
  };
  it('accepts the ЕНС details and refuses wrong digit counts in Russian', () => {
    expect(courtFieldProblems(base)).toEqual([]);
    const bad = courtFieldProblems({
      ...base,
      payeeInn: '772740602',
      payeeKpp: '77070100',
      oktmo: '4674400',
      kbk: '1821080301001105011',
    });
    expect(bad.map((p) => p.message)).toEqual([
      'ИНН получателя — 10 цифр (получено «772740602»).',
      'КПП получателя — 9 цифр (получено «77070100»).',
      'КБК — 20 цифр (получено «1821080301001105011»).',
      'ОКТМО — 8 или 11 цифр (получено «4674400»).',
    ]);
    expect(courtFieldProblems({ ...base, oktmo: '46744000001' })).toEqual([]);
    expect(courtFieldProblems({ ...base, plotNumber: null }).map((p) => p.field)).toEqual(['plotNumber']);
  });
});
