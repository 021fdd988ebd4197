/**
 * End to end in Chromium, measures 4 and 3: on a demo district a clerk accrues the last month's penalty for all
 * УК (progress bar, then the runs table), exports the ЕПД penalty file (a real download, windows-1251 CSV read back)
 * with coverage 100 %, on a debtor's card sees the penalty table and makes the «Расчёт пени» PDF, and finally
 * an administrator adds a lower key rate in the settings and recalculates the affected month on one click.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

describe('penalty run, ЕПД export and the card’s penalty in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-penalty-'));
    app = await openAppInChromium(dataDir, 20_000);
    ({ page, pageErrors } = app);
    // The district is loaded through the API (the first-run screen is the registry test's subject); the penalty and
    // the ЕПД are the head of the office's work.
    await app.setupAdmin();
    await app.loadDemo({ accounts: 600, seed: 'e2e-penalty', months: 24 });
    await app.signIn(HEAD);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('accrues the last month’s penalty for every УК with a progress bar', async () => {
    await page.goto(`${app.base}#/measures/4`);
    await page.getByRole('heading', { name: '4. Начисление пени' }).waitFor();
    await page.getByTestId('penalty-run-start').click();
    await page.getByTestId('job-summary').waitFor({ timeout: 120_000 });
    const rows = page.getByTestId('penalty-runs').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // A second start of the same month says it will replace the first.
    expect(await page.getByTestId('penalty-run-start').textContent()).toContain('Пересчитать');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'penalty-run.png'), fullPage: true });
  });

  it('exports the ЕПД penalty file with 100 % coverage of debtors', async () => {
    await page.goto(`${app.base}#/measures/3`);
    await page.getByTestId('epd-coverage').waitFor();
    expect(await page.getByTestId('epd-coverage').textContent()).toContain('Охват 100 %');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('epd-export').click()]);
    const file = path.join(dataDir, 'downloaded-epd.csv');
    await download.saveAs(file);
    const text = iconv.decode(fs.readFileSync(file), 'windows-1251');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/Лицевой счёт/i);
    expect(lines.length).toBeGreaterThan(100);
    // Rows of debtors carry the explanation: base, days, rate and fraction — each within the bill's 255 characters.
    expect(text).toMatch(/1\/300|1\/130/);
    const explanations = lines.slice(1).map((l) => l.split(';').slice(3).join(';').replace(/^"|"$/g, ''));
    expect(Math.max(...explanations.map((e) => e.length))).toBeLessThanOrEqual(255);
    await page.getByRole('status').filter({ hasText: 'пояснения не длиннее 255 знаков' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'epd-export.png'), fullPage: true });
  });

  it('shows the limit and the length of each sample explanation as the template is typed', async () => {
    await page.getByText('Шаблон пояснения о расчёте пени').click();
    const preview = page.getByTestId('epd-preview');
    await preview.waitFor();
    const lengths = await page.getByTestId('epd-sample-length').allTextContents();
    expect(lengths.length).toBeGreaterThanOrEqual(4);
    for (const l of lengths) expect(Number(/^(\d+) из 255 знаков/.exec(l)?.[1])).toBeLessThanOrEqual(255);
    await page.locator('.epd-template').screenshot({ path: path.join(SCREENSHOTS, 'epd-template.png') });
    // A fixed text longer than the limit is refused before saving.
    const none = page.locator('textarea[name="none"]');
    await none.fill(`${'Очень длинный текст без скобок. '.repeat(8)}{пени} {итого}`);
    await page.getByTestId('epd-template-problems').waitFor();
    await page.locator('.epd-template-form').screenshot({ path: path.join(SCREENSHOTS, 'epd-template-refused.png') });
    expect(await page.getByTestId('epd-fixed-none').textContent()).toMatch(/до \d{3} из 255 знаков/);
    expect(await page.getByRole('button', { name: 'Сохранить шаблон' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Вернуть шаблон по умолчанию' }).click();
    await page.getByTestId('epd-template-problems').waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });

  it('shows the penalty table on a debtor’s card and makes the «Расчёт пени» PDF', async () => {
    const top = await app.api<{ rows: Array<{ accountId: number }> }>(HEAD, 'registry.query', {
      sort: { field: 'debt', dir: 'desc' },
      limit: 1,
    });
    const accountId = top.rows[0]?.accountId;
    expect(accountId).toBeGreaterThan(0);
    await page.goto(`${app.base}#/accounts/${accountId}`);
    await page.getByTestId('card-penalty-line').first().waitFor();
    expect(await page.getByTestId('card-penalty-total').textContent()).toMatch(/\d/);
    const [popup] = await Promise.all([
      page.context().waitForEvent('page', { timeout: 20_000 }),
      page.getByTestId('penalty-pdf').click(),
    ]);
    expect(popup.url()).toMatch(/^blob:/);
    await page.getByRole('link', { name: /\.pdf/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card-penalty.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('adds a lower key rate and recalculates the affected month', async () => {
    type Runs = { runs: Array<{ period: string; status: string; accruedKopecks: number; tablesVersion: string }> };
    const current = (list: Runs) => list.runs.filter((r) => r.status === 'current');
    const before = current(await app.api<Runs>(HEAD, 'penaltyRun.list', { period: null }));
    const period = before[0]?.period ?? '';
    const accruedBefore = before.reduce((s, r) => s + r.accruedKopecks, 0);
    expect(accruedBefore).toBeGreaterThan(0);

    // The administrator adds the rate; the page lists the runs it makes stale and who recalculates them.
    await app.signIn(ADMIN.login);
    await page.goto(`${app.base}#/settings`);
    await page.locator('input[name="validFrom"]').fill(`01.${period.slice(5, 7)}.${period.slice(0, 4)}`);
    await page.locator('input[name="ratePercent"]').fill('5');
    await page.locator('input[name="note"]').fill('проверочное решение');
    await page.getByRole('button', { name: 'Добавить ставку' }).click();
    await page.getByTestId('stale-runs').waitFor();
    await page.getByTestId('stale-runs-who').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'key-rate-added.png'), fullPage: true });
    // The head of the office recalculates.
    const { jobId } = await app.api<{ jobId: string }>(HEAD, 'penaltyRun.recalculate', { periods: [period] });
    for (;;) {
      const job = await app.api<{ state: string; error: { message: string } | null }>(HEAD, 'jobs.get', { jobId });
      if (job.state === 'failed') throw new Error(job.error?.message);
      if (job.state === 'done') break;
      await new Promise((r) => setTimeout(r, 300));
    }

    const after = current(await app.api<Runs>(HEAD, 'penaltyRun.list', { period: null }));
    const accruedAfter = after.reduce((s, r) => s + r.accruedKopecks, 0);
    // min(9.5 %, key rate) — at 5 % the unpaid rest of the month bears less.
    expect(accruedAfter).toBeLessThan(accruedBefore);
    expect(after.every((r) => r.tablesVersion !== before[0]?.tablesVersion)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('adds a moratorium from the settings, and it is listed with its scope', async () => {
    await page.goto(`${app.base}#/settings`);
    await page.locator('input[name="moratoriumFrom"]').fill('01.03.2027');
    await page.locator('input[name="moratoriumTo"]').fill('31.03.2027');
    await page.locator('select[name="moratoriumScope"]').selectOption('before');
    await page.locator('input[name="moratoriumBefore"]').fill('01.2027');
    await page.locator('input[name="moratoriumSource"]').fill('проверочное постановление');
    await page.getByRole('button', { name: 'Добавить мораторий' }).click();
    await page.getByText('Мораторий добавлен.').waitFor();
    await page
      .getByText(
        'Мораторий 01.03.2027 – 31.03.2027: пени не начисляются на долги за расчётные месяцы по декабрь 2026 включительно',
      )
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'moratorium-added.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
