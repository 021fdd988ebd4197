/**
 * @file A small measure-8 world built by hand and loaded through the real billing import (real migrations, a clock
 * the test moves), with restriction cases inserted as the warnings helper would leave them once delivered — their
 * debt and threshold taken from `readServiceDebts` on the warning day, so the rows are what the real warning makes.
 *
 * Sewage (Водоотведение) charged 05–10.2026, due the 15th of the next month (177-ФЗ), no norm loaded, so the
 * threshold is 2 × the average monthly charge of the last 12 months:
 *
 *   7200000001  УК «Север»  ул. Лесная, д. 4, кв. 12  1 000,00 × 6 = 6 000,00 overdue; threshold 2 × 1 000,00 = 2 000,00
 *   7200000002  УК «Север»  ул. Лесная, д. 4, кв. 15  the same 6 000,00 (pays 5 000,00 later: 1 000,00 ≤ 2 000,00)
 *   7200000003  УК «Юг»     ул. Садовая, д. 2, кв. 3  1 500,00 × 6 = 9 000,00; threshold 3 000,00
 *   7200000004  УК «Север»  ул. Лесная, д. 4, кв. 20  the same as 0001, warned but the warning NOT delivered
 *
 * Warning 20.11.2026; delivered D = 23.11.2026; the term's last day D + 20 = 13.12.2026 (23 + 20 = 43 = 30 + 13).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { readServiceDebts } from '../../electron/core/restriction/service-debt';
import { saveUpload } from '../../electron/core/billing/upload-store';

export const SEWAGE = 'Водоотведение';
export const WARNING_DATE = '2026-11-20';
export const DELIVERED = '2026-11-23';
export const TIMER_ENDS = '2026-12-13';

const UK = 'Наименование УК;ИНН\r\nООО «УК Север»;5024000031\r\nООО «УК Юг»;5024000032\r\n';
const ACCOUNTS =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n' +
  '7200000001;5024000031;г. Красногорск, ул. Лесная, д. 4;12;частная;собственник;открыт;Лесная Анна Ивановна;собственник;1\r\n' +
  '7200000002;5024000031;г. Красногорск, ул. Лесная, д. 4;15;частная;собственник;открыт;Ёлкин Пётр Ильич;собственник;1\r\n' +
  '7200000003;5024000032;г. Красногорск, ул. Садовая, д. 2;3;частная;собственник;открыт;Садовый Иван Петрович;собственник;1\r\n' +
  '7200000004;5024000031;г. Красногорск, ул. Лесная, д. 4;20;частная;собственник;открыт;Кленова Ольга Сергеевна;собственник;1\r\n';
const MONTHS = ['05', '06', '07', '08', '09', '10'];
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  ['7200000001', '7200000002', '7200000004']
    .flatMap((n) => MONTHS.map((m) => `${n};${m}.2026;${SEWAGE};1000,00\r\n`))
    .join('') +
  MONTHS.map((m) => `7200000003;${m}.2026;${SEWAGE};1500,00\r\n`).join('');

export interface OrdersWorld {
  core: Core;
  dir: string;
  /** Moves the test clock to 09:00 Moscow time of the day. */
  setDay(day: string): void;
  acc: Record<'a1' | 'a2' | 'a3' | 'a4', number>;
  cases: Record<'a1' | 'a2' | 'a3' | 'a4', number>;
  importPayments(name: string, rows: string[]): Promise<void>;
  upload(name: string, bytes: Buffer): Promise<string>;
}

const at = (day: string) => Date.parse(`${day}T09:00:00+03:00`);

export async function ordersWorld(): Promise<OrdersWorld> {
  // Not makeTempDir: that one is removed after each test, and this world lives through a whole file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-orders-'));
  let now = at('2026-12-06');
  const core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => now,
  });
  const importCsv = async (files: Record<string, string>) => {
    const specs = Object.entries(files).map(([name, text]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, iconv.encode(text, 'win1251'));
      return { path: file, fileName: name };
    });
    await importFiles({
      sqlite: core.ctx.sqlite,
      dataDir: core.ctx.dataDir,
      by: { userId: null, name: 'тест' },
      nowMs: now,
      files: specs,
    });
  };
  await importCsv({ 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES });
  const db = core.ctx.sqlite;
  const idOf = (n: string) => (db.prepare('SELECT id FROM accounts WHERE number = ?').get(n) as { id: number }).id;
  const acc = { a1: idOf('7200000001'), a2: idOf('7200000002'), a3: idOf('7200000003'), a4: idOf('7200000004') };
  const insertCase = (accountId: number, delivered: boolean): number => {
    const line = readServiceDebts(db, accountId, WARNING_DATE).find((l) => l.service === SEWAGE);
    if (!line?.threshold || !line.overThreshold) throw new Error('the fixture account is not over the threshold');
    return Number(
      db
        .prepare(
          `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis,
             as_of_date, restriction_possible, warning_date, delivery_method, delivered_date, timer_ends_date,
             user_name, created_at_ms, updated_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, 'signature', ?, ?, 'тест', ?, ?)`,
        )
        .run(
          accountId,
          SEWAGE,
          delivered ? 'delivered' : 'warned',
          line.debtKopecks,
          line.threshold.thresholdKopecks,
          line.threshold.basis,
          WARNING_DATE,
          WARNING_DATE,
          delivered ? DELIVERED : null,
          delivered ? TIMER_ENDS : null,
          now,
          now,
        ).lastInsertRowid,
    );
  };
  const cases = {
    a1: insertCase(acc.a1, true),
    a2: insertCase(acc.a2, true),
    a3: insertCase(acc.a3, true),
    a4: insertCase(acc.a4, false),
  };
  return {
    core,
    dir,
    setDay: (day) => {
      now = at(day);
    },
    acc,
    cases,
    importPayments: (name, rows) =>
      importCsv({
        [name]: 'Лицевой счёт;Дата оплаты;Сумма, руб.;Номер платежа\r\n' + rows.map((r) => `${r}\r\n`).join(''),
      }),
    upload: async (name, bytes) => (await saveUpload(core.ctx.dataDir, name, bytes)).uploadId,
  };
}

export async function closeOrdersWorld(w: OrdersWorld): Promise<void> {
  await w.core.close();
  fs.rmSync(w.dir, { recursive: true, force: true });
}

/** The first bytes of a PNG and of a PDF, and a text file dressed as a photo. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
export const PDF_BYTES = Buffer.from('%PDF-1.4\n% скан акта\n%%EOF\n', 'utf8');
export const FAKE_JPG = Buffer.from('MZ это не фотография, а программа', 'utf8');
