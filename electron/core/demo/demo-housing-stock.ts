/**
 * @file The demo district's municipal housing stock (measure 12): 30 fictional dwellings in the demo's three
 * settlements — г. Красногорск, р.п. Нахабино, д. Глухово — most free, a few reserved by the administration or
 * occupied, and several rooms too small for a family of two or three (6 м² × members, ЖК ст.105), so the match
 * has something to refuse. House numbers are made up and every note says the data is for demonstration.
 *
 * The register goes through the very import a clerk's file does (a CSV written with the one CSV writer, read back,
 * checked and applied in one transaction), so a second demo load changes nothing.
 */
import type Database from 'better-sqlite3';
import { csvText } from '../../../shared/csv/csv-cell';
import type { JournalActor } from '../auth/actor';
import { readCsvRows } from '../housing/housing-file';
import { applyHousingRows } from '../housing/housing-import';

const NOTE = 'Демонстрационные данные';

/** settlement, address, flat, rooms, living m², total m², status. */
const DWELLINGS: ReadonlyArray<readonly [string, string, string, number, string, string, string]> = [
  ['г. Красногорск', 'ул. Речная, д. 21', '3', 1, '8,50', '15,20', 'свободно'],
  ['г. Красногорск', 'ул. Речная, д. 21', '14', 1, '12,00', '19,80', 'свободно'],
  ['г. Красногорск', 'ул. Речная, д. 21', '27', 2, '17,99', '31,40', 'свободно'],
  ['г. Красногорск', 'ул. Пионерская, д. 44', '5', 2, '18,00', '32,10', 'свободно'],
  ['г. Красногорск', 'ул. Пионерская, д. 44', '11', 2, '24,60', '41,00', 'свободно'],
  ['г. Красногорск', 'ул. Пионерская, д. 44', '19', 3, '36,20', '58,70', 'свободно'],
  ['г. Красногорск', 'ул. Октябрьская, д. 31', '2', 1, '14,30', '22,00', 'свободно'],
  ['г. Красногорск', 'ул. Октябрьская, д. 31', '8', 2, '28,40', '44,50', 'зарезервировано'],
  ['г. Красногорск', 'ул. Октябрьская, д. 31', '15', 3, '41,70', '63,20', 'занято'],
  ['г. Красногорск', 'ул. Лесная, д. 17', '1', 1, '10,40', '18,30', 'свободно'],
  ['г. Красногорск', 'ул. Лесная, д. 17', '6', 1, '19,50', '33,00', 'свободно'],
  ['г. Красногорск', 'ул. Лесная, д. 17', '22', 2, '30,10', '47,80', 'свободно'],
  ['г. Красногорск', 'ул. Кирова, д. 9', '4', 1, '11,90', '20,40', 'свободно'],
  ['г. Красногорск', 'ул. Кирова, д. 9', '12', 2, '25,00', '42,60', 'занято'],
  ['г. Красногорск', 'ул. Кирова, д. 9', '30', 4, '52,80', '78,90', 'свободно'],
  ['г. Красногорск', 'ул. Чайковского, д. 12', '7', 1, '16,70', '28,10', 'свободно'],
  ['г. Красногорск', 'ул. Чайковского, д. 12', '18', 2, '23,80', '39,40', 'свободно'],
  ['г. Красногорск', 'ул. Чайковского, д. 12', '25', 3, '44,10', '66,00', 'свободно'],
  ['р.п. Нахабино', 'ул. Школьная, д. 14', '2', 1, '9,80', '17,60', 'свободно'],
  ['р.п. Нахабино', 'ул. Школьная, д. 14', '9', 1, '18,40', '30,20', 'свободно'],
  ['р.п. Нахабино', 'ул. Школьная, д. 14', '16', 2, '26,90', '45,10', 'свободно'],
  ['р.п. Нахабино', 'ул. Институтская, д. 5', '3', 2, '31,50', '50,30', 'свободно'],
  ['р.п. Нахабино', 'ул. Институтская, д. 5', '10', 3, '39,00', '61,70', 'занято'],
  ['р.п. Нахабино', 'ул. Панфилова, д. 23', '1', 1, '13,20', '21,90', 'свободно'],
  ['р.п. Нахабино', 'ул. Панфилова, д. 23', '7', 2, '22,00', '37,40', 'зарезервировано'],
  ['р.п. Нахабино', 'ул. Панфилова, д. 23', '12', 3, '47,60', '70,20', 'свободно'],
  ['д. Глухово', 'ул. Центральная, д. 4', '1', 1, '15,10', '26,40', 'свободно'],
  ['д. Глухово', 'ул. Центральная, д. 4', '2', 2, '27,30', '43,90', 'свободно'],
  ['д. Глухово', 'ул. Садовая, д. 8', '', 3, '42,00', '68,50', 'свободно'],
  ['д. Глухово', 'ул. Садовая, д. 10', '', 2, '11,50', '34,00', 'занято'],
];

export const DEMO_HOUSING_COUNT = DWELLINGS.length;

/** The register as a clerk's CSV would have it (UTF-8, «;», comma decimals). */
export function demoHousingCsv(): string {
  return csvText([
    [
      'Населённый пункт',
      'Адрес',
      'Квартира',
      'Комнат',
      'Жилая площадь, м²',
      'Общая площадь, м²',
      'Статус',
      'Примечание',
    ],
    ...DWELLINGS.map(([settlement, address, flat, rooms, living, total, status]) => [
      settlement,
      address,
      flat,
      rooms,
      living,
      total,
      status,
      NOTE,
    ]),
  ]);
}

/** Loads the demo register; answers the number of dwellings added (0 on a second load). */
export function addDemoHousingStock(sqlite: Database.Database, by: JournalActor, nowMs: number): number {
  const rows = readCsvRows(Buffer.from(demoHousingCsv(), 'utf8'));
  return applyHousingRows(sqlite, rows, 'демонстрационный реестр жилья.csv', by, nowMs).added;
}
