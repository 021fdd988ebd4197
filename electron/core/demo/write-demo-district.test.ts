/** @file Tests of the demo file writers: determinism, encoding, canonical headers, XLSX sheets, counts. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS, type ImportKind } from '../../../shared/import/layouts';
import { csvHeader } from './csv-table-writer';
import { writeDemoDistrict, type DemoDistrictResult } from './write-demo-district';
import { XlsxTableWriter } from './xlsx-table-writer';

const KINDS: ImportKind[] = ['companies', 'accounts', 'charges', 'payments'];
let dir: string;
let first: DemoDistrictResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'demo-district-'));
  first = await writeDemoDistrict({
    accounts: 300,
    seed: 'writer-test',
    months: 14,
    endPeriod: '2025-06',
    outDir: join(dir, 'a'),
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readCsv(file: string): Promise<string[][]> {
  const text = iconv.decode(await readFile(file), 'win1251');
  return parse(text, { delimiter: ';', record_delimiter: '\r\n', relax_quotes: false }) as string[][];
}

async function readXlsx(file: string): Promise<Array<{ name: string; rows: unknown[][] }>> {
  // The whole-workbook reader: the streaming one may emit a sheet before workbook.xml named it («Sheet1») under load.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

describe('writeDemoDistrict', () => {
  it('writes the eight files', () => {
    const names = first.files.map((f) => f.slice(join(dir, 'a').length + 1)).sort();
    expect(names).toEqual([
      'accounts.csv',
      'accounts.xlsx',
      'charges.csv',
      'charges.xlsx',
      'payments.csv',
      'payments.xlsx',
      'uk.csv',
      'uk.xlsx',
    ]);
  });

  it('is byte-identical for the same seed and differs for another seed', async () => {
    const again = await writeDemoDistrict({
      accounts: 300,
      seed: 'writer-test',
      months: 14,
      endPeriod: '2025-06',
      outDir: join(dir, 'b'),
      formats: ['csv'],
    });
    const other = await writeDemoDistrict({
      accounts: 300,
      seed: 'another',
      months: 14,
      endPeriod: '2025-06',
      outDir: join(dir, 'c'),
      formats: ['csv'],
    });
    expect(again.counts).toEqual(first.counts);
    for (const stem of ['uk', 'accounts', 'charges', 'payments']) {
      const a = await readFile(join(dir, 'a', `${stem}.csv`));
      expect((await readFile(join(dir, 'b', `${stem}.csv`))).equals(a)).toBe(true);
      expect((await readFile(join(dir, 'c', `${stem}.csv`))).equals(a)).toBe(false);
    }
    expect(other.counts).not.toEqual(first.counts);
  });

  it('writes windows-1251 CSV with the canonical headers, CRLF and Russian value formats', async () => {
    for (const kind of KINDS) {
      const layout = LAYOUTS[kind];
      const raw = await readFile(join(dir, 'a', `${layout.fileStem}.csv`));
      const text = iconv.decode(raw, 'win1251');
      expect(text).not.toContain('\uFFFD');
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = await readCsv(join(dir, 'a', `${layout.fileStem}.csv`));
      // Canonical headers; «Площадь, м²» cannot be encoded in windows-1251, so it becomes its synonym.
      expect(rows[0]).toEqual(layout.fields.map((f) => (f.header === 'Площадь, м²' ? 'Площадь, м2' : f.header)));
      expect(rows[0]).toEqual(layout.fields.map(csvHeader));
      for (const row of rows) expect(row).toHaveLength(layout.fields.length);
    }
    const charges = await readCsv(join(dir, 'a', 'charges.csv'));
    for (const [, period, , amount] of charges.slice(1, 200)) {
      expect(period).toMatch(/^(0[1-9]|1[0-2])\.\d{4}$/);
      expect(amount).toMatch(/^\d+,\d{2}$/);
    }
    const payments = await readCsv(join(dir, 'a', 'payments.csv'));
    for (const [, date, amount] of payments.slice(1, 200)) {
      expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(amount).toMatch(/^\d+,\d{2}$/);
    }
    const uk = await readCsv(join(dir, 'a', 'uk.csv'));
    expect(uk[1]?.[0]).toMatch(/^(ООО|АО|МУП) ".+"$/); // quoted in the file, unquoted after parsing
    expect((await readFile(join(dir, 'a', 'uk.csv'), 'latin1')).includes('""')).toBe(true);
  });

  it('reports counts equal to the rows written', async () => {
    const rows = async (stem: string): Promise<string[][]> => (await readCsv(join(dir, 'a', `${stem}.csv`))).slice(1);
    const uk = await rows('uk');
    const accounts = await rows('accounts');
    const fio = LAYOUTS.accounts.fields.findIndex((f) => f.key === 'fullName');
    const withPerson = accounts.filter((r) => (r[fio] ?? '') !== '');
    expect(uk).toHaveLength(first.counts.companies);
    expect(new Set(accounts.map((r) => r[0])).size).toBe(first.counts.accounts);
    expect(withPerson).toHaveLength(first.counts.accountPersons);
    expect(first.counts.persons).toBe(first.counts.accountPersons);
    expect((await rows('charges')).length).toBe(first.counts.charges);
    expect((await rows('payments')).length).toBe(first.counts.payments);
    const addressCol = LAYOUTS.accounts.fields.findIndex((f) => f.key === 'address');
    expect(new Set(accounts.map((r) => r[addressCol])).size).toBe(first.counts.buildings);
  });

  it('writes XLSX readable by the exceljs streaming reader, with typed cells', async () => {
    for (const kind of KINDS) {
      const layout = LAYOUTS[kind];
      const sheets = await readXlsx(join(dir, 'a', `${layout.fileStem}.xlsx`));
      expect(sheets).toHaveLength(1);
      expect(sheets[0]?.name).toBe(layout.title);
      expect(sheets[0]?.rows[0]).toEqual(layout.fields.map((f) => f.header));
      const expected =
        kind === 'companies'
          ? first.counts.companies
          : kind === 'charges'
            ? first.counts.charges
            : kind === 'payments'
              ? first.counts.payments
              : undefined;
      if (expected !== undefined) expect((sheets[0]?.rows.length ?? 0) - 1).toBe(expected);
    }
    const [payments] = await readXlsx(join(dir, 'a', 'payments.xlsx'));
    const row = payments?.rows[1] ?? [];
    expect(typeof row[0]).toBe('string');
    expect(row[1]).toBeInstanceOf(Date);
    expect(typeof row[2]).toBe('number');
    const csv = (await readCsv(join(dir, 'a', 'payments.csv')))[1] ?? [];
    const date = row[1] as Date;
    expect(
      `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`,
    ).toBe(csv[1]);
    expect((row[2] as number).toFixed(2).replace('.', ',')).toBe(csv[2]);
  });

  it('continues a long table on further sheets, each with its own header', async () => {
    const file = join(dir, 'split.xlsx');
    const writer = new XlsxTableWriter(file, LAYOUTS.charges, { maxRowsPerSheet: 4 });
    for (let i = 0; i < 7; i++) writer.writeRow([`500000000${i}`, '2025-01', 'Отопление', 100 + i]);
    await writer.close();
    const sheets = await readXlsx(file);
    expect(sheets.map((s) => s.name)).toEqual(['Начисления', 'Начисления (2)', 'Начисления (3)']);
    expect(sheets.map((s) => s.rows.length)).toEqual([4, 4, 2]);
    for (const s of sheets) expect(s.rows[0]).toEqual(LAYOUTS.charges.fields.map((f) => f.header));
    expect(sheets[2]?.rows[1]).toEqual(['5000000006', '01.2025', 'Отопление', 1.06]);
  });

  it('gives an account without persons one row with empty person columns', async () => {
    const rows = (await readCsv(join(dir, 'a', 'accounts.csv'))).slice(1);
    const fio = LAYOUTS.accounts.fields.findIndex((f) => f.key === 'fullName');
    const status = LAYOUTS.accounts.fields.findIndex((f) => f.key === 'accountStatus');
    for (const r of rows.filter((x) => x[fio] === '')) {
      expect(r[status]).toBe('закрыт');
      expect(rows.filter((x) => x[0] === r[0])).toHaveLength(1);
    }
  });
});
