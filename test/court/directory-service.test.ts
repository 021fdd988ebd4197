/**
 * The court directory through the API on a fresh database (real migrations): the seeded city court, the warning
 * while no magistrate plot exists, a court added with the ЕНС details by default and refused with wrong digits,
 * the territories mapped onto buildings (the city court everywhere, a manual choice kept), the CSV round trip and
 * an import refused with its row numbers and nothing written, forged ids refused, the dated rules and scales.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { courtForBuilding } from '../../electron/core/court/building-court';
import { jurisdictionFor } from '../../electron/core/court/court-jurisdiction';
import type {
  BuildingCourtsList,
  CourtRulesView,
  CourtsFile,
  CourtsImportResult,
  CourtsList,
  CourtView,
  MapBuildingsResult,
} from '../../shared/api/contract-court-directory';
import { callCore, callCoreAs, callCoreAsError, callCoreError } from '../support/api-calls';

const NOW = Date.UTC(2026, 11, 6, 6);
let dir: string;
let core: Core;
const ADDRESSES = [
  'г. Красногорск, ул. Ленина, д. 5',
  'г. Красногорск, ул. Ленина, д. 10к2',
  'г. Красногорск, ул. Ленина, д. 12А',
  'г. Красногорск, проезд Железнодорожный, д. 7, корп. 1',
  'р.п. Нахабино, ул. Школьная, д. 3',
];
const buildingId = new Map<string, number>();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-court-dir-'));
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
    buildingId.set(a, Number(r.lastInsertRowid));
  }
});

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PLOT_123 = {
  kind: 'magistrate',
  name: 'Судебный участок № 123 Красногорского судебного района Московской области',
  plotNumber: '123',
  address: '143401, Московская обл., г. Красногорск, ул. Речная, д. 8',
  phone: '+7 (495) 562-00-00',
};

describe('court directory', () => {
  it('has the seeded city court and warns that the magistrate plots are empty', async () => {
    const list = await callCore<CourtsList>(core, 'courts.list', {});
    expect(list.courts).toHaveLength(1);
    expect(list.courts[0]).toMatchObject({
      kind: 'district',
      name: 'Красногорский городской суд Московской области',
      code: '50RS0021',
      payeeInn: '7727406020',
      payeeKpp: '770701001',
      kbk: '18210803010011050110',
      oktmo: '46744000',
      confirmed: false,
      active: true,
    });
    expect(list.warnings[0]).toMatch(/^Мировые судебные участки не заполнены/);
  });

  it('adds a plot with the ЕНС details by default, refuses wrong digits in Russian, journals before/after', async () => {
    const bad = await callCoreError(core, 'courts.save', { ...PLOT_123, payeeInn: '12345', oktmo: '4674' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('ИНН получателя — 10 цифр (получено «12345»).');
    expect(bad.message).toContain('ОКТМО — 8 или 11 цифр (получено «4674»).');
    const empty = await callCoreError(core, 'courts.save', {});
    expect(empty.code).toBe('VALIDATION');
    const saved = await callCore<CourtView>(core, 'courts.save', PLOT_123);
    expect(saved).toMatchObject({
      kind: 'magistrate',
      plotNumber: '123',
      payeeBik: '017003983',
      payeeTreasuryAccount: '03100643000000018500',
    });
    const again = await callCoreError(core, 'courts.save', PLOT_123);
    expect(again.code).toBe('CONFLICT');
    const journal = core.ctx.sqlite
      .prepare(`SELECT summary, before_json, after_json FROM actions WHERE kind = 'court.directory' ORDER BY id`)
      .all() as { summary: string; before_json: string | null; after_json: string }[];
    expect(journal.at(-1)!.summary).toBe(`Суд «${PLOT_123.name}»: добавлен в справочник.`);
    expect(JSON.parse(journal.at(-1)!.after_json)).toMatchObject({ plotNumber: '123' });
    const list = await callCore<CourtsList>(core, 'courts.list', {});
    expect(list.warnings.some((w) => w.startsWith('Мировые судебные участки не заполнены'))).toBe(false);
  });

  it('refuses forged ids', async () => {
    expect((await callCoreError(core, 'courts.save', { ...PLOT_123, plotNumber: '124', id: 9999 })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callCoreError(core, 'courts.saveTerritories', { courtId: 9999, territories: [] })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await callCoreError(core, 'courts.setBuildingCourt', { buildingId: 1, courtKind: 'magistrate', courtId: 9999 }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (await callCoreError(core, 'courts.setBuildingCourt', { buildingId: 9999, courtKind: 'magistrate', courtId: 1 }))
        .code,
    ).toBe('NOT_FOUND');
    expect((await callCoreError(core, 'courts.importCsv', { uploadId: '../../../etc/passwd' })).code).toBe('NOT_FOUND');
    // the city court is not a magistrate's plot
    const kind = await callCoreError(core, 'courts.setBuildingCourt', {
      buildingId: 1,
      courtKind: 'magistrate',
      courtId: 1,
    });
    expect(kind.code).toBe('VALIDATION');
  });

  it('maps buildings by the ranges, gives every building the only city court, keeps a manual choice', async () => {
    const plot = (await callCore<CourtsList>(core, 'courts.list', {})).courts.find((c) => c.plotNumber === '123')!;
    await callCore(core, 'courts.saveTerritories', {
      courtId: plot.id,
      territories: [
        { street: 'ул. Ленина', houseFrom: 1, houseTo: 11, parity: 'all' },
        { street: 'проезд Железнодорожный', houseFrom: null, houseTo: null, parity: 'odd' },
      ],
    });
    const r = await callCoreAs<MapBuildingsResult>(core, 'sokolov', 'courts.mapBuildings', {}, 'lawyer');
    // Ленина 5 and 10к2 (10 ≤ 11), Железнодорожный 7 (odd): three plots; 12А and Нахабино none. City court: all five.
    expect(r).toMatchObject({
      buildings: 5,
      magistrateMapped: 3,
      districtMapped: 5,
      manualKept: 0,
      withoutMagistrate: 2,
      withoutDistrict: 0,
    });
    expect(courtForBuilding(core.ctx.sqlite, buildingId.get(ADDRESSES[1]!)!, 'magistrate')?.plotNumber).toBe('123');
    expect(courtForBuilding(core.ctx.sqlite, buildingId.get(ADDRESSES[2]!)!, 'magistrate')).toBeNull();
    expect(courtForBuilding(core.ctx.sqlite, buildingId.get(ADDRESSES[4]!)!, 'district')?.code).toBe('50RS0021');

    const nakhabino = buildingId.get(ADDRESSES[4]!)!;
    await callCore(core, 'courts.setBuildingCourt', {
      buildingId: nakhabino,
      courtKind: 'magistrate',
      courtId: plot.id,
    });
    const again = await callCore<MapBuildingsResult>(core, 'courts.mapBuildings', {});
    expect(again).toMatchObject({ magistrateMapped: 0, districtMapped: 0, manualKept: 1, withoutMagistrate: 1 });
    expect(courtForBuilding(core.ctx.sqlite, nakhabino, 'magistrate')?.id).toBe(plot.id);

    const without = await callCore<BuildingCourtsList>(core, 'courts.buildings', { filter: 'without_court' });
    expect(without.rows.map((b) => b.address)).toEqual([ADDRESSES[2]]);
    expect(without).toMatchObject({ buildingsTotal: 5, withoutMagistrate: 1, withoutDistrict: 0 });
    const all = await callCore<BuildingCourtsList>(core, 'courts.buildings', {});
    expect(all.rows.find((b) => b.buildingId === nakhabino)?.magistrate).toEqual({
      courtId: plot.id,
      name: plot.name,
      source: 'manual',
    });
  });

  it('imports a CSV all or nothing, naming the bad rows', async () => {
    const head = 'Вид суда;Наименование;Номер участка;Адрес суда;ИНН;ОКТМО;Улица;Дом с;Дом по;Чётность';
    const bad = [
      head,
      '# мировой;Пример;000;адрес;;;ул. Ленина;1;2;все',
      'мировой;Судебный участок № 124 Красногорского судебного района;124;г. Красногорск, ул. Речная, д. 8;;;ул. Ленина;12;40;чётные',
      'мировой;Судебный участок № 125;125;г. Красногорск, ул. Речная, д. 8;123;;ул. Ленина;1;;все',
      'арбитражный;Суд;;г. Москва;;;ул. Ленина;;;',
      'мировой;Судебный участок № 124 Красногорского судебного района;124;г. Красногорск, ул. Речная, д. 9;;;ул. Школьная;;;',
      'мировой;=HYPERLINK("http://x");126;г. Красногорск;;;ул. Ленина;40;30;все',
    ].join('\r\n');
    const up = await saveUpload(dir, 'bad.csv', Buffer.from('\uFEFF' + bad, 'utf8'));
    const err = await callCoreError(core, 'courts.importCsv', { uploadId: up.uploadId });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('Строка 4: ИНН получателя — 10 цифр (получено «123»).');
    expect(err.message).toContain('Строка 5: вид суда «арбитражный»');
    expect(err.message).toContain(
      'Строка 6: сведения о суде судебный участок № 124 расходятся со строкой 3 (столбец «Адрес суда»).',
    );
    expect(err.message).toContain('Строка 7: столбец «Наименование» начинается с «=»');
    expect(err.message).toContain('дом «с» 40 больше, чем «по» 30');
    expect(err.message).not.toContain('Строка 2');
    expect(err.message).not.toContain('Строка 3:');
    const list = await callCore<CourtsList>(core, 'courts.list', {});
    expect(list.courts.map((c) => c.plotNumber ?? c.code)).toEqual(['50RS0021', '123']);

    const good = [
      head,
      'мировой;Судебный участок № 124 Красногорского судебного района;124;г. Красногорск, ул. Речная, д. 8;;;ул. Ленина;12;40;чётные',
      'мировой;Судебный участок № 124 Красногорского судебного района;124;г. Красногорск, ул. Речная, д. 8;;;р.п. Нахабино, ул. Школьная;;;',
      'мировой;Судебный участок № 123 Красногорского судебного района Московской области;123;143401, Московская обл., г. Красногорск, ул. Речная, д. 8;;;ул. Ленина;1;11;все',
    ].join('\r\n');
    const up2 = await saveUpload(dir, 'good.csv', Buffer.from(good, 'utf8'));
    const res = await callCore<CourtsImportResult>(core, 'courts.importCsv', { uploadId: up2.uploadId });
    expect(res).toMatchObject({ created: 1, updated: 1, territories: 3, rows: 3 });
    const after = await callCore<CourtsList>(core, 'courts.list', {});
    const p123 = after.courts.find((c) => c.plotNumber === '123')!;
    // the file replaced 123's territories: the Железнодорожный range is gone
    expect(p123.territories.map((t) => t.street)).toEqual(['ул. Ленина']);
    // manual row for Нахабино stays with 123; 12А goes to 124 now
    const r = await callCore<MapBuildingsResult>(core, 'courts.mapBuildings', {});
    expect(r.manualKept).toBe(1);
    expect(courtForBuilding(core.ctx.sqlite, buildingId.get(ADDRESSES[2]!)!, 'magistrate')?.plotNumber).toBe('124');
    expect(courtForBuilding(core.ctx.sqlite, buildingId.get(ADDRESSES[3]!)!, 'magistrate')).toBeNull();
  });

  it('exports a CSV with BOM and ; that imports back unchanged, and offers the template', async () => {
    const file = await callCore<CourtsFile>(core, 'courts.exportCsv', {});
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFВид суда;Наименование;')).toBe(true);
    // the phone is neutralised for Excel
    expect(text).toContain(';"\'+7 (495) 562-00-00";');
    expect(file.rows).toBe(4); // city court (no territory), 123 × 1, 124 × 2
    expect(fs.existsSync(file.savedPath)).toBe(true);
    const up = await saveUpload(dir, file.fileName, fs.readFileSync(file.savedPath));
    const back = await callCore<CourtsImportResult>(core, 'courts.importCsv', { uploadId: up.uploadId });
    expect(back).toMatchObject({ created: 0, updated: 3, territories: 3 });
    const list = await callCore<CourtsList>(core, 'courts.list', {});
    expect(list.courts.find((c) => c.plotNumber === '123')?.phone).toBe('+7 (495) 562-00-00');

    const template = await callCore<CourtsFile>(core, 'courts.exportCsv', { template: true });
    const lines = Buffer.from(template.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[1]!.startsWith('# мировой;')).toBe(true);
    const upT = await saveUpload(dir, 'template.csv', Buffer.from(template.base64, 'base64'));
    expect((await callCoreError(core, 'courts.importCsv', { uploadId: upT.uploadId })).message).toMatch(
      /^В файле нет ни одного суда/,
    );
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const up = await saveUpload(dir, 'big.csv', Buffer.alloc(1024 * 1024 + 1, 0x41));
    const err = await callCoreError(core, 'courts.importCsv', { uploadId: up.uploadId });
    expect(err.message).toMatch(/^Файл больше 1 МБ/);
  });
});

describe('court rules and duty scales', () => {
  it('shows the rules in force and refuses a non-administrator', async () => {
    const view = await callCoreAs<CourtRulesView>(core, 'ivanova', 'courtRules.get', {}, 'operator');
    expect(view.today).toBe('2026-12-06');
    expect(view.inForce.find((r) => r.key === 'court_order_max_kopecks')).toMatchObject({ valueInt: 50_000_000 });
    expect(view.dutyScales.map((s) => [s.validFrom, s.inForce])).toEqual([
      ['2024-09-09', true],
      ['2005-01-01', false],
    ]);
    const denied = await callCoreAsError(core, 'sokolov', 'courtRules.save', {}, 'lawyer');
    expect(denied.code).toBe('AUTH.PERMISSION_DENIED');
  });

  it('adds a dated rule row (never in place) and the jurisdiction follows it by date', async () => {
    const input = {
      key: 'magistrate_lawsuit_max_kopecks',
      validFromDate: '2027-01-01',
      valueInt: 10_000_000,
      note: 'Проверка: новый порог',
    };
    const view = await callCore<CourtRulesView>(core, 'courtRules.save', input);
    expect(view.history.filter((r) => r.key === 'magistrate_lawsuit_max_kopecks')).toHaveLength(2);
    expect(view.inForce.find((r) => r.key === 'magistrate_lawsuit_max_kopecks')).toMatchObject({ valueInt: 5_000_000 });
    expect((await callCoreError(core, 'courtRules.save', input)).code).toBe('CONFLICT');
    expect(jurisdictionFor(core.ctx.sqlite, 'lawsuit', 6_000_000, '2026-12-31').courtKind).toBe('district');
    expect(jurisdictionFor(core.ctx.sqlite, 'lawsuit', 6_000_000, '2027-01-01').courtKind).toBe('magistrate');
    const j = core.ctx.sqlite.prepare(`SELECT summary, before_json FROM actions WHERE kind = 'court.rules'`).get() as {
      summary: string;
      before_json: string;
    };
    expect(j.summary).toContain('5000000');
    expect(JSON.parse(j.before_json)).toMatchObject({ valueInt: 5_000_000 });
  });

  it('adds a duty scale edition only with ascending bands from 0', async () => {
    const scale = {
      validFrom: '2027-01-01',
      bands: [
        { overKopecks: 0, baseKopecks: 500_000, percentBp: 0 },
        { overKopecks: 10_000_000, baseKopecks: 500_000, percentBp: 300 },
      ],
      minKopecks: 500_000,
      maxKopecks: 100_000_000,
      courtOrderPercent: 50,
      courtOrderMinKopecks: 250_000,
      source: 'Проверочная редакция',
    };
    const notZero = await callCoreError(core, 'dutyScales.add', {
      ...scale,
      bands: [{ overKopecks: 100, baseKopecks: 0, percentBp: 0 }],
    });
    expect(notZero.message).toContain('Первая полоса шкалы начинается с 0 ₽.');
    const descending = await callCoreError(core, 'dutyScales.add', {
      ...scale,
      bands: [scale.bands[1], scale.bands[0]],
    });
    expect(descending.message).toContain('Первая полоса шкалы начинается с 0 ₽.');
    expect(descending.message).toContain('Полоса 2: граница 0,00 ₽ не больше предыдущей (100\u00a0000,00 ₽)');
    const view = await callCore<CourtRulesView>(core, 'dutyScales.add', scale);
    expect(view.dutyScales.map((s) => s.validFrom)).toEqual(['2027-01-01', '2024-09-09', '2005-01-01']);
    expect((await callCoreError(core, 'dutyScales.add', scale)).code).toBe('CONFLICT');
  });
});
