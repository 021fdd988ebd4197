/**
 * End to end in Chromium: on a demo district, the head builds today's call queue; an operator opens «my queue»,
 * works through calls from the keyboard (no answer; a promise with date and sum; reached), a second call to the
 * same debtor the same day is refused by the ФЗ-230 limit, and the cockpit's counters for measure 2 move. The
 * account card then explains why a call is not the next step (a promise is pending).
 *
 * The server runs at 11:00 Moscow time of today (ZHKU_CLOCK_START), so the contact hours never depend on when
 * the test runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, OPERATOR, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

// Today (Moscow) at 11:00 Moscow time: inside the contact hours of any kind of day (08–22 working, 09–20 off),
// and the same calendar day the demo district's payments are generated up to.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
const CLOCK_START = `${TODAY}T08:00:00Z`;
const PROMISE = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
const PROMISE_RU = PROMISE.split('-').reverse().join('.');
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('operator works the call queue in Chromium', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-calls-'));
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      app = await openAppInChromium(dataDir, 15_000);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    ({ page, pageErrors } = app);
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 24 });
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds the day queue in bracket order, split among the operators', async () => {
    // The head of the office builds the queue; the operators work it.
    await app.signIn(HEAD);
    await page.goto(`${app.base}#/measures/2`);
    await page.getByTestId('calls-build').click();
    await expect
      .poll(async () => Number((await page.getByTestId('calls-total').textContent())?.replace(/\D/g, '') ?? 0))
      .toBeGreaterThan(50);
    const rows = await page.getByTestId('calls-operators').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-queue.png'), fullPage: true });
  });

  it('records calls from the keyboard, refuses a second call the same day, and the cockpit counts them', async () => {
    await app.signIn(OPERATOR);
    expect(await page.getByTestId('session-user').textContent()).toBe('Иванова Мария Петровна — оператор');
    await page.getByTestId('cockpit').waitFor();
    expect(await page.getByTestId('cockpit-today-2').textContent()).toBe('0');

    await page.goto(`${app.base}#/my-queue`);
    await page.getByTestId('my-queue-item').first().waitFor();
    await page.getByTestId('call-card').waitFor();
    const first = await page.getByTestId('call-card-number').textContent();
    // The queue starts with the largest debts.
    expect(await page.getByTestId('my-queue-item').first().textContent()).toContain('больше 100 тыс.');

    // 1) No answer: digit 2, Enter.
    await page.locator('h1').click();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('call-message').textContent()).toContain(`л/с ${first}`);
    await expect.poll(() => page.getByTestId('call-card-number').textContent()).not.toBe(first);
    const second = await page.getByTestId('call-card-number').textContent();

    // 2) A promise: digit 8, the date and the sum typed, Enter. A day the calendar does not have is refused; the
    // sum in rubles with kopecks is kept to the kopeck (it used to read «15 001 ₽»).
    await page.keyboard.press('8');
    await page.getByTestId('promise-date').waitFor();
    await page.keyboard.type('31.02.2027');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15 000,50');
    expect(plain(await page.getByTestId('promise-sum-echo').textContent())).toBe('= 15 000,50 ₽');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('call-error').textContent())
      .toBe('Дата обещания: такой даты нет в календаре — 31.02.2027.');
    await page.getByTestId('promise-date').fill(PROMISE_RU);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'promise-form.png'), fullPage: true });
    await page.getByTestId('promise-sum').press('Enter');
    await expect
      .poll(async () => plain(await page.getByTestId('call-message').textContent()))
      .toContain(`обещал оплатить 15 000,50 ₽ до ${PROMISE_RU}`);
    await expect.poll(() => page.getByTestId('call-card-number').textContent()).not.toBe(second);

    // 3) Reached.
    const third = await page.getByTestId('call-card-number').textContent();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('call-message').textContent()).toContain(`л/с ${third}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-queue.png'), fullPage: true });

    // A second call to the first debtor today is refused (≤ 1 call a day) and nothing is recorded.
    await page.getByTestId('my-queue-item').first().click();
    await expect.poll(() => page.getByTestId('call-card-number').textContent()).toBe(first);
    expect(await page.getByTestId('call-allowed').textContent()).toContain('предел 1 в день');
    await page.locator('h1').click();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('call-error').textContent()).toContain('предел 1 в день');
    expect(await page.getByTestId('my-queue-progress').textContent()).toContain('сделано 3');

    await page.goto(`${app.base}#/`);
    await expect.poll(() => page.getByTestId('cockpit-today-2').textContent()).toBe('3');
    expect(await page.getByTestId('cockpit-progress-2').textContent()).toContain('3 из 400 в день');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cockpit.png'), fullPage: true });

    // The promised account's card: the call is not the next step while the promise is pending.
    // The card is the registry's: the head looks at it.
    await app.signIn(HEAD);
    const found = await app.api<{ rows: Array<{ accountId: number }> }>(HEAD, 'registry.query', {
      search: second,
      limit: 1,
    });
    await page.goto(`${app.base}#/accounts/${found.rows[0]?.accountId}`);
    await page.getByTestId('next-step').waitFor();
    expect(await page.getByTestId('next-step-verdicts').textContent()).toContain(
      'позвонить должнику: нет — ждём оплату по обещанию',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account-next-step.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('the SMS screen previews the message of today’s first recipient, with that account’s own debt', async () => {
    const worklist = await app.api<{ date: string; sample: Array<{ number: string; debtKopecks: number }> }>(
      HEAD,
      'sms.worklist',
      {},
    );
    const first = worklist.sample[0];
    if (!first) throw new Error('nobody to message in the demo district');
    // Rubles as an SMS writes them, spelt out here: 72574910 kopecks → «725 749,10», 3000000 → «30 000».
    const whole = String(Math.floor(first.debtKopecks / 100)).replace(/\B(?=(\d{3})+$)/g, ' ');
    const cents = first.debtKopecks % 100;
    const rubles = cents === 0 ? whole : `${whole},${String(cents).padStart(2, '0')}`;
    await page.goto(`${app.base}#/measures/1`);
    await page.getByTestId('sms-preview-account').waitFor();
    await page.getByTestId('sms-template').fill('Долг по л/с {счёт}: {сумма} руб.');
    expect(await page.getByTestId('sms-preview').textContent()).toBe(`Долг по л/с ${first.number}: ${rubles} руб.`);
    await page
      .getByTestId('sms-template')
      .fill('Долг за ЖКУ по л/с {счёт} на {дата}: {сумма} руб. Оплатите {оплата}. Неоплата — пени и суд.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sms-preview.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
