/**
 * The ЕПД penalty export (measure 3) after a monthly run on a demo district with five years of history: CSV in
 * windows-1251 read back as the billing centre reads it, every «Пояснение» within 255 characters (a lower limit
 * set by the administrator respected), both sums in every text, the full calculation as a second file; XLSX read
 * back; coverage 100 % when every УК has its run, a УК whose contract excludes penalty listed without lowering it;
 * every export journaled; the template edited, previewed and refused through the API.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import type { EpdCoverage, EpdExportResult, EpdTemplatePreview, EpdTemplateView } from '../../shared/api/contract-epd';
import { NOW, closeDistrictCore, count, openDistrictCore } from '../penalty/penalty-district';
import { callCoreAsError, sessionFor } from '../support/api-calls';

let core: Core;
const run = (period: string) =>
  runMonthlyPenalty({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    period,
    companyId: null,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    threads: 1,
  });
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, sessionFor(core, method));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const lastActionId = (): number =>
  core.ctx.sqlite.prepare('SELECT coalesce(max(id), 0) FROM actions').pluck().get() as number;

/** The CSV as the billing centre reads it: windows-1251, «;», quoted cells. */
function readCsv(bytes: Buffer): string[][] {
  return parse(iconv.decode(bytes, 'win1251'), { delimiter: ';' }) as string[][];
}
/** «1234,56» (a money cell) → «1 234,56» as the text writes it (no-break spaces between thousands). */
const asText = (cell: string) => cell.replace(/\B(?=(\d{3})+,)/g, '\u00a0');

beforeAll(async () => {
  core = await openDistrictCore(200, 60);
  await run('2026-09');
});
afterAll(async () => {
  await closeDistrictCore(core);
});

