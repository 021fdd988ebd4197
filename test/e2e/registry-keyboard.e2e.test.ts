/**
 * End to end in Chromium at 1366×768, by keyboard only, as a clerk on a 1 000-account demo district: Alt+2 opens the
 * registry, «/» goes to the search box, a surname is typed, ↓ ↓ selects the second match, Enter opens its card, Esc
 * comes back to the same search with the same row selected and the keyboard in the table; ↑ from the first row
 * returns to the search box. Every address on screen is whole (nothing clipped), the longest of the district too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

interface Row {
  number: string;
  address: string;
  mainPerson: string | null;
}

/** Addresses in the table whose text does not fit its box (clipped or cut by the two-line limit). */
async function clippedAddresses(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="registry-address"]', (els) =>
    els
      .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent ?? ''),
  );
}

async function focusedTestId(page: Page): Promise<string | null> {
  // A string: this file is type-checked without the DOM library.
  return page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");
}

describe('the registry by keyboard at 1366×768', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-registry-keys-'));
    app = await openAppInChromium(dataDir, 15_000, { viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    page = app.page;
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000 });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('search → ↓ ↓ → Enter → card → Esc → the same search and row', async () => {
    // A surname that two or more payers share, so ↓ ↓ lands on the second of them.
    const listed = await app.api<{ rows: Row[] }>(ADMIN.login, 'registry.query', { limit: 300 });
    let surname = '';
    for (const row of listed.rows) {
      const word = row.mainPerson?.split(' ')[0] ?? '';
      if (word.length < 4) continue;
      const found = await app.api<{ total: number }>(ADMIN.login, 'registry.query', { search: word, limit: 1 });
      if (found.total >= 2 && found.total < 50) {
        surname = word;
        break;
      }
    }
    expect(surname).not.toBe('');
    const expected = await app.api<{ total: number; rows: Row[] }>(ADMIN.login, 'registry.query', {
      search: surname,
      limit: 5,
    });

    await page.goto(app.served.url);
    await app.signIn(ADMIN.login);
    await page.keyboard.press('Alt+2');
    await page.getByTestId('registry-row').first().waitFor();
    await page.keyboard.press('/');
    expect(await focusedTestId(page)).toBe('registry-search');
    await page.keyboard.type(surname);
    await expect
      .poll(async () => Number(await page.getByTestId('registry-total').getAttribute('data-total')))
      .toBe(expected.total);

    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId(page)).toBe('registry-grid');
    await page.keyboard.press('ArrowDown');
    const grid = page.getByTestId('registry-grid');
    expect(await grid.getAttribute('aria-activedescendant')).toBe('registry-row-1');
    const second = expected.rows[1] as Row;
    expect(await page.locator('#registry-row-1').getAttribute('data-account-number')).toBe(second.number);
    expect(await page.locator('#registry-row-1').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('registry-selected').textContent()).toContain(second.address);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'registry-keyboard-1366.png') });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('card-number').textContent()).toBe(second.number);

    await page.keyboard.press('Escape');
    await page.getByTestId('registry-row').first().waitFor();
    expect(await page.getByTestId('registry-search').inputValue()).toBe(surname);
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe('registry-row-1');
    await expect.poll(() => focusedTestId(page)).toBe('registry-grid');

    // ↑ twice: the first row, then back to the search box.
    await page.keyboard.press('ArrowUp');
    expect(await grid.getAttribute('aria-activedescendant')).toBe('registry-row-0');
    await page.keyboard.press('ArrowUp');
    expect(await focusedTestId(page)).toBe('registry-search');
  });

  it('shows every address whole, the longest of the district too', async () => {
    // Esc in the search box clears it: the whole list again.
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => Number(await page.getByTestId('registry-total').getAttribute('data-total')))
      .toBe(1000);
    expect(await page.getByTestId('registry-address').count()).toBeGreaterThan(5);
    expect(await clippedAddresses(page)).toEqual([]);

    const all = await app.api<{ rows: Row[] }>(ADMIN.login, 'registry.query', { limit: 1000 });
    const longest = all.rows.reduce((a, b) => (b.address.length > a.address.length ? b : a));
    expect(longest.address.length).toBeGreaterThan(50);
    // The keyboard is still in the (emptied) search box.
    expect(await focusedTestId(page)).toBe('registry-search');
    await page.keyboard.type(longest.number);
    await expect.poll(async () => Number(await page.getByTestId('registry-total').getAttribute('data-total'))).toBe(1);
    const cell = page.getByTestId('registry-address').first();
    expect((await cell.textContent())?.replace(/\u00a0/g, ' ')).toBe(longest.address);
    expect(await clippedAddresses(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'registry-longest-address-1366.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
