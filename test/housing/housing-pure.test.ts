/**
 * The pure pieces of the housing match, by hand: the settlement of an address and the key two spellings share,
 * the area parser (hundredths of a m², exact), the fit with its arithmetic, the status words; and the demo
 * register loaded through the import on a fresh database (30 dwellings, a second load changes nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settlementKey, settlementOf } from '../../shared/housing/settlement-of';
import { dwellingFits, fitArithmetic, formatCentiM2, parseAreaCentiM2 } from '../../shared/housing/dwelling-fit';
import { dwellingAddressKey, parseDwellingStatus } from '../../shared/housing/dwelling-status';
import { mapHousingHeader } from '../../electron/core/housing/housing-columns';
import { addDemoHousingStock, DEMO_HOUSING_COUNT } from '../../electron/core/demo/demo-housing-stock';
import { NOW, openHousingCore, plain, type HousingCore } from './housing-core';

describe('settlement of an address', () => {
  it('finds the settlement after a postal code, region and okrug, and none in a bare street address', () => {
    expect(settlementOf('г. Красногорск, ул. Ленина, д. 5')).toBe('г. Красногорск');
    expect(settlementOf('143400, Московская обл., г.о. Красногорск, р.п. Нахабино, ул. Школьная, д. 3')).toBe(
      'р.п. Нахабино',
    );
    expect(settlementOf('Московская область, Красногорский р-н, пос. Нахабино, ул. Х')).toBe('пос. Нахабино');
    expect(settlementOf('д. Глухово, ул. Рублёвское предместье, д. 1')).toBe('д. Глухово');
    expect(settlementOf('ул. Ленина, д. 5')).toBeNull();
  });

  it('gives one key to the spellings of one settlement, and different keys to different ones', () => {
    expect(
      new Set(['г. Красногорск', 'г.Красногорск', 'город Красногорск', 'Г. КРАСНОГОРСК'].map(settlementKey)),
    ).toEqual(new Set(['г красногорск']));
    expect(new Set(['р.п. Нахабино', 'пос. Нахабино', 'рп Нахабино', 'посёлок Нахабино'].map(settlementKey))).toEqual(
      new Set(['п нахабино']),
    );
    expect(settlementKey('д. Глухово')).not.toBe(settlementKey('г. Глухово'));
  });
});

describe('dwelling fit', () => {
  it('reads areas exactly in hundredths of a m²', () => {
    expect(parseAreaCentiM2('18')).toBe(1800);
    expect(parseAreaCentiM2('17,99')).toBe(1799);
    expect(parseAreaCentiM2('18.5')).toBe(1850);
    expect(parseAreaCentiM2('1 234,5')).toBe(123450);
    expect(parseAreaCentiM2('24,5 м²')).toBe(2450);
    expect(parseAreaCentiM2('')).toBeNull();
    expect(parseAreaCentiM2('12,5а')).toBe('bad');
    expect(parseAreaCentiM2('14,555')).toBe('bad');
    expect(parseAreaCentiM2('=6*3')).toBe('bad');
  });

  it('6 m² × 3 = 18,00 m²: 18,00 fits, 17,99 does not', () => {
    expect(dwellingFits(1800, 600, 3)).toBe(true);
    expect(dwellingFits(1799, 600, 3)).toBe(false);
    expect(plain(fitArithmetic(1800, 600, 3))).toBe('18,00 м² ≥ 6 м² × 3 = 18,00 м²');
    expect(plain(fitArithmetic(1799, 600, 3))).toBe('17,99 м² < 6 м² × 3 = 18,00 м²');
    expect(plain(fitArithmetic(3000, 650, 4))).toBe('30,00 м² ≥ 6,5 м² × 4 = 26,00 м²');
    expect(plain(formatCentiM2(123450))).toBe('1 234,50 м²');
  });

  it('knows the status words and the headers a register uses', () => {
    expect(['Свободна', 'своб.', 'свободно'].map(parseDwellingStatus)).toEqual(['free', 'free', 'free']);
    expect(['резерв', 'Зарезервировано'].map(parseDwellingStatus)).toEqual(['reserved', 'reserved']);
    expect(['заселено', 'занята'].map(parseDwellingStatus)).toEqual(['occupied', 'occupied']);
    expect(parseDwellingStatus('продано')).toBeNull();
    expect(dwellingAddressKey('г. Красногорск', 'УЛ. ЛЕСНАЯ,  д. 17', '22')).toBe(
      dwellingAddressKey('г. Красногорск', 'ул. Лесная, д. 17', '22'),
    );
    const map = mapHousingHeader([
      'Нас. пункт',
      'Адрес',
      '№ кв.',
      'Кол-во комнат',
      'Жилая площадь, кв. м',
      'Общая площадь (м2)',
      'Состояние',
      'Комментарий',
    ]);
    expect(Object.fromEntries(map)).toEqual({
      settlement: 0,
      address: 1,
      apartment: 2,
      rooms: 3,
      living: 4,
      total: 5,
      status: 6,
      note: 7,
    });
  });
});

describe('the demo register', () => {
  let h: HousingCore;
  beforeAll(() => {
    h = openHousingCore();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads 30 dwellings in three settlements through the import, and a second load adds none', () => {
    const by = { userId: null, name: 'тест' };
    expect(DEMO_HOUSING_COUNT).toBe(30);
    expect(addDemoHousingStock(h.core.ctx.sqlite, by, NOW)).toBe(30);
    expect(addDemoHousingStock(h.core.ctx.sqlite, by, NOW)).toBe(0);
    const counts = h.sql<{ status: string; n: number }>(
      'SELECT status, count(*) AS n FROM housing_stock GROUP BY status ORDER BY status',
    );
    expect(counts).toEqual([
      { status: 'free', n: 24 },
      { status: 'occupied', n: 4 },
      { status: 'reserved', n: 2 },
    ]);
    expect(
      h.sql<{ s: string }>('SELECT DISTINCT settlement AS s FROM housing_stock ORDER BY s').map((r) => r.s),
    ).toEqual(['г. Красногорск', 'д. Глухово', 'р.п. Нахабино']);
  });
});
