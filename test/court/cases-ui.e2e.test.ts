/**
 * End to end in Chromium at 1366×768: the «Дела» tab and the case card — the duty gate and the identifiers gate
 * refused in Russian beside the «Подано в суд» button, the clerk's «сведения неизвестны взыскателю», the filing once
 * the gates pass, the objection window — and the «Сроки» tab. The cases are put into the database directly (the
 * queue that prepares them is another part of the issue). Screenshots go to test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('court cases in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-cases-'));
    process.env.ZHKU_CLOCK_START = '2026-12-06T09:00:00+03:00';
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 300 });
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    const accounts = db
      .prepare(
        `SELECT s.account_id AS accountId, s.management_company_id AS companyId, ap.person_id AS personId, p.full_name AS name,
                (SELECT group_concat(period) FROM (SELECT period FROM debt_months dm WHERE dm.account_id = s.account_id AND dm.kind = 'housing' AND dm.open_kopecks > 0 AND dm.due_date < '2026-11-01' ORDER BY period)) AS periods
           FROM account_summaries s
           JOIN account_persons ap ON ap.account_id = s.account_id AND ap.role = 'owner'
           JOIN persons p ON p.id = ap.person_id
          WHERE s.debt_kopecks BETWEEN 1000000 AND 9000000
          GROUP BY s.account_id HAVING periods IS NOT NULL ORDER BY s.account_id LIMIT 4`,
      )
      .all() as Array<{ accountId: number; companyId: number; personId: number; name: string; periods: string }>;
    const court = (db.prepare(`SELECT id FROM courts WHERE code = '50RS0021'`).get() as { id: number }).id;
    const insert = (a: (typeof accounts)[number], over: Record<string, unknown>) => {
      const periods = a.periods.split(',');
      const v = {
        account_id: a.accountId,
        management_company_id: a.companyId,
        court_id: court,
        kind: 'court_order',
        status: 'prepared',
        debtor_person_id: a.personId,
        debtor_name: a.name,
        periods_json: JSON.stringify(periods),
        period_from: periods[0],
        period_to: periods.at(-1),
        as_of_date: '2026-11-20',
        principal_kopecks: 4_512_345,
        penalty_kopecks: 312_000,
        claim_kopecks: 4_824_345,
        duty_kopecks: 200_000,
        identifiers_status: 'missing',
        prepared_date: '2026-11-20',
        created_by: 'тест',
        created_at_ms: Date.parse('2026-11-20T08:00:00Z'),
        updated_at_ms: Date.parse('2026-11-20T08:00:00Z'),
        ...over,
      };
      const cols = Object.keys(v);
      return Number(
        db
          .prepare(`INSERT INTO court_cases (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
          .run(v).lastInsertRowid,
      );
    };
    for (const a of accounts)
      db.prepare(
        'UPDATE persons SET birth_date = NULL, birth_place = NULL, snils = NULL, inn = NULL, passport = NULL WHERE id = ?',
      ).run(a.personId);
    ids.unpaid = insert(accounts[0]!, {});
    ids.paid = insert(accounts[1]!, { status: 'duty_paid' });
    ids.window = insert(accounts[2]!, {
      status: 'copy_received',
      filed_date: '2026-10-01',
      filed_channel: 'gas_justice',
      issued_date: '2026-11-20',
      issued_number: '2-77/2026',
      // Received Tue 01.12.2026: 2, 3, 4 (3), [5, 6], 7–11 (8), [12, 13], 14, 15 (10) → 15.12.2026.
      copy_received_date: '2026-12-01',
      objection_deadline: '2026-12-15',
      identifiers_status: 'unknown_confirmed',
    });
    ids.cancelled = insert(accounts[3]!, {
      status: 'cancelled',
      filed_date: '2026-03-02',
      issued_date: '2026-03-10',
      issued_number: '2-15/2026',
      cancelled_date: '2026-10-01',
      identifiers_status: 'unknown_confirmed',
    });
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the duty gate refuses filing in Russian beside the button', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/9`);
    await page.getByRole('tab', { name: 'Дела' }).click();
    await page.getByTestId('court-cases').waitFor();
    await page.getByRole('button', { name: `Открыть дело № ${ids.unpaid}` }).click();
    const filed = page.getByRole('button', { name: 'Подано в суд' });
    await expect.poll(() => filed.isDisabled()).toBe(true);
    const refusal = plain(await page.locator('#refusal-filed').textContent());
    expect(refusal).toContain('Госпошлина не оплачена: осталось оплатить 2 000 ₽');
    expect(refusal).toContain('Нет сведений о должнике');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-case-duty-gate.png') });
  });

  it('the identifiers gate: refused, then «сведения неизвестны», then filed from the keyboard', async () => {
    await page.getByRole('button', { name: `Открыть дело № ${ids.paid}` }).click();
    await expect.poll(async () => plain(await page.locator('#refusal-filed').textContent())).toContain('дата рождения');
    await page.getByRole('button', { name: 'Сведения неизвестны взыскателю…' }).click();
    await page.getByLabel(/Что известно и откуда/).fill('Запрос в УК от 01.11.2026 — сведений нет');
    await page.getByLabel(/Что известно и откуда/).press('Enter');
    const filed = page.getByRole('button', { name: 'Подано в суд' });
    await expect.poll(() => filed.isEnabled()).toBe(true);
    await filed.click();
    await page.getByLabel('Способ подачи').selectOption('post');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-case-file-form.png') });
    await page.getByRole('button', { name: 'Записать: Подано в суд' }).click();
    await expect
      .poll(async () => plain(await page.locator('.case-card .case-status').first().textContent()))
      .toBe('подано в суд');
    expect(plain(await page.locator('.case-history').textContent())).toContain('подано в суд 06.12.2026 (почтой)');
  });

  it('the objection window shows its working days left (Sun 06.12: 7, 8, 9, 10, 11, 14, 15 → 7)', async () => {
    await page.getByRole('button', { name: `Открыть дело № ${ids.window}` }).click();
    await expect
      .poll(async () => plain(await page.locator('.case-status-line').textContent()))
      .toContain('возражения по 15.12.2026 · осталось 7 раб. дн.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-case-window.png') });
  });

  it('«Сроки» lists the window and the cancelled order awaiting a lawsuit', async () => {
    await page.getByRole('tab', { name: 'Сроки' }).click();
    await page.getByTestId('court-deadlines').waitFor();
    const text = plain(await page.getByTestId('court-deadlines').textContent());
    expect(text).toContain('Срок возражений на приказ № 2-77/2026 истекает 15.12.2026');
    expect(text).toContain('Приказ отменён 01.10.2026');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-deadlines.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
