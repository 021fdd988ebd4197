/**
 * Hostile names through every CSV writer (issue 14, «No formulas out»). Persons, a building, a court, an FSSP
 * department and the texts of templates are given names Excel would run as formulas; each CSV export is then made
 * through its real service or API on a real database, read back (windows-1251 decoded where the file is) and
 * checked: no cell begins with `=`, `+`, `-`, `@`, tab or CR unless it is wholly a number, the hostile values are
 * there with an apostrophe in front, and the money columns are unchanged numbers.
 *
 * The CSV writers of the application — each builds its cells with shared/csv/csv-cell.ts (the lint part at the end
 * fails when a file writes CSV without it):
 *   1. the post's upload file of a mailing        shared/documents/mailing/upload-file.ts  (mailing.export, cp1251)
 *   2. the SMS gateway file                        electron/core/sms/sms-batch.ts           (sms.exportBatch, UTF-8)
 *   3. the ЕПД penalty file                        electron/core/epd/epd-export.ts          (epd.export, cp1251/UTF-8)
 *   4. the court directory                         electron/core/court/courts-csv.ts        (courts.exportCsv)
 *   5. the FSSP departments directory              electron/core/fssp/departments-csv.ts    (departments.exportCsv)
 *   6. the court package's manifest.csv            electron/core/court/package-manifest.ts  (manifestCsv)
 *   7. the writs import template                   electron/core/fssp/writs-import.ts       (writs.importTemplate)
 *   8. the demo's claim history register           electron/core/demo/demo-claim-history.ts (addDemoClaimHistory)
 *   9. the demo's billing files                    electron/core/demo/csv-table-writer.ts + cell-format.ts
 * The court package (6) is checked through its writer function with a hostile debtor, not by building a whole
 * package (that takes a court batch, paid duties and PDFs: test/court/demo-bracket-package.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import { manifestCsv, type PackageManifest } from '../../electron/core/court/package-manifest';
import { addDemoClaimHistory } from '../../electron/core/demo/demo-claim-history';
import type { MailingExportResult } from '../../shared/api/contract-mailing';
import type { SmsBatchView } from '../../shared/api/contract-work';
import type { EpdExportResult, EpdTemplateView } from '../../shared/api/contract-epd';
import type { CourtsFile, CourtView } from '../../shared/api/contract-court-directory';
import type { DepartmentsFile, DepartmentView } from '../../shared/api/contract-fssp-departments';
import type { WritTemplateFile } from '../../shared/api/contract-fssp-writs';
import { DEMO_END_PERIOD } from '../support/demo-files';
import { call, closeDocumentsCore, NOW, openDocumentsCore, TODAY } from '../claims/documents-district';

const HOSTILE = [
  `=cmd|' /C calc'!A0`,
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '@SUM(1)',
  '-2+3',
  '\t=1+1 табуляция',
  '\r=1+1 возврат каретки',
] as const;

/** Wholly a number (optional sign, digits, one «.» or «,» part): Excel reads it as a number, never a formula. */
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

let core: Core;
const sql = () => core.ctx.sqlite;

function rowsOf(bytes: Buffer, encoding: 'utf-8' | 'windows-1251'): string[][] {
  const text =
    encoding === 'windows-1251' ? iconv.decode(bytes, 'win1251') : bytes.toString('utf8').replace(/^\uFEFF/, '');
  return parse(text, { delimiter: ';', relax_column_count: true }) as string[][];
}

/** No cell begins with a formula character unless it is a number; returns the cells that begin with «'». */
function assertNoFormula(rows: string[][], label: string): string[] {
  const guarded: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (/^[=+\-@\t\r]/.test(cell) && !NUMBER.test(cell))
        expect.fail(`${label}: строка ${r + 1}, столбец ${c + 1} начинается с формулы: ${JSON.stringify(cell)}`);
      if (cell.startsWith("'")) guarded.push(cell);
    }),
  );
  return guarded;
}

