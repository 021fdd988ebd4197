/**
 * Measure 3 on a district of eight accounts built by hand and imported as billing files (real SQLite, real
 * migrations, the real import, the monthly run of measure 4), as of 26.11.2026:
 *
 * - 7100000001, УК «Пени»: 3 000,00 for 05.2026, 3 000,00 for 06.2026 (paid 10.07.2026, on time), 1 500,00 for
 *   07.2026, 2 000,00 for 08.2026 and for 09.2026, unpaid. Due the 15th of the next month (177-ФЗ). In September
 *   2026 at 9,5 % (min of 9,5 % and the key rate 14 %):
 *   May's 3 000,00 — delay day 1 = 16.06, day 31 = 16.07, day 91 = 14.09: 01–13.09 at 1/300,
 *     3 000 × 13 × 0,095 / 300 = 12,35; 14–30.09 at 1/130, 3 000 × 17 × 0,095 / 130 = 37,269… = 37,27;
 *   July's 1 500,00 — day 1 = 16.08, day 31 = 15.09: 15–30.09 at 1/300, 1 500 × 16 × 0,095 / 300 = 7,60;
 *   August's 2 000,00 — due 15.09, in its free days to the month end.
 *   Penalty of the month 12,35 + 37,27 + 7,60 = 57,22. In all by 30.09: May 16.07–13.09 (60 days at 1/300)
 *   3 000 × 60 × 0,095 / 300 = 57,00, plus 37,27, plus 7,60 = 101,87.
 *   Overdue on 26.11.2026: 3 000 + 1 500 + 2 000 + 2 000 (September, due 15.10) = 8 500,00.
 * - 7100000002: 1 000,00 for 08.2026 unpaid — in September only its free days (0,00, reason «grace»).
 * - 7100000003: September and October paid on time, November's 2 000,00 due 15.12.2026 — not yet due: no debtor.
 * - 7100000004, УК «Без пени» (contract excludes penalty): 5 000,00 for 05.2026 unpaid.
 * - 7100000005: August paid on 14.09 (on time), October's 2 500,00 unpaid (due 15.11): overdue today, but
 *   nothing was overdue in September (0,00, reason «not overdue in the month»).
 * - 7100000006: punctual; 7100000008: closed, 1 000,00 for 05.2026 unpaid.
 * - 7100000007, imported after the run: 4 000,00 for 06.2026 unpaid — not in the run until it is repeated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importBillingTexts } from '../support/import-billing-texts';
import { runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import type { EpdCoverage, EpdExportResult } from '../../shared/api/contract-epd';
import { sessionFor } from '../support/api-calls';

const NOW = Date.UTC(2026, 10, 26, 9);
const PERSON = 'г. Красногорск, ул. Ленина, д. 5';
const UK =
  'Наименование УК;ИНН;Пени начисляются\r\nООО «УК Пени»;5024000011;да\r\nООО «УК Без пени»;5024000022;нет\r\n';
const accountRow = (n: string, inn: string, flat: string, state = 'открыт') =>
  `${n};${inn};${PERSON};${flat};частная;собственник;${state};Жильцова Анна Ивановна;собственник;1\r\n`;
const ACCOUNTS_HEADER =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n';
const ACCOUNTS =
  ACCOUNTS_HEADER +
  accountRow('7100000001', '5024000011', '1') +
  accountRow('7100000002', '5024000011', '2') +
  accountRow('7100000003', '5024000011', '3') +
  accountRow('7100000004', '5024000022', '4') +
  accountRow('7100000005', '5024000011', '5') +
  accountRow('7100000006', '5024000011', '6') +
  accountRow('7100000008', '5024000011', '8', 'закрыт');
const SERVICE = 'Содержание жилого помещения';
const charge = (n: string, month: string, rub: string) => `${n};${month};${SERVICE};${rub}\r\n`;
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  charge('7100000001', '05.2026', '3000,00') +
  charge('7100000001', '06.2026', '3000,00') +
  charge('7100000001', '07.2026', '1500,00') +
  charge('7100000001', '08.2026', '2000,00') +
  charge('7100000001', '09.2026', '2000,00') +
  charge('7100000002', '08.2026', '1000,00') +
  charge('7100000003', '09.2026', '2000,00') +
  charge('7100000003', '10.2026', '2000,00') +
  charge('7100000003', '11.2026', '2000,00') +
  charge('7100000004', '05.2026', '5000,00') +
  charge('7100000005', '08.2026', '2000,00') +
  charge('7100000005', '10.2026', '2500,00') +
  charge('7100000006', '08.2026', '2000,00') +
  charge('7100000008', '05.2026', '1000,00');
const PAYMENTS =
  'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа\r\n' +
  '7100000001;10.07.2026;3000,00;06.2026;П-1\r\n' +
  '7100000003;10.10.2026;2000,00;09.2026;П-2\r\n' +
  '7100000003;10.11.2026;2000,00;10.2026;П-3\r\n' +
  '7100000005;14.09.2026;2000,00;08.2026;П-4\r\n' +
  '7100000006;10.09.2026;2000,00;08.2026;П-5\r\n';

/** «1 500,00» with the no-break spaces the text writes between thousands. */
const nb = (s: string) => s.replace(/(\d) (\d)/g, '$1\u00a0$2');

