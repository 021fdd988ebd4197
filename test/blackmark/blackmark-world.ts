/**
 * @file A hand-made district for the «Чёрная метка» raids (measure 7), imported as billing files through the real
 * import on real migrations; the clock is the test's (06.12.2026 09:00 Moscow unless moved). One УК; every account
 * is charged each month 05–10.2026 (due the next month, so all six are overdue on 06.12.2026); one person with a
 * phone per account — none of the names or phones may reach a route sheet or a visit card.
 *
 * The figures, by hand (overdue debt = 6 × the monthly charge, minus payments):
 *   ул. Кирова, д. 5    кв. 7  (под. 1)  8200000010  11 000 × 6 = 66 000,00   candidate
 *   ул. Кирова, д. 12   кв. 12 (под. 1)  8200000001  10 000 × 6 = 60 000,00   candidate
 *                       кв. 3  (под. 1)  8200000002   9 000 × 6 = 54 000,00   candidate
 *                       кв. 40 (под. 2)  8200000003  15 000 × 6 = 90 000,00   candidate
 *   ул. Ленина, д. 3    кв. 7            8200000004  20 000 × 6 = 120 000,00  paused until 31.12.2026
 *                       кв. 1            8200000005  12 000 × 6 = 72 000,00   a joint raid visited it on 03.12.2026
 *                       кв. 2            8200000006  11 000 × 6 − 6 000 = 60 000,00  keeps a signed agreement
 *   ул. Мира, д. 10     кв. 5            8200000007   8 000 × 6 = 48 000,00   below 50 000,00
 *                       кв. 9            8200000008  10 000 × 6 = 60 000,00   contact block (in hospital)
 *                       кв. 15           8200000009  Водоотведение 10 000 × 6 = 60 000,00 — a restriction warning
 *                                                    delivered 02.11.2026, term ended 22.11.2026: the only
 *                                                    account a demonstrative disconnection may take
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importBillingTexts } from '../support/import-billing-texts';
import { writeJournal } from '../../electron/core/journal/journal-writer';
import { saveUpload } from '../../electron/core/billing/upload-store';

export const START_MS = Date.parse('2026-12-06T09:00:00+03:00');
export const at = (date: string) => Date.parse(`${date}T10:00:00+03:00`);

const UK =
  'Наименование УК;ИНН;КПП;ОГРН;Адрес УК;Телефон УК;Банк;БИК;Корр. счёт;Расчётный счёт;День оплаты по договору;Пени начисляются\r\n' +
  'ООО «УК Метка»;5024000044;502401001;1105024000044;143402, Московская обл., г. Красногорск, ул. Ленина, д. 1;8 (495) 000-22-33;ПАО Сбербанк;044525225;30101810400000000225;40702810938000054321;;да\r\n';
const HEADER =
  'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Площадь, м2;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля;Телефон\r\n';

interface Flat {
  n: string;
  house: string;
  entrance: string;
  flat: string;
  name: string;
  phone: string;
  service: string;
  monthly: string;
}

const SERVICE = 'Содержание жилого помещения';
export const FLATS: Flat[] = [
  {
    n: '8200000010',
    house: 'г. Красногорск, ул. Кирова, д. 5',
    entrance: '1',
    flat: '7',
    name: 'Ковалёва Дарья Олеговна',
    phone: '+79165550110',
    service: SERVICE,
    monthly: '11000,00',
  },
  {
    n: '8200000001',
    house: 'г. Красногорск, ул. Кирова, д. 12',
    entrance: '1',
    flat: '12',
    name: 'Громов Игорь Витальевич',
    phone: '+79165550101',
    service: SERVICE,
    monthly: '10000,00',
  },
  {
    n: '8200000002',
    house: 'г. Красногорск, ул. Кирова, д. 12',
    entrance: '1',
    flat: '3',
    name: 'Лапина Светлана Петровна',
    phone: '+79165550102',
    service: SERVICE,
    monthly: '9000,00',
  },
  {
    n: '8200000003',
    house: 'г. Красногорск, ул. Кирова, д. 12',
    entrance: '2',
    flat: '40',
    name: 'Тихонов Роман Андреевич',
    phone: '+79165550103',
    service: SERVICE,
    monthly: '15000,00',
  },
  {
    n: '8200000004',
    house: 'г. Красногорск, ул. Ленина, д. 3',
    entrance: '',
    flat: '7',
    name: 'Усова Нина Павловна',
    phone: '+79165550104',
    service: SERVICE,
    monthly: '20000,00',
  },
  {
    n: '8200000005',
    house: 'г. Красногорск, ул. Ленина, д. 3',
    entrance: '',
    flat: '1',
    name: 'Фомин Кирилл Ильич',
    phone: '+79165550105',
    service: SERVICE,
    monthly: '12000,00',
  },
  {
    n: '8200000006',
    house: 'г. Красногорск, ул. Ленина, д. 3',
    entrance: '',
    flat: '2',
    name: 'Чернова Алла Борисовна',
    phone: '+79165550106',
    service: SERVICE,
    monthly: '11000,00',
  },
  {
    n: '8200000007',
    house: 'г. Красногорск, ул. Мира, д. 10',
    entrance: '',
    flat: '5',
    name: 'Шубин Олег Денисович',
    phone: '+79165550107',
    service: SERVICE,
    monthly: '8000,00',
  },
  {
    n: '8200000008',
    house: 'г. Красногорск, ул. Мира, д. 10',
    entrance: '',
    flat: '9',
    name: 'Щукина Вера Львовна',
    phone: '+79165550108',
    service: SERVICE,
    monthly: '10000,00',
  },
  {
    n: '8200000009',
    house: 'г. Красногорск, ул. Мира, д. 10',
    entrance: '',
    flat: '15',
    name: 'Яковлев Глеб Семёнович',
    phone: '+79165550109',
    service: 'Водоотведение',
    monthly: '10000,00',
  },
];

/** Surnames and phone tails of everyone in the district: none may appear on a raid's paper. */
export const PERSONAL = FLATS.flatMap((f) => [f.name.split(' ')[0]!, f.phone.slice(-7), f.phone.slice(-4)]);

