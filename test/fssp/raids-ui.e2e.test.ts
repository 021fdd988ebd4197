/**
 * Joint raids in Chromium at 1366×768 (needs `npx vite build && node scripts/build-electron.mjs` first), on the
 * demo district with enforcement proceedings put into the database directly (the proceedings are another area's
 * work): the lawyer plans a raid from the candidates of one building, makes the route sheet and records an outcome
 * «оплачено на месте» from the keyboard. Screenshots in test-results/fssp-raids-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

const LAWYER = 'sokolov';
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('joint raids in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-raids-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300, months: 24 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    db.pragma('busy_timeout = 10000');
    const rows = db
      .prepare(
        `SELECT s.account_id AS accountId, s.management_company_id AS companyId, s.debt_kopecks AS debt, ap.person_id AS personId,
                p.full_name AS name, pr.building_id AS buildingId
           FROM account_summaries s
           JOIN accounts a ON a.id = s.account_id
           JOIN premises pr ON pr.id = a.premises_id
           JOIN account_persons ap ON ap.account_id = s.account_id AND ap.role = 'owner'
           JOIN persons p ON p.id = ap.person_id
          WHERE s.debt_kopecks > 1000000
          GROUP BY s.account_id ORDER BY s.debt_kopecks DESC LIMIT 14`,
      )
      .all() as Array<{
      accountId: number;
      companyId: number;
      debt: number;
      personId: number;
      name: string;
      buildingId: number;
    }>;
    const dept = Number(
      db
        .prepare(`INSERT INTO bailiff_departments (name, address, created_at_ms, updated_at_ms) VALUES (?, ?, 0, 0)`)
        .run('Красногорский РОСП', 'г. Красногорск, ул. Речная, д. 1').lastInsertRowid,
    );
    db.transaction(() => {
      rows.forEach((r, i) => {
        const writ = Number(
          db
            .prepare(
              `INSERT INTO writs (kind, number, act_date, term_start_date, court_name, account_id, management_company_id,
                 debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks, total_kopecks, received_date,
                 status, source, created_by, created_at_ms, updated_at_ms)
               VALUES ('court_order', ?, '2025-03-01', '2025-03-20', 'Судебный участок № 123', ?, ?, ?, ?, ?, 0, 0, ?, '2025-04-01',
                 'in_proceedings', 'manual', 'тест', 0, 0)`,
            )
            .run(`2-${100 + i}/2025`, r.accountId, r.companyId, r.personId, r.name, r.debt, r.debt).lastInsertRowid,
        );
        db.prepare(
          `INSERT INTO enforcement_proceedings (writ_id, number, opened_date, department_id, status, status_date, debt_kopecks,
             created_by, created_at_ms, updated_at_ms) VALUES (?, ?, '2025-05-01', ?, 'opened', '2025-05-01', ?, 'тест', 0, 0)`,
        ).run(writ, `${String(31000 + i)}/25/50021-ИП`, dept, r.debt);
      });
    })();
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('plans a raid, makes the route sheet and records an outcome from the keyboard', async () => {
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/11`);
    await page.getByRole('tab', { name: 'Рейды' }).click();
    await page.getByTestId('raid-plan-open').click();
    await page.getByLabel('Состав группы').fill('СПИ Петров А. А., специалист УК Белова О. В.');
    await page.getByTestId('raid-candidates').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-raids-plan.png') });
    await page.getByTestId('raid-candidates').locator('tbody').first().locator('input[type=checkbox]').first().check();
    await page.getByTestId('raid-candidates').locator('tbody').nth(1).locator('input[type=checkbox]').first().check();
    await page.getByTestId('raid-plan-submit').click();
    await page.getByTestId('raid-card').waitFor();
    expect(await page.getByTestId('raid-route').locator('tbody tr').count()).toBeGreaterThan(2);

    await page.getByTestId('raid-route-sheet').click();
    await page.getByTestId('raid-route-open').waitFor();

    await page.getByRole('button', { name: /Итог по адресу № 1,/ }).click();
    const select = page.getByRole('combobox', { name: 'Итог' });
    // The outcome select takes the focus: the clerk goes on from the keyboard.
    await expect
      .poll(() => page.evaluate<string>('document.activeElement ? document.activeElement.tagName : ""'))
      .toBe('SELECT');
    await select.selectOption('paid');
    await page.getByLabel('Оплачено на месте, ₽').fill('5 000');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-raids-outcome-form.png') });
    await page.getByLabel('Оплачено на месте, ₽').press('Enter');
    await expect
      .poll(async () => plain(await page.getByTestId('raid-summary').textContent()))
      .toContain('оплачено на месте: 1 (5 000,00 ₽)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-raids-card.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});
