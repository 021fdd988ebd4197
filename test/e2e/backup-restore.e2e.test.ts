/**
 * End to end in Chromium: the administrator restores the database from a copy in «Настройки» → «Резервные копии».
 * A copy is made over HTTP, the organisation's name changed after it; on the page the copy is in the list
 * («проверена», «вручную»), «Восстановить из копии» asks first (the current database saved, everyone signed out),
 * and after «Да, восстановить» the page reloads to the sign-in; signed in again, the name is the one of the copy.
 * Screenshots: test-results/backup-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

describe('restore from a backup (Chromium)', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `backup-${name}.png`), fullPage: true });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-backup-'));
    app = await openAppInChromium(dataDir, 15_000);
    page = app.page;
    await app.setupAdmin();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the administrator restores a copy; the page returns to the sign-in and the data is the copy’s', async () => {
    const org = { districtName: 'Городской округ Красногорск', responsiblePerson: '' };
    await app.api(ADMIN.login, 'settings.update', { ...org, organisationName: 'МКУ «Как в копии»' });
    const made = await app.api<{ name: string }>(ADMIN.login, 'backups.make', {});
    await app.api(ADMIN.login, 'settings.update', { ...org, organisationName: 'Изменено после копии' });

    await app.signIn(ADMIN.login);
    await page.goto(`${app.base}#/settings`);
    const row = page.getByTestId(`backup-row-${made.name}`);
    await row.waitFor();
    expect(await row.locator('td').nth(2).textContent()).toBe('вручную');
    expect(await row.locator('td').nth(3).textContent()).toBe('проверена');
    await row.getByRole('button', { name: 'Восстановить из копии' }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('текущая база сначала сохранится');
    expect(await confirm.textContent()).toContain('Все пользователи выйдут из программы');
    await shot('confirm');
    await confirm.getByRole('button', { name: 'Да, восстановить' }).click();
    await page.getByTestId('auth-sign-in').waitFor();
    await shot('signed-out');

    await page.getByLabel('Логин').fill(ADMIN.login);
    await page.getByLabel('Пароль').fill(ADMIN.password);
    await page.getByLabel('Пароль').press('Enter');
    await page.getByTestId('session-badge').waitFor();
    await page.goto(`${app.base}#/settings`);
    await expect.poll(() => page.locator('input[name="organisationName"]').inputValue()).toBe('МКУ «Как в копии»');
    await page.getByTestId('backups-table').getByText('перед восстановлением').waitFor();
    await shot('restored');
    expect(app.pageErrors).toEqual([]);
  });
});
