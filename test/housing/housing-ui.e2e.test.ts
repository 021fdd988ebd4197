/**
 * The «Муниципальный жилой фонд» tab in Chromium (1366 wide) as the lawyer, on the demo district: the demo register
 * of 30 dwellings, the example file imported through the file picker (windows-1251, comma decimals) with its
 * preview (six flats of the demo register updated), a file with errors shown row by row and not applied, and a status changed by hand. Screenshots go to
 * test-results/housing-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const CLOCK_START = '2026-12-06T09:00:00+03:00';

describe('the housing register in the browser', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-housing-'));
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 12 });
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the demo register, imports a file with its preview, refuses a file with errors', async () => {
    await app.signIn('sokolov');
    await page.goto(`${app.base}#/measures/12`);
    await page.getByRole('tab', { name: 'Муниципальный жилой фонд' }).click();
    const table = page.getByRole('table', { name: 'Реестр муниципального жилья' });
    await expect
      .poll(() => page.getByText(/^В реестре/).textContent())
      .toContain('В реестре 30: свободно 24, зарезервировано 2, занято 4');
    expect(await table.locator('tbody tr').count()).toBe(30);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'housing-register.png'), fullPage: true });

    await page.getByRole('button', { name: 'Загрузить реестр из файла' }).click();
    const fixture = fs.readFileSync(path.join(__dirname, 'files', 'housing-register.csv'), 'utf8');
    const file = path.join(dataDir, 'реестр.csv');
    fs.writeFileSync(file, iconv.encode(fixture, 'win1251'));
    await page.getByLabel('Файл CSV или XLSX').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '«реестр.csv»' }).textContent())
      .toContain('новых 0, изменится 6, без изменений 0'); // the example file lists six flats of the demo register

    await page.screenshot({ path: path.join(SCREENSHOTS, 'housing-import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Загрузить 6 стр.' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'обновлено 6' }).count()).toBe(1);
    // ул. Лесная, д. 17, кв. 22: 30,10 m² in the demo, 24,50 in the file.
    await expect.poll(() => table.textContent()).toContain('24,50');

    await page.getByRole('button', { name: 'Загрузить реестр из файла' }).click();
    const bad = path.join(dataDir, 'ошибки.csv');
    fs.writeFileSync(
      bad,
      'Населённый пункт;Адрес;Квартира;Комнат;Жилая площадь;Статус\r\nг. Красногорск;ул. Ленина, д. 1;5;1;12,5а;свободно\r\nг. Красногорск;ул. Ленина, д. 1;6;1;14;продано\r\n',
    );
    await page.getByLabel('Файл CSV или XLSX').setInputFiles(bad);
    const errors = page.getByRole('table', { name: 'Ошибки в строках файла' });
    await expect.poll(() => errors.textContent()).toContain('жилая площадь „12,5а“ не число.');
    expect(await errors.textContent()).toContain('статус „продано“ неизвестен');
    expect(await page.getByRole('button', { name: 'Загрузить', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'housing-import-errors.png'), fullPage: true });
    await page.getByRole('button', { name: 'Закрыть' }).click();

    // A status by hand: the first free dwelling becomes occupied.
    await page.getByRole('search').locator('select').first().selectOption('free');
    await table.locator('tbody tr').first().getByRole('button', { name: 'Статус…' }).click();
    const form = page.getByRole('form', { name: /^Статус жилья/ });
    await form.locator('select').selectOption('occupied');
    await form.getByLabel('Примечание').fill('заселено по решению комиссии');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Статус сохранён' }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
