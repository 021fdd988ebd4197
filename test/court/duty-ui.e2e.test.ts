/**
 * The state duty in Chromium (needs `npx vite build && node scripts/build-electron.mjs` first), on the demo district:
 * cases prepared through the API as the queue leaves them (a batch of the bracket «> 100 тыс.» approved by the head),
 * then the lawyer, on «Судебная работа → Госпошлина», makes the request to the first УК — the letter and the list —
 * and records the УК's payment order by that request; the cases leave the awaiting list, and on «Пакеты в суд» they
 * are no longer refused for the duty. Screenshots at 1366×768 in test-results/court-duty-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const LAWYER = 'sokolov';

describe('the state duty in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let firstCompanyCases: number;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-court-duty-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 48 });
    const queue = await app.api<{ accountIds: number[] }>(LAWYER, 'court.queue', { brackets: ['over_100k'] });
    const batch = await app.api<{ id: number }>(LAWYER, 'court.batchCreate', {
      brackets: ['over_100k'],
      accountIds: queue.accountIds.slice(0, 6),
    });
    await app.api(HEAD, 'court.batchDecide', { batchId: batch.id, decision: 'approve' });
    await app.api(LAWYER, 'court.prepareCases', { batchId: batch.id });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the request to the УК: the letter and the list of applications with their duty', async () => {
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/9`);
    await page.getByRole('tab', { name: 'Госпошлина' }).click();
    await page.getByTestId('duty-awaiting').waitFor();
    firstCompanyCases = await page.getByTestId('duty-awaiting').locator('tbody tr').count();
    expect(firstCompanyCases).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-duty-awaiting.png') });
    await page.getByLabel('Выбрать все заявления с определённым судом').check();
    await page.getByTestId('duty-make-request').click();
    await expect.poll(() => page.getByTestId('duty-request-made').textContent()).toMatch(/ГП-1/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-duty-request.png') });
  }, 60_000);

  it('records the payment order by the request, and the applications pass the duty gate', async () => {
    type Requests = { requests: Array<{ id: number; stillDueKopecks: number; managementCompanyName: string }> };
    const request = (await app.api<Requests>(LAWYER, 'duty.requests', {})).requests.find((r) => r.id === 1)!;
    expect(request.stillDueKopecks).toBeGreaterThan(0);
    const form = page.getByRole('form', { name: 'Платёжное поручение УК' });
    await form.getByLabel('№ поручения').fill('731');
    await form.getByLabel('Сумма, ₽').fill((request.stillDueKopecks / 100).toFixed(2).replace('.', ','));
    await form.getByLabel('Плательщик').fill(request.managementCompanyName);
    await form.getByLabel(/по последнему запросу ГП-1/).check();
    await page.getByTestId('duty-record-payment').click();
    await expect.poll(() => page.getByTestId('duty-payments').textContent()).toContain('731');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-duty-paid.png'), fullPage: true });
    const after = await app.api<Requests>(LAWYER, 'duty.requests', {});
    expect(after.requests.find((r) => r.id === 1)!.stillDueKopecks).toBe(0);
    // The cases of the request are no longer refused for the duty at filing.
    const cases = await app.api<{ rows: Array<{ id: number; status: string }> }>(LAWYER, 'court.cases', {});
    expect(cases.rows.filter((c) => c.status === 'duty_paid').length).toBe(firstCompanyCases);
  }, 60_000);
});
