/**
 * The «Отделы ФССП» tab in Chromium (1366×768) as the lawyer after the demo district: the demonstration departments
 * marked «не сверено», the buildings mapped by territory with a manual choice, the debtors' banks found by an
 * account number and a bank added by keyboard. Screenshots go to test-results/fssp-departments-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

describe('bailiffs departments in the browser', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-fssp-dep-'));
    process.env.ZHKU_CLOCK_START = '2026-12-06T09:00:00+03:00';
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 12 });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the demo departments, maps buildings, and edits a debtor bank', async () => {
    await app.signIn('sokolov');
    await page.goto(`${app.base}#/measures/10`);
    await page.getByRole('tab', { name: 'Отделы ФССП' }).click();
    const table = page.getByTestId('departments-table');
    await expect.poll(() => table.textContent()).toContain('(демонстрационный)');
    expect(await table.textContent()).toContain('не сверено');
    await expect
      .poll(() => page.getByTestId('department-warnings').textContent())
      .toContain('Сведения не сверены с сайтом ФССП');
    await page.getByRole('button', { name: 'Привязать дома по территориям' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('без отдела: 0');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-departments-list.png') });

    // The demo gave three debtors a bank; find one by its account number.
    const db = new Database(path.join(dataDir, 'zhku.sqlite'), { readonly: true });
    const { number } = db
      .prepare(
        `SELECT a.number FROM debtor_bank_accounts d JOIN account_persons ap ON ap.person_id = d.person_id
         JOIN accounts a ON a.id = ap.account_id ORDER BY d.id LIMIT 1`,
      )
      .get() as { number: string };
    db.close();
    await page.getByLabel('Лицевой счёт').fill(number);
    await page.getByLabel('Лицевой счёт').press('Enter');
    const banks = page.getByTestId('debtor-banks');
    await expect.poll(() => banks.textContent()).toContain('БИК 044525225');
    await page.getByRole('button', { name: 'Добавить банк' }).first().click();
    await page.getByLabel('Банк', { exact: true }).fill('ПАО «Банк ВТБ»');
    await page.getByLabel('БИК (9 цифр, с 04)').fill('0445251');
    await page.getByLabel('Адрес банка для письма').fill('191144, г. Санкт-Петербург, Дегтярный пер., д. 11, лит. А');
    await page.getByLabel('Адрес банка для письма').press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('БИК — 9 цифр, начинается с 04');
    await page.getByLabel('БИК (9 цифр, с 04)').fill('044525187');
    await page.getByLabel('БИК (9 цифр, с 04)').press('Enter');
    await expect.poll(() => banks.textContent()).toContain('БИК 044525187');
    await page.getByRole('heading', { name: 'Банки должников' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-departments-banks.png') });
  }, 120_000);
});
