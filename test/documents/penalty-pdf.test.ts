/**
 * The «Расчёт пени» of one account through the real migrations: a demo district imported into a temp data dir,
 * `penalty.forAccount` and `penalty.calculationPdf` called through dispatch like any host would, the PDF saved in
 * the data dir and read back with poppler's pdftotext — Cyrillic text, the account, a 1/300 line, a moratorium
 * and the total matching the engine's kopecks.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/core/billing/import-files';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import type { AccountPenalty, PenaltyCalculationPdf } from '../../shared/api/contract-penalty';
import { writeSmallDistrict } from '../support/demo-files';
import { sessionFor } from '../support/api-calls';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const CALC_DATE = '2026-11-26';

let core: Core;
let dataDir: string;
let demoDir: string;
let accountId: number;

/** pdftotext prints no-break spaces as they are; the assertions compare plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, sessionFor(core, method));
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  // Five years of history reach back before April 2022, so a chronic debtor's lines cross the ПП-497 moratorium.
  const district = await writeSmallDistrict(30, ['csv'], 60);
  demoDir = district.dir;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-penalty-pdf-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const files = fs
    .readdirSync(district.dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ path: path.join(district.dir, f), fileName: f }));
  await importFiles({ sqlite: core.ctx.sqlite, dataDir, files, by: { userId: null, name: 'тест' }, nowMs: NOW });
  const row = core.ctx.sqlite
    .prepare('SELECT account_id AS id FROM account_summaries ORDER BY debt_kopecks DESC, account_id LIMIT 1')
    .get() as { id: number };
  accountId = row.id;
}, 120_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(demoDir, { recursive: true, force: true });
});

describe('penalty.forAccount', () => {
  it('returns the engine’s lines with the account’s facts and Russian notes', async () => {
    const p = await call<AccountPenalty>('penalty.forAccount', { accountId, calculationDate: CALC_DATE });
    expect(p.totalKopecks).toBeGreaterThan(0);
    expect(p.totalKopecks).toBe(p.lines.reduce((s, l) => s + l.penaltyKopecks, 0));
    expect(p.lines.some((l) => l.fraction.num === 1 && l.fraction.den === 300)).toBe(true);
    expect(p.accountNumber).toMatch(/\d/);
    expect(p.address).toMatch(/Красногорск/);
    expect(p.rateDateRule).toBe('payment-day');
    expect(p.tablesVersion).toMatch(/^seed-/);
    expect(p.rateDates.length).toBeGreaterThan(0);
    expect(p.legalBasis[0]).toMatch(/ч\. 14 ст\. 155/);
    // The seed's English source notes never reach the clerk.
    expect(p.reasons.filter((r) => /Government Decree|percent/.test(r.text))).toEqual([]);
    expect(p.moratoria.map((m) => m.id)).toContain('ПП-497');
  });

  it('refuses an impossible date and an unknown account in Russian', async () => {
    const bad = await core.dispatch(
      'penalty.forAccount',
      { accountId, calculationDate: '2026-02-30' },
      sessionFor(core, 'penalty.forAccount'),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/Дата расчёта: такой даты нет в календаре — 30\.02\.2026/);
    const missing = await core.dispatch(
      'penalty.forAccount',
      { accountId: 999_999, calculationDate: CALC_DATE },
      sessionFor(core, 'penalty.forAccount'),
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });
});

describe('penalty.calculationPdf', () => {
  it('saves the PDF in the data dir with the same total as penalty.forAccount', async () => {
    const p = await call<AccountPenalty>('penalty.forAccount', { accountId, calculationDate: CALC_DATE });
    const pdf = await call<PenaltyCalculationPdf>('penalty.calculationPdf', { accountId, calculationDate: CALC_DATE });

    expect(pdf.savedPath).toBe(path.join(dataDir, 'documents', 'penalty', `${p.accountNumber}-${CALC_DATE}.pdf`));
    expect(pdf.fileName).toBe(`${p.accountNumber}-${CALC_DATE}.pdf`);
    const bytes = fs.readFileSync(pdf.savedPath);
    expect(Buffer.from(pdf.base64, 'base64').equals(bytes)).toBe(true);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const text = plain(execFileSync('pdftotext', ['-layout', pdf.savedPath, '-'], { encoding: 'utf8' }));
    expect(text).toContain(`Расчёт пени по лицевому счёту № ${p.accountNumber}`);
    expect(text).toContain('Дата расчёта:');
    expect(text).toContain('26.11.2026');
    expect(text).toMatch(/ч\. 14 ст\. 155 Жилищного кодекса РФ/);
    expect(text).toMatch(/Расчётный месяц\s+Задолженность, руб\./);
    expect(text).toContain('1/300');
    expect(text).toContain('ПП-497');
    const rub = Math.trunc(p.totalKopecks / 100)
      .toLocaleString('ru-RU')
      .replace(/[\u00a0\u202f]/g, ' ');
    const kop = String(p.totalKopecks % 100).padStart(2, '0');
    expect(text).toContain(`Сумма пени: ${rub} руб. ${kop} коп.`);
    expect(text).toMatch(new RegExp(`Итого\\s+${rub.replace(/ /g, '\\s')},${kop}`));
    expect(text).toContain(`версия ${p.tablesVersion}`);
    expect(text).toMatch(/Лист 1 из \d+/);

    const fonts = execFileSync('pdffonts', [pdf.savedPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/PTSans-Regular/);
  });

  it('journals the printed calculation on the account', async () => {
    await call('penalty.calculationPdf', { accountId, calculationDate: '2026-10-01', rateDateRule: 'calculation-day' });
    const entry = core.ctx.sqlite
      .prepare(
        `SELECT summary, details_json AS details FROM actions WHERE account_id = ? AND kind = 'penalty.calculation_pdf' ORDER BY id DESC`,
      )
      .get(accountId) as { summary: string; details: string };
    expect(entry.summary).toMatch(/^Л\/с \d+: Расчёт пени на 01\.10\.2026: [\d\s\u00a0]+ руб\. \d{2} коп\.$/);
    expect(JSON.parse(entry.details)).toMatchObject({ calculationDate: '2026-10-01', rateDateRule: 'calculation-day' });
  });
});
