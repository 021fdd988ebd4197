/**
 * @file The press summary through the API and the CLI on a small imported district (real persons and accounts in
 * the database) with four hand-made УК whose debt is given by hand: the debt history (electron/core/reports/
 * debt-history.ts, another helper's) is replaced here by fixed rows, so the figures are the test's own.
 *
 * By hand, on 31.10.2026 → 30.11.2026 (the last full month before 06.12.2026):
 *   УК Альфа  12 debtors 500 000 ₽ → 12 debtors 480 000 ₽, paid 20 000 ₽;
 *   УК Бета    3 debtors  30 000 ₽ →  3 debtors  30 000 ₽, paid      0 ₽;
 *   УК Гамма   9 debtors 600 000 ₽ → 10 debtors 650 000 ₽, paid 10 000 ₽;
 *   УК Дельта  2 debtors  10 000 ₽ →  2 debtors  12 000 ₽, paid    500 ₽.
 * Бета (3) and Дельта (2) are small: «Прочие УК (2)» = 5 debtors, 42 000 ₽, paid 500 ₽. District: 1 140 000 ₽ →
 * 1 172 000 ₽ (+32 000 ₽, +2,8 %), 26 → 27 debtors, paid 30 500 ₽.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { journalDeliveredSms } from '../support/sms-delivered';
import { writeSmallDistrict } from '../support/demo-files';
import { callCore, callCoreAsError } from '../support/api-calls';
import { cli, setCliRole } from '../cli/cli-support';
import { pdfText } from '../claims/documents-district';
import type { DebtSnapshotRow } from '../../shared/reports/debt-history-types';
import type { PressSummaryMade, PressSummaryPreview } from '../../shared/api/contract-press';

const fake = vi.hoisted(() => ({
  rows: [] as DebtSnapshotRow[],
  collected: new Map<number, number>(),
  asked: [] as string[][],
}));
vi.mock('../../electron/core/reports/debt-history', () => ({
  debtSnapshots: (_s: unknown, dates: readonly string[]) => {
    fake.asked.push([...dates]);
    return fake.rows.filter((r) => dates.includes(r.asOfDate));
  },
  collectedBetween: () => fake.collected,
  buildingDebtSeries: () => [],
  accountDebtsOn: () => new Map(),
}));

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
let core: Core;
let persons: string[];
let accountNumbers: string[];
let addresses: string[];
const uk: Record<string, number> = {};

function row(asOfDate: string, ukName: string, bracket: string, accounts: number, rubles: number): DebtSnapshotRow {
  return {
    asOfDate,
    managementCompanyId: uk[ukName]!,
    bracket,
    accounts,
    debtKopecks: rubles * 100,
    collectedKopecks: 0,
  };
}

beforeAll(async () => {
  const district = await writeSmallDistrict(60, ['csv'], 12);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-press-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: district.files.map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
  const s = core.ctx.sqlite;
  ['Альфа', 'Бета', 'Гамма', 'Дельта'].forEach((name, i) => {
    uk[name] = Number(
      s
        .prepare('INSERT INTO management_companies (name, inn, created_at_ms) VALUES (?, ?, ?)')
        .run(`ООО «УК ${name}»`, `77000000${i}0`, NOW).lastInsertRowid,
    );
  });
  persons = s.prepare('SELECT full_name FROM persons').pluck().all() as string[];
  accountNumbers = s.prepare('SELECT number FROM accounts').pluck().all() as string[];
  addresses = s.prepare('SELECT address FROM buildings').pluck().all() as string[];
  const start = '2026-10-31';
  const end = '2026-11-30';
  fake.rows = [
    row(start, 'Альфа', 'over_100k', 2, 300_000),
    row(start, 'Альфа', 'from_10k', 10, 200_000),
    row(start, 'Бета', 'from_10k', 3, 30_000),
    row(start, 'Гамма', 'over_100k', 4, 500_000),
    row(start, 'Гамма', 'from_10k', 5, 100_000),
    row(start, 'Дельта', 'below_5k', 2, 10_000),
    row(end, 'Альфа', 'over_100k', 2, 290_000),
    row(end, 'Альфа', 'from_10k', 10, 190_000),
    row(end, 'Бета', 'from_10k', 3, 30_000),
    row(end, 'Гамма', 'over_100k', 4, 550_000),
    row(end, 'Гамма', 'from_10k', 6, 100_000),
    row(end, 'Дельта', 'below_5k', 2, 12_000),
    row(end, 'Дельта', 'none', 40, 0),
    ...['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30'].map((d, i) =>
      row(d, 'Альфа', 'from_10k', 30, 1_300_000 - i * 20_000),
    ),
  ];
  fake.collected = new Map([
    [uk['Альфа']!, 20_000_00],
    [uk['Гамма']!, 10_000_00],
    [uk['Дельта']!, 500_00],
  ]);
  // Measure 1 in November: SMS to three accounts (the journal the cockpit counts).
  const ids = s.prepare('SELECT id FROM accounts ORDER BY id LIMIT 3').pluck().all() as number[];
  // Measure 1 counts SMS delivered (the gateway's report), each with its journal entry.
  for (const accountId of ids) journalDeliveredSms(s, accountId, '2026-11-10', NOW);
}, 120_000);

afterAll(async () => {
  await core?.close();
});

describe('press summary on screen', () => {
  it('the last full month by default, figures by hand, small УК merged, the check passed', async () => {
    const p = await callCore<PressSummaryPreview>(core, 'press.summary', {});
    expect([p.from, p.to]).toEqual(['2026-11-01', '2026-11-30']);
    expect(fake.asked.at(-1)).toEqual([
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
    ]);
    expect(p.view.keyFigures.map((f) => f.value)).toEqual(['1,2\u00a0млн руб.', '27', '30,5\u00a0тыс. руб.']);
    expect(p.view.keyFigures[0]!.note).toBe('+32,0\u00a0тыс. руб. (+2,8\u00a0%) к 31.10.2026');
    expect(p.view.companies.map((c) => [c.label, c.accounts, c.endDebt])).toEqual([
      ['ООО «УК Гамма»', '10', '650\u00a0000'],
      ['ООО «УК Альфа»', '12', '480\u00a0000'],
      ['Прочие УК (2)', '5', '42\u00a0000'],
    ]);
    // Brackets at the end: over_100k 6 / 840 000; from_10k 19 / 320 000; below_5k 2 / 12 000 → joins from_10k.
    expect(p.view.brackets.map((b) => [b.label, b.accounts, b.debt])).toEqual([
      ['свыше 100 000 ₽', '6', '840\u00a0000'],
      ['10 000 – 50 000 ₽ и до 5 000 ₽', '21', '332\u00a0000'],
    ]);
    expect(p.view.monthChart.debtKopecks).toEqual([
      1_300_000_00, 1_280_000_00, 1_260_000_00, 1_240_000_00, 1_140_000_00, 1_172_000_00,
    ]);
    // Measure 1 counts SMS delivered and says apart what went out in a file, to the gateway and reached the phone.
    expect(p.view.measures).toEqual(['1. SMS-информирование: 3 л/с (выгружено 3, отправлено 3, доставлено 3)']);
    expect(p.check.passed).toBe(true);
    expect(p.check.text).toContain('пройдена');
    expect(JSON.stringify(p.view)).not.toMatch(/Бета|Дельта/);
  });

  it('a period in the future, reversed or longer than a year is refused', async () => {
    const e1 = await callCoreAsError(
      core,
      'tester',
      'press.summary',
      { from: '2026-12-01', to: '2026-12-31' },
      'claims_clerk',
    );
    expect(e1.code).toBe('REPORT.BAD_PERIOD');
    const e2 = await callCoreAsError(
      core,
      'tester',
      'press.make',
      { from: '2025-01-01', to: '2026-11-30' },
      'claims_clerk',
    );
    expect(e2.code).toBe('REPORT.TOO_LONG');
    expect(e2.message).toContain('Ничего не изменено');
  });
});

describe('press summary files', () => {
  let made: PressSummaryMade;
  let pdfFile: string;

  beforeAll(async () => {
    made = await callCore<PressSummaryMade>(core, 'press.make', { from: '2026-11-01', to: '2026-11-30' });
    const doc = core.ctx.sqlite
      .prepare('SELECT file_path AS p, kind FROM generated_documents WHERE id = ?')
      .get(made.pdf.documentId) as { p: string; kind: string };
    expect(doc.kind).toBe('media_press_summary');
    pdfFile = path.join(core.ctx.dataDir, doc.p);
    if (process.env.PRESS_PDF_OUT) fs.copyFileSync(pdfFile, process.env.PRESS_PDF_OUT);
  }, 120_000);

  it('the PDF reads back with the title, the figures and the merge footnote', () => {
    const text = pdfText(pdfFile);
    expect(text).toContain('Задолженность за жилищно-коммунальные услуги');
    expect(text).toContain('на 30.11.2026');
    expect(text).toContain('Прочие УК (2)');
    expect(text).toContain('1 172 000');
    expect(text).toContain('Текст для публикации');
    expect(text).toMatch(/меньше 5\s+должников/);
    expect(text).not.toMatch(/Бета|Дельта/);
  });

  it('the PDF holds no name, account number, address or flat of the persons in the database', () => {
    const text = pdfText(pdfFile);
    const words = new Set(
      text
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/[^a-zа-я0-9/-]+/u),
    );
    expect(persons.length).toBeGreaterThan(10);
    for (const full of persons) {
      const surname = full.split(/\s+/)[0]!.toLowerCase().replace(/ё/g, 'е');
      expect(words.has(surname), `surname ${surname}`).toBe(false);
    }
    for (const n of accountNumbers) expect(text.includes(n), `account ${n}`).toBe(false);
    expect(text).not.toMatch(/кв\.|квартир/i);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(text.includes(a), `address ${a}`).toBe(false);
    expect(text).not.toMatch(/(?:^|\s)(?:ул\.|д\.\s*\d)/m);
  });

  it('the XLSX has the same tables, sums in rubles', async () => {
    const doc = core.ctx.sqlite
      .prepare('SELECT file_path AS p FROM generated_documents WHERE id = ?')
      .get(made.xlsx.documentId) as { p: string };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(core.ctx.dataDir, doc.p));
    const byUk = wb.getWorksheet('По УК')!;
    const rows = byUk
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['ООО «УК Гамма»', 600_000, 650_000, 50_000, 9, 10, 10_000],
      ['ООО «УК Альфа»', 500_000, 480_000, -20_000, 12, 12, 20_000],
      ['Прочие УК (2)', 40_000, 42_000, 2_000, 5, 5, 500],
      ['Всего по округу', 1_140_000, 1_172_000, 32_000, 26, 27, 30_500],
    ]);
    expect(wb.getWorksheet('По месяцам')!.rowCount).toBe(7);
    expect(wb.getWorksheet('Мероприятия')!.getRow(2).values).toEqual([
      undefined,
      1,
      'SMS-информирование',
      '3 л/с',
      'выгружено 3, отправлено 3, доставлено 3',
    ]);
  });

  it('is journaled as measure 7 with no account', () => {
    const j = core.ctx.sqlite
      .prepare(
        `SELECT measure, account_id AS accountId, object_type AS objectType, summary FROM actions WHERE kind = 'media.press_summary'`,
      )
      .all() as Array<{ measure: number; accountId: number | null; objectType: string; summary: string }>;
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ measure: 7, accountId: null, objectType: 'report' });
    expect(j[0]!.summary).toContain('с 01.11.2026 по 30.11.2026');
  });

  it('a УК named like a person is refused with MEDIA.PERSONAL_DATA, and nothing is saved', async () => {
    const s = core.ctx.sqlite;
    const person = persons[0]!;
    s.prepare('UPDATE management_companies SET name = ? WHERE id = ?').run(`ИП ${person}`, uk['Гамма']);
    const before = s.prepare('SELECT COUNT(*) FROM generated_documents').pluck().get();
    try {
      const e = await callCoreAsError(
        core,
        'tester',
        'press.make',
        { from: '2026-11-01', to: '2026-11-30' },
        'claims_clerk',
      );
      expect(e.code).toBe('MEDIA.PERSONAL_DATA');
      expect(e.message).toContain('Материал не сохранён');
      const p = await callCore<PressSummaryPreview>(core, 'press.summary', { from: '2026-11-01', to: '2026-11-30' });
      expect(p.check.passed).toBe(false);
      expect(s.prepare('SELECT COUNT(*) FROM generated_documents').pluck().get()).toBe(before);
    } finally {
      s.prepare('UPDATE management_companies SET name = ? WHERE id = ?').run('ООО «УК Гамма»', uk['Гамма']);
    }
  });
});

describe('report press (CLI)', () => {
  beforeAll(() => setCliRole(core, 'claims_clerk'));

  it('prints its help', async () => {
    const r = await cli(['report', 'press', '--help'], core);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--from');
    expect(r.out).toContain('--out');
  });

  it('writes the PDF and the XLSX into the folder', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-press-cli-'));
    const r = await cli(
      ['report', 'press', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out, '--json'],
      core,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { pdfPath: string; xlsxPath: string; check: { passed: boolean } };
    expect(json.check.passed).toBe(true);
    expect(fs.readFileSync(json.pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(path.dirname(json.xlsxPath)).toBe(out);
    expect(pdfText(json.pdfPath)).toContain('Прочие УК (2)');
  });

  it('a reversed period: the Russian message and exit code 1', async () => {
    const r = await cli(['report', 'press', '--from', '2026-11-30', '--to', '2026-11-01', '--out', os.tmpdir()], core);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Начало периода позже его конца');
  });
});
