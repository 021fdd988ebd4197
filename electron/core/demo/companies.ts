/**
 * @file Management companies (УК) of the demo district, with valid-looking requisites.
 *
 * ИНН / ОГРН / расчётный счёт carry correct control digits, because the app checks them before a court
 * filing; the banks are real Moscow banks with their real БИК and correspondent accounts (public data).
 */

import { completeOgrn, completeSettlementAccount } from './check-digits';
import { companyInn } from './identifiers';
import { KRASNOGORSK_STREETS } from './krasnogorsk-streets';
import { Rng } from './prng';

export interface Company {
  index: number;
  name: string;
  inn: string;
  kpp: string;
  ogrn: string;
  address: string;
  phone: string;
  bankName: string;
  bik: string;
  correspondentAccount: string;
  settlementAccount: string;
  /** Day of the month payment is due under the management contract; null = the law's default (10th). */
  contractDueDay: number | null;
  /** null = not stated in the file (the app's default applies). */
  penaltyCharged: boolean | null;
  /** Relative size: how many buildings the УК tends to get. */
  weight: number;
}

const COMPANY_NAMES: readonly string[] = [
  'ООО "УК Жилсервис-Красногорск"',
  'АО "Красногорская управляющая компания"',
  'ООО "УК Павшинская пойма"',
  'ООО "Опалиха-Сервис"',
  'ООО "УК Нахабино-Комфорт"',
  'МУП "Красногорская жилищная служба"',
  'ООО "Управдом-Красногорск"',
  'ООО "УК Уют-Сервис"',
  'ООО "Комфорт-Эксплуатация"',
  'ООО "УК Изумрудные холмы"',
  'ООО "Домоуправление № 1"',
  'ООО "УК Красногорье"',
  'ООО "ЖилКомСервис"',
  'ООО "УК Наш дом"',
  'ООО "УК ЖКХ-Стандарт"',
  'ООО "Тёплый дом"',
  'ООО "УК Спасский мост"',
  'ООО "УК Речной квартал"',
  'ООО "Сервис-Дом"',
  'ООО "УК Солнечный город"',
  'АО "Жилищный трест Красногорск"',
  'ООО "УК Губернский"',
  'ООО "Эксплуатационная компания Северная"',
  'ООО "УК Новая Рига-Сервис"',
  'ООО "УК Опалиха-Парк"',
  'ООО "Нахабинское ЖКХ"',
  'ООО "УК Подмосковный бульвар"',
  'ООО "Красногорский дом"',
  'ООО "УК Центральная"',
  'ООО "Жилсервис Путилково"',
  'ООО "УК Ильинские дворы"',
  'ООО "ДЭЗ Красногорск"',
];

/** [name, БИК, корр. счёт] — real banks, Moscow branch requisites. */
const BANKS: ReadonlyArray<readonly [string, string, string]> = [
  ['ПАО Сбербанк', '044525225', '30101810400000000225'],
  ['Банк ВТБ (ПАО)', '044525187', '30101810700000000187'],
  ['АО "АЛЬФА-БАНК"', '044525593', '30101810200000000593'],
  ['Банк ГПБ (АО)', '044525823', '30101810200000000823'],
  ['ПАО "Промсвязьбанк"', '044525555', '30101810400000000555'],
  ['АО "Райффайзенбанк"', '044525700', '30101810200000000700'],
  ['АО "ТБанк"', '044525974', '30101810145250000974'],
];

/** How many УК a district of `accounts` accounts has: 20–30 at full scale, 1–2 for a toy district. */
function companyCount(rng: Rng, accounts: number): number {
  const full = rng.int(20, 30);
  if (accounts < 30) return 1;
  if (accounts < 100) return 2;
  return Math.max(2, Math.min(full, Math.round(Math.sqrt(accounts) / 6)));
}

export function generateCompanies(seed: string | number, accounts: number, seedSalt: number): Company[] {
  const rng = Rng.derive(seed, 'companies');
  const count = companyCount(rng, accounts);
  // Shuffle the names deterministically so small districts don't always get the same first two.
  const names = [...COMPANY_NAMES];
  for (let i = names.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const c = Rng.derive(seed, 'company', i);
    const street = c.pick(KRASNOGORSK_STREETS.filter((s) => s.settlement === 'г. Красногорск'));
    const streetText = street.type === 'улица' ? `ул. ${street.name}` : `${street.type} ${street.name}`;
    const [bankName, bik, correspondentAccount] = c.pick(BANKS);
    const branch = String(c.int(0, 9999)).padStart(4, '0');
    const serial = String(c.int(1, 9_999_999)).padStart(7, '0');
    const regYear = c.int(2, 19);
    companies.push({
      index: i,
      name: names[i % names.length] ?? `ООО "УК № ${i + 1}"`,
      inn: companyInn(i, seedSalt),
      kpp: '502401001',
      // ОГРН: 1 (legal entity), registration year, region 50, inspection 24, 5-digit entry, check digit.
      ogrn: completeOgrn(`1${String(regYear).padStart(2, '0')}5024${String(c.int(0, 99_999)).padStart(5, '0')}`),
      address: `14340${c.int(1, 9)}, Московская обл., г. Красногорск, ${streetText}, д. ${c.int(1, 40)}, пом. ${c.int(1, 30)}`,
      phone: `8 (495) ${c.int(560, 569)}-${String(c.int(0, 99)).padStart(2, '0')}-${String(c.int(0, 99)).padStart(2, '0')}`,
      bankName,
      bik,
      correspondentAccount,
      settlementAccount: completeSettlementAccount(bik, `407028100${branch}${serial}`),
      contractDueDay: c.weighted<number | null>([
        [10, 40],
        [15, 25],
        [null, 35],
      ]),
      // Every demo contract provides for penalty (blank = the default, charged), as measure 4 of the plan expects of
      // the district's УК; a contract that excludes it is an exception the ЕПД coverage names (see test/epd).
      penaltyCharged: c.weighted<boolean | null>([
        [true, 75],
        [null, 25],
      ]),
      // A few big companies and a long tail, as in real districts.
      weight: c.chance(0.25) ? c.float(3, 6) : c.float(0.5, 2),
    });
  }
  return companies;
}
