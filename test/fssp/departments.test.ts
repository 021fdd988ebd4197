/**
 * The bailiffs' departments directory through the API on a fresh database (real migrations): empty at the start with
 * the calm warning; a department refused with a wrong code and e-mail, then added and journaled; territories with
 * odd/even ranges mapped onto buildings, a manual choice kept at the next mapping; departmentForBuilding returning the
 * mapped active department (none once it is deactivated); the CSV template, an import refused with its row numbers
 * and nothing written, a good import and the export round trip; the debtors' bank accounts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import { departmentForBuilding } from '../../electron/core/fssp/department-for-building';
import type {
  BuildingDepartmentsList,
  DebtorBanksList,
  DebtorBankView,
  DepartmentsFile,
  DepartmentsImportResult,
  DepartmentsList,
  DepartmentView,
  MapDepartmentsResult,
} from '../../shared/api/contract-fssp-departments';
import { callCore, callCoreAsError, callCoreError } from '../support/api-calls';

const NOW = Date.UTC(2026, 10, 25, 8);
let dir: string;
let core: Core;
const ADDRESSES = [
  'г. Красногорск, ул. Ленина, д. 5',
  'г. Красногорск, ул. Ленина, д. 10к2',
  'г. Красногорск, ул. Ленина, д. 12А',
  'г. Красногорск, ул. Ленина, д. 41',
  'г. Красногорск, проезд Железнодорожный, д. 7, корп. 1',
  'р.п. Нахабино, ул. Школьная, д. 3',
];
const building = new Map<string, number>();
let personId = 0;

const count = (table: string) =>
  (core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const csv = (lines: string[]) => Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8').toString('base64');
const HEADER =
  'Наименование;Код отдела;Адрес отдела;Телефон;Эл. почта;Старший судебный пристав;Сверено;Действует;Примечание;Улица;Дом с;Дом по;Чётность';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-fssp-dep-'));
  core = openCore({ dataDir: dir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const s = core.ctx.sqlite;
  s.prepare(
    `INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('ООО «УК Север»', '5024000002', ?)`,
  ).run(NOW);
  for (const a of ADDRESSES) {
    const r = s
      .prepare(
        `INSERT INTO buildings (management_company_id, address, address_search, created_at_ms) VALUES (1, ?, lower(?), ?)`,
      )
      .run(a, a, NOW);
    building.set(a, Number(r.lastInsertRowid));
  }
  s.prepare(
    `INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES ('1000001', 1, 'owner', ?)`,
  ).run(NOW);
  personId = Number(
    s
      .prepare(
        `INSERT INTO persons (full_name, name_search, identity_key, birth_date, created_at_ms)
         VALUES ('Смирнов Олег Петрович', 'смирнов олег петрович', 'смирнов олег петрович|1980-02-03', '1980-02-03', ?)`,
      )
      .run(NOW).lastInsertRowid,
  );
  s.prepare(`INSERT INTO account_persons (account_id, person_id, role, position) VALUES (1, ?, 'owner', 0)`).run(
    personId,
  );
});

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NORTH = {
  name: 'Красногорский РОСП ГУФССП России по Московской области',
  code: '50017',
  address: '143405, Московская обл., г. Красногорск, ул. Речная, д. 20',
  phone: '+7 (495) 563-00-00',
  email: 'osp17@r50.fssp.gov.ru',
  seniorBailiff: 'Кузнецова Анна Сергеевна',
};
let north: DepartmentView;
let south: DepartmentView;

describe('departments directory', () => {
  it('starts empty, with the calm warning', async () => {
    const list = await callCore<DepartmentsList>(core, 'departments.list', {});
    expect(list.departments).toEqual([]);
    expect(list.empty).toBe(true);
    expect(list.warnings[0]).toMatch(
      /^Справочник отделов пуст: загрузите его из файла по шаблону или добавьте отдел вручную/,
    );
  });

  it('refuses a wrong code and e-mail in Russian, adds a department unconfirmed and journals it', async () => {
    const bad = await callCoreError(core, 'departments.save', { ...NORTH, code: '5017', email: 'osp17' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('Код отдела — 5 цифр');
    expect(bad.message).toContain('получено «5017»');
    expect(bad.message).toContain('Эл. почта указана неверно (получено «osp17»).');
    expect((await callCoreError(core, 'departments.save', {})).code).toBe('VALIDATION');
    north = await callCore<DepartmentView>(core, 'departments.save', NORTH);
    expect(north).toMatchObject({ code: '50017', confirmed: false, active: true, territories: [] });
    const again = await callCoreError(core, 'departments.save', { ...NORTH, code: null });
    expect(again.code).toBe('CONFLICT');
    south = await callCore<DepartmentView>(core, 'departments.save', {
      name: 'Нахабинский ОСП',
      address: '143430, Московская обл., р.п. Нахабино, ул. Панфилова, д. 1',
      confirmed: true,
    });
    const journal = core.ctx.sqlite
      .prepare(
        `SELECT summary, object_type, object_id, before_json, after_json FROM actions WHERE kind = 'fssp.department' ORDER BY id`,
      )
      .all() as {
      summary: string;
      object_type: string;
      object_id: string;
      before_json: string | null;
      after_json: string;
    }[];
    expect(journal).toHaveLength(2);
    expect(journal[0]!.summary).toBe(`Отдел судебных приставов «${NORTH.name}»: добавлен в справочник.`);
    expect(JSON.parse(journal[0]!.before_json!)).toBeNull();
    expect([journal[0]!.object_type, journal[0]!.object_id]).toEqual(['department', String(north.id)]);
    expect(JSON.parse(journal[0]!.after_json)).toMatchObject({
      code: '50017',
      seniorBailiff: 'Кузнецова Анна Сергеевна',
    });
    const list = await callCore<DepartmentsList>(core, 'departments.list', {});
    expect(list.empty).toBe(false);
    expect(list.warnings.some((w) => w.startsWith(`Сведения не сверены с сайтом ФССП: ${NORTH.name}.`))).toBe(true);
  });

  it('maps buildings by odd/even ranges and keeps a manual choice', async () => {
    await callCore(core, 'departments.saveTerritories', {
      departmentId: north.id,
      territories: [
        { street: 'ул. Ленина', houseFrom: 1, houseTo: 39, parity: 'odd' },
        { street: 'проезд Железнодорожный', houseFrom: null, houseTo: null, parity: 'all' },
      ],
    });
    await callCore(core, 'departments.saveTerritories', {
      departmentId: south.id,
      territories: [{ street: 'Ленина улица', houseFrom: null, houseTo: null, parity: 'even' }],
    });
    const first = await callCore<MapDepartmentsResult>(core, 'departments.mapBuildings', {});
    // Ленина 5 and Железнодорожный 7 → north; Ленина 10к2 and 12А (even) → south; Ленина 41 (odd, past 39) and
    // Нахабино, Школьная 3 — nowhere.
    expect(first).toMatchObject({ buildings: 6, mapped: 4, manualKept: 0, without: 2 });
    const of = (a: string) => departmentForBuilding(core.ctx.sqlite, building.get(a)!)?.id ?? null;
    expect(of(ADDRESSES[0]!)).toBe(north.id);
    expect(of(ADDRESSES[1]!)).toBe(south.id);
    expect(of(ADDRESSES[2]!)).toBe(south.id);
    expect(of(ADDRESSES[3]!)).toBeNull();
    expect(of(ADDRESSES[4]!)).toBe(north.id);
    expect(of(ADDRESSES[5]!)).toBeNull();

    const unmapped = await callCore<BuildingDepartmentsList>(core, 'departments.buildings', { filter: 'unmapped' });
    expect(unmapped.rows.map((r) => r.address).sort()).toEqual([ADDRESSES[3], ADDRESSES[5]].sort());
    expect(unmapped).toMatchObject({ total: 2, buildingsTotal: 6, unmapped: 2 });

    // By hand: Ленина 5 to the south department; the next mapping leaves it so.
    const row = await callCore<{ department: { departmentId: number; source: string } }>(
      core,
      'departments.setBuildingDepartment',
      { buildingId: building.get(ADDRESSES[0]!)!, departmentId: south.id },
    );
    expect(row.department).toMatchObject({ departmentId: south.id, source: 'manual' });
    const second = await callCore<MapDepartmentsResult>(core, 'departments.mapBuildings', {});
    expect(second).toMatchObject({ buildings: 6, mapped: 0, manualKept: 1, without: 2 });
    expect(of(ADDRESSES[0]!)).toBe(south.id);

    const list = await callCore<DepartmentsList>(core, 'departments.list', {});
    const counts = Object.fromEntries(list.departments.map((d) => [d.id, d.buildingsMapped]));
    expect(counts).toEqual({ [north.id]: 1, [south.id]: 3 });
    expect(list.buildingsWithout).toBe(2);
    expect(list.warnings).toContain(
      'Домов без отдела судебных приставов: 2 из 6. Нажмите «Привязать дома по территориям» или выберите отдел вручную.',
    );

    // A department out of service counts as none.
    await callCore(core, 'departments.save', { ...NORTH, id: north.id, active: false });
    expect(of(ADDRESSES[4]!)).toBeNull();
    const refused = await callCoreError(core, 'departments.setBuildingDepartment', {
      buildingId: building.get(ADDRESSES[3]!)!,
      departmentId: north.id,
    });
    expect(refused.code).toBe('CONFLICT');
    await callCore(core, 'departments.save', { ...NORTH, id: north.id, active: true });
    expect(of(ADDRESSES[4]!)).toBe(north.id);
  });

  it('refuses forged ids and a clerk without the right', async () => {
    expect(
      (await callCoreError(core, 'departments.saveTerritories', { departmentId: 9999, territories: [] })).code,
    ).toBe('NOT_FOUND');
    expect(
      (await callCoreError(core, 'departments.setBuildingDepartment', { buildingId: 1, departmentId: 9999 })).code,
    ).toBe('NOT_FOUND');
    expect((await callCoreAsError(core, 'op', 'departments.list', {}, 'operator')).code).toBe('AUTH.PERMISSION_DENIED');
  });
});

describe('departments CSV', () => {
  it('gives a template whose example row is a comment', async () => {
    const file = await callCore<DepartmentsFile>(core, 'departments.template', {});
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF' + HEADER)).toBe(true);
    expect(text.split('\r\n')[1]!.startsWith('# Примерный')).toBe(true);
    // Loading the template as it is loads nothing and says why.
    const empty = await callCoreError(core, 'departments.importCsv', { base64: file.base64, fileName: 't.csv' });
    expect(empty.message).toContain('В файле нет ни одного отдела');
  });

  it('refuses a file with bad rows, naming them, and writes nothing', async () => {
    const before = { d: count('bailiff_departments'), t: count('bailiff_territories'), j: count('actions') };
    const bad = await callCoreError(core, 'departments.importCsv', {
      fileName: 'plohoy.csv',
      base64: csv([
        HEADER,
        'Истринский РОСП;50011;143500, Московская обл., г. Истра, ул. Ленина, д. 1;;;;да;да;;ул. Ленина;1;20;все',
        'Истринский РОСП;50011;143500, Московская обл., г. Истра, ул. Ленина, д. 1;;;;да;да;;ул. Советская;30;2;все',
        'Рузский РОСП;5001;143100, Московская обл., г. Руза, ул. Федеративная, д. 3;;;;да;да;;ул. Красная;;;чётные',
        '=HYPERLINK("http://x");50012;143100, Московская обл., г. Руза;;;;да;да;;ул. Солнечная;;;',
      ]),
    });
    expect(bad.code).toBe('FSSP.BAD_FILE');
    expect(bad.message).toMatch(/^Справочник отделов не загружен, ничего не записано\./);
    expect(bad.message).toContain('Строка 3: дом «с» 30 больше, чем «по» 2.');
    expect(bad.message).toContain('Строка 4: Код отдела — 5 цифр');
    expect(bad.message).toContain('Строка 5: столбец «Наименование» начинается с «=»');
    expect(bad.message).not.toContain('Строка 2:');
    expect({ d: count('bailiff_departments'), t: count('bailiff_territories'), j: count('actions') }).toEqual(before);
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const huge = Buffer.alloc(2 * 1024 * 1024 + 10, 'a').toString('base64');
    const e = await callCoreError(core, 'departments.importCsv', { base64: huge, fileName: 'big.csv' });
    expect(e.message).toContain('Файл больше 2 МБ');
  });

  it('imports a good file (one row per range) and updates a known department by its code', async () => {
    const result = await callCore<DepartmentsImportResult>(core, 'departments.importCsv', {
      fileName: 'otdely.csv',
      base64: csv([
        HEADER,
        'Истринский РОСП;50011;143500, Московская обл., г. Истра, ул. Ленина, д. 1;+7 (498) 31-000-00;;;да;да;;ул. Ленина;41;99;нечётные',
        'Истринский РОСП;50011;143500, Московская обл., г. Истра, ул. Ленина, д. 1;+7 (498) 31-000-00;;;да;да;;р.п. Нахабино, ул. Школьная;;;все',
        `Красногорский РОСП (новое название);50017;${NORTH.address};;;;да;да;;ул. Ленина;1;39;нечётные`,
      ]),
    });
    expect(result).toMatchObject({ created: 1, updated: 1, territories: 3, rows: 3 });
    const list = await callCore<DepartmentsList>(core, 'departments.list', {});
    const istra = list.departments.find((d) => d.code === '50011')!;
    expect(istra.territories).toHaveLength(2);
    expect(istra.confirmed).toBe(true);
    const renamed = list.departments.find((d) => d.id === north.id)!;
    expect(renamed.name).toBe('Красногорский РОСП (новое название)');
    expect(renamed.territories).toEqual([
      { id: expect.any(Number), street: 'ул. Ленина', houseFrom: 1, houseTo: 39, parity: 'odd' },
    ]);
    const mapped = await callCore<MapDepartmentsResult>(core, 'departments.mapBuildings', {});
    // Ленина 41 and Школьная 3 now go to Истра; Железнодорожный 7 lost its range (north no longer has it).
    expect(mapped).toMatchObject({ mapped: 2, manualKept: 1, without: 1 });
    expect(departmentForBuilding(core.ctx.sqlite, building.get(ADDRESSES[3]!)!)?.id).toBe(istra.id);
    expect(departmentForBuilding(core.ctx.sqlite, building.get(ADDRESSES[4]!)!)).toBeNull();
  });

  it('exports what it imports back unchanged', async () => {
    const file = await callCore<DepartmentsFile>(core, 'departments.exportCsv', {});
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    // North 1 range, south 1, Истра 2 → 4 rows; the phone is written with an apostrophe so Excel keeps it text.
    expect(file.rows).toBe(4);
    expect(text).toContain(';"\'+7 (498) 31-000-00";');
    const before = await callCore<DepartmentsList>(core, 'departments.list', {});
    const again = await callCore<DepartmentsImportResult>(core, 'departments.importCsv', {
      base64: file.base64,
      fileName: file.fileName,
    });
    expect(again).toMatchObject({ created: 0, updated: 3, territories: 4 });
    const after = await callCore<DepartmentsList>(core, 'departments.list', {});
    const plain = (l: DepartmentsList) =>
      l.departments.map((d) => ({ ...d, territories: d.territories.map(({ id: _id, ...t }) => t) }));
    expect(plain(after)).toEqual(plain(before));
  });
});

describe('debtor banks', () => {
  it('checks БИК and the account number, saves, lists by account number and removes', async () => {
    const bad = await callCoreError(core, 'debtorBanks.save', {
      personId,
      bankName: 'ПАО Сбербанк',
      bik: '123456789',
      bankAddress: '117312, г. Москва, ул. Вавилова, д. 19',
      accountNumber: '4081781',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toBe(
      'БИК — 9 цифр, начинается с 04 (получено «123456789»). Номер счёта — 20 цифр (получено «4081781»).',
    );
    expect((await callCoreError(core, 'debtorBanks.list', {})).code).toBe('VALIDATION');
    const saved = await callCore<DebtorBankView>(core, 'debtorBanks.save', {
      personId,
      accountId: 1,
      bankName: 'ПАО Сбербанк',
      bik: '044 525 225',
      bankAddress: '117312, г. Москва, ул. Вавилова, д. 19',
      accountNumber: '40817 810 0000 0000 0001',
    });
    expect(saved).toMatchObject({ bik: '044525225', accountNumber: '40817810000000000001' });
    const list = await callCore<DebtorBanksList>(core, 'debtorBanks.list', { accountNumber: ' 1000001 ' });
    expect(list.account).toMatchObject({ id: 1, number: '1000001' });
    expect(list.persons).toEqual([
      {
        personId,
        fullName: 'Смирнов Олег Петрович',
        birthDate: '1980-02-03',
        role: 'owner',
        banks: [saved],
      },
    ]);
    const journal = core.ctx.sqlite
      .prepare(`SELECT summary, account_id FROM actions WHERE kind = 'fssp.department' ORDER BY id DESC LIMIT 1`)
      .get() as { summary: string; account_id: number };
    expect(journal.account_id).toBe(1);
    expect(journal.summary).toContain('Смирнов Олег Петрович: банк для предъявления исполнительного документа');
    expect((await callCoreError(core, 'debtorBanks.list', { accountNumber: '999' })).code).toBe('NOT_FOUND');
    await callCore(core, 'debtorBanks.remove', { id: saved.id });
    const empty = await callCore<DebtorBanksList>(core, 'debtorBanks.list', { personId });
    expect(empty.persons[0]!.banks).toEqual([]);
  });
});
