/**
 * @file A small building of our own for the stairwell-notice tests (measure 6), imported through the real import
 * into a fresh core (real SQLite, real migrations) with a frozen clock. Every flat's charges and payments are
 * written here by hand, so each flat's debt and months in arrears are known without running the code:
 *
 * One service, «Содержание жилого помещения», 4 000,00 ₽ a month for 01.2026–10.2026 (ten months, all due by
 * 15.11.2026, before «today» 26.11.2026), charged to every flat. Payments name the month they pay. Every flat is
 * also charged 4 000,00 for 11.2026, due 15.12.2026: not yet due today, so it is nobody's debt on a notice
 * (кв. 10 owes 13 999,99 in all but only 9 999,99 overdue; кв. 1 owes only the coming month).
 * The debts below are overdue debts:
 *
 * Entrance 1 (flats 1–14, more than the few-flats limit of 12 → listed flat by flat):
 *   кв. 1  — all ten months paid                                   → no debt
 *   кв. 2  — 01–09 paid, 10 unpaid                                  → 4 000,00, 1 month
 *   кв. 3  — 01–07 paid, 08–10 unpaid                               → 12 000,00, 3 months
 *   кв. 4  — all paid, plus a heating recalculation of 12 000,00 in 10.2026 unpaid → 12 000,00, 1 month
 *   кв. 5  — nothing paid                                           → 40 000,00, 10 months
 *   кв. 6  — nothing paid, work paused (a dispute) until 31.12.2026 → 40 000,00, 10 months, paused
 *   кв. 7  — nothing paid, account closed                           → 40 000,00, 10 months, closed
 *   кв. 8  — 2 000,00 paid for each month                           → 20 000,00, 10 months
 *   кв. 9  — 01–07 paid, 2 000,00 for 08                            → 10 000,00, 3 months
 *   кв. 10 — 01–07 paid, 2 000,01 for 08                            → 9 999,99, 3 months
 *   кв. 11–14 — all paid                                            → no debt
 * Entrance 2 (flats 15–18, four flats → totals only):
 *   кв. 15 — nothing paid                                           → 40 000,00, 10 months
 *   кв. 16 — 01–07 paid, 08–10 unpaid                               → 12 000,00, 3 months
 *   кв. 17 — all paid                                               → no debt
 *   кв. 18 — 01–09 paid                                             → 4 000,00, 1 month
 * A second building (one flat, nothing paid) must never appear on the first building's notice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles } from '../../electron/core/billing/import-files';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';

/** 26.11.2026, 12:00 in Moscow. */
export const NOW = Date.UTC(2026, 10, 26, 9);
export const TODAY = '2026-11-26';
export const ADDRESS = 'г. Красногорск, ул. Проверочная, д. 3';
export const OTHER_ADDRESS = 'г. Красногорск, ул. Проверочная, д. 5';
export const COMPANY = 'ООО «УК Проверка»';

const INN = '5024000011';
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];
const MONTHLY = '4000,00';

/** Residents' names: none of them (or their initials) may ever appear on a notice. */
export const RESIDENTS: Record<number, string> = {
  1: 'Абрамов Игорь Петрович',
  2: 'Белова Светлана Андреевна',
  3: 'Васильев Олег Николаевич',
  4: 'Гусева Любовь Данииловна',
  5: 'Дмитриев Кирилл Юрьевич',
  6: 'Егорова Марина Львовна',
  7: 'Жуков Артём Сергеевич',
  8: 'Зайцева Ирина Олеговна',
  9: 'Ильин Роман Викторович',
  10: 'Комарова Дарья Ильинична',
  11: 'Лебедев Фёдор Максимович',
  12: 'Морозова Вера Степановна',
  13: 'Никитин Глеб Аркадьевич',
  14: 'Орлова Алиса Тимуровна',
  15: 'Павлов Семён Германович',
  16: 'Романова Полина Эдуардовна',
  17: 'Соколов Тимофей Ильдарович',
  18: 'Тарасова Нина Рустамовна',
};

