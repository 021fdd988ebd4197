/**
 * Orders, acts and restoration of measure 8 in Chromium at 1366×768 (needs `npx vite build && node
 * scripts/build-electron.mjs` first), on the demo district with restriction cases put into the database directly (the
 * warnings are another area's work), their debt and threshold from readServiceDebts: the head adds a contractor and
 * maps the УК, makes the order, records the act of restriction with a photo; the restoration tab shows an overdue task
 * highlighted and the home screen its tile. Screenshots in test-results/restriction-orders-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { readServiceDebts } from '../../electron/core/restriction/service-debt';
import { isoDateInZone } from '../../shared/dates/iso-date';
import { addDays } from '../../shared/calendar/date-math';
import { PNG_BYTES } from './orders-world';

const HEAD = 'morozova';
const SEWAGE = 'Водоотведение';
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('orders, acts and restoration in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let companyName = '';

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-orders-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 24 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    db.pragma('busy_timeout = 10000');
    // The server's today (the real clock): delivered 30 days ago, the term ended 10 days ago.
    const today = isoDateInZone(Date.now());
    const warned = addDays(today, -33);
    const delivered = addDays(today, -30);
    const ids = db
      .prepare(
        `SELECT DISTINCT c.account_id AS id FROM charges c JOIN account_summaries s ON s.account_id = c.account_id
          WHERE c.service = ? ORDER BY s.debt_kopecks DESC LIMIT 60`,
      )
      .all(SEWAGE) as Array<{ id: number }>;
    const over = ids
      .map(({ id }) => ({ id, line: readServiceDebts(db, id, warned).find((l) => l.service === SEWAGE) }))
      .filter((x) => x.line?.overThreshold && x.line.threshold)
      .slice(0, 3);
    expect(over.length).toBe(3);
    const insert = db.prepare(
      `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis, as_of_date,
         restriction_possible, warning_date, delivery_method, delivered_date, timer_ends_date, restricted_date,
         restoration_reason, restoration_due_date, user_name, created_at_ms, updated_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, 'signature', ?, ?, ?, ?, ?, 'тест', 0, 0)`,
    );
    over.forEach((x, i) => {
      const l = x.line!;
      const due = i === 2;
      insert.run(
        x.id,
        SEWAGE,
        due ? 'restoration_due' : 'delivered',
        l.debtKopecks,
        l.threshold!.thresholdKopecks,
        l.threshold!.basis,
        warned,
        warned,
        delivered,
        addDays(delivered, 20),
        due ? addDays(today, -6) : null,
        due ? 'paid' : null,
        due ? addDays(today, -1) : null,
      );
    });
    companyName = (
      db
        .prepare(
          'SELECT mc.name FROM accounts a JOIN management_companies mc ON mc.id = a.management_company_id WHERE a.id = ?',
        )
        .get(over[0]!.id) as {
        name: string;
      }
    ).name;
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a contractor, makes the order, records the act with a photo, shows the overdue restoration', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/`);
    await page.getByTestId('home-restoration-tile').waitFor();
    expect(plain(await page.getByTestId('home-restoration-tile').textContent())).toContain(
      'Восстановление услуги просрочено',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'restriction-orders-home.png') });

    await page.goto(`${app.base}#/measures/8`);
    await page.getByRole('tab', { name: 'Заявки и акты' }).click();
    await page.getByTestId('contractors-panel').waitFor();
    await page.getByRole('button', { name: 'Добавить исполнителя' }).click();
    await page.getByLabel('Наименование').fill('ООО «Водоканал-Сервис»');
    await page.getByLabel('Телефон').fill('+7 (495) 000-00-01');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByLabel(`Исполнитель для ${companyName}`).selectOption({ label: 'ООО «Водоканал-Сервис»' });
    await page.getByTestId('order-create').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'restriction-orders-candidates.png'), fullPage: true });
    await page.getByTestId('order-create').first().click();
    await page.getByTestId('orders-list').waitFor();
    expect(plain(await page.getByTestId('orders-list').textContent())).toContain('З-');

    await page.getByTestId('act-open').first().click();
    await page.getByLabel('Присутствовали').fill('слесарь Петров И. И., представитель УК');
    await page.getByLabel(/Фото и сканы/).setInputFiles({ name: 'фото.png', mimeType: 'image/png', buffer: PNG_BYTES });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'restriction-orders-act-form.png'), fullPage: true });
    await page.getByRole('button', { name: /Записать акт об ограничении/ }).click();
    await page.getByRole('heading', { name: 'Ограничены' }).waitFor();
    await expect.poll(async () => page.getByRole('button', { name: 'Восстановить досрочно' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'restriction-orders-restricted.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Восстановление' }).click();
    await page.getByTestId('restoration-overdue').waitFor();
    expect(await page.locator('.restoration-table tr.overdue').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'restriction-orders-restoration.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
