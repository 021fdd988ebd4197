/**
 * The one-page building kit for a meeting (measure 13) on the hand-made building of the notice tests
 * (test/notices/notice-building.ts: every flat's charges and payments written by hand), 26.11.2026:
 *
 * Overdue debt by flat (notice-rules.test.ts): кв. 2 — 4 000,00; 3 — 12 000,00; 4 — 12 000,00; 5, 6, 7 — 40 000,00
 * each (6 paused, 7 closed: still owed); 8 — 20 000,00; 9 — 10 000,00; 10 — 9 999,99; 15 — 40 000,00;
 * 16 — 12 000,00; 18 — 4 000,00; flats 1, 11–14, 17 owe nothing.
 *   Total: 4 000 + 12 000 + 12 000 + 3 × 40 000 + 20 000 + 10 000 + 9 999,99 + 40 000 + 12 000 + 4 000 = 243 999,99.
 *   Flats in debt: 12 of 18 (66,7 %); one account per flat → 12 accounts.
 *   Brackets (10 000 – 50 000: ≥ 10 000,00 and < 50 000,00): кв. 3, 4, 5, 6, 7, 8, 9, 15, 16 → 9 accounts,
 *     12 000 + 12 000 + 40 000 × 4 + 20 000 + 10 000 + 12 000 = 226 000,00 (92,6 % of 243 999,99);
 *   5 000 – 10 000: кв. 10 → 9 999,99 (4,1 %); до 5 000: кв. 2, 18 → 8 000,00 (3,3 %).
 * Flats listed: as the stairwell notices would — entrance 1 (14 flats > 12) flat by flat: кв. 3, 5, 8, 9 (кв. 6 is
 * paused here, as in the notice tests; 2 and 4 owe one month; 7 is closed; 10 owes less than 10 000);
 * entrance 2 (4 flats) its total only: 2 flats (15, 16), 52 000,00 — never «кв. 15».
 * The other building has one flat: no flat numbers at all.
 * The PDF read back has no resident's name or phone. A page image goes to test-results/meeting-kit.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { kitTrendDates } from '../../electron/core/meetings/building-kit';
import type { BuildingKitPdfResult, BuildingKitResult } from '../../shared/api/contract-meetings';
import { callCore } from '../support/api-calls';
import { pageImage, pdfPages, pdfText } from '../claims/documents-district';
import { accountId, ADDRESS, buildingId, openBuildingCore, OTHER_ADDRESS, RESIDENTS } from '../notices/notice-building';

let core: Core;
let kit: BuildingKitResult;

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  core = await openBuildingCore();
  // Flat 6 is in a dispute (as in the notice tests): work paused, so the notices leave it out, and so does the kit.
  await callCore(core, 'account.pause', {
    accountId: accountId(core, 6),
    untilDate: '2026-12-31',
    reason: 'dispute',
    comment: 'спор о начислениях',
  });
  kit = await callCore<BuildingKitResult>(core, 'meetings.kit', { buildingId: buildingId(core, ADDRESS) });
}, 120_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
});

describe('the building kit, by hand', () => {
  it('states the total, the flats in debt and the brackets', () => {
    const v = kit.view;
    const facts = Object.fromEntries(v.facts.map((f) => [f.label, plain(f.value)]));
    expect(facts['Просроченный долг дома']).toBe('243 999,99 ₽');
    expect(facts['Квартир с долгом']).toBe('12 из 18 (66,7 %)');
    expect(facts['Лицевых счетов с долгом']).toBe('12');
    // 243 999,99 / 12 = 20 333,3325 → 20 333,33
    expect(facts['Средний долг квартиры']).toBe('20 333,33 ₽');
    const rows = v.brackets.map((b) => [b.label, b.accounts, plain(b.debt), b.share]);
    expect(rows).toEqual([
      ['свыше 100 000 ₽', '0', '0,00', '0,0 %'],
      ['50 000 – 100 000 ₽', '0', '0,00', '0,0 %'],
      ['10 000 – 50 000 ₽', '9', '226 000,00', '92,6 %'],
      ['5 000 – 10 000 ₽', '1', '9 999,99', '4,1 %'],
      ['до 5 000 ₽', '2', '8 000,00', '3,3 %'],
    ]);
    expect(v.bracketsTotal).toEqual({ accounts: '12', debt: '243\u00a0999,99' });
  });

  it('lists flats only as the stairwell notices would: entrance 1 flat by flat, entrance 2 its total', () => {
    const lines = kit.view.flatLines.map(plain);
    expect(lines).toEqual([
      'Подъезд 1: кв. 3 — 12 000,00; кв. 5 — 40 000,00; кв. 8 — 20 000,00; кв. 9 — 10 000,00.',
      'Подъезд 2 (4 кв., не больше 12): только итог — 2 кв. с долгом, 52 000,00 ₽.',
    ]);
    expect(lines.join(' ')).not.toMatch(/кв\. (6|15|16|18)\b/);
  });

  it('shows no flat numbers for a building of one flat', async () => {
    const small = await callCore<BuildingKitResult>(core, 'meetings.kit', {
      buildingId: buildingId(core, OTHER_ADDRESS),
    });
    expect(small.view.flatLines).toEqual([]);
    expect(small.view.flatsNote).toContain('в доме 1 кв.');
    expect(JSON.stringify(small.view)).not.toMatch(/кв\. 1\b/);
  });

  it('asks for the trend at 11 month ends and today', () => {
    expect(kitTrendDates('2026-11-26')).toEqual([
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-26',
    ]);
    expect(kit.trend.map((p) => p.asOfDate)).toEqual(kitTrendDates('2026-11-26'));
    expect(kit.view.trendCategories[0]).toBe('дек 25');
  });
});

describe('the building kit as a PDF', () => {
  let pdf: BuildingKitPdfResult;
  let text: string;

  beforeAll(async () => {
    pdf = await callCore<BuildingKitPdfResult>(core, 'meetings.kitPdf', { buildingId: buildingId(core, ADDRESS) });
    text = plain(pdfText(path.join(core.ctx.dataDir, pdf.filePath)));
  }, 120_000);

  it('is one A4 page with the figures and the flats as the notices allow', () => {
    expect(pdf.pages).toBe(1);
    expect(pdfPages(path.join(core.ctx.dataDir, pdf.filePath))).toBe(1);
    expect(text).toContain('Сводка по дому к встрече с жителями');
    expect(text).toContain(ADDRESS);
    expect(text).toContain('По состоянию на 26.11.2026');
    expect(text).toContain('243 999,99 ₽');
    expect(text).toContain('226 000,00');
    expect(text).toContain('кв. 5 — 40 000,00');
    expect(text).not.toMatch(/кв\. 15\b/);
  });

  it('has no resident name, initials or phone', () => {
    for (const name of Object.values(RESIDENTS)) {
      const [surname, first, middle] = name.split(' ') as [string, string, string];
      expect(text).not.toContain(surname);
      expect(text).not.toContain(`${first[0]}. ${middle[0]}.`);
    }
    expect(text).not.toMatch(/555-\d\d/);
  });

  it('is registered and journaled as office work', () => {
    const doc = core.ctx.sqlite
      .prepare('SELECT kind, building_id AS buildingId FROM generated_documents WHERE id = ?')
      .get(pdf.documentId) as { kind: string; buildingId: number };
    expect(doc).toEqual({ kind: 'meeting_kit', buildingId: buildingId(core, ADDRESS) });
    const entry = core.ctx.sqlite
      .prepare(`SELECT measure, account_id AS accountId FROM actions WHERE kind = 'meeting.kit'`)
      .all();
    expect(entry).toEqual([{ measure: null, accountId: null }]);
  });

  it('renders a page image to look at', () => {
    const image = pageImage(path.join(core.ctx.dataDir, pdf.filePath), 1, 80);
    const out = path.resolve('test-results');
    fs.mkdirSync(out, { recursive: true });
    fs.copyFileSync(image.pngPath, path.join(out, 'meeting-kit.png'));
    expect(image.width).toBeGreaterThan(600);
  });
});
