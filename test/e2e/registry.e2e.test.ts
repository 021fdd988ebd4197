/**
 * End to end in Chromium: a clerk on a fresh installation loads the demo district from the first-run screen
 * (progress bar, then the summary), finds a debtor in the registry by name, opens the account card, and then
 * tries to import a charges file for an account the database does not know — the job is refused with the row
 * named, and nothing changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedApp } from '../support/spawn-serve';
import { ADMIN, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

describe('registry, account card and import in Chromium', () => {
  let dataDir: string;
  let served: ServedApp;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-registry-'));
    app = await openAppInChromium(dataDir, 15_000);
    ({ served, page, pageErrors } = app);
    // The administrator: the demo district, the registry and the import are his (the default roles).
    await app.setupAdmin();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the demo district from the first-run screen with a progress bar', async () => {
    await page.goto(served.url);
    await app.signIn(ADMIN.login);
    await page.getByTestId('first-run-offer').waitFor();
    await page.getByTestId('demo-size').selectOption('1000');
    await page.getByTestId('demo-load').click();
    await page.getByTestId('job-progress').waitFor();
    await page.getByTestId('job-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('job-summary').textContent()).toContain('Демонстрационный район загружен');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'demo-loaded.png') });
  });

  it('finds a debtor by surname and opens the card', async () => {
    await page.keyboard.press('Alt+2');
    await page.getByTestId('registry-row').first().waitFor();
    expect(await page.getByTestId('registry-total').getAttribute('data-total')).toBe('1000');
    const number = await page.getByTestId('registry-row').first().getAttribute('data-account-number');
    // The payer's name as the core has it (the cell shows address and name together).
    const found = await app.api<{ rows: Array<{ mainPerson: string }> }>(ADMIN.login, 'registry.query', {
      search: number,
      limit: 1,
    });
    const surname = found.rows[0]?.mainPerson.split(' ')[0] ?? '';
    expect(surname.length).toBeGreaterThan(2);

    await page.getByTestId('registry-search').fill(surname.toLowerCase().replace(/ё/g, 'е'));
    await expect
      .poll(async () => Number(await page.getByTestId('registry-total').getAttribute('data-total')))
      .toBeLessThan(1000);
    await page.locator(`[data-testid="registry-row"][data-account-number="${number}"]`).click();
    await expect.poll(() => page.getByTestId('card-number').textContent()).toBe(number);
    await page.getByTestId('card-persons').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account-card.png'), fullPage: true });
  });

  it('refuses a charges file for an unknown account, naming the row, and changes nothing', async () => {
    const file = path.join(dataDir, 'начисления-декабрь.csv');
    fs.writeFileSync(
      file,
      iconv.encode(
        'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n0000000001;10.2026;Отопление;1 234,56\r\n',
        'win1251',
      ),
    );
    await page.keyboard.press('Alt+6');
    await page.getByTestId('import-file-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-start').isEnabled(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('import-start').click();
    await page.getByTestId('job-error').waitFor({ timeout: 60_000 });
    const errors = (await page.getByTestId('row-errors').textContent()) ?? '';
    expect(errors).toContain('Строка 2');
    expect(errors).toContain('такого лицевого счёта нет в базе');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-refused.png'), fullPage: true });
    const info = await app.api<{ counts: { accounts: number; imports: number } }>(ADMIN.login, 'app.info', {});
    // The demo's four files and the payments of its recorded history (one import marked as demonstration data).
    expect(info.counts).toMatchObject({ accounts: 1000, imports: 5 });
    expect(pageErrors).toEqual([]);
  });
});
