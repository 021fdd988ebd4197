/**
 * End to end in Chromium at 1366×768 (a typical office PC), keyboard only: the operator opens «Моя очередь звонков»
 * with Alt+7, starts with Tab and Enter on «Начать обзвон», and records ten calls by their digit keys and Enter —
 * one of them a promise with its date and sum typed — each time the next call opening with the focus on its card.
 * Every outcome button and «Записать» lie inside the 768-pixel window without scrolling, before the first call and
 * after the tenth (the line of the last record must not push them down).
 *
 * The server runs at 11:00 Moscow time of today (ZHKU_CLOCK_START), inside the contact hours of any day.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD, OPERATOR, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
const CLOCK_START = `${TODAY}T08:00:00Z`;
const PROMISE = new Date(Date.parse(`${TODAY}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
const PROMISE_RU = PROMISE.split('-').reverse().join('.');
const VIEWPORT = { width: 1366, height: 768 };
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The boxes of the nine outcome buttons and «Записать», as the page lies now (no scrolling done). */
async function actionBoxes(page: Page): Promise<Array<{ name: string; top: number; bottom: number; right: number }>> {
  const buttons = [...(await page.locator('[data-testid^="outcome-"]').all()), page.getByTestId('call-save')];
  const boxes = [];
  for (const b of buttons) {
    const box = await b.boundingBox();
    if (!box) throw new Error('a button of the call form is not on the page');
    boxes.push({
      name: (await b.textContent()) ?? '',
      top: box.y,
      bottom: box.y + box.height,
      right: box.x + box.width,
    });
  }
  return boxes;
}

async function expectAllInView(page: Page): Promise<void> {
  const boxes = await actionBoxes(page);
  expect(boxes).toHaveLength(10);
  // Nothing scrolled: the page's heading is where it always is, under the top bar.
  const heading = await page.locator('main h1').boundingBox();
  expect(heading?.y ?? -1).toBeGreaterThan(40);
  expect(heading?.y ?? 999).toBeLessThan(120);
  for (const b of boxes) {
    expect(b.top, b.name).toBeGreaterThanOrEqual(0);
    expect(b.bottom, b.name).toBeLessThanOrEqual(VIEWPORT.height);
    expect(b.right, b.name).toBeLessThanOrEqual(VIEWPORT.width);
  }
}

/** The account number of the card that holds the focus (its heading), or null. */
async function focusedCard(page: Page): Promise<string | null> {
  const number = page.locator('[data-testid="call-card"] h2:focus [data-testid="call-card-number"]');
  return (await number.count()) === 1 ? number.textContent() : null;
}

/** The test id of the element with the focus. */
const focusedTestId = (page: Page): Promise<string | null> => page.locator(':focus').getAttribute('data-testid');

describe('the call queue by keyboard at 1366×768', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-calls-keys-'));
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      app = await openAppInChromium(dataDir, 15_000, { viewport: VIEWPORT });
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }
    ({ page, pageErrors } = app);
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 12 });
    // The head of the office builds today's queue; the operator works it.
    await app.api(HEAD, 'calls.buildQueue', {});
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('ten calls from «Начать обзвон» without the mouse, the buttons always in view', async () => {
    await app.signIn(OPERATOR);
    await page.keyboard.press('Alt+7');
    await page.getByTestId('call-card').waitFor();
    await expectAllInView(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-keyboard-1366.png') });

    // From the page's heading, Tab reaches «Начать обзвон»; Enter puts the focus on the first call's card.
    expect(await page.locator('main h1:focus').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Начать обзвон');
    await page.keyboard.press('Enter');
    const first = await page.getByTestId('call-card-number').textContent();
    await expect.poll(() => focusedCard(page)).toBe(first);

    const seen = new Set<string>();
    let current = first;
    for (let call = 1; call <= 10; call += 1) {
      if (!current) throw new Error('no call card is open');
      seen.add(current);
      if (call === 5) {
        // A promise: 8, the date, Tab, the sum, Enter.
        await page.keyboard.press('8');
        await expect.poll(() => focusedTestId(page)).toBe('promise-date');
        await page.keyboard.type(PROMISE_RU);
        await page.keyboard.press('Tab');
        await page.keyboard.type('2 500');
        await expectAllInView(page);
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(call % 2 === 0 ? '1' : '2');
        await expect.poll(() => focusedTestId(page)).toBe('call-save');
        await page.keyboard.press('Enter');
      }
      await expect
        .poll(async () => plain(await page.getByTestId('call-message').textContent()))
        .toContain(`л/с ${current}`);
      // The next call opens by itself, the focus on its card: the next digit goes on from there.
      const previous = current;
      await expect
        .poll(async () => {
          const n = await focusedCard(page);
          return n !== null && n !== previous;
        })
        .toBe(true);
      const next = await focusedCard(page);
      expect(seen.has(next ?? '')).toBe(false);
      current = next;
    }
    expect(plain(await page.getByTestId('my-queue-progress').textContent())).toMatch(/сделано 10 из \d+/);
    expect(await page.locator('[data-testid="my-queue-item"][data-status="done"]').count()).toBe(10);
    await expectAllInView(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-keyboard-1366-after-ten.png') });
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
