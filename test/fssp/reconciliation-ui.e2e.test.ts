/**
 * The «Сверка» tab in Chromium (needs `npx vite build && node scripts/build-electron.mjs` first), on the
 * reconciliation fixture's data folder with the demo staff: the lawyer uploads the department's list of 30.06.2025,
 * runs the reconciliation, sees the five planted differences, resolves one from the keyboard (note + Enter), and the
 * history shows it. Screenshots at 1366×768 in test-results/fssp-reconciliation-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDemoStaff } from '../../electron/core/users/users-repo';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { FILES, reconciliationWorld } from './reconciliation-fixture';

const LAWYER = 'sokolov';

describe('the reconciliation tab in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-fssp-rec-'));
    const world = reconciliationWorld(dataDir);
    await addDemoStaff(world.core.ctx.db, { userId: null, name: 'тест' }, world.core.ctx.clock());
    await world.core.close();
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('uploads the list, runs, resolves a difference and keeps the history', async () => {
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/11`);
    await page.getByRole('tab', { name: 'Сверка' }).click();
    await page.getByLabel('Отдел ФССП').selectOption({ label: 'Красногорский РОСП' });
    await page.getByLabel('Дата списка').fill('30.06.2025');
    await page
      .getByLabel('Файл списка отдела (CSV или XLSX)')
      .setInputFiles(path.join(FILES, 'reconciliation-osp-2025-06-30.csv'));
    await page.getByTestId('rec-preview').waitFor();
    await expect.poll(() => page.getByTestId('rec-preview').innerText()).toContain('windows-1251, строк 6');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-reconciliation-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Провести сверку' }).click();
    const detail = page.getByTestId('rec-detail');
    await detail.waitFor();
    const text = (await detail.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('Строк 6, сопоставлено 5, расхождений 5 (не разобрано 5)');
    expect(text).toContain('у нас есть, у ФССП нет (потерян — направить повторно): 1');
    expect(text).toContain('Волкова Елена Андреевна');
    expect(text).toContain('взыскано 3 000,00 ₽');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-reconciliation-differences.png'), fullPage: true });

    await page.getByRole('button', { name: /^Разобрано: Волкова Елена Андреевна/ }).click();
    await page.getByLabel('Чем разобрано').fill('Направлен повторно');
    await page.getByLabel('Чем разобрано').press('Enter');
    await expect.poll(() => detail.innerText()).toContain('не разобрано 4');
    const history = page.getByTestId('rec-history');
    await expect.poll(() => history.innerText()).toContain('Красногорский РОСП');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-reconciliation-resolved.png'), fullPage: false });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
