/**
 * The «Суды» tab and the court rules panel in Chromium (1366 wide), as a lawyer and the administrator: the warning
 * while the magistrate plots are empty with the template offered, an import from CSV through the file picker that
 * maps the buildings, a building's plot set by hand from the «дома без суда» list, and the rules panel in settings.
 * Screenshots go to test-results/court-directory-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const CLOCK_START = '2026-12-06T09:00:00+03:00';

describe('court directory in the browser', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-courts-'));
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 12 });
    // The demo district brings three demonstration plots; a real office has none until it imports its own.
    const list = await app.api<{
      courts: { id: number; kind: string; name: string; address: string; plotNumber: string | null }[];
    }>('sokolov', 'courts.list', {});
    for (const c of list.courts.filter((c) => c.kind === 'magistrate'))
      await app.api('sokolov', 'courts.save', {
        id: c.id,
        kind: c.kind,
        name: c.name,
        address: c.address,
        plotNumber: c.plotNumber,
        active: false,
      });
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('warns about the empty plots, imports them from CSV and maps the buildings', async () => {
    await app.signIn('sokolov');
    await page.goto(`${app.base}#/measures/9`);
    await page.getByRole('tab', { name: 'Суды' }).click();
    await expect
      .poll(() => page.getByTestId('court-warnings').textContent())
      .toContain('Мировые судебные участки не заполнены');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-directory-empty.png') });

    const streets = await app.api<{ rows: { address: string }[] }>('sokolov', 'courts.buildings', { filter: 'all' });
    const street = /, ((?:ул\.|проезд|бульвар|шоссе|тупик) [^,]+),/.exec(streets.rows[0]!.address)![1]!;
    const csv =
      '\uFEFFВид суда;Наименование;Номер участка;Адрес суда;Телефон;Улица;Дом с;Дом по;Чётность\r\n' +
      `мировой;Судебный участок № 121 Красногорского судебного района Московской области;121;143404, Московская обл., г. Красногорск, ул. Речная, д. 8;'+7 (495) 562-00-21;${street};;;все\r\n`;
    const csvPath = path.join(dataDir, 'uchastki.csv');
    fs.writeFileSync(csvPath, csv, 'utf8');
    await page.getByLabel('Файл справочника судов (CSV)').setInputFiles(csvPath);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('добавлено судов 1');
    await expect.poll(() => page.getByTestId('courts-table').textContent()).toContain('Судебный участок № 121');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-directory-imported.png'), fullPage: true });

    // A building without a plot gets one by hand.
    const select = page.getByTestId('building-courts').locator('tbody tr').first().locator('select').first();
    const label = await select.getAttribute('aria-label');
    await select.selectOption({ label: 'вручную: участок № 121' });
    await expect.poll(() => page.getByText(/: сохранено\.$/).count()).toBe(1);
    expect(label).toMatch(/^Участок мирового судьи: /);
  });

  it('opens the form of a court with its territory', async () => {
    await page
      .getByRole('row', { name: /Судебный участок № 121/ })
      .getByRole('button', { name: 'Изменить' })
      .click();
    await expect.poll(() => page.getByRole('form', { name: /Суд: Судебный участок № 121/ }).isVisible()).toBe(true);
    await page
      .getByRole('form', { name: /Суд: Судебный участок № 121/ })
      .screenshot({ path: path.join(SCREENSHOTS, 'court-directory-form.png') });
    await page.keyboard.press('Escape');
  });

  it('shows the court rules and scales to the administrator', async () => {
    await app.signIn(ADMIN.login, ADMIN.password);
    await page.goto(`${app.base}#/settings`);
    await expect.poll(() => page.getByTestId('court-rules-panel').textContent()).toMatch(/500\s000,00/);
    await page.getByRole('heading', { name: 'Судебная работа: правила и шкала госпошлины' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-directory-rules.png') });
    await page.getByRole('heading', { name: /^Шкала госпошлины/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-directory-scales.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
