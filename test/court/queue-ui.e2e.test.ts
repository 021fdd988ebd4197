/**
 * End to end in Chromium (needs `npx vite build && node scripts/build-electron.mjs` first): the demo district (its
 * claim history: letters delivered two months ago, some returned, some on their way); the lawyer opens «Судебная работа → Очередь», sees the brackets
 * with counts and sums, looks at why an account is out («почему нет?»), makes a batch of the queue; the head
 * approves it; the lawyer prepares the cases for a filing date. Screenshots at 1366×768 in test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const LAWYER = 'sokolov';

describe('the court queue in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-court-queue-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 48 });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the queue by bracket, the reasons of the ones left out, and makes a batch', async () => {
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/9`);
    await page.getByTestId('court-queue-total').waitFor();
    expect(await page.getByTestId('court-queue-total').textContent()).toMatch(/В очереди \d/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue.png') });
    await page.getByText('не проходят — почему').click();
    await page.getByTestId('court-out-table').waitFor();
    await page.getByRole('button', { name: 'почему нет?' }).first().click();
    await page.locator('.court-trace').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-out.png') });
    await page.getByText('в очереди', { exact: true }).click();
    await page.getByTestId('court-queue-table').waitFor();
    await page.getByTestId('court-bracket-from_10k').uncheck();
    await page.getByTestId('court-bracket-from_50k').uncheck();
    // Only the accounts of more than 100 000 ₽: the button waits for the queue of the chosen bracket.
    await page.getByText(/Создать пакет из всей очереди/).waitFor();
    await expect.poll(() => page.getByTestId('court-batch-create').isEnabled()).toBe(true);
    const button = (await page.getByTestId('court-batch-create').textContent()) ?? '';
    const total = (await page.getByTestId('court-queue-total').textContent()) ?? '';
    expect(button).toContain(`(${/В очереди (\d[\d\s]*) л\/с/.exec(total)?.[1]?.trim()})`);
    await page.getByTestId('court-batch-create').click();
    await page.getByText(/Пакет № \d+: .* ждёт утверждения/).waitFor();
  });

  it('the head approves; the lawyer prepares the cases', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/9`);
    const approve = page.locator('[data-testid^="court-approve-"]').first();
    await approve.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-head.png'), fullPage: false });
    await approve.click();
    await page.getByText(/Пакет № \d+ утверждён/).waitFor();
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/9`);
    await page.locator('[data-testid^="court-prepare-"]').first().click();
    await page.getByTestId('court-prepared').waitFor({ timeout: 60_000 });
    await page.getByTestId('court-prepared').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-prepared.png') });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
