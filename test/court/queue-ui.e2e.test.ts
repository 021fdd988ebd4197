/**
 * End to end in Chromium (needs `npx vite build && node scripts/build-electron.mjs` first): the demo district with
 * claims delivered to some debtors 45 days ago; the lawyer opens «Судебная работа → Очередь», sees the brackets
 * with counts and sums, looks at why an account is out («почему нет?»), makes a batch of the queue; the head
 * approves it; the lawyer prepares the cases for a filing date. Screenshots at 1366×768 in test-results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const LAWYER = 'sokolov';

describe('the court queue in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-court-queue-'));
    app = await openAppInChromium(dataDir, 20_000);
    page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 48 });
    // Claims delivered to every other debtor of 10 000 ₽ and more (the demo sends none), one returned unclaimed.
    const db = new Database(path.join(dataDir, 'zhku.sqlite'));
    const today = (db.prepare('SELECT max(as_of_date) FROM account_summaries').pluck().get() as string) ?? '2026-12-06';
    const delivered = new Date(Date.parse(`${today}T00:00:00Z`) - 45 * 86_400_000).toISOString().slice(0, 10);
    const batchId = Number(
      db
        .prepare(
          `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms)
           VALUES ('claims', 'Претензии', '{}', ?, 'done', 0, 'тест', 0)`,
        )
        .run(delivered).lastInsertRowid,
    );
    const debtors = db
      .prepare(
        "SELECT account_id FROM account_summaries WHERE debt_kopecks >= 1000000 AND status = 'open' ORDER BY account_id",
      )
      .pluck()
      .all() as number[];
    debtors.forEach((accountId, i) => {
      if (i % 2 === 1) return;
      const doc = Number(
        db
          .prepare(
            `INSERT INTO generated_documents (batch_id, kind, template_version, account_id, issued_date, file_path, sha256, user_name, created_at_ms)
             VALUES (?, 'claim', 't', ?, ?, 'x.pdf', 'x', 'тест', 0)`,
          )
          .run(batchId, accountId, delivered).lastInsertRowid,
      );
      db.prepare(
        `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, total_kopecks, outcome, outcome_date)
         VALUES (?, ?, ?, ?, 'Должник', 'адрес', 0, ?, ?)`,
      ).run(batchId, doc, accountId, i + 1, i % 10 === 0 ? 'returned' : 'delivered', delivered);
    });
    db.close();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the queue by bracket, the reasons of the ones left out, and makes a batch', async () => {
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/9`);
    await page.getByTestId('court-queue-total').waitFor();
    expect(await page.getByTestId('court-queue-total').textContent()).toMatch(/В очереди \d/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue.png') });
    await page.getByText('не проходят — почему').click();
    await page.getByTestId('court-out-table').waitFor();
    await page.getByRole('button', { name: 'почему нет?' }).first().click();
    await page.locator('.court-trace').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-out.png') });
    await page.getByText('в очереди', { exact: true }).click();
    await page.getByTestId('court-queue-table').waitFor();
    await page.getByTestId('court-bracket-from_10k').uncheck();
    await page.getByTestId('court-bracket-from_50k').uncheck();
    await page.getByTestId('court-batch-create').click();
    await page.getByText(/Пакет № \d+: .* ждёт утверждения/).waitFor();
  });

  it('the head approves; the lawyer prepares the cases', async () => {
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/9`);
    const approve = page.locator('[data-testid^="court-approve-"]').first();
    await approve.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-head.png'), fullPage: false });
    await approve.click();
    await page.getByText(/Пакет № \d+ утверждён/).waitFor();
    await app.signIn(LAWYER);
    await page.goto(`${app.base}#/measures/9`);
    await page.locator('[data-testid^="court-prepare-"]').first().click();
    await page.getByTestId('court-prepared').waitFor({ timeout: 60_000 });
    await page.getByTestId('court-prepared').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'court-queue-prepared.png') });
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
