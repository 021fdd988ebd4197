/**
 * Importing billing files through the real migrations into a real database file: the demo district's CSV and
 * XLSX files land with matching counts; bad files are refused with Russian line-and-column errors and leave the
 * database exactly as it was; the same file twice is refused; later files replace, never duplicate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRefusedError, importFiles, type ImportFileSpec } from '../../electron/core/billing/import-files';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { readTableCounts } from '../../electron/core/repositories/table-counts-repo';
import { makeTempDir } from '../support/temp-dir';
import { writeSmallDistrict } from '../support/demo-files';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
type District = Awaited<ReturnType<typeof writeSmallDistrict>>;

let district: District;
beforeAll(async () => {
  district = await writeSmallDistrict(120, ['csv', 'xlsx']);
});
afterAll(() => fs.rmSync(district.dir, { recursive: true, force: true }));

function freshCore(): Core {
  return openCore({
    dataDir: makeTempDir(),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
}

const spec = (file: string): ImportFileSpec => ({ path: file, fileName: path.basename(file) });

async function run(core: Core, files: string[]) {
  return importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    files: files.map(spec),
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
  });
}

async function refusal(core: Core, files: string[]): Promise<ImportRefusedError> {
  try {
    await run(core, files);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

/** Every table's rows, to prove a refused import changed nothing at all. */
function snapshot(core: Core): string {
  const tables = [
    'management_companies',
    'buildings',
    'premises',
    'accounts',
    'persons',
    'account_persons',
    'charges',
    'payments',
    'imports',
    'account_summaries',
    'actions',
  ];
  return JSON.stringify(tables.map((t) => core.ctx.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

function writeCsv(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, iconv.encode(text, 'win1251'));
  return file;
}

function readCsv(file: string): string {
  return iconv.decode(fs.readFileSync(file), 'win1251');
}

describe('import of the demo district', () => {
  it.each([['csv'], ['xlsx']])('imports the %s files with counts equal to what the generator wrote', async (ext) => {
    const core = freshCore();
    // Given in the "wrong" order on purpose: the job orders them companies → accounts → charges → payments.
    const result = await run(
      core,
      ['payments', 'charges', 'accounts', 'uk'].map((stem) => district.file(`${stem}.${ext}`)),
    );
    expect(result.files.map((f) => f.kind)).toEqual(['companies', 'accounts', 'charges', 'payments']);
    expect(readTableCounts(core.ctx.sqlite)).toMatchObject({
      managementCompanies: district.counts.companies,
      buildings: district.counts.buildings,
      accounts: district.counts.accounts,
      persons: district.counts.persons,
      accountPersons: district.counts.accountPersons,
      charges: district.counts.charges,
      payments: district.counts.payments,
      imports: 4,
    });
    // Every account has its summary, and the debts add up to charges − payments.
    const sums = core.ctx.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM account_summaries) AS summaries,
                (SELECT sum(debt_kopecks) FROM account_summaries) AS debt,
                (SELECT sum(amount_kopecks) FROM charges) - (SELECT sum(amount_kopecks) FROM payments) AS expected`,
      )
      .get() as { summaries: number; debt: number; expected: number };
    expect(sums.summaries).toBe(district.counts.accounts);
    expect(sums.debt).toBe(sums.expected);
    // The originals are kept.
    expect(fs.readdirSync(path.join(core.ctx.dataDir, 'imports')).filter((f) => !f.startsWith('.'))).toHaveLength(4);
    await core.close();
  });

  it('refuses the same file a second time and changes nothing', async () => {
    const core = freshCore();
    await run(
      core,
      ['uk', 'accounts'].map((s) => district.file(`${s}.csv`)),
    );
    const before = snapshot(core);
    const error = await refusal(core, [district.file('accounts.csv')]);
    expect(error.message).toMatch(/^Файл «accounts\.csv» уже загружен 26\.11\.2026, 12:00 \(загрузка № 2/);
    expect(snapshot(core)).toBe(before);
    await core.close();
  });
});

describe('refused files leave the database as it was', () => {
  let core: Core;
  let dir: string;
  let before: string;
  let chargesText: string;

  beforeAll(async () => {
    core = freshCore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-bad-'));
    await run(
      core,
      ['uk', 'accounts'].map((s) => district.file(`${s}.csv`)),
    );
    before = snapshot(core);
    chargesText = readCsv(district.file('charges.csv'));
  });
  afterAll(async () => core.close());

  const lines = () => chargesText.split('\r\n');

  it('a bad amount: line and column named in Russian', async () => {
    const l = lines();
    l[5] = l[5]!.replace(/;[^;]*$/, ';12,3а');
    const error = await refusal(core, [writeCsv(dir, 'charges-bad-amount.csv', l.join('\r\n'))]);
    expect(error.rowErrors).toHaveLength(1);
    expect(error.rowErrors[0]).toMatchObject({ file: 'charges-bad-amount.csv', line: 6, column: 'Начислено, руб.' });
    expect(error.rowErrors[0]!.message).toMatch(/^Строка 6, столбец «Начислено, руб\.»: «12,3а»/);
    expect(error.message).toContain('Ничего не записано');
    expect(snapshot(core)).toBe(before);
  });

  it('a bad date in payments', async () => {
    const text = readCsv(district.file('payments.csv')).split('\r\n');
    text[3] = text[3]!.replace(/;\d\d\.\d\d\.\d{4};/, ';31.02.2024;');
    const error = await refusal(core, [writeCsv(dir, 'payments-bad-date.csv', text.join('\r\n'))]);
    expect(error.rowErrors[0]).toMatchObject({ line: 4, column: 'Дата оплаты' });
    expect(error.rowErrors[0]!.message).toContain('31.02.2024');
    expect(snapshot(core)).toBe(before);
  });

  it('a missing account number', async () => {
    const l = lines();
    l[10] = l[10]!.replace(/^[^;]*;/, ';');
    const error = await refusal(core, [writeCsv(dir, 'charges-no-account.csv', l.join('\r\n'))]);
    expect(error.rowErrors[0]).toMatchObject({ line: 11, column: 'Лицевой счёт' });
    expect(snapshot(core)).toBe(before);
  });

  it('an account number the database does not know', async () => {
    const l = lines();
    l[7] = l[7]!.replace(/^[^;]*;/, '9999999999;');
    const error = await refusal(core, [writeCsv(dir, 'charges-unknown.csv', l.join('\r\n'))]);
    expect(error.rowErrors[0]!.message).toMatch(
      /Строка 8, столбец «Лицевой счёт»: «9999999999» — такого лицевого счёта нет в базе/,
    );
    expect(snapshot(core)).toBe(before);
  });

  it('a file cut in half', async () => {
    const bytes = iconv.encode(chargesText, 'win1251');
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const file = path.join(dir, 'charges-cut.csv');
    fs.writeFileSync(file, cut);
    const error = await refusal(core, [file]);
    expect(error.message + JSON.stringify(error.rowErrors)).toMatch(/строка \d+/i);
    expect(snapshot(core)).toBe(before);
  });

  it('an XLSX cut in half', async () => {
    const bytes = fs.readFileSync(district.file('charges.xlsx'));
    const file = path.join(dir, 'charges-cut.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await refusal(core, [file]);
    expect(error.message).toMatch(/повреждён или обрезан/);
    expect(snapshot(core)).toBe(before);
  });

  it('a wrong encoding (KOI8-R)', async () => {
    const file = path.join(dir, 'charges-koi8.csv');
    fs.writeFileSync(file, iconv.encode(chargesText.split('\r\n').slice(0, 50).join('\r\n'), 'koi8-r'));
    const error = await refusal(core, [file]);
    expect(error.message).toMatch(/кодировк/);
    expect(snapshot(core)).toBe(before);
  });

  it('one bad file refuses the whole job, good files included', async () => {
    const l = lines();
    l[2] = l[2]!.replace(/;[^;]*$/, ';abc');
    const error = await refusal(core, [
      district.file('charges.csv'),
      writeCsv(dir, 'payments-x.csv', 'Лицевой счёт;Дата оплаты;Сумма, руб.\r\n1;01.01.2026;1,00\r\n'),
    ]);
    expect(error.rowErrors.length).toBeGreaterThan(0);
    expect(snapshot(core)).toBe(before);
  });
});

describe('re-imports replace, never duplicate', () => {
  it('a corrected charge replaces the amount; a payment with the same number replaces the payment', async () => {
    const core = freshCore();
    await run(
      core,
      ['uk', 'accounts', 'charges', 'payments'].map((s) => district.file(`${s}.csv`)),
    );
    const counts = readTableCounts(core.ctx.sqlite);
    const dir = makeTempDir('zhku-fix-');
    const charge = readCsv(district.file('charges.csv')).split('\r\n')[1]!.split(';');
    const payment = readCsv(district.file('payments.csv')).split('\r\n')[1]!.split(';');
    const header = readCsv(district.file('charges.csv')).split('\r\n')[0]!;
    const payHeader = readCsv(district.file('payments.csv')).split('\r\n')[0]!;
    await run(core, [
      writeCsv(dir, 'charges-fix.csv', `${header}\r\n${[charge[0], charge[1], charge[2], '1,23'].join(';')}\r\n`),
      writeCsv(
        dir,
        'payments-fix.csv',
        `${payHeader}\r\n${[...payment.slice(0, 2), '7,00', ...payment.slice(3)].join(';')}\r\n`,
      ),
    ]);
    expect(readTableCounts(core.ctx.sqlite)).toMatchObject({
      charges: counts.charges,
      payments: counts.payments,
      imports: 6,
    });
    const row = core.ctx.sqlite
      .prepare(
        'SELECT c.amount_kopecks AS k FROM charges c JOIN accounts a ON a.id = c.account_id WHERE a.number = ? AND c.service = ?',
      )
      .all(charge[0], charge[2]) as Array<{ k: number }>;
    expect(row.map((r) => r.k)).toContain(123);
    const paid = core.ctx.sqlite
      .prepare(
        'SELECT p.amount_kopecks AS k FROM payments p JOIN accounts a ON a.id = p.account_id WHERE a.number = ? AND p.document_number = ?',
      )
      .get(payment[0], payment[5]) as { k: number };
    expect(paid.k).toBe(700);
    await core.close();
  });
});