/** Every hostile value appears in the file with the apostrophe in front (inside a longer text is allowed). */
function expectAllGuarded(guarded: string[], values: readonly string[], label: string): void {
  for (const v of values)
    expect(
      guarded.some((g) => g.startsWith(`'${v}`)),
      `${label}: ${JSON.stringify(v)}`,
    ).toBe(true);
}

beforeAll(async () => {
  core = await openDocumentsCore(120);
  const s = sql();
  // Each debtor of the district gets a hostile name in turn; one building a hostile address.
  const persons = s.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as number[];
  const rename = s.prepare('UPDATE persons SET full_name = ?, name_search = lower(?) WHERE id = ?');
  persons.forEach((id, i) => rename.run(HOSTILE[i % HOSTILE.length], HOSTILE[i % HOSTILE.length], id));
  recomputeSummaries(s, 'all', NOW);
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('hostile names through every CSV writer', () => {
  it('1. the post upload file of a mailing (windows-1251)', async () => {
    const bracket = (
      sql()
        .prepare(
          `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND status = 'open' AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
        )
        .get() as { bracket: string }
    ).bracket;
    const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket });
    expect((await core.ctx.jobs.wait(started.jobId)).state).toBe('done');
    const result = await call<MailingExportResult>(core, 'mailing.export', { batchId: started.batchId });
    const csvFiles = result.files.filter((f) => f.kind === 'form103_csv');
    expect(csvFiles.length).toBeGreaterThan(0);
    const guarded: string[] = [];
    for (const f of csvFiles) {
      const rows = rowsOf(fs.readFileSync(path.join(core.ctx.dataDir, f.filePath)), 'windows-1251');
      expect(rows[0]?.[1]).toBe('recipient-name');
      guarded.push(...assertNoFormula(rows, `почта ${f.filePath}`));
      // The weight stays a number.
      for (const row of rows.slice(1)) expect(row[17]).toMatch(/^\d+$/);
    }
    // The letters of the batch went to a few debtors: at least two hostile names reach the file, all guarded.
    expect(new Set(guarded).size).toBeGreaterThanOrEqual(2);
    expect(guarded.every((g) => HOSTILE.some((h) => g === `'${h}`))).toBe(true);
  }, 240_000);

  it('2. the SMS gateway file (UTF-8): the template and an address placeholder', async () => {
    const s = sql();
    // A hostile building address reaches the text through {адрес}; the template itself starts with a formula.
    s.prepare('UPDATE buildings SET address = ?').run('@SUM(1) ул. Ленина');
    s.prepare(`UPDATE persons SET phone = '+7 916 123-45-' || printf('%02d', id % 100), sms_consent = 1`).run();
    recomputeSummaries(s, 'all', NOW);
    const batch = await call<SmsBatchView>(core, 'sms.createBatch', {
      template: '=HYPERLINK("http://x","y") долг {сумма} руб., л/с {счёт}',
      limit: 5,
    });
    expect(batch.recipients).toBeGreaterThan(0);
    const file = await call<{ base64: string; savedPath: string }>(core, 'sms.exportBatch', { batchId: batch.id });
    const rows = rowsOf(Buffer.from(file.base64, 'base64'), 'utf-8');
    expect(rows[0]).toEqual(['phone', 'text']);
    const guarded = assertNoFormula(rows, 'SMS');
    expect(guarded.length).toBe(rows.length - 1);
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/^\+79\d{9}$/); // a phone is a number: left as it is
      expect(row[1]).toMatch(/^'=HYPERLINK\("http:\/\/x","y"\) долг [\d\s]+(,\d\d)? руб\., л\/с \d+$/);
    }
    const addressBatch = await call<SmsBatchView>(core, 'sms.createBatch', {
      template: '{адрес}: долг {сумма} руб.',
      limit: 2,
    });
    const second = await call<{ base64: string }>(core, 'sms.exportBatch', { batchId: addressBatch.id });
    const addressRows = rowsOf(Buffer.from(second.base64, 'base64'), 'utf-8');
    expectAllGuarded(assertNoFormula(addressRows, 'SMS адрес'), ['@SUM(1) ул. Ленина'], 'SMS адрес');
  }, 120_000);

  it('3. the ЕПД file (windows-1251 and UTF-8): a hostile template, money columns unchanged', async () => {
    const view = await call<EpdTemplateView>(core, 'epd.template.get', {});
    const t = view.template;
    await call(core, 'epd.template.set', {
      template: {
        ...t,
        charged: `=cmd|' /C calc'!A0 ${t.charged}`,
        none: `-2+3 ${t.none}`,
        moratorium: `+1+1 ${t.moratorium}`,
        grace: `@SUM(1) ${t.grace}`,
      },
    });
    await runMonthlyPenalty({
      sqlite: sql(),
      dataDir: core.ctx.dataDir,
      period: DEMO_END_PERIOD,
      companyId: null,
      by: { userId: null, name: 'тест' },
      nowMs: NOW,
      threads: 1,
    });
    const accruals = sql()
      .prepare(
        `SELECT a.number, p.accrued_kopecks AS accrued FROM penalty_accruals p JOIN accounts a ON a.id = p.account_id`,
      )
      .all() as Array<{ number: string; accrued: number }>;
    expect(accruals.length).toBeGreaterThan(0);
    const rub = (k: number) =>
      `${k < 0 ? '-' : ''}${Math.trunc(Math.abs(k) / 100)},${String(Math.abs(k) % 100).padStart(2, '0')}`;
    for (const encoding of ['windows-1251', 'utf-8'] as const) {
      const result = await call<EpdExportResult>(core, 'epd.export', {
        period: DEMO_END_PERIOD,
        format: 'csv',
        encoding,
      });
      const rows = rowsOf(fs.readFileSync(result.savedPath), encoding);
      const guarded = assertNoFormula(rows, `ЕПД ${encoding}`);
      expect(guarded.length).toBe(rows.length - 1); // every «Пояснение» begins with a hostile text
      expect(guarded.every((g) => /^'(=cmd\|' \/C calc'!A0|-2\+3|\+1\+1|@SUM\(1\)) /.test(g))).toBe(true);
      // The money columns are numbers as before: each account's month penalty, «1234,56».
      const byNumber = new Map(accruals.map((a) => [a.number, a.accrued]));
      for (const row of rows.slice(1)) {
        expect(row[1]).toBe(rub(byNumber.get(row[0] as string) as number));
        expect(row[2]).toMatch(/^-?\d+,\d\d$/);
      }
    }
  }, 240_000);

  it('4. the court directory', async () => {
    const saved = await call<CourtView>(core, 'courts.save', {
      kind: 'magistrate',
      name: 'Судебный участок № 123',
      plotNumber: '123',
      address: '143401, Московская обл., г. Красногорск, ул. Речная, д. 8',
    });
    sql()
      .prepare('UPDATE courts SET name = ?, address = ?, note = ? WHERE id = ?')
      .run(HOSTILE[1], HOSTILE[5], HOSTILE[6], saved.id);
    const file = await call<CourtsFile>(core, 'courts.exportCsv', {});
    const rows = rowsOf(fs.readFileSync(file.savedPath), 'utf-8');
    expectAllGuarded(assertNoFormula(rows, 'суды'), [HOSTILE[1], HOSTILE[5], HOSTILE[6]], 'суды');
  });

  it('5. the FSSP departments directory', async () => {
    const saved = await call<DepartmentView>(core, 'departments.save', {
      name: 'Красногорский РОСП',
      code: '50017',
      address: '143405, Московская обл., г. Красногорск, ул. Речная, д. 20',
    });
    sql()
      .prepare('UPDATE bailiff_departments SET name = ?, senior_bailiff = ?, note = ? WHERE id = ?')
      .run(HOSTILE[0], HOSTILE[3], HOSTILE[4], saved.id);
    const file = await call<DepartmentsFile>(core, 'departments.exportCsv', {});
    const rows = rowsOf(fs.readFileSync(file.savedPath), 'utf-8');
    expectAllGuarded(assertNoFormula(rows, 'отделы'), [HOSTILE[0], HOSTILE[3], HOSTILE[4]], 'отделы');
  });

  it('6. the court package manifest: a hostile debtor guarded, a negative sum stays a number', () => {
    const sha = 'a'.repeat(64);
    const manifest: PackageManifest = {
      format: 'zhku-court-package/1',
      court: { id: 1, name: HOSTILE[1], code: null },
      documentDate: TODAY,
      createdAtMs: NOW,
      claimant: 'ООО «УК»',
      cases: [],
      totals: { cases: 1, principalKopecks: 0, penaltyKopecks: 0, claimKopecks: 0, dutyKopecks: 0 },
      files: [
        {
          file: '=1+1.pdf',
          kind: 'register',
          caseId: null,
          account: '-2+3',
          debtor: HOSTILE[0],
          sumKopecks: -15025,
          pages: 1,
          size: 10,
          sha256: sha,
        },
      ],
      warnings: [],
    };
    const rows = rowsOf(Buffer.from(manifestCsv(manifest), 'utf8'), 'utf-8');
    expectAllGuarded(assertNoFormula(rows, 'manifest.csv'), ['=1+1.pdf', '-2+3', HOSTILE[0]], 'manifest.csv');
    expect(rows[1]?.[5]).toBe('-150.25');
  });

  it('7. the writs import template has no formula-looking cell', async () => {
    const file = await call<WritTemplateFile>(core, 'writs.importTemplate', {});
    assertNoFormula(rowsOf(Buffer.from(file.base64, 'base64'), 'utf-8'), 'шаблон ИД');
  });

  it('8. the demo claim history register: hostile debtors guarded, sums unchanged', () => {
    const made = addDemoClaimHistory(sql(), core.ctx.dataDir, TODAY, NOW);
    expect(made.letters).toBeGreaterThan(0);
    const doc = sql()
      .prepare(`SELECT file_path FROM generated_documents WHERE kind = 'claims_history' ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get() as string;
    const rows = rowsOf(fs.readFileSync(path.join(core.ctx.dataDir, doc)), 'utf-8');
    const guarded = assertNoFormula(rows, 'история претензий');
    expect(guarded.length).toBeGreaterThanOrEqual(2);
    for (const row of rows.slice(2)) expect(row[4]).toMatch(/^\d+,\d\d$/);
  });
});

describe('no CSV writer without the cell writer', () => {
  const ROOTS = ['electron', 'shared'];
  const sources = (): string[] => {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(full);
      }
    };
    for (const r of ROOTS) walk(r);
    return out;
  };

  it('a file about CSV that doubles quotes or joins cells into CRLF lines imports the cell writer', () => {
    const offenders: string[] = [];
    for (const file of sources()) {
      if (file === path.join('shared', 'csv', 'csv-cell.ts')) continue;
      const text = fs.readFileSync(file, 'utf8');
      const quotes = text.includes(`'""'`) || text.includes('`""`');
      const joinsLines = /join\(['"][;,]['"]\)/.test(text) && text.includes('\\r\\n');
      // Quoting for SQL or FTS5 phrases doubles quotes too: only a file that speaks of CSV counts.
      if (/csv/i.test(text) && (quotes || joinsLines) && !text.includes('csv/csv-cell')) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('the listed writers import it', () => {
    for (const file of [
      'shared/documents/mailing/upload-file.ts',
      'electron/core/sms/sms-batch.ts',
      'electron/core/epd/epd-export.ts',
      // The court and department directories write through their shared reader-writer.
      'electron/core/directory/directory-csv.ts',
      'electron/core/court/package-manifest.ts',
      'electron/core/fssp/writs-import.ts',
      'electron/core/demo/demo-claim-history.ts',
      'electron/core/demo/csv-table-writer.ts',
      'electron/core/demo/cell-format.ts',
    ])
      expect(fs.readFileSync(file, 'utf8'), file).toContain('csv/csv-cell');
  });
});
