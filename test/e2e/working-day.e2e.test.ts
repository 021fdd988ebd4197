/**
 * End to end in Chromium at 1366×768, by the keyboard only: the working day's paths a clerk walks after the
 * registry and the calls (those are the registry's and the calls' own tests). The head of the office opens each
 * screen from the navigation (Alt+0, ↓, Enter — or Alt+digit), Tabs to the field or the button and presses
 * Enter/Space, and sees the result on the screen:
 * penalty → the month's run and its summary; claims → a batch for one account and its summary; notices → one
 * building's notice; import → the file button opened from the keyboard (only the OS file dialog itself is answered
 * by the test) and the load's summary; settings (the administrator) → one field changed and saved.
 * No mouse clicks at all; screenshots go to test-results/day-1366/walk-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { writeSmallDistrict } from '../support/demo-files';

const SHOTS = path.join(SCREENSHOTS, 'day-1366');

/** The focused element in a few words: tag, type, test id, name, its label's and its own text. */
async function focused(page: Page): Promise<string> {
  // A script (not a function) runs in the page: the node tsconfig has no DOM types.
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    return [
      el.tagName.toLowerCase(),
      el.type ?? '',
      el.dataset?.testid ?? '',
      el.name ?? '',
      el.getAttribute('aria-label') ?? '',
      el.closest('label')?.innerText ?? '',
      el.tagName === 'SELECT' ? '' : el.innerText,
    ].join('|');
  })()`)) as string;
}

/** Presses Tab (or Shift+Tab) until the focused element matches — as a clerk tabs to a field; at most 40 presses. */
async function tabTo(page: Page, match: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (match.test(await focused(page))) return;
  }
  throw new Error(`${key} never reached ${match}; the focus is on «${await focused(page)}»`);
}

/** Alt+0 to the navigation, ↓ to the section, Enter; waits for the screen's heading. */
async function openByKeys(page: Page, section: string, heading: string): Promise<void> {
  await page.keyboard.press('Alt+0');
  for (let i = 0; i < 30 && !(await focused(page)).includes(section); i++) await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toContain(section);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the working day by keyboard at 1366×768', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];
  let ukFile: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-day-'));
    app = await openAppInChromium(dataDir, 20_000, { viewport: { width: 1366, height: 768 } });
    ({ page, pageErrors } = app);
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, seed: 'e2e-day', months: 24 });
    ukFile = (await writeSmallDistrict(20, ['csv'])).file('uk.csv');
    fs.mkdirSync(SHOTS, { recursive: true });
    await app.signIn(HEAD);
  }, 150_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('penalty: opens measure 4 from the navigation and accrues the month', async () => {
    await openByKeys(page, 'Начисление пени', '4. Начисление пени');
    await tabTo(page, /penalty-run-start/);
    await page.keyboard.press('Enter');
    await page.getByTestId('job-summary').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByTestId('penalty-runs').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'walk-penalty.png') });
  }, 150_000);

  it('claims: a batch for one account, its summary on the screen', async () => {
    await openByKeys(page, 'Претензии', '5. Претензии');
    await tabTo(page, /Не больше/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    const preview = page.getByTestId('claims-preview-result');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/^\s*1\s*л\/с/);
    await tabTo(page, /claims-start/);
    expect(await focused(page)).toContain('Сформировать пакет: 1 л/с');
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('job-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect((await summary.textContent())?.trim()).not.toBe('');
    await page.screenshot({ path: path.join(SHOTS, 'walk-claims.png') });
  }, 150_000);

  it('notices: one building found, ticked with Space, checked and its notice built', async () => {
    await openByKeys(page, 'Объявления в подъездах', '6. Объявления в подъездах');
    // The clerk reads a building's address off the list and types it into the search.
    const address = (await page
      .getByTestId('notice-buildings')
      .locator('tbody tr')
      .first()
      .locator('td')
      .nth(1)
      .textContent())!;
    await tabTo(page, /\|filter\|/);
    await page.keyboard.type(address);
    await expect.poll(() => page.getByTestId('notice-buildings').locator('tbody tr').count()).toBeLessThanOrEqual(3);
    await tabTo(page, /checkbox\|.*Выбрать /);
    expect(await focused(page)).toContain(address);
    await page.keyboard.press('Space');
    await tabTo(page, /notices-preview/, 'Shift+Tab');
    expect(await focused(page)).toContain('Проверить объявления: 1 дом');
    await page.keyboard.press('Enter');
    await page.getByTestId('notice-entrances').waitFor();
    await tabTo(page, /notices-generate/);
    await page.keyboard.press('Enter');
    await page.getByTestId('notices-result').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SHOTS, 'walk-notices.png') });
  }, 120_000);

  it('import: the file button opened by Space, the file loaded with Enter', async () => {
    await page.keyboard.press('Alt+6');
    await page.getByRole('heading', { level: 1, name: 'Загрузка данных' }).waitFor();
    await tabTo(page, /\|file\|/);
    // The only thing the test does for the clerk: answering the operating system's file dialog.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(ukFile);
    // «Загрузить» is enabled once the file is read and recognised (Tab skips a disabled button).
    await expect.poll(() => page.getByTestId('import-start').isEnabled(), { timeout: 30_000 }).toBe(true);
    await tabTo(page, /import-start/);
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('job-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/управляющ/i);
    await page.screenshot({ path: path.join(SHOTS, 'walk-import.png') });
  }, 90_000);

  it('settings: the administrator changes the responsible person and saves', async () => {
    await app.signIn(ADMIN.login);
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
    await page.locator('input[name="responsiblePerson"]').waitFor();
    await tabTo(page, /\|responsiblePerson\|/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Павлова Ирина Андреевна');
    await tabTo(page, /settings-save/);
    await page.keyboard.press('Enter');
    await page.getByText('Настройки сохранены.').waitFor();
    // Saved for real: the page read afresh shows the new name.
    await page.reload();
    await expect
      .poll(() => page.locator('input[name="responsiblePerson"]').inputValue())
      .toBe('Павлова Ирина Андреевна');
    await page.screenshot({ path: path.join(SHOTS, 'walk-settings.png') });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
