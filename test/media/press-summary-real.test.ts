/**
 * @file The press summary on an imported demo district with the real debt history (no figures replaced): the
 * district's figures are the sums of the debt snapshots of the same days, every published УК line and bracket holds
 * at least five debtors, the personal-data check passes, and the PDF reads back without any person's name or
 * account number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { debtSnapshots, collectedBetween } from '../../electron/core/reports/debt-history';
import { writeSmallDistrict } from '../support/demo-files';
import { callCore } from '../support/api-calls';
import { pdfText } from '../claims/documents-district';
import type { PressSummaryMade } from '../../shared/api/contract-press';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
let core: Core;

beforeAll(async () => {
  const district = await writeSmallDistrict(400, ['csv'], 24);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-press-real-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: district.files.map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
}, 180_000);

afterAll(async () => {
  await core?.close();
});

describe('press summary on the demo district', () => {
  it('adds up to the debt history, publishes no group under 5 debtors, and holds no personal data', async () => {
    const made = await callCore<PressSummaryMade>(core, 'press.make', { from: '2026-11-01', to: '2026-11-30' });
    const rows = debtSnapshots(core.ctx.sqlite, ['2026-10-31', '2026-11-30'], NOW).filter((r) => r.bracket !== 'none');
    const at = (d: string) => rows.filter((r) => r.asOfDate === d);
    const endDebt = at('2026-11-30').reduce((a, r) => a + r.debtKopecks, 0);
    const endAccounts = at('2026-11-30').reduce((a, r) => a + r.accounts, 0);
    const startDebt = at('2026-10-31').reduce((a, r) => a + r.debtKopecks, 0);
    const collected = [...collectedBetween(core.ctx.sqlite, '2026-11-01', '2026-11-30').values()].reduce(
      (a, v) => a + v,
      0,
    );
    expect(endAccounts).toBeGreaterThan(20);
    const digits = (t: string) => Number(t.replace(/\D/g, ''));
    expect(digits(made.view.companiesTotal.endDebt)).toBe(Math.round(endDebt / 100));
    expect(digits(made.view.companiesTotal.startDebt)).toBe(Math.round(startDebt / 100));
    expect(digits(made.view.companiesTotal.accounts)).toBe(endAccounts);
    expect(digits(made.view.companiesTotal.collected)).toBe(Math.round(collected / 100));
    for (const c of made.view.companies) expect(digits(c.accounts), c.label).toBeGreaterThanOrEqual(5);
    for (const b of made.view.brackets) expect(digits(b.accounts), b.label).toBeGreaterThanOrEqual(5);
    expect(made.check.passed).toBe(true);

    const file = core.ctx.sqlite
      .prepare('SELECT file_path FROM generated_documents WHERE id = ?')
      .pluck()
      .get(made.pdf.documentId) as string;
    const full = path.join(core.ctx.dataDir, file);
    if (process.env.PRESS_PDF_OUT) fs.copyFileSync(full, process.env.PRESS_PDF_OUT);
    const text = pdfText(full);
    const words = new Set(
      text
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/[^a-zа-я0-9/-]+/u),
    );
    const persons = core.ctx.sqlite.prepare('SELECT full_name FROM persons').pluck().all() as string[];
    for (const p of persons) expect(words.has(p.split(/\s+/)[0]!.toLowerCase().replace(/ё/g, 'е')), p).toBe(false);
    for (const n of core.ctx.sqlite.prepare('SELECT number FROM accounts').pluck().all() as string[])
      expect(text.includes(n), n).toBe(false);
  });
});
