/**
 * @file The tab «Заявления и реестры» in the browser host as the lawyer uses it (1366×768): the writ of
 * 29 999,99 ₽ ticked → the travel ban is off with its reason; the writs prepared with the keyboard-reachable form;
 * the department's register made; the handing over marked with its receipt. Screenshots go to test-results/.
 * Needs a build (`npx vite build && node scripts/build-electron.mjs`).
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { openApplicationsFixture, type ApplicationsFixture } from './applications-fixture';

let f: ApplicationsFixture;
let app: AppInChromium;

beforeAll(async () => {
  f = await openApplicationsFixture();
  await f.closeCore();
  app = await openAppInChromium(f.dataDir, 20_000);
  await app.page.setViewportSize({ width: 1366, height: 768 });
}, 180_000);

afterAll(async () => {
  await app?.close();
  fs.rmSync(f.dataDir, { recursive: true, force: true });
});

it('prepares the applications, makes the register and marks it handed over', async () => {
  const page = app.page;
  await app.setupAdmin();
  await app.signIn('sokolov');
  await page.goto(`${app.base}#/measures/10`);
  await page.getByRole('tab', { name: 'Заявления и реестры' }).click();
  const table = page.getByTestId('fssp-candidates');
  await table.waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-applications-1-candidates.png'), fullPage: false });

  // The writ of 29 999,99 ₽: the travel ban is off, with the reason.
  await page.getByLabel(/Выбрать судебный приказ № 2-1001\/2026/).check();
  const reason = page.getByTestId('travel-ban-reason');
  await expect(reason.textContent()).resolves.toMatch(
    /Запрет выезда не заявляется: долг 29\s999,99\s₽ меньше 30\s000\s₽/,
  );
  await expect(page.getByLabel(/временное ограничение на выезд/).isDisabled()).resolves.toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-applications-2-travel-ban.png'), fullPage: false });

  // Prepare it (with the two petitions ticked by default), then the writ of 30 000 ₽ with the travel ban as well: 2 + 3.
  await page.getByRole('button', { name: 'Подготовить заявления' }).click();
  await page.getByTestId('fssp-apps-message').waitFor();
  await page.getByLabel(/Выбрать судебный приказ № 2-1002\/2026/).check();
  const travel = page.getByLabel(/временное ограничение на выезд/);
  await expect(travel.isDisabled()).resolves.toBe(false);
  await travel.check();
  await page.getByRole('button', { name: 'Подготовить заявления' }).press('Enter');
  await page.locator('[data-testid=fssp-prepared] tbody tr').nth(1).waitFor();
  await page.getByRole('heading', { name: 'Подготовленные заявления' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-applications-3-prepared.png'), fullPage: false });

  await page.getByRole('button', { name: 'Сформировать реестр' }).click();
  await page.getByTestId('fssp-registers').waitFor();
  await page.getByRole('button', { name: /Отметить передачу реестра/ }).click();
  await page.getByPlaceholder('вх. № 1234 от 07.12.2026 или ШПИ').fill('вх. № 1234 от 06.12.2026');
  await page.getByRole('button', { name: 'Записать' }).click();
  await page.getByTestId('fssp-registers').getByText('вх. № 1234 от 06.12.2026').waitFor();
  await expect(page.getByTestId('fssp-apps-message').textContent()).resolves.toMatch(
    /исполнительных документов 2, ходатайств 5/,
  );
  await page.getByRole('heading', { name: 'Реестры передачи' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-applications-4-registers.png'), fullPage: false });
  expect(app.pageErrors).toEqual([]);
}, 120_000);
