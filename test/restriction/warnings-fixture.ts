/**
 * @file A district of six accounts built by hand and imported as billing files (real SQLite, real migrations, the real
 * import), for the tests of measure 8's warnings, delivery and timers; the clock is the test's (06.12.2026 09:00
 * Moscow unless moved). One УК «ООО «УК Тестовая»» with bank details; the default signer of letters set.
 *
 * The figures, by hand (due the 10th/15th of the next month — every month up to 10.2026 is overdue on 06.12.2026;
 * no norm loaded, so the threshold is 2 × the average monthly charge of the service over 12.2025–11.2026):
 * - 8100000001, two owners 1/2 (Соболева Нина Юрьевна, Соболев Алексей Ростиславович): Содержание 2 000,00 and
 *   Водоотведение 500,00 for each month 05–10.2026; a payment of 1 250,00 for 05.2026 is shared 4 : 1 — 1 000,00
 *   to Содержание, 250,00 to Водоотведение. Водоотведение overdue: 250,00 + 5 × 500,00 = 2 750,00; threshold
 *   2 × 500,00 = 1 000,00.
 * - 8100000002, Жильцова Анна Ивановна: Водоотведение 500,00 × 6, 05–09 paid → 500,00 overdue ≤ 1 000,00: refused.
 * - 8100000003, Петров Пётр Петрович: Водоотведение 600,00 × 6 unpaid → 3 600,00; threshold 1 200,00.
 * - 8100000004, Агеева Ольга Николаевна: as 3, paid 1 800,00 on 24.11.2026 — the first instalment of an agreement
 *   the test signs (1 800,00 due 25.11.2026, 1 800,00 due 25.12.2026): kept on 06.12.2026 → refused.
 * - 8100000005 and 8100000006 (Белов Иван Сергеевич, Белова Мария Ивановна): as 3 — the failed call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { saveClaimSigner } from '../../electron/core/claims/claim-signers';

/** 06.12.2026 09:00 Moscow time. */
export const START_MS = Date.parse('2026-12-06T09:00:00+03:00');
export const at = (date: string) => Date.parse(`${date}T09:00:00+03:00`);

const UK =
  'Наименование УК;ИНН;КПП;ОГРН;Адрес УК;Телефон УК;Банк;БИК;Корр. счёт;Расчётный счёт;День оплаты по договору;Пени начисляются\r\n' +
  'ООО «УК Тестовая»;5024000033;502401001;1105024000033;143402, Московская обл., г. Красногорск, ул. Ленина, д. 1;8 (495) 000-11-22;ПАО Сбербанк;044525225;30101810400000000225;40702810938000012345;;да\r\n';
const HEADER =
  'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Площадь, м2;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n';
const HOUSE = 'г. Красногорск, ул. Кирова, д. 5';
const person = (n: string, flat: string, name: string, share: string) =>
  `${n};5024000033;${HOUSE};1;${flat};50,0;частная;собственник;открыт;${name};собственник;${share}\r\n`;
const ACCOUNTS =
  HEADER +
  person('8100000001', '1', 'Соболева Нина Юрьевна', '1/2') +
  person('8100000001', '1', 'Соболев Алексей Ростиславович', '1/2') +
  person('8100000002', '2', 'Жильцова Анна Ивановна', '1') +
  person('8100000003', '3', 'Петров Пётр Петрович', '1') +
  person('8100000004', '4', 'Агеева Ольга Николаевна', '1') +
  person('8100000005', '5', 'Белов Иван Сергеевич', '1') +
  person('8100000006', '6', 'Белова Мария Ивановна', '1');
const MONTHS = ['05', '06', '07', '08', '09', '10'];
const charge = (n: string, service: string, rub: string) =>
  MONTHS.map((m) => `${n};${m}.2026;${service};${rub}\r\n`).join('');
const SEWAGE = 'Водоотведение';
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  charge('8100000001', 'Содержание жилого помещения', '2000,00') +
  charge('8100000001', SEWAGE, '500,00') +
  charge('8100000002', SEWAGE, '500,00') +
  charge('8100000003', SEWAGE, '600,00') +
  charge('8100000004', SEWAGE, '600,00') +
  charge('8100000005', SEWAGE, '600,00') +
  charge('8100000006', SEWAGE, '600,00');
const PAYMENTS =
  'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа\r\n' +
  '8100000001;10.06.2026;1250,00;05.2026;П-1\r\n' +
  '8100000004;24.11.2026;1800,00;;П-4\r\n' +
  ['05', '06', '07', '08', '09']
    .map((m, i) => `8100000002;05.${String(Number(m) + 1).padStart(2, '0')}.2026;500,00;${m}.2026;П-2${i}\r\n`)
    .join('');

export interface HandDistrict {
  core: Core;
  clock: { now: number };
  dir: string;
  accountId(number: string): number;
  close(): Promise<void>;
}

export async function openHandDistrict(): Promise<HandDistrict> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-restriction-'));
  const clock = { now: START_MS };
  const core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => clock.now,
  });
  const files = Object.entries({
    'uk.csv': UK,
    'accounts.csv': ACCOUNTS,
    'charges.csv': CHARGES,
    'payments.csv': PAYMENTS,
  }).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, iconv.encode(text, 'win1251'));
    return { path: file, fileName: name };
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: clock.now,
    files,
  });
  saveClaimSigner(
    core.ctx.sqlite,
    null,
    {
      fullName: 'Петрова Анна Сергеевна',
      position: 'Начальник отдела по работе с задолженностью',
      phone: '+7 (495) 563-12-34',
    },
    { userId: null, name: 'Администратор' },
    clock.now,
    '2026-12-06',
  );
  const ids = new Map(
    (core.ctx.sqlite.prepare('SELECT id, number FROM accounts').all() as Array<{ id: number; number: string }>).map(
      (r) => [r.number, r.id],
    ),
  );
  return {
    core,
    clock,
    dir,
    accountId: (n) => {
      const id = ids.get(n);
      if (id === undefined) throw new Error(`no account ${n}`);
      return id;
    },
    close: async () => {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
