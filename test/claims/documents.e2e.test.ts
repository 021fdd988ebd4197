/**
 * End to end in Chromium on an imported demo district: the clerk opens measure 5 with no signer set yet — the
 * preview says so and the batch cannot be started —, the administrator sets the signer in Настройки, the clerk
 * previews a bracket again (letters, who is left out and why), starts the batch (progress, then the summary),
 * sees it in the list with its print file, makes the mailing lists and marks a letter delivered; then measure 6:
 * chooses the building with most debtors, checks the notices (apartments and sums only), confirms the few-flats
 * warning if shown, generates them and records the posting. Screenshots go to test-results/ (claims-no-signer.png,
 * claim-signer-settings.png, claims-page.png, notices-page.png).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { openDocumentsCore } from './documents-district';
import fs from 'node:fs';

describe('claims and notices pages in Chromium', () => {
  let app: AppInChromium;
  let page: Page;
  let dataDir: string;
  let bracket: string;

  beforeAll(async () => {
    const core = await openDocumentsCore(200, { signer: false });
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

  it('refuses a batch without a signer until the head of department sets one in Настройки', async () => {
    await page.goto(`${app.served.url}#/measures/5`);
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    await page.locator('select[name="bracket"]').selectOption(bracket);
    await page.getByTestId('claims-preview').click();
    await page.getByTestId('claims-signer-problem').waitFor();
    expect(await page.getByTestId('claims-signer-problem').textContent()).toContain('Не указан подписант претензий');
    expect(await page.getByTestId('claims-start').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'claims-no-signer.png'), fullPage: true });

    await page.getByRole('link', { name: 'Открыть настройки' }).click();
    const panel = page.getByTestId('claim-settings');
    await panel.waitFor();
    await panel.locator('input[name="signer-fullName"]').fill('Петрова Анна Сергеевна');
    await panel.locator('input[name="signer-position"]').fill('Начальник отдела по работе с задолженностью');
    await panel.locator('input[name="signer-phone"]').fill('+7 (495) 563-12-34');
    await panel.getByTestId('signer-save').click();
    await panel.getByText('Подписант сохранён.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'claim-signer-settings.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('makes a claim batch of a bracket with progress, then its print file and mailing lists', async () => {
    await page.goto(`${app.served.url}#/measures/5`);
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    await page.locator('select[name="bracket"]').selectOption(bracket);
    await page.getByTestId('claims-preview').click();
    await page.getByTestId('claims-preview-result').waitFor();
    expect(await page.getByTestId('claims-preview-result').textContent()).toMatch(/\d+ л\/с, \d+ писем на/);
    expect(await page.getByTestId('claims-signer-problem').count()).toBe(0);
    await page.getByTestId('claims-start').click();
    await page.getByTestId('job-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('job-summary').textContent()).toMatch(/Подготовлены претензии по \d+ л\/с/);
    await page.getByTestId('claim-batches').getByText('готов', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Списки отправки (ф. 103 по УК, курьер)' }).click();
    await page.getByTestId('mailing-export').click();
    await page.locator('[data-testid^="mailing-file-form103_pdf-"]').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Письма и вручение' }).click();
    await page.getByTestId('mail-letters').waitFor();
    await page.getByTestId('mail-letters').locator('select').first().selectOption('delivered');
    await page
      .getByTestId('mail-letters')
      .getByText(/вручено \d{2}\.\d{2}\.\d{4}/)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'claims-page.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('makes stairwell notices for the building with most debtors and records the posting', async () => {
    await page.goto(`${app.served.url}#/measures/6`);
    await page.getByRole('heading', { name: '6. Объявления в подъездах' }).waitFor();
    const rows = page.getByTestId('notice-buildings').locator('tbody tr');
    await rows.first().waitFor();
    // The building with the most flats in debt.
    const counts = await rows.locator('td:nth-child(4)').allTextContents();
    const best = counts
      .map((c) => Number(c.replace(/\D/g, '')))
      .reduce((bi, v, i, a) => (v > (a[bi] ?? 0) ? i : bi), 0);
    await rows.nth(best).locator('input[type="checkbox"]').check();
    await page.getByTestId('notices-preview').click();
    await page.getByTestId('notice-entrances').waitFor();
    // The rule book's conditions, read-only, with the way to the Rules page; no threshold field of the screen's own.
    expect(await page.getByTestId('notice-rule').textContent()).toMatch(
      /долг не меньше 10\s000 ₽.*не меньше 3 месяцев просрочки/,
    );
    expect(await page.getByTestId('notice-rule').getByRole('link', { name: '«Правила»' }).getAttribute('href')).toBe(
      '#/rules',
    );
    expect(await page.locator('input[name="threshold"]').count()).toBe(0);
    await page.getByTestId('notice-left-out').waitFor();
    await page.getByTestId('notice-rule').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'notices-rule.png') });
    await page.getByTestId('notices-generate').click();
    await page.getByTestId('notices-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('notices-result').textContent()).toMatch(/в списках \d+ кв\./);
    await page.getByTestId('notice-posted').click();
    await page.getByTestId('notice-postings').waitFor();
    expect(await page.getByTestId('notice-postings').textContent()).toContain('доска объявлений на первом этаже');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'notices-page.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