const MONTHS = ['05', '06', '07', '08', '09', '10'];
const ACCOUNTS =
  HEADER +
  FLATS.map(
    (f) =>
      `${f.n};5024000044;${f.house};${f.entrance};${f.flat};50,0;частная;собственник;открыт;${f.name};собственник;1;${f.phone}\r\n`,
  ).join('');
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  FLATS.flatMap((f) => MONTHS.map((m) => `${f.n};${m}.2026;${f.service};${f.monthly}\r\n`)).join('');
const PAYMENTS =
  'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа\r\n' +
  '8200000006;24.11.2026;6000,00;;П-6\r\n';

export interface BlackmarkWorld {
  core: Core;
  clock: { now: number };
  dir: string;
  id(number: string): number;
  sql<T>(query: string, ...args: unknown[]): T[];
  upload(name: string, bytes: Buffer): Promise<string>;
  close(): Promise<void>;
}

export async function openBlackmarkWorld(): Promise<BlackmarkWorld> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-blackmark-'));
  const clock = { now: START_MS };
  const core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => clock.now,
  });
  await importBillingTexts(
    core,
    dir,
    { 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES, 'payments.csv': PAYMENTS },
    clock.now,
  );
  const db = core.ctx.sqlite;
  const ids = new Map(
    (db.prepare('SELECT id, number FROM accounts').all() as Array<{ id: number; number: string }>).map((r) => [
      r.number,
      r.id,
    ]),
  );
  const id = (n: string) => {
    const v = ids.get(n);
    if (v === undefined) throw new Error(`no account ${n}`);
    return v;
  };
  // Paused, blocked, visited by a joint raid three days ago, a kept agreement, a restriction case past its term.
  db.prepare(
    `UPDATE accounts SET paused_until_date = '2026-12-31', pause_reason = 'спор по начислениям' WHERE id = ?`,
  ).run(id('8200000004'));
  db.prepare(
    `INSERT INTO contact_blocks (account_id, category, note, user_name, at_ms) VALUES (?, 'hospital', NULL, 'тест', 0)`,
  ).run(id('8200000008'));
  writeJournal(db, { userId: null, name: 'тест' }, at('2026-12-03'), {
    kind: 'fssp.raid_visit',
    accountId: id('8200000005'),
    summary: 'Рейд 03.12.2026: нет доступа.',
    actionDate: '2026-12-03',
  });
  const agreement = db
    .prepare(
      `INSERT INTO repayment_agreements (account_id, number, status, total_kopecks, signed_date, tolerance_kopecks,
         grace_days, measure, user_name, created_at_ms, updated_at_ms)
       VALUES (?, 'С-2026-0007', 'signed', 1200000, '2026-11-20', 10000, 5, 8, 'тест', 0, 0)`,
    )
    .run(id('8200000006')).lastInsertRowid;
  db.prepare(
    `INSERT INTO agreement_instalments (agreement_id, seq, due_date, amount_kopecks)
     VALUES (?, 1, '2026-11-25', 600000), (?, 2, '2026-12-25', 600000)`,
  ).run(agreement, agreement);
  db.prepare(
    `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis, as_of_date,
       warning_date, delivery_method, delivered_date, timer_ends_date, user_name, created_at_ms, updated_at_ms)
     VALUES (?, 'Водоотведение', 'delivered', 5000000, 1000000, 'average', '2026-10-30', '2026-10-30', 'signature',
       '2026-11-02', '2026-11-22', 'тест', 0, 0)`,
  ).run(id('8200000009'));
  return {
    core,
    clock,
    dir,
    id,
    sql: <T>(query: string, ...args: unknown[]) => db.prepare(query).all(...args) as T[],
    upload: async (name, bytes) => (await saveUpload(core.ctx.dataDir, name, bytes)).uploadId,
    close: async () => {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
