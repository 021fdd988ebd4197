/**
 * «Чёрная метка» raids in Chromium at 1366×768 (needs `npx vite build && node scripts/build-electron.mjs` first), on
 * the demo district: the claims clerk opens measure 7, tab «Рейды «Чёрная метка»», plans a raid on today from the
 * candidates of the first building, makes the route sheet, records «оплачено на месте» from the keyboard. No names
 * or phones of the demo's people on the screen. Screenshots in test-results/blackmark-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

const CLERK = 'petrova';
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('«Чёрная метка» raids in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let names: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-blackmark-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 24 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    names = (db.prepare('SELECT full_name AS n FROM persons LIMIT 200').all() as Array<{ n: string }>).map((r) => r.n);
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('plans a raid, makes the route sheet and records an outcome from the keyboard', async () => {
    await app.signIn(CLERK);
    await page.goto(`${app.base}#/measures/7`);
    await page.getByRole('tab', { name: 'Рейды «Чёрная метка»' }).click();
    await page.getByTestId('bm-plan-open').click();
    await page.getByLabel('Состав группы').fill('специалист Петрова А. В., представитель УК, корреспондент');
    await page.getByTestId('bm-candidates').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blackmark-plan.png') });
    const screen = plain(await page.getByTestId('bm-candidates').textContent());
    for (const n of names) expect(screen).not.toContain(n);
    await page.getByTestId('bm-candidates').locator('tbody').first().locator('input[type=checkbox]').first().check();
    await page.getByTestId('bm-plan-submit').click();
    await page.getByTestId('bm-card').waitFor();

    await page.getByTestId('bm-route-sheet').click();
    await page.getByTestId('bm-route-open').waitFor();

    await page.getByRole('button', { name: /Итог по адресу № 1,/ }).click();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement ? document.activeElement.tagName : ""'))
      .toBe('SELECT');
    await page.getByRole('combobox', { name: 'Итог' }).selectOption('paid_on_spot');
    await page.getByLabel('Оплачено на месте, ₽').fill('5 000');
    await page.getByLabel('Оплачено на месте, ₽').press('Enter');
    await expect
      .poll(async () => plain(await page.getByTestId('bm-summary').textContent()))
      .toContain('оплачено на месте: 1 (5 000,00 ₽)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blackmark-card.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
