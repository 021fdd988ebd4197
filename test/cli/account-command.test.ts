/**
 * @file A small district of our own, written by hand as billing files, imported through the CLI and checked with
 * `account --json` (the fixed contract of issue 10): overdue, not yet due, time-barred, owners' parts. Every
 * expected kopeck is worked by hand from the charges and payments below.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const UK = ['Наименование УК;ИНН;Пени начисляются', 'ООО «УК Тест»;5024000001;да'];
const ACCOUNTS = [
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;ФИО;Роль;Доля;Дата рождения',
  // Three owners of a third each.
  '1001;5024000001;г. Красногорск, ул. Тестовая, д. 1;1;частная;собственник;Иванов Иван Иванович;собственник;1/3;',
  '1001;5024000001;г. Красногорск, ул. Тестовая, д. 1;1;частная;собственник;Иванова Мария Петровна;собственник;1/3;',
  '1001;5024000001;г. Красногорск, ул. Тестовая, д. 1;1;частная;собственник;Иванов Пётр Иванович;собственник;1/3;',
  // A punctual payer.
  '1002;5024000001;г. Красногорск, ул. Тестовая, д. 1;2;частная;собственник;Петров Пётр Петрович;собственник;1;',
  // Old debt past the limitation period.
  '1003;5024000001;г. Красногорск, ул. Тестовая, д. 1;3;частная;собственник;Сидорова Анна Львовна;собственник;1;',
  // A social tenant with an adult daughter and a minor son.
  '1004;5024000001;г. Красногорск, ул. Тестовая, д. 1;4;муниципальная;наниматель;Козлов Олег Ильич;наниматель;;1970-01-01',
  '1004;5024000001;г. Красногорск, ул. Тестовая, д. 1;4;муниципальная;наниматель;Козлова Ольга Олеговна;член семьи;;2000-05-05',
  '1004;5024000001;г. Красногорск, ул. Тестовая, д. 1;4;муниципальная;наниматель;Козлов Илья Олегович;член семьи;;2015-05-05',
];
const CHARGES = [
  'Лицевой счёт;Период;Услуга;Начислено, руб.',
  ...['09.2026', '10.2026', '11.2026'].flatMap((p) => [
    `1001;${p};Содержание жилого помещения;2000,00`,
    `1001;${p};Холодное водоснабжение;1000,00`,
    `1001;${p};Взнос на капитальный ремонт;500,00`,
  ]),
  '1002;10.2026;Содержание жилого помещения;1000,00',
  '1002;11.2026;Содержание жилого помещения;1000,00',
  '1003;10.2021;Содержание жилого помещения;1000,00',
  '1003;12.2023;Содержание жилого помещения;1000,00',
  '1004;10.2026;Социальный наём;400,00',
  '1004;10.2026;Содержание жилого помещения;600,00',
];
const PAYMENTS = [
  'Лицевой счёт;Дата оплаты;Сумма, руб.;Номер платежа',
  '1001;05.10.2026;3500,00;П-1',
  '1002;10.11.2026;1000,00;П-2',
];

let dataDir: string;

let dir: string;

// One district for the whole file (makeTempDir would remove it after the first test).
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-account-cli-'));
  dataDir = path.join(dir, 'data');
  const files = { 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES, 'payments.csv': PAYMENTS };
  for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  const imported = await cli(['import', ...Object.keys(files).map((f) => path.join(dir, f)), '--data-dir', dataDir]);
  expect(imported.err).not.toContain('Строка');
  expect(imported.code).toBe(0);
}, 60_000);

async function account(number: string, asOf = '2026-12-06') {
  const r = await cli(['account', '--number', number, '--as-of', asOf, '--json', '--data-dir', dataDir]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as {
    overdueKopecks: number;
    notYetDueKopecks: number;
    timeBarredKopecks: number;
    monthsInArrears: number;
    byCreditor: Record<string, number>;
    owners: Array<{ name: string; share: string; overdueKopecks: number; jointly: string[] }>;
  };
}

describe('account --json on a district of our own', () => {
  it('three owners of 1/3: October overdue (3 500,00), November not yet due; parts add up to the kopeck', async () => {
    const a = await account('1001');
    expect(a).toMatchObject({
      overdueKopecks: 350_000,
      notYetDueKopecks: 350_000,
      timeBarredKopecks: 0,
      monthsInArrears: 1,
    });
    // 3 500,00 ₽ / 3 = 1 166,666… → 1 166,67 + 1 166,67 + 1 166,66
    expect(a.owners.map((o) => [o.name, o.share, o.overdueKopecks])).toEqual([
      ['Иванов Иван Иванович', '1/3', 116_667],
      ['Иванова Мария Петровна', '1/3', 116_667],
      ['Иванов Пётр Иванович', '1/3', 116_666],
    ]);
    // The УК is owed 3 000,00 of it; the capital-repair operator 500,00.
    expect(a.byCreditor).toEqual({ management_company: 300_000, capital_repair_operator: 50_000, landlord: 0 });
  });

  it('a punctual payer is no debtor before 16.12.2026; the November bill is overdue from that day', async () => {
    expect(await account('1002')).toMatchObject({ overdueKopecks: 0, notYetDueKopecks: 100_000, monthsInArrears: 0 });
    expect(await account('1002', '2026-12-15')).toMatchObject({ overdueKopecks: 0 });
    expect(await account('1002', '2026-12-16')).toMatchObject({ overdueKopecks: 100_000, notYetDueKopecks: 0 });
  });

  it('October 2021 (due 10.11.2021, limitation to 11.11.2024) is time-barred; December 2023 is not', async () => {
    expect(await account('1003')).toMatchObject({
      overdueKopecks: 200_000,
      timeBarredKopecks: 100_000,
      monthsInArrears: 2,
    });
    expect(await account('1003', '2024-11-11')).toMatchObject({ timeBarredKopecks: 0 });
  });

  it('a social tenant answers with the adult family members; the rent is owed to the landlord', async () => {
    const a = await account('1004');
    expect(a.overdueKopecks).toBe(100_000);
    expect(a.byCreditor).toEqual({ management_company: 60_000, capital_repair_operator: 0, landlord: 40_000 });
    expect(a.owners).toEqual([
      expect.objectContaining({
        name: 'Козлов Олег Ильич',
        share: '1/1',
        overdueKopecks: 100_000,
        jointly: ['Козлова Ольга Олеговна'],
      }),
    ]);
  });

  it('an unknown account: a Russian message and exit 1; an impossible date: the schema refuses it, exit 2', async () => {
    const unknown = await cli(['account', '--number', '9999', '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Лицевой счёт № 9999 не найден');
    const badDate = await cli(['account', '--number', '1001', '--as-of', '2026-02-31', '--data-dir', dataDir]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('  --as-of: Дата «на дату»: такой даты нет в календаре — 31.02.2026');
  });
});