export const accountNumber = (flat: number): string => `81000000${String(flat).padStart(2, '0')}`;
export const OTHER_ACCOUNT = '8100000099';

/** Payments by flat: [month it names, amount]. */
function paymentsOf(flat: number): Array<[string, string]> {
  const all = (months: readonly string[], amount = MONTHLY): Array<[string, string]> => months.map((m) => [m, amount]);
  switch (flat) {
    case 2:
    case 18:
      return all(MONTHS.slice(0, 9));
    case 3:
    case 16:
      return all(MONTHS.slice(0, 7));
    case 5:
    case 6:
    case 7:
    case 15:
      return [];
    case 8:
      return all(MONTHS, '2000,00');
    case 9:
      return [...all(MONTHS.slice(0, 7)), ['08', '2000,00']];
    case 10:
      return [...all(MONTHS.slice(0, 7)), ['08', '2000,01']];
    default:
      return all(MONTHS);
  }
}

function csv(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

export function writeBuildingFiles(dir: string): string[] {
  const flats = Object.keys(RESIDENTS).map(Number);
  const uk = csv([
    'Наименование УК;ИНН;Адрес УК;Телефон УК',
    `${COMPANY};${INN};г. Красногорск, ул. Ленина, д. 1;+7 495 000-00-00`,
  ]);
  const accounts = csv([
    'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля;Телефон',
    ...flats.map(
      (f) =>
        `${accountNumber(f)};${INN};${ADDRESS};${f <= 14 ? 1 : 2};${f};частная;собственник;${f === 7 ? 'закрыт' : 'открыт'};${RESIDENTS[f]};собственник;1;+7 916 555-${String(f).padStart(2, '0')}-${String(f * 3).padStart(2, '0')}`,
    ),
    `${OTHER_ACCOUNT};${INN};${OTHER_ADDRESS};1;1;частная;собственник;открыт;Уткин Юрий Юрьевич;собственник;1;`,
  ]);
  const charges = csv([
    'Лицевой счёт;Период;Услуга;Начислено, руб.',
    ...[...flats.map(accountNumber), OTHER_ACCOUNT].flatMap((n) =>
      MONTHS.map((m) => `${n};${m}.2026;Содержание жилого помещения;${MONTHLY}`),
    ),
    `${accountNumber(4)};10.2026;Отопление;12000,00`,
    // Not yet due on 26.11.2026 (due 15.12.2026).
    ...[...flats.map(accountNumber), OTHER_ACCOUNT].map((n) => `${n};11.2026;Содержание жилого помещения;${MONTHLY}`),
  ]);
  let doc = 0;
  const payments = csv([
    'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа',
    ...flats.flatMap((f) =>
      paymentsOf(f).map(([m, amount]) => {
        // Paid on the 5th of the following month: before each month's due date.
        const next = Number(m) + 1;
        doc += 1;
        return `${accountNumber(f)};05.${String(next).padStart(2, '0')}.2026;${amount};${m}.2026;П-${doc}`;
      }),
    ),
  ]);
  const files: Array<[string, string]> = [
    ['uk.csv', uk],
    ['accounts.csv', accounts],
    ['charges.csv', charges],
    ['payments.csv', payments],
  ];
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text, 'utf8');
    return file;
  });
}

export async function openBuildingCore(): Promise<Core> {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-notice-files-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-notice-data-'));
  const files = writeBuildingFiles(source);
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: files.map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(source, { recursive: true, force: true });
  return core;
}

export function accountId(core: Core, flat: number): number {
  return core.ctx.sqlite.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(accountNumber(flat)) as number;
}

export function buildingId(core: Core, address = ADDRESS): number {
  return core.ctx.sqlite.prepare('SELECT id FROM buildings WHERE address = ?').pluck().get(address) as number;
}
