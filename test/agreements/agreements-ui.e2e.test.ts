/**
 * Repayment agreements in Chromium at 1366×768 (needs `npx vite build && node scripts/build-electron.mjs` first), on
 * the demo district: the claims clerk opens a debtor's card, makes an agreement of the overdue debt in 3 monthly
 * instalments from the form's defaults, signs it today, and finds it on measure 8's tab «Соглашения» with its schedule.
 * Screenshots in test-results/agreements-*.png.
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

describe('repayment agreements in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let account: { id: number; number: string; debt: number };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-agreements-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 200, months: 24 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    account = db
      .prepare(
        `SELECT s.account_id AS id, s.number, s.debt_kopecks AS debt FROM account_summaries s
          WHERE s.debt_kopecks > 2000000 AND s.status = 'open' ORDER BY s.debt_kopecks DESC LIMIT 1`,
      )
      .get() as { id: number; number: string; debt: number };
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes an agreement on the card, signs it, and lists it on the tab', async () => {
    await app.signIn(CLERK);
    await page.goto(`${app.base}#/accounts/${account.id}`);
    const section = page.getByTestId('card-agreements');
    await section.getByTestId('agreement-new').click();
    // The total defaults to the overdue debt.
    const total = await section.getByTestId('agreement-total').inputValue();
    expect(total.replace(/[\u00a0\u202f ]/g, '')).toBe(
      `${Math.trunc(account.debt / 100)},${String(account.debt % 100).padStart(2, '0')}`,
    );
    await section.getByTestId('agreement-count').fill('3');
    await expect
      .poll(() => section.getByRole('table', { name: 'График платежей (предварительно)' }).locator('tbody tr').count())
      .toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agreements-form.png'), fullPage: true });
    await section.getByTestId('agreement-create').click();
    await section.getByTestId('agreement-sign').click();
    await expect.poll(() => section.getByText(/Действует соглашение № С-\d{4}-0001/).count()).toBe(1);
    await expect.poll(() => section.getByText('действует · соблюдается').count()).toBeGreaterThan(0);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agreements-card.png'), fullPage: true });

    await page.goto(`${app.base}#/measures/8`);
    await page.getByRole('tab', { name: 'Соглашения' }).click();
    const list = page.getByTestId('agreements-list');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    await list.getByRole('button', { name: 'Открыть' }).click();
    await expect.poll(() => page.getByTestId('agreement-schedule').locator('tbody tr').count()).toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agreements-tab.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
