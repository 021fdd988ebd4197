/**
 * End to end in Chromium at 1366×768: the «Производства» tab with a proceeding's card (sums, collections, petitions)
 * and the «Ходатайства» tab with an overdue petition first and its complaint to the senior bailiff. The department
 * and the writs are put into the database directly (other areas make them); proceedings and petitions go through
 * the API. Screenshots go to test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

describe('proceedings and petitions in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let proceedingId: number;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-proceedings-'));
    process.env.ZHKU_CLOCK_START = '2026-12-07T10:00:00+03:00';
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 60 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    const now = Date.now();
    const dep = db
      .prepare(
        `INSERT INTO bailiff_departments (name, code, address, senior_bailiff, confirmed, active, note, created_at_ms, updated_at_ms)
         VALUES ('Красногорский РОСП ГУФССП России по Московской области', '50049', '143401, Московская область, г. Красногорск, ул. Речная, д. 20', 'Петрова Анна Сергеевна', 1, 1, '', ?, ?)`,
      )
      .run(now, now).lastInsertRowid;
    expect(dep).toBeGreaterThan(0);
    const accounts = db
      .prepare(
        `SELECT s.account_id AS accountId, s.management_company_id AS companyId, ap.person_id AS personId, p.full_name AS name
           FROM account_summaries s JOIN account_persons ap ON ap.account_id = s.account_id JOIN persons p ON p.id = ap.person_id
          GROUP BY s.account_id ORDER BY s.account_id LIMIT 3`,
      )
      .all() as Array<{ accountId: number; companyId: number; personId: number; name: string }>;
    const writ = db.prepare(
      `INSERT INTO writs (kind, number, act_date, in_force_date, term_start_date, court_name, account_id, management_company_id,
                         debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks, total_kopecks,
                         received_date, status, source, note, created_by, created_at_ms, updated_at_ms)
       VALUES ('court_order', ?, '2026-03-10', '2026-04-01', '2026-04-01', 'Мировой судья судебного участка № 125 Красногорского судебного района',
               ?, ?, ?, ?, ?, ?, ?, ?, '2026-04-10', 'sent', 'manual', '', 'тест', ?, ?)`,
    );
    accounts.forEach((a, i) => {
      const principal = [4_215_000, 1_830_040, 960_000][i]!;
      writ.run(
        `2-${510 + i}/2026`,
        a.accountId,
        a.companyId,
        a.personId,
        a.name,
        principal,
        120_000,
        60_000,
        principal + 180_000,
        now,
        now,
      );
    });
    db.close();
    const ours = (
      await app.api<{ rows: Array<{ writId: number; number: string }> }>(HEAD, 'proceedings.openableWrits', {})
    ).rows;
    const writIds = ['2-510/2026', '2-511/2026', '2-512/2026'].map((n) => ours.find((w) => w.number === n)!.writId);
    const p1 = await app.api<{ id: number }>(HEAD, 'proceedings.open', {
      writId: writIds[0],
      number: '18452/26/50049-ИП',
      openedDate: '2026-05-06',
      bailiffName: 'Кузнецова Ольга Викторовна',
    });
    proceedingId = p1.id;
    await app.api(HEAD, 'proceedings.open', {
      writId: writIds[1],
      number: '18460/26/50049-ИП',
      openedDate: '2026-05-07',
    });
    const p3 = await app.api<{ id: number }>(HEAD, 'proceedings.open', {
      writId: writIds[2],
      number: '17011/26/50049-ИП',
      openedDate: '2026-04-28',
    });
    await app.api(HEAD, 'proceedings.setStatus', {
      proceedingId: p3.id,
      status: 'ended_impossible',
      date: '2026-10-15',
      ground: 'ст.46 ч.1 п.4: нет имущества',
    });
    await app.api(HEAD, 'proceedings.addCollection', {
      proceedingId,
      date: '2026-07-14',
      amountKopecks: 325_017,
      note: 'по уведомлению СПИ',
    });
    await app.api(HEAD, 'petitions.create', { proceedingId, kind: 'travel_ban', sentDate: '2026-11-02' });
    await app.api(HEAD, 'petitions.create', { proceedingId, kind: 'arrest_accounts', sentDate: '2026-12-01' });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the proceedings, running first, and the card with sums, collections and petitions', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/11`);
    await page.getByRole('tab', { name: 'Производства' }).click();
    const table = page.getByTestId('fssp-proceedings');
    await table.waitFor();
    const firstCells = await table.locator('tbody tr td:first-child').allInnerTexts();
    // Running ones first (newest opened first), the ended one after.
    expect(firstCells.filter((c) => c.endsWith('/26/50049-ИП') && /^1[78]\d{3}\//.test(c))).toEqual([
      '18460/26/50049-ИП',
      '18452/26/50049-ИП',
      '17011/26/50049-ИП',
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-proceedings-list.png') });
    await page.getByRole('button', { name: 'Открыть производство № 18452/26/50049-ИП' }).click();
    const card = page.getByRole('complementary', { name: 'Производство № 18452/26/50049-ИП' });
    await card.getByText('Остаток').waitFor();
    // 42 150,00 + 1 200,00 + 600,00 = 43 950,00 ₽ in the proceedings; − 3 250,17 collected = 40 699,83 ₽.
    expect((await card.locator('.proc-balance').innerText()).replace(/[\u00a0\u202f]/g, ' ')).toContain('40 699,83');
    await expect.poll(() => card.getByText('просрочен ответ', { exact: false }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-proceeding-card.png') });
  });

  it('lists the overdue petition first in calm red and prepares the complaint', async () => {
    await page.getByRole('tab', { name: 'Ходатайства' }).click();
    const table = page.getByTestId('fssp-petitions');
    await table.waitFor();
    const first = table.locator('tbody tr').first();
    expect(await first.getAttribute('class')).toContain('overdue');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-petitions.png') });
    await first.getByRole('button', { name: 'Жалоба старшему приставу' }).click();
    await page.getByText('Жалоба старшему судебному приставу подготовлена').waitFor();
    await first.getByRole('button', { name: 'Жалоба', exact: true }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fssp-petitions-complaint.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
