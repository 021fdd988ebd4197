/**
 * End to end in an ENGLISH Chromium at 1366×768: the date, month and file fields speak Russian whatever the
 * browser's language. On the key rate form the administrator types a date as «01122026» and sees «01.12.2026»; an
 * impossible «31.02.2026» is refused beside the field on Enter and nothing is saved; the good date is saved.
 * The month of the penalty run reads «мм.гггг» with the month in words. The import page and the call page's file
 * button read «Выбрать файл…», and Enter on the button opens the file chooser. No browser date, month or visible file
 * input is left on these screens (their «mm/dd/yyyy» and «Choose File / No file chosen» would follow the browser).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The browser's own pickers and their English words must not be on the screen. */
async function expectNoBrowserPickers(page: Page): Promise<void> {
  expect(await page.locator('input[type="date"], input[type="month"], input[type="datetime-local"]').count()).toBe(0);
  const fileInputs = page.locator('input[type="file"]');
  for (let i = 0; i < (await fileInputs.count()); i++) {
    const box = await fileInputs.nth(i).boundingBox();
    expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true); // hidden behind a Russian button
  }
  const text = await page.locator('body').innerText();
  for (const english of ['mm/dd/yyyy', 'Choose File', 'No file chosen', 'Choose Files'])
    expect(text).not.toContain(english);
}

describe('Russian date, month and file fields in an English browser', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-fields-'));
    app = await openAppInChromium(dataDir, 15_000, { locale: 'en-US', viewport: { width: 1366, height: 768 } });
    ({ page, pageErrors } = app);
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 24 });
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('types a date as дд.мм.гггг, refuses 31.02.2026 beside the field and saves 01.12.2026', async () => {
    // The key rates are the administrator's (the legal tables' right).
    await app.signIn(ADMIN.login);
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    await page.goto(`${app.base}#/settings`);
    const form = page.getByRole('form', { name: 'Новая ключевая ставка' });
    const date = form.locator('input[name="validFrom"]');
    expect(await date.getAttribute('placeholder')).toBe('дд.мм.гггг');
    expect(await date.inputValue()).toBe('');

    await date.focus();
    await page.keyboard.type('31022026');
    expect(await date.inputValue()).toBe('31.02.2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Такой даты нет в календаре.');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await date.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fields-date-refused-en.png') });

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('01122026');
    expect(await date.inputValue()).toBe('01.12.2026');
    expect(await form.getByRole('alert').count()).toBe(0); // the old message went when the clerk typed
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('проверочное решение');
    await page.keyboard.press('Enter');
    await form.getByText('Ставка 5 % с 01.12.2026 добавлена.').waitFor();
    expect(await date.inputValue()).toBe(''); // the form cleared after saving
    expect(plain(await page.getByTestId('key-rates').textContent())).toContain('01.12.2026');
    await expectNoBrowserPickers(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fields-date-form-en.png') });
  });

  it('writes the penalty run month as мм.гггг with the month in words', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/4`);
    const month = page.locator('input[name="period"]');
    expect(await month.getAttribute('placeholder')).toBe('мм.гггг');
    await month.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('112026');
    expect(await month.inputValue()).toBe('11.2026');
    await page.getByText('ноябрь 2026').first().waitFor();
    await expectNoBrowserPickers(page);
  });

  it('offers Russian file buttons: the import page and the call page, opened by Enter', async () => {
    await page.goto(`${app.base}#/import`);
    await page.getByRole('heading', { name: 'Загрузка данных' }).waitFor();
    expect(plain(await page.locator('.dropzone').textContent())).toContain('Выбрать файлы…');
    await expectNoBrowserPickers(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fields-import-en.png') });

    await page.goto(`${app.base}#/measures/2`);
    const button = page.getByRole('button', { name: 'Выбрать файл результатов…', exact: true });
    await button.waitFor();
    expect(plain(await page.locator('.file-button').first().textContent())).toContain('Файл не выбран');
    await button.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(false);
    await expectNoBrowserPickers(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fields-calls-file-en.png') });
    expect(pageErrors).toEqual([]);
  });
});
