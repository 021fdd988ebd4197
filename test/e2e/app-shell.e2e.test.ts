/**
 * End to end in a real Chromium against the real browser host (`npm run serve`): the shell renders, shows data
 * that came from the database, navigates by mouse and keyboard, and a settings change made in the UI reaches
 * the database and the journal.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { ServedApp } from '../support/spawn-serve';
import { ADMIN, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import fsp from 'node:fs/promises';
import os from 'node:os';

describe('app shell in Chromium', () => {
  let dataDir: string;
  let served: ServedApp;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zhku-e2e-'));
    // Data the page can only know from the database: three accounts of one УК.
    const prepared = prepareDatabase({
      databasePath: path.join(dataDir, 'zhku.sqlite'),
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    });
    prepared.close();
    const db = new Database(path.join(dataDir, 'zhku.sqlite'));
    db.prepare(
      "INSERT INTO management_companies (id, name, inn, created_at_ms) VALUES (1, 'ООО «УК Опалиха»', '5024000002', 1)",
    ).run();
    const insert = db.prepare(
      "INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES (?, 1, 'owner', 1)",
    );
    for (const n of ['5000000001', '5000000002', '5000000003']) insert.run(n);
    db.close();

    app = await openAppInChromium(dataDir, 10_000);
    ({ served, page, pageErrors } = app);
    await app.setupAdmin();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the printed URL and shows the shell with facts from the database', async () => {
    await page.goto(served.url);
    await page.getByTestId('auth-sign-in').waitFor();
    await app.signIn(ADMIN.login);
    expect(await page.getByTestId('session-user').textContent()).toBe(`${ADMIN.fullName} — администратор`);
    await expect.poll(() => page.getByTestId('db-path').textContent()).toBe(path.join(dataDir, 'zhku.sqlite'));
    expect(await page.getByTestId('accounts-count').textContent()).toBe('3');
    expect(Number(await page.getByTestId('schema-version').textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.locator('h1').textContent()).toBe('Обзор');
    // The token left the address bar once it was taken.
    expect(page.url()).not.toContain('token=');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-home.png') });
  });

  it('navigates to the registry, to a measure, and back by keyboard', async () => {
    await page.getByRole('link', { name: /Реестр должников/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Реестр должников');
    expect(await page.getByTestId('registry-accounts').textContent()).toBe('3');

    // Every measure has its screen now (measures 7 and 13: issue 16); the last one opens on its meetings log.
    await page
      .getByRole('link', { name: /Встречи со старшими/ })
      .first()
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('13. Встречи со старшими по домам');
    await page.getByRole('tab', { name: 'Встречи' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-measure.png') });

    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Обзор');
    // The plan cockpit loads its counts after the heading appears.
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBe(13);
  });

  it('saves settings through the API: the error is shown in Russian, the saved value survives a reload', async () => {
    await page.keyboard.press('Alt+5');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Настройки');
    const name = page.locator('input[name="organisationName"]');
    // The organisation's form: Настройки has other forms with their own «Сохранить» (claims, ЕПД, mailing).
    const save = page.getByRole('form', { name: 'Сведения об организации' }).getByRole('button', { name: 'Сохранить' });
    await name.fill('');
    await save.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Укажите наименование организации.');

    await name.fill('МКУ «Центр расчётов» г.о. Красногорск');
    await save.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'сохранены' }).count()).toBe(1);

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Настройки');
    expect(await page.locator('input[name="organisationName"]').inputValue()).toBe(
      'МКУ «Центр расчётов» г.о. Красногорск',
    );
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByTestId('organisation-name').textContent()).toContain('МКУ «Центр расчётов»');

    await page.keyboard.press('Alt+4');
    await expect
      .poll(() => page.getByTestId('journal-table').textContent())
      .toContain('Изменены настройки организации');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-journal.png') });

    // And it is in the database file itself.
    const db = new Database(path.join(dataDir, 'zhku.sqlite'), { readonly: true });
    const row = db.prepare("SELECT value_json FROM app_settings WHERE key = 'organisation'").get() as {
      value_json: string;
    };
    db.close();
    expect(JSON.parse(row.value_json)).toMatchObject({ organisationName: 'МКУ «Центр расчётов» г.о. Красногорск' });
    expect(pageErrors).toEqual([]);
  });
});
