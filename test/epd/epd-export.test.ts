/**
 * The ЕПД penalty export (measure 3) after a monthly run: CSV in windows-1251 decodes back with the four columns
 * and comma decimals, XLSX reads back with exceljs, coverage is 100 % when every УК charges penalty and names
 * the exceptions otherwise, every export is journaled with its coverage, and the template is edited through the API.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import type { EpdCoverage, EpdExportResult } from '../../shared/api/contract-epd';
import { NOW, closeDistrictCore, count, openDistrictCore } from '../penalty/penalty-district';

let core: Core;
const run = (period: string) =>
  runMonthlyPenalty({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    period,
    companyId: null,
    userName: 'тест',
    nowMs: NOW,
    threads: 1,
  });
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

beforeAll(async () => {
  core = await openDistrictCore(150);
  await run('2026-09');
});
afterAll(async () => {
  await closeDistrictCore(core);
});

describe('ЕПД export', () => {
  it('writes CSV in windows-1251 that decodes back, one row per accrual, comma decimals', async () => {
    const result = await call<EpdExportResult>('epd.export', {
      period: '2026-09',
      format: 'csv',
      encoding: 'windows-1251',
    });
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.equals(fs.readFileSync(result.savedPath))).toBe(true);
    const lines = iconv.decode(bytes, 'win1251').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Лицевой счёт;Пени за месяц, руб.;Задолженность по пени, руб.;Пояснение');
    const accruals = count(core, 'SELECT count(*) AS n FROM penalty_accruals');
    expect(lines).toHaveLength(accruals + 1);
    expect(result.rows).toBe(accruals);
    const kopecks = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
    const sum = lines.slice(1).reduce((s, l) => s + kopecks(l.split(';')[1] ?? ''), 0);
    expect(sum).toBe(count(core, 'SELECT sum(accrued_kopecks) AS n FROM penalty_accruals'));
    const charged = lines.find((l) => /;\d+,\d\d;.*по 1\/(300|130) ставки 9,5 % в день/.test(l));
    expect(charged).toBeDefined();
    expect(charged).toContain('Пени за сентябрь 2026');
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
    const journal = core.ctx.sqlite
      .prepare(`SELECT measure, summary, details_json AS details FROM actions WHERE kind = 'epd.exported' ORDER BY id`)
      .all() as Array<{
      measure: number;
      summary: string;
      details: string;
    }>;
    expect(journal).toHaveLength(2);
    expect(journal[0]?.measure).toBe(3);
    expect(journal[0]?.summary).toContain('охват должников 100 %');
    expect(JSON.parse(journal[0]?.details ?? '{}')).toMatchObject({
      period: '2026-09',
      coveragePercent: 100,
      debtorAccounts: coverage.debtorAccounts,
    });
  });

  it('lists the debtors of a УК whose contract excludes penalty as exceptions', async () => {
    const company = core.ctx.sqlite
      .prepare(
        'SELECT management_company_id AS id, count(*) AS debtors FROM account_summaries WHERE debt_kopecks > 0 GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
      )
      .get() as { id: number; debtors: number };
    core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 0 WHERE id = ?').run(company.id);
    await run('2026-09');
    const coverage = await call<EpdCoverage>('epd.coverage', { period: '2026-09' });
    expect(coverage.coveragePercent).toBeLessThan(100);
    const excluded = coverage.byReason.find((r) => r.reason === 'company_excluded');
    expect(excluded?.count).toBe(company.debtors);
    expect(coverage.exceptions[0]).toMatchObject({
      reason: 'company_excluded',
      affectsCoverage: true,
      reasonText: expect.stringContaining('не предусматривает'),
    });
    expect(coverage.coveredAccounts).toBe(coverage.debtorAccounts - company.debtors);
    core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 1 WHERE id = ?').run(company.id);
    await run('2026-09');
    expect((await call<EpdCoverage>('epd.coverage', { period: '2026-09' })).coveragePercent).toBe(100);
  });

  it('a month without a run is refused with the reason; a month without runs lists every debtor as «не рассчитаны»', async () => {
    const refused = await core.dispatch('epd.export', { period: '2026-07', format: 'csv' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('ещё не рассчитаны') },
    });
    const coverage = await call<EpdCoverage>('epd.coverage', { period: '2026-07' });
    expect(coverage.coveragePercent).toBe(0);
    expect(coverage.byReason.map((r) => r.reason)).toEqual(['no_run']);
  });

  it('edits the explanation template through the API and refuses unknown placeholders', async () => {
    const got = await call<{ template: Record<string, string>; isDefault: boolean }>('epd.template.get', {});
    expect(got.isDefault).toBe(true);
    const template = { ...got.template, total: 'Пени: {пени} руб. за {месяц}. {строки}' };
    const saved = await call<{ isDefault: boolean }>('epd.template.set', { template });
    expect(saved.isDefault).toBe(false);
    const result = await call<EpdExportResult>('epd.export', { period: '2026-09', format: 'csv', encoding: 'utf-8' });
    const text = Buffer.from(result.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Пени: ');
    expect(text).not.toContain('Расчёт: ');
    const bad = await core.dispatch('epd.template.set', { template: { ...template, line: 'база {базa}' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('{базa}') } });
  });
});
