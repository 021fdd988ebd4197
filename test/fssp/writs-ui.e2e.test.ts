/**
 * End to end in Chromium at 1366×768: the «Исполнительные документы» tab of measure 10 with writs entered over the
 * API (one due within 30 days, one expired, one with the bailiff), the writ's card with its deadline steps, an event
 * added through «Добавить событие», the manual form and the import panel, and the «Сроки» tab with the writs to send
 * first. The demo district brings writs of its own (obtained before the program): the checks look at the order and the
 * badges of the three writs entered here. Screenshots go to test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

const OURS = ['№ 2-1020/2023', '№ 2-4411/2023', '№ 2-77/2025'];
const ours = (numbers: string[]) => numbers.filter((n) => OURS.includes(n));

describe('the writ registry in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let firstAccountId: number;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-writs-'));
    process.env.ZHKU_CLOCK_START = '2026-12-06T09:00:00+03:00';
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 200 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    const accounts = db
      .prepare(
        `SELECT s.number, s.account_id AS accountId, ap.person_id AS personId FROM account_summaries s
           JOIN account_persons ap ON ap.account_id = s.account_id AND ap.role = 'owner'
          GROUP BY s.account_id ORDER BY s.debt_kopecks DESC LIMIT 3`,
      )
      .all() as { number: string; accountId: number; personId: number }[];
    firstAccountId = accounts[0]!.accountId;
    db.close();
    const writ = (i: number, number: string, actDate: string, start: string, principal: number) =>
      app.api(HEAD, 'writs.create', {
        kind: 'court_order',
        number,
        actDate,
        inForceDate: start,
        termStartDate: start,
        courtName: 'Судебный участок № 123 Красногорского судебного района Московской области',
        accountNumber: accounts[i]!.number,
        debtorPersonId: accounts[i]!.personId,
        principalKopecks: principal,
        penaltyKopecks: 123_456,
        dutyKopecks: 200_000,
        receivedDate: start,
      });
    await writ(0, '2-4411/2023', '2023-11-20', '2023-12-20', 8_765_432);
    await writ(1, '2-1020/2023', '2023-05-02', '2023-06-01', 4_500_000);
    const sent = (await writ(2, '2-77/2025', '2025-01-10', '2025-02-12', 3_100_000)) as { id: number };
    await app.api(HEAD, 'writs.addEvent', {
      writId: sent.id,
      type: 'presented',
      date: '2025-03-01',
      note: 'реестр № 1',
    });
    await app.signIn(HEAD);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the registry: to send first, the badges, the card with the steps and an event', async () => {
    await page.goto(`${app.base}#/measures/10`);
    const table = page.getByTestId('writs-table');
    await table.waitFor();
    const numbers = await table.locator('tbody tr td:nth-child(2) button').allTextContents();
    expect(ours(numbers)).toEqual(OURS);
    // The not-sent writs come before the one with the bailiff, the demo's included.
    expect(numbers.indexOf('№ 2-77/2025')).toBe(numbers.length - 1);
    const row = (n: string) => table.locator('tbody tr', { hasText: n });
    await expect(row('2-1020/2023').locator('.writ-badge.w-expired').count()).resolves.toBe(1);
    await expect(row('2-4411/2023').locator('.writ-badge.w-near').count()).resolves.toBe(1);
    await expect(row('2-77/2025').locator('.writ-badge.w-expired, .writ-badge.w-near').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-registry.png') });

    await page.getByRole('button', { name: 'Открыть документ № 2-4411/2023' }).click();
    const card = page.getByRole('complementary', { name: /2-4411\/2023/ });
    await card.getByText('Начало срока 20.12.2023: последний день 20.12.2026.').waitFor();
    await card.getByRole('button', { name: 'Добавить событие' }).click();
    const form = card.getByRole('form', { name: 'Добавить событие' });
    await form.locator('select').selectOption('partial_payment');
    const eventDate = form.getByPlaceholder('дд.мм.гггг');
    await eventDate.press('Control+A'); // today is there by default; the clerk types over it
    await eventDate.pressSequentially('20112026');
    expect(await eventDate.inputValue()).toBe('20.11.2026');
    await form.getByPlaceholder('например, оплатил 5 000 ₽').fill('оплатил 5 000 ₽');
    await form.getByRole('button', { name: 'Записать' }).click();
    await card.getByText(/частичное исполнение — срок прерван, последний день 20\.11\.2029/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-card.png') });
  });

  it('the manual form and the import panel', async () => {
    await page.getByRole('button', { name: 'Добавить документ' }).click();
    const form = page.getByRole('form', { name: 'Новый исполнительный документ' });
    await form.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-form.png') });
    await form.getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('button', { name: 'Загрузить из файла' }).click();
    await page.getByRole('region', { name: 'Загрузка исполнительных документов из файла' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-import.png') });
  });

  it('the «Сроки» tab: not sent first, the one with the bailiff left out', async () => {
    await page.getByRole('tab', { name: 'Сроки' }).click();
    const table = page.getByTestId('writ-deadlines');
    await table.waitFor();
    const numbers = await table.locator('tbody tr td:nth-child(2) button').allTextContents();
    expect(ours(numbers)).toEqual(['№ 2-1020/2023', '№ 2-4411/2023']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-deadlines.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('the account card lists the account’s writs with their deadline', async () => {
    await page.goto(`${app.base}#/accounts/${firstAccountId}`);
    const table = page.getByRole('table', { name: 'Исполнительные документы по счёту' });
    await table.waitFor();
    await table.getByText('судебный приказ № 2-4411/2023 от 20.11.2023').waitFor();
    // The partial payment recorded in the first test moved it: 20.11.2026 + 3 years.
    await table.getByText('20.11.2029').waitFor();
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'writs-account-card.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
