/**
 * @file Three accounts written by hand as billing files and imported through the real import into a fresh core
 * (real SQLite, real migrations), for the monthly penalty run's hand-worked sums. Clock 26.11.2026. Each
 * September 2026 figure is worked in the comments below, at 9,5 % (2026: the rate of 27.02.2022, lower than the key
 * rate of 14 %+), payment due the 15th of the next month (ЖК РФ ст. 155 ч. 1 as amended by 177-ФЗ), penalty from
 * the 31st day of delay at 1/300, from the 91st at 1/130 (ст. 155 ч. 14).
 *
 * - 7200000001, УК «Пени А» (ИНН 5024000031): 3 000,00 for 05.2026, 3 000,00 for 06.2026 (paid 10.07.2026, on
 *   time), 1 500,00 for 07.2026, 2 000,00 for 08.2026 and for 09.2026, unpaid.
 *   May's 3 000,00 — delay day 1 = 16.06, day 31 = 16.07, day 91 = 14.09: 01–13.09 at 1/300,
 *     3 000 × 13 × 0,095 / 300 = 12,35; 14–30.09 at 1/130, 3 000 × 17 × 0,095 / 130 = 37,269… = 37,27;
 *   July's 1 500,00 — day 1 = 16.08, day 31 = 15.09: 15–30.09, 1 500 × 16 × 0,095 / 300 = 7,60;
 *   August's 2 000,00 — due 15.09, still in its 30 free days.
 *   September: 12,35 + 37,27 + 7,60 = 57,22. By 30.09: May 16.07–13.09, 60 days at 1/300,
 *   3 000 × 60 × 0,095 / 300 = 57,00, + 37,27 + 7,60 = 101,87. By 31.08: May 16.07–31.08, 47 days,
 *   3 000 × 47 × 0,095 / 300 = 44,65 (and 101,87 − 44,65 = 57,22 again).
 * - 7200000002, УК «Пени А»: 1 000,00 for 06.2026, unpaid. Day 1 = 16.07, day 31 = 15.08, day 91 = 14.10.
 *   September: 30 days at 1/300, 1 000 × 30 × 0,095 / 300 = 9,50. By 30.09: 15.08–30.09, 17 + 30 = 47 days,
 *   1 000 × 47 × 0,095 / 300 = 14,883… = 14,88; by 31.08: 17 days, 5,383… = 5,38 (14,88 − 5,38 = 9,50).
 * - 7200000003, УК «Пени Б» (ИНН 5024000042): 2 000,00 for 03.2026, unpaid. Day 1 = 16.04, day 31 = 16.05,
 *   day 91 = 15.07. September: 30 days at 1/130, 2 000 × 30 × 0,095 / 130 = 43,846… = 43,85. By 30.09:
 *   16.05–14.07, 60 days at 1/300 = 38,00, + 15.07–30.09, 17 + 31 + 30 = 78 days at 1/130,
 *   2 000 × 78 × 0,095 / 130 = 114,00: 152,00. By 31.08: 38,00 + 48 days, 70,153… = 70,15: 108,15
 *   (152,00 − 108,15 = 43,85).
 *
 * The run for September: УК А 57,22 + 9,50 = 66,72; УК Б 43,85; in all 110,57. Totals by 30.09:
 * 101,87 + 14,88 + 152,00 = 268,75; by 31.08: 44,65 + 5,38 + 108,15 = 158,18.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importBillingTexts } from './import-billing-texts';

/** 26.11.2026, 12:00 Moscow time. */
export const HAND_NOW = Date.UTC(2026, 10, 26, 9);
export const HAND_INN = { a: '5024000031', b: '5024000042' } as const;

const ADDRESS = 'г. Красногорск, ул. Ленина, д. 7';
const SERVICE = 'Содержание жилого помещения';
const UK =
  'Наименование УК;ИНН;Пени начисляются\r\n' +
  `ООО «УК Пени А»;${HAND_INN.a};да\r\n` +
  `ООО «УК Пени Б»;${HAND_INN.b};да\r\n`;
const accountRow = (n: string, inn: string, flat: string) =>
  `${n};${inn};${ADDRESS};${flat};частная;собственник;открыт;Жильцова Анна Ивановна;собственник;1\r\n`;
const ACCOUNTS =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n' +
  accountRow('7200000001', HAND_INN.a, '1') +
  accountRow('7200000002', HAND_INN.a, '2') +
  accountRow('7200000003', HAND_INN.b, '3');
const charge = (n: string, month: string, rub: string) => `${n};${month};${SERVICE};${rub}\r\n`;
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  charge('7200000001', '05.2026', '3000,00') +
  charge('7200000001', '06.2026', '3000,00') +
  charge('7200000001', '07.2026', '1500,00') +
  charge('7200000001', '08.2026', '2000,00') +
  charge('7200000001', '09.2026', '2000,00') +
  charge('7200000002', '06.2026', '1000,00') +
  charge('7200000003', '03.2026', '2000,00');
const PAYMENTS =
  'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа\r\n' +
  '7200000001;10.07.2026;3000,00;06.2026;П-1\r\n';

export interface HandDistrict {
  core: Core;
  close(): Promise<void>;
}

/** A fresh core with the three accounts above, in its own temporary folder (removed by `close`). */
export async function openMonthlyRunHandDistrict(): Promise<HandDistrict> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-run-hand-'));
  const core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => HAND_NOW,
  });
  await importBillingTexts(
    core,
    dir,
    { 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES, 'payments.csv': PAYMENTS },
    HAND_NOW,
  );
  return {
    core,
    close: async () => {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
