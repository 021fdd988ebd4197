/**
 * @file The mailing screens in Chromium (1366 wide) on an imported demo district: postal codes per building — a bad
 * CSV file refused with its lines named, a code typed in for a building; then a claim batch's mailing lists — a
 * handover date on a holiday moved to the first working day and said so, the notice chosen once for the list and
 * the file, and the files per sending УК listed. Screenshots: test-results/mailing-settings.png, mailing-panel.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { openDocumentsCore } from '../claims/documents-district';

describe('mailing screens in Chromium', () => {
  let app: AppInChromium;
  let page: Page;
  let dataDir: string;
  let bracket: string;

  beforeAll(async () => {
    const core = await openDocumentsCore(200);
    dataDir = core.ctx.dataDir;
    bracket = core.ctx.sqlite
      .prepare(
        `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    await core.close();
    app = await openAppInChromium(dataDir, 20_000);
    // The administrator is created on first start; the head of department does the claims work and sets the signer.
    await app.setupAdmin();
    await app.signIn(HEAD);
    page = app.page;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a bad postal codes file with its lines named, and saves a code typed for a building', async () => {
    await page.goto(`${app.served.url}#/measures/5`);
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    await page.getByText('Отправка писем: почтовые индексы домов и тарифы Почты').click();
    const table = page.getByTestId('postal-codes-table');
    await table.locator('tbody tr:has(input)').first().waitFor();
    const before = await table.locator('tbody tr:has(input)').count();
    await page.getByTestId('postal-codes-file').setInputFiles({
      name: 'indexes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'дом;индекс\nг. Красногорск, ул. Нет такой, д. 1;143402\nг. Красногорск, шоссе Пятницкое, д. 1;12345\n',
      ),
    });
    const message = page.getByTestId('postal-codes-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('Строка 2: дом «г. Красногорск, ул. Нет такой, д. 1» не найден');
    expect(await message.textContent()).toContain('Строка 3: индекс «12345» — нужно ровно 6 цифр');
    expect(await table.locator('tbody tr:has(input)').count()).toBe(before);

    const input = table.locator('tbody tr').first().locator('input');
    await input.fill('143409');
    await input.press('Enter');
    await expect.poll(() => table.locator('tbody tr:has(input)').count()).toBe(before - 1);
    await page.getByTestId('postal-tariffs').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'mailing-settings.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('moves a handover on 03.01.2027 to 11.01.2027, takes one notice for the list and the file, and lists the files per УК', async () => {
    await page.locator('select[name="bracket"]').selectOption(bracket);
    await page.getByTestId('claims-preview').click();
    await page.getByTestId('claims-start').click();
    await page.getByTestId('job-summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('claim-batches').getByText('готов', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Списки отправки (ф. 103 по УК, курьер)' }).click();
    const panel = page.getByTestId('mailing-panel');
    await panel.getByTestId('mailing-handover').waitFor();
    await panel.locator('input[name="handoverDate"]').fill('03.01.2027');
    await expect.poll(() => panel.getByTestId('mailing-handover').textContent()).toContain('Дата сдачи: 11.01.2027');
    expect(await panel.getByTestId('mailing-warnings').textContent()).toContain(
      '03.01.2027 — нерабочий праздничный день; дата сдачи перенесена на 11.01.2027',
    );
    await panel.locator('select[name="notice"]').selectOption('none');
    await expect
      .poll(() => panel.getByTestId('mailing-handover').textContent())
      .toContain('заказное письмо без уведомления о вручении');
    const senders = await panel.getByTestId('mailing-senders').locator('tbody tr').count();
    expect(senders).toBeGreaterThan(0);
    await panel.getByTestId('mailing-export').click();
    await panel.locator('[data-testid^="mailing-file-form103_pdf-"]').first().waitFor({ timeout: 60_000 });
    expect(await panel.locator('[data-testid^="mailing-file-form103_pdf-"]').count()).toBe(senders);
    expect(await panel.locator('[data-testid^="mailing-file-form103_csv-"]').count()).toBe(senders);
    await panel.getByTestId('mailing-file-courier_receipts').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'mailing-panel.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