let core: Core;
let dir: string;

const importCsv = (files: Record<string, string>): Promise<void> => importBillingTexts(core, dir, files, NOW);
const run = (period: string) =>
  runMonthlyPenalty({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    period,
    companyId: null,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    threads: 1,
  });
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, sessionFor(core, method));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}
/** The CSV as the billing centre reads it: windows-1251, «;», quoted cells. */
function readCsv(base64: string): string[][] {
  return parse(iconv.decode(Buffer.from(base64, 'base64'), 'win1251'), { delimiter: ';' }) as string[][];
}
const reasons = (c: EpdCoverage) =>
  Object.fromEntries(c.exceptions.map((e) => [e.number, [e.reason, e.affectsCoverage]]));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-epd-hand-'));
  core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  await importCsv({ 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES, 'payments.csv': PAYMENTS });
  await run('2026-09');
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ЕПД on a hand-built district', () => {
  it('prints the hand-worked penalty and its explanation for the small account', async () => {
    const result = await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'csv' });
    const rows = readCsv(result.base64);
    expect(rows[0]).toEqual(['Лицевой счёт', 'Пени за месяц, руб.', 'Задолженность по пени, руб.', 'Пояснение']);
    const row = rows.find((r) => r[0] === '7100000001');
    expect(row).toEqual([
      '7100000001',
      '57,22',
      '101,87',
      nb(
        'Пени за сентябрь 2026: 57,22 руб. — на долг до 4 500,00 руб. за 30 дн. по 1/300 и 1/130 ставки 9,5 % ' +
          '(1/300: 3 000,00 за 13 дн. + 1 500,00 за 16 дн. = 19,95; 1/130: 3 000,00 за 17 дн. = 37,27). ' +
          'Долг по пени на 30.09.2026: 101,87 руб.',
      ),
    ]);
    expect(rows.find((r) => r[0] === '7100000002')?.slice(1)).toEqual([
      '0,00',
      '0,00',
      nb(
        'Пени за сентябрь 2026: 0,00 руб. — просрочка долга 1 000,00 руб. не более 30 дней, пени не начисляются ' +
          '(ЖК РФ ст. 155 ч. 14). Долг по пени на 30.09.2026: 0,00 руб.',
      ),
    ]);
    expect(rows.find((r) => r[0] === '7100000005')?.[3]).toBe(
      'Пени за сентябрь 2026: 0,00 руб. — просроченной задолженности нет. Долг по пени на 30.09.2026: 0,00 руб.',
    );
    // The УК whose contract excludes penalty has no run, so no rows; the closed account is in no run.
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '7100000001',
      '7100000002',
      '7100000003',
      '7100000005',
      '7100000006',
    ]);
  });

  it('gives the full calculation on request as a column of the XLSX', async () => {
    const result = await call<EpdExportResult>('epd.export', {
      period: '2026-09',
      format: 'xlsx',
      fullCalculation: 'column',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(result.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Лицевой счёт',
      'Пени за месяц, руб.',
      'Задолженность по пени, руб.',
      'Пояснение',
      'Расчёт пени полностью',
    ]);
    let found: ExcelJS.Row | null = null;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === '7100000001') found = r;
    });
    const row = found as unknown as ExcelJS.Row;
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual([57.22, 101.87]);
    expect(row.getCell(5).value).toBe(
      nb(
        'Пени за сентябрь 2026: 57,22 руб. (ЖК РФ ст. 155 ч. 14 и 14.1). Расчёт: ' +
          'на долг 3 000,00 руб. за 05.2026 — 13 дн. (01.09.2026–13.09.2026) по 1/300 ставки 9,5 % = 12,35 руб.; ' +
          'на долг 3 000,00 руб. за 05.2026 — 17 дн. (14.09.2026–30.09.2026) по 1/130 ставки 9,5 % = 37,27 руб.; ' +
          'на долг 1 500,00 руб. за 07.2026 — 14 дн. (01.09.2026–14.09.2026) без пени (первые 30 дней просрочки); ' +
          'на долг 1 500,00 руб. за 07.2026 — 16 дн. (15.09.2026–30.09.2026) по 1/300 ставки 9,5 % = 7,60 руб.; ' +
          'на долг 2 000,00 руб. за 08.2026 — 15 дн. (16.09.2026–30.09.2026) без пени (первые 30 дней просрочки). ' +
          'Задолженность по пени на 30.09.2026: 101,87 руб.',
      ),
    );
  });

  it('counts only overdue debtors: with penalty, or 0,00 with the reason; not-yet-due is no debtor', async () => {
    const c = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
    expect(c).toMatchObject({
      debtorAccounts: 5,
      coveredAccounts: 5,
      withPenaltyAccounts: 1,
      coveragePercent: 100,
      companiesWithoutRun: [],
    });
    expect(reasons(c)).toEqual({
      '7100000002': ['grace', false],
      '7100000004': ['company_excluded', false],
      '7100000005': ['not_overdue_in_month', false],
      '7100000008': ['closed', false],
    });
    expect(c.exceptions.find((e) => e.number === '7100000004')).toMatchObject({
      debtKopecks: 500000,
      companyName: 'ООО «УК Без пени»',
      reasonText: 'договор управления УК не предусматривает начисление пени',
    });
  });

  it('an account added after the run lowers coverage until the run is repeated; a month without a run lists all', async () => {
    await importCsv({
      'accounts-2.csv': ACCOUNTS_HEADER + accountRow('7100000007', '5024000011', '7'),
      'charges-2.csv': 'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' + charge('7100000007', '06.2026', '4000,00'),
    });
    const before = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
    expect(before).toMatchObject({ debtorAccounts: 6, coveredAccounts: 5, coveragePercent: 83.3 });
    expect(before.exceptions[0]).toMatchObject({ number: '7100000007', reason: 'not_in_run', affectsCoverage: true });
    await run('2026-09');
    const after = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
    expect(after).toMatchObject({
      debtorAccounts: 6,
      coveredAccounts: 6,
      withPenaltyAccounts: 2,
      coveragePercent: 100,
    });

    const august = await call<EpdCoverage>('epd.coverage', { period: '2026-08' });
    // 7100000004 (contract) and 7100000008 (closed) are lawful; the four others wait for the August run: 2 / 6.
    expect(august).toMatchObject({ debtorAccounts: 6, coveredAccounts: 2, coveragePercent: 33.3 });
    expect(reasons(august)).toEqual({
      '7100000001': ['no_run', true],
      '7100000002': ['no_run', true],
      '7100000005': ['no_run', true],
      '7100000007': ['no_run', true],
      '7100000004': ['company_excluded', false],
      '7100000008': ['closed', false],
    });
    expect(august.companiesWithoutRun).toEqual(['ООО «УК Пени»']);
  });
});