describe('ЕПД export', () => {
  it('writes CSV in windows-1251, one row per accrual, every explanation within 255 characters with both sums', async () => {
    const result = await call<EpdExportResult>('epd.export', {
      period: '2026-09',
      format: 'csv',
      encoding: 'windows-1251',
    });
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.equals(fs.readFileSync(result.savedPath))).toBe(true);
    expect(iconv.decode(bytes, 'win1251').split('\r\n')[0]).toBe(
      'Лицевой счёт;Пени за месяц, руб.;Задолженность по пени, руб.;Пояснение',
    );
    const rows = readCsv(bytes).slice(1);
    const accruals = count(core, 'SELECT count(*) AS n FROM penalty_accruals');
    expect(rows).toHaveLength(accruals);
    expect(result.rows).toBe(accruals);
    const kopecks = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
    expect(rows.reduce((s, r) => s + kopecks(r[1] ?? ''), 0)).toBe(
      count(core, 'SELECT sum(accrued_kopecks) AS n FROM penalty_accruals'),
    );
    for (const [, accrued, total, text] of rows) {
      expect(text?.length).toBeLessThanOrEqual(255);
      expect(text).toContain(`Пени за сентябрь 2026: ${asText(accrued ?? '')} руб.`);
      expect(text?.endsWith(`Долг по пени на 30.09.2026: ${asText(total ?? '')} руб.`)).toBe(true);
    }
    // Five years of debt: some texts had to leave the split out, and still say base, days, fraction and rate.
    expect(result.texts).toMatchObject({ maxChars: 255 });
    expect(result.texts.shortened).toBeGreaterThan(0);
    expect(result.texts.longest).toBe(Math.max(...rows.map((r) => r[3]?.length ?? 0)));
    const charged = rows.filter((r) => r[1] !== '0,00');
    expect(charged.length).toBeGreaterThan(20);
    for (const r of charged)
      expect(r[3]).toMatch(
        / — на долг (до )?[\d\u00a0]+,\d\d руб\. за \d+ дн\. по 1\/(300|130)( и 1\/130)? ставки 9,5 %/,
      );
    expect(charged.some((r) => /\(1\/300: [^)]+ за \d+ дн\./.test(r[3] ?? ''))).toBe(true);
  });

  it('gives the full calculation as a second file, as long as it takes', async () => {
    const result = await call<EpdExportResult>('epd.export', {
      period: '2026-09',
      format: 'csv',
      fullCalculation: 'file',
    });
    expect(readCsv(Buffer.from(result.base64, 'base64'))[0]).toHaveLength(4);
    const file = result.fullCalculationFile;
    expect(file?.fileName).toBe('ЕПД-пени-2026-09-расчёт-cp1251.csv');
    const rows = readCsv(Buffer.from(file?.base64 ?? '', 'base64'));
    expect(rows[0]).toEqual(['Лицевой счёт', 'Расчёт пени полностью']);
    expect(rows).toHaveLength(result.rows + 1);
    for (const r of rows.slice(1))
      expect(r[1]).toMatch(/^Пени за сентябрь 2026: .* Задолженность по пени на 30\.09\.2026: [\d\u00a0]+,\d\d руб\.$/);
    // The month-by-month list that used to go into the bill runs to thousands of characters for a long debtor.
    expect(Math.max(...rows.slice(1).map((r) => r[1]?.length ?? 0))).toBeGreaterThan(3000);
  });

  it('writes XLSX that exceljs reads back', async () => {
    const result = await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(result.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Лицевой счёт',
      'Пени за месяц, руб.',
      'Задолженность по пени, руб.',
      'Пояснение',
    ]);
    expect(sheet.rowCount).toBe(result.rows + 1);
    expect(typeof sheet.getRow(2).getCell(2).value).toBe('number');
  });

  it('covers 100 % of debtors when every УК charges penalty, and journals each export with coverage', async () => {
    const coverage = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
    expect(coverage.debtorAccounts).toBe(
      count(core, 'SELECT count(*) AS n FROM account_summaries WHERE debt_kopecks > 0'),
    );
    expect(coverage.debtorAccounts).toBeGreaterThan(0);
    expect(coverage.coveragePercent).toBe(100);
    expect(coverage.exceptions.every((e) => !e.affectsCoverage)).toBe(true);
    expect(coverage.withPenaltyAccounts + coverage.exceptionsTotal).toBe(coverage.debtorAccounts);
    // This test's own export, journaled once (other tests' exports are theirs, whatever the order).
    const before = lastActionId();
    await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'csv' });
    const journal = core.ctx.sqlite
      .prepare(
        `SELECT measure, summary, details_json AS details FROM actions WHERE kind = 'epd.exported' AND id > ? ORDER BY id`,
      )
      .all(before) as Array<{
      measure: number;
      summary: string;
      details: string;
    }>;
    expect(journal).toHaveLength(1);
    expect(journal[0]?.measure).toBe(3);
    expect(journal[0]?.summary).toContain('охват должников 100 %');
    expect(JSON.parse(journal[0]?.details ?? '{}')).toMatchObject({
      period: '2026-09',
      coveragePercent: 100,
      debtorAccounts: coverage.debtorAccounts,
    });
  });

  it('lists the debtors of a УК whose contract excludes penalty as exceptions, without lowering coverage', async () => {
    const company = core.ctx.sqlite
      .prepare(
        'SELECT management_company_id AS id, count(*) AS debtors FROM account_summaries WHERE debt_kopecks > 0 GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
      )
      .get() as { id: number; debtors: number };
    core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 0 WHERE id = ?').run(company.id);
    try {
      await run('2026-09');
      const coverage = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
      expect(coverage.coveragePercent).toBe(100);
      const excluded = coverage.byReason.find((r) => r.reason === 'company_excluded');
      expect(excluded).toMatchObject({ count: company.debtors, affectsCoverage: false });
      expect(coverage.exceptions.filter((e) => e.reason === 'company_excluded')).toHaveLength(company.debtors);
      expect(coverage.exceptions.find((e) => e.reason === 'company_excluded')?.reasonText).toContain(
        'не предусматривает',
      );
    } finally {
      core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 1 WHERE id = ?').run(company.id);
      await run('2026-09');
    }
    expect(
      (await call<EpdCoverage>('epd.coverage', { period: '2026-09' })).byReason.map((r) => r.reason),
    ).not.toContain('company_excluded');
  });

  it('a month without a run is refused with the reason; a month without runs lists every debtor as «не рассчитаны»', async () => {
    const refused = await core.dispatch(
      'epd.export',
      { period: '2026-07', format: 'csv' },
      sessionFor(core, 'epd.export'),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('ещё не рассчитаны') },
    });
    const coverage = await call<EpdCoverage>('epd.coverage', { period: '2026-07' });
    expect(coverage.coveragePercent).toBe(0);
    expect(coverage.byReason.map((r) => r.reason)).toEqual(['no_run']);
  });

  it('edits the explanation template through the API, previews it and refuses what would break the bill', async () => {
    const got = await call<EpdTemplateView>('epd.template.get', {});
    expect(got).toMatchObject({ isDefault: true, maxChars: 255, limitMin: 100, limitMax: 2000 });
    try {
      const template = { ...got.template, charged: 'Пени {пени} руб.[, {доли}]; всего {итого} руб.' };
      const preview = await call<EpdTemplatePreview>('epd.template.preview', { template });
      expect(preview.problems).toEqual([]);
      expect(preview.samples[0]).toMatchObject({
        text: 'Пени 57,22 руб., 1/300 и 1/130; всего 101,87 руб.',
        length: 49,
      });
      // The largest debtor of the district's newest run is among the samples.
      expect(preview.samples[1]?.title).toMatch(/^Лицевой счёт \d+/);
      const saved = await call<EpdTemplateView>('epd.template.set', { template });
      expect(saved.isDefault).toBe(false);
      const result = await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'csv', encoding: 'utf-8' });
      const text = Buffer.from(result.base64, 'base64').toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      // The text has «;» in it now, so the cell is quoted.
      expect(text).toMatch(/;"Пени [\d\u00a0]+,\d\d руб\., 1\/300[^"]*; всего [\d\u00a0]+,\d\d руб\."\r\n/);
      const bad = await core.dispatch(
        'epd.template.set',
        { template: { ...template, none: 'нет {итогo}' } },
        sessionFor(core, 'epd.template.set'),
      );
      expect(bad).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('{итогo}') },
      });
      const old = await core.dispatch(
        'epd.template.set',
        { template: { ...template, total: 'Пени: {пени}' } },
        sessionFor(core, 'epd.template.set'),
      );
      expect(old).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      // The default template back, so no other test exports with this one.
      await call('epd.template.set', { template: got.defaults });
    }
  });

  it('lets only an administrator change the limit, refuses one the template cannot fit, and keeps every text within it', async () => {
    // The claims clerk works with the ЕПД but its settings are the administrator's.
    const refused = await callCoreAsError(core, 'petrova', 'epd.limit.set', { maxChars: 160 }, 'claims_clerk');
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
    // The default «первые 30 дней» text needs 135 characters with the longest sums.
    expect(await core.dispatch('epd.limit.set', { maxChars: 120 }, sessionFor(core, 'epd.limit.set'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('до 135 знаков') },
    });
    expect(await core.dispatch('epd.limit.set', { maxChars: 99 }, sessionFor(core, 'epd.limit.set'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const before = lastActionId();
    try {
      expect((await call<EpdTemplateView>('epd.limit.set', { maxChars: 160 })).maxChars).toBe(160);
      const result = await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'csv' });
      const rows = readCsv(Buffer.from(result.base64, 'base64')).slice(1);
      expect(result.texts.maxChars).toBe(160);
      for (const [, accrued, total, text] of rows) {
        expect(text?.length).toBeLessThanOrEqual(160);
        expect(text).toContain(asText(accrued ?? ''));
        expect(text).toContain(asText(total ?? ''));
      }
      expect(result.texts.shortened).toBeGreaterThan(0);
      const journal = core.ctx.sqlite
        .prepare(`SELECT user_name AS userName, summary FROM actions WHERE kind = 'epd.limitChanged' AND id > ?`)
        .all(before);
      expect(journal).toEqual([
        { userName: 'Проверка (администратор)', summary: 'Предел длины пояснения о пенях в ЕПД: 255 → 160 знаков' },
      ]);
    } finally {
      // The limit back to 255, so no other test exports within 160.
      await call('epd.limit.set', { maxChars: 255 });
    }
  });
});
