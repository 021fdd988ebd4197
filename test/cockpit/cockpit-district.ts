/**
 * @file A district small enough to count by hand, imported through the real import into a fresh core whose clock
 * stands at Wednesday 25.11.2026, 11:00 Moscow time (inside the contact hours), for the cockpit's tests.
 *
 * Three УК; the third's contract excludes penalty, so two УК need the monthly run. One service, eight unpaid
 * months 03.2026–10.2026 (the last one due 15.11.2026, so every month is overdue on 25.11), and November's charge,
 * due 15.12.2026 — not yet due, so not debt: the punctual payer, who has not paid it yet, is no debtor.
 *
 * | account    | УК    | house, entrance, flat    | owners              | monthly  | debt      | SMS phone |
 * |------------|-------|--------------------------|---------------------|----------|-----------|-----------|
 * | 1000000001 | Альфа | Ленина 1, подъезд 1, кв.1 | 1                   | 5 000 ₽  | 40 000 ₽  | yes       |
 * | 1000000002 | Альфа | Ленина 1, подъезд 1, кв.2 | 3 (1/3 each)        | 15 000 ₽ | 120 000 ₽ | yes (one) |
 * | 1000000003 | Альфа | Ленина 1, подъезд 2, кв.3 | 1                   | 14 000 ₽ | 112 000 ₽ | no        |
 * | 1000000004 | Бета  | Мира 2, подъезд 1, кв.1   | 1                   | 3 000 ₽  | 24 000 ₽  | no        |
 * | 1000000005 | Гамма | Садовая 3, подъезд 1, кв.1| 1, pays on time     | 2 000 ₽  | 0         | no        |
 *
 * «debt» is the overdue debt; every account also owes its November charge, not yet due.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { saveClaimSigner } from '../../electron/core/claims/claim-signers';

/** Wednesday 25.11.2026, 11:00 Moscow time. */
export const NOW = Date.parse('2026-11-25T08:00:00Z');
export const TODAY = '2026-11-25';
export const LAST_ENDED_PERIOD = '2026-10';

const UK = [
  'Наименование УК;ИНН;КПП;ОГРН;Адрес УК;Телефон УК;Банк;БИК;Корр. счёт;Расчётный счёт;День оплаты по договору;Пени начисляются',
  'ООО «УК Альфа»;5024555057;502401001;1055024418943;143409, Московская обл., г. Красногорск, ул. Ленина, д. 10;8 (495) 563-06-42;АО «ТБанк»;044525974;30101810145250000974;40702810008504539936;10;да',
  'ООО «УК Бета»;5024111220;502401001;1055024418950;143409, Московская обл., г. Красногорск, ул. Мира, д. 20;8 (495) 563-06-43;АО «ТБанк»;044525974;30101810145250000974;40702810008504539944;10;да',
  'ООО «УК Гамма»;5024333449;502401001;1055024418967;143409, Московская обл., г. Красногорск, ул. Садовая, д. 30;8 (495) 563-06-44;АО «ТБанк»;044525974;30101810145250000974;40702810008504539952;10;нет',
];

const HEAD =
  'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Площадь, м²;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля;Телефон;Согласие на SMS';
const ACCOUNTS = [
  HEAD,
  '1000000001;5024555057;г. Красногорск, ул. Ленина, д. 1;1;1;45,0;частная;собственник;открыт;Соколов Андрей Петрович;собственник;1;+7 (916) 111-22-33;да',
  '1000000002;5024555057;г. Красногорск, ул. Ленина, д. 1;1;2;90,0;частная;собственник;открыт;Орлова Мария Ивановна;собственник;1/3;+7 (916) 222-33-44;да',
  '1000000002;5024555057;г. Красногорск, ул. Ленина, д. 1;1;2;90,0;частная;собственник;открыт;Орлов Павел Сергеевич;собственник;1/3;;',
  '1000000002;5024555057;г. Красногорск, ул. Ленина, д. 1;1;2;90,0;частная;собственник;открыт;Орлова Анна Павловна;собственник;1/3;;',
  '1000000003;5024555057;г. Красногорск, ул. Ленина, д. 1;2;3;84,0;частная;собственник;открыт;Ким Виктор Олегович;собственник;1;;',
  '1000000004;5024111220;г. Красногорск, ул. Мира, д. 2;1;1;30,0;частная;собственник;открыт;Петров Иван Ильич;собственник;1;;',
  '1000000005;5024333449;г. Красногорск, ул. Садовая, д. 3;1;1;20,0;частная;собственник;открыт;Белова Ольга Юрьевна;собственник;1;;',
];

const MONTHS = ['03', '04', '05', '06', '07', '08', '09', '10'];
const MONTHLY: Record<string, string> = {
  '1000000001': '5000,00',
  '1000000002': '15000,00',
  '1000000003': '14000,00',
  '1000000004': '3000,00',
  '1000000005': '2000,00',
};

function charges(): string[] {
  const rows = ['Лицевой счёт;Период;Услуга;Начислено, руб.'];
  for (const [account, amount] of Object.entries(MONTHLY)) {
    for (const m of [...MONTHS, '11']) rows.push(`${account};${m}.2026;Содержание жилого помещения;${amount}`);
  }
  return rows;
}

/** Only the punctual payer pays: each month on the 10th of the next one. */
function payments(): string[] {
  const rows = ['Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Источник;Номер платежа'];
  for (const m of MONTHS) {
    const next = String(Number(m) + 1).padStart(2, '0');
    rows.push(`1000000005;10.${next}.2026;2000,00;${m}.2026;Сбербанк;П-${m}`);
  }
  return rows;
}

/** `clock.now` may be moved by the test; it starts at NOW. */
export async function openCockpitCore(clock: { now: number } = { now: NOW }): Promise<Core> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-files-'));
  const files = { 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': charges(), 'payments.csv': payments() };
  for (const [name, lines] of Object.entries(files))
    fs.writeFileSync(path.join(filesDir, name), `${lines.join('\n')}\n`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => clock.now });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: Object.keys(files).map((name) => ({ path: path.join(filesDir, name), fileName: name })),
  });
  fs.rmSync(filesDir, { recursive: true, force: true });
  // Claims are refused without a signer (Настройки → «Подписант претензий»).
  saveClaimSigner(
    core.ctx.sqlite,
    null,
    {
      fullName: 'Петрова Анна Сергеевна',
      position: 'Начальник отдела по работе с задолженностью',
      phone: '+7 (495) 563-12-34',
    },
    { userId: null, name: 'Администратор' },
    NOW,
    TODAY,
  );
  return core;
}

export async function closeCockpitCore(core: Core): Promise<void> {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
}

/** Account id by its number. */
export function accountId(core: Core, number: string): number {
  return (core.ctx.sqlite.prepare('SELECT id FROM accounts WHERE number = ?').get(number) as { id: number }).id;
}

export function companyId(core: Core, name: string): number {
  return (core.ctx.sqlite.prepare('SELECT id FROM management_companies WHERE name = ?').get(name) as { id: number }).id;
}
