/**
 * End to end in Chromium: long jobs survive a reload of the page, and the cockpit counts measures 1–6.
 *
 * 1. On an empty database the clerk starts the demo district from the first-run screen, reloads the page while it
 *    loads: the screen shows the load again (never «База пуста»), the progress bar goes on from where it was, and
 *    the load finishes with its summary.
 * 2. On that district a claim batch is started and the page reloaded mid-way: the batch's progress and its
 *    «Отменить» are back; when it ends the batch row says «готов» with its counts, and another reload shows the
 *    same — never «формируется 0 из N».
 * 3. One action of each of measures 1–6 through the API, then the cockpit in a 1366×768 window: every count is
 *    there in its unit (screenshot test-results/cockpit-measures.png).
 *
 * The server's clock starts at 11:00 Moscow time today (ZHKU_CLOCK_START), inside the contact hours of any day.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedApp } from '../support/spawn-serve';
import { ADMIN, HEAD, OPERATOR, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';
import type { JobStatus } from '../../shared/jobs/job-types';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
const CLOCK_START = `${TODAY}T08:00:00Z`;
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('jobs survive a reload; the cockpit counts measures 1–6 (Chromium)', () => {
  let dataDir: string;
  let served: ServedApp;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];
  const home = () => served.url.split('#')[0] ?? served.url;
  const progressValue = () =>
    page.getByTestId('job-progress').evaluate((el) => (el as unknown as { value: number }).value);
  const waitJob = async (jobId: string): Promise<JobStatus> => {
    for (;;) {
      const job = await app.api<JobStatus>(HEAD, 'jobs.get', { jobId });
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 300));
    }
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-jobs-'));
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      app = await openAppInChromium(dataDir, 20_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    ({ served, page, pageErrors } = app);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.setupAdmin();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the demo load goes on after a reload: its progress is shown again and continues to the end', async () => {
    // The demo district is the administrator's to load (an empty database only).
    await app.signIn(ADMIN.login);
    await page.goto(home());
    await page.getByTestId('first-run-offer').waitFor();
    expect(await page.getByTestId('first-run-offer').locator('h2').textContent()).toBe('База пуста');
    // Each size says how long it loads.
    expect(plain(await page.getByTestId('demo-size').locator('option[value="10000"]').textContent())).toMatch(
      /загрузка ≈ \d+ мин$/,
    );
    await page.getByTestId('demo-size').selectOption('1000');
    await page.getByTestId('demo-load').click();
    await expect.poll(progressValue, { timeout: 120_000 }).toBeGreaterThan(0.02);
    const before = await progressValue();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'demo-before-reload.png') });

    await page.reload();
    await page.getByTestId('first-run-offer').waitFor();
    // The first heading the reloaded page shows is the load, not an empty database.
    expect(await page.getByTestId('first-run-offer').locator('h2').textContent()).toBe(
      'Загружается демонстрационный район',
    );
    expect(await page.getByTestId('demo-load').count()).toBe(0);
    expect(plain(await page.getByTestId('first-run-offer').textContent())).toContain('Загрузка уже идёт');
    await expect.poll(progressValue).toBeGreaterThanOrEqual(before);
    const afterReload = await progressValue();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'demo-after-reload.png') });
    await expect.poll(progressValue, { timeout: 240_000 }).toBeGreaterThan(afterReload);

    await page.getByTestId('job-summary').waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('first-run-offer').locator('h2').textContent()).toBe(
      'Демонстрационный район загружен',
    );
    expect(plain(await page.getByTestId('job-summary').textContent())).toContain('Демонстрационный район загружен');
    await expect.poll(async () => plain(await page.getByTestId('accounts-count').textContent())).toBe('1 000');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'demo-loaded-after-reload.png') });
    expect(pageErrors).toEqual([]);
  }, 420_000);

  it('a claim batch is followed again after a reload, and once ended shows its real status after another reload', async () => {
    await app.signIn(HEAD);
    await page.goto(`${home()}#/measures/5`);
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    await page.locator('select[name="bracket"]').selectOption('from_10k');
    // Three chunks of 6 accounts (each letter carries the statement and the penalty calculation: some 2 s per account
    // of five years' history).
    await page.locator('input[name="limit"]').fill('13');
    await page.getByTestId('claims-preview').click();
    // «Сформировать пакет: 13 л/с, 19 писем» (or fewer, if the bracket has fewer).
    const accounts = Number(
      /(\d[\d ]*) л\/с/.exec(plain(await page.getByTestId('claims-start').textContent()))?.[1]?.replace(/ /g, ''),
    );
    expect(accounts).toBeGreaterThan(12);
    const counts = `${accounts} из ${accounts}`;
    await page.getByTestId('claims-start').click();
    await page.getByTestId('claims-cancel').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    // The running batch is back: its progress and its «Отменить».
    await page.getByTestId('job-progress').waitFor();
    await page.getByTestId('claims-cancel').waitFor();
    const batchId = Number((await page.getByTestId('claims-cancel').textContent())?.replace(/\D/g, ''));
    expect(batchId).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'claims-after-reload-running.png') });

    await page.getByTestId('job-summary').waitFor({ timeout: 300_000 });
    const row = page.getByTestId('claim-batches').locator('tbody tr').first();
    await expect.poll(async () => plain(await row.textContent())).toContain('готов');
    const ended = plain(await row.textContent());
    expect(ended).toContain(counts);
    expect(ended).not.toContain('формируется');

    await page.reload();
    await page.getByRole('heading', { name: '5. Претензии' }).waitFor();
    await page.getByTestId('claim-batches').waitFor();
    const again = plain(await page.getByTestId('claim-batches').locator('tbody tr').first().textContent());
    expect(again).toContain('готов');
    expect(again).toContain(counts);
    expect(again).not.toContain('формируется');
    // The finished job's outcome is shown too (the core lists it for a few minutes), without «Отменить».
    expect(plain(await page.getByTestId('job-summary').textContent())).toContain(
      `Подготовлены претензии по ${accounts} л/с`,
    );
    expect(await page.getByTestId('claims-cancel').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'claims-after-reload-done.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 420_000);

  it('after one action of each of measures 1–6 the cockpit counts each in its unit', async () => {
    // 4: the month's penalty run for every УК (the month just ended).
    const period = (() => {
      const [y, m] = TODAY.split('-').map(Number) as [number, number];
      return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    })();
    const run = await app.api<{ jobId: string }>(HEAD, 'penaltyRun.start', { period, companyId: null });
    expect((await waitJob(run.jobId)).state).toBe('done');
    const runs = await app.api<{ companies: Array<{ penaltyCharged: boolean }> }>(HEAD, 'penaltyRun.list', { period });
    const charging = runs.companies.filter((c) => c.penaltyCharged).length;
    // 3: the ЕПД export of that month.
    const epd = await app.api<{ coverage: { coveragePercent: number } }>(HEAD, 'epd.export', { period, format: 'csv' });
    // 1: an SMS batch of five.
    const sms = await app.api<{ id: number; recipients: number }>(HEAD, 'sms.createBatch', {
      template: 'Долг по л/с {счёт} на {дата}: {сумма}. {оплата}',
      limit: 5,
    });
    const exported = await app.api<{ base64: string }>(HEAD, 'sms.exportBatch', { batchId: sms.id });
    // Measure 1 counts delivered messages: the gateway's report (phone;status) comes back through the SMS page.
    const phones = Buffer.from(exported.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(';')[0]);
    expect(phones).toHaveLength(sms.recipients);
    const report = path.join(dataDir, 'отчёт-о-доставке.csv');
    fs.writeFileSync(report, `phone;status\n${phones.map((phone) => `${phone};DELIVRD`).join('\n')}\n`);
    await page.goto(`${home()}#/measures/1`);
    await page.getByRole('heading', { name: '1. SMS-информирование должников' }).waitFor();
    await page.locator('tbody tr').first().locator('input[type="file"]').setInputFiles(report);
    await page.getByText(`Отчёт: доставлено ${sms.recipients}, не доставлено 0`).waitFor();
    // 2: one call from an operator's queue.
    await app.api(HEAD, 'calls.buildQueue', {});
    const queue = await app.api<{ items: Array<{ accountId: number }> }>(OPERATOR, 'calls.myQueue', {});
    await app.api(OPERATOR, 'calls.record', { accountId: queue.items[0]?.accountId, outcome: 'no_answer' });
    // 6: notices of one house, posted in each of its entrances.
    const { buildings } = await app.api<{ buildings: Array<{ id: number; listedFlats: number }> }>(
      HEAD,
      'notices.buildings',
      {},
    );
    const building = buildings.find((b) => b.listedFlats > 0) as { id: number };
    const notices = await app.api<{ documents: Array<{ documentId: number; entrances: number[] }> }>(
      HEAD,
      'notices.generate',
      {
        buildingIds: [building.id],
      },
    );
    const doc = notices.documents[0] as { documentId: number; entrances: number[] };
    for (const entrance of doc.entrances) {
      await app.api(HEAD, 'notices.recordPosting', {
        documentId: doc.documentId,
        entrance,
        postedDate: TODAY,
        place: 'стенд у входа',
      });
    }
    // 5: the letters of the previous test's batch.
    const letters = await app.api<Array<{ id: number }>>(HEAD, 'mailing.letters', {
      batchId: (await app.api<Array<{ id: number }>>(HEAD, 'documents.batches', { kind: 'claims' }))[0]?.id,
    });

    await page.goto(home());
    await page.getByTestId('cockpit').waitFor();
    const cell = async (what: string, n: number) => plain(await page.getByTestId(`cockpit-${what}-${n}`).textContent());
    await expect.poll(() => cell('today', 1)).toBe(String(sms.recipients));
    expect(await cell('today', 2)).toBe('1');
    expect(await cell('month', 3)).toBe(`${String(epd.coverage.coveragePercent).replace('.', ',')} %`);
    expect(await cell('today', 3)).toBe('—');
    expect(await cell('month', 4)).toBe(`${charging} из ${charging} УК`);
    expect(await cell('month', 5)).toMatch(
      new RegExp(`^${letters.length.toLocaleString('ru-RU').replace(/\s/g, ' ')} пис`),
    );
    const entrances = doc.entrances.length;
    expect(await cell('month', 6)).toMatch(new RegExp(`^${entrances} подъезд`));
    for (const n of [1, 2, 3, 4, 5, 6]) expect(await cell('month', n)).not.toBe('0');

    await page.getByTestId('cockpit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cockpit-measures.png') });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cockpit-measures-full.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('a penalty recalculation after a new rate goes on after a reload, and the run page shows it too', async () => {
    const runs = await app.api<{ runs: Array<{ period: string; status: string }> }>(HEAD, 'penaltyRun.list', {
      period: null,
    });
    const period = runs.runs.find((r) => r.status === 'current')?.period ?? '';
    // The administrator adds the rate (the legal tables are his); the recalculation is the ЕПД work's, not his.
    await app.signIn(ADMIN.login);
    await page.goto(`${home()}#/settings`);
    await page.locator('input[name="validFrom"]').fill(`01.${period.slice(5, 7)}.${period.slice(0, 4)}`);
    await page.locator('input[name="ratePercent"]').fill('6');
    await page.locator('input[name="note"]').fill('проверочное решение');
    await page.getByRole('button', { name: 'Добавить ставку' }).click();
    await page.getByTestId('stale-runs-who').waitFor();
    expect(await page.getByTestId('stale-runs-recalculate').count()).toBe(0);

    // The head of the office starts it; her settings page follows it across a reload.
    await app.signIn(HEAD);
    await app.api(HEAD, 'penaltyRun.recalculate', { periods: [period] });
    await page.goto(`${home()}#/settings`);
    const panel = page.getByTestId('recalculation-in-progress');
    await panel.waitFor();
    expect(plain(await panel.textContent())).toContain('Пересчёт пени за');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'recalculation-after-reload.png') });
    await panel.getByTestId('job-summary').waitFor({ timeout: 180_000 });

    // The run page finds the same (just ended) job: its outcome, not an empty page.
    await page.goto(`${home()}#/measures/4`);
    await page.getByRole('heading', { name: '4. Начисление пени' }).waitFor();
    expect(plain(await page.getByTestId('job-summary').textContent())).toMatch(/\S/);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
