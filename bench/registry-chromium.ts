/**
 * @file Benchmark: the registry screen at 150,000 accounts in a real Chromium, as a clerk uses it — open it,
 * search by surname, sort by address, jump to the end of the list. Each figure is from the action until the
 * table shows the answer (the search figure includes the 250 ms typing pause before the query is sent).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openAppInChromium, HEAD } from '../test/support/app-in-chromium';
import { openDatabase } from '../electron/core/db/connection';
import { addDemoStaff } from '../electron/core/users/users-repo';
import { ensureRegistryDistrict } from './registry-bench';
import { seconds, type BenchLine } from './bench-format';
import Database from 'better-sqlite3';

/** `document` inside functions that run in the page (this file is type-checked without the DOM library). */
type PageDocument = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

async function timed(action: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await action();
  return performance.now() - t;
}

async function totalShown(page: Page): Promise<number> {
  const value = await page.getByTestId('registry-total').getAttribute('data-total');
  return value === null ? -1 : Number(value);
}

export async function registryChromiumBench(workDir: string): Promise<BenchLine[]> {
  const { dataDir } = await ensureRegistryDistrict(workDir);
  const db = new Database(path.join(dataDir, 'zhku.sqlite'), { readonly: true });
  const person = (
    db
      .prepare('SELECT main_person AS p FROM account_summaries WHERE main_person IS NOT NULL LIMIT 1 OFFSET 4321')
      .get() as { p: string }
  ).p;
  const surname = person.split(' ')[0] ?? '';
  db.close();
  // Since sign-in (issue 11) the registry needs a user who may see it: the demo staff's head of the office (and the
  // office an administrator, or the page asks to create one).
  const staff = openDatabase(path.join(dataDir, 'zhku.sqlite'));
  await addDemoStaff(staff.db, { userId: null, name: 'bench' }, Date.now());
  staff.close();

  const app = await openAppInChromium(dataDir, 30_000);
  const lines: BenchLine[] = [];
  try {
    const page = app.page;
    // An office with no administrator shows the setup form, not the sign-in: the cached district gets one once.
    await app.setupAdmin().catch(() => undefined);
    await app.signIn(HEAD);
    lines.push({
      name: 'open the registry (first rows of 150 000 shown)',
      value: seconds(
        await timed(async () => {
          await page.getByRole('link', { name: /Реестр должников/ }).click();
          await page.getByTestId('registry-row').first().waitFor();
        }),
      ),
    });
    const all = await totalShown(page);
    lines.push({
      name: `search «${surname}» (incl. 250 ms typing pause)`,
      value: seconds(
        await timed(async () => {
          await page.getByTestId('registry-search').fill(surname);
          await page.waitForFunction(
            (before) => {
              const el = (globalThis as unknown as { document: PageDocument }).document.querySelector(
                '[data-testid="registry-total"]',
              );
              const t = el?.getAttribute('data-total');
              return t !== null && t !== undefined && Number(t) !== before;
            },
            all,
            { timeout: 30_000 },
          );
        }),
      ),
    });
    await page.getByTestId('registry-search').fill('');
    await page.waitForFunction(
      (n) =>
        (globalThis as unknown as { document: PageDocument }).document
          .querySelector('[data-testid="registry-total"]')
          ?.getAttribute('data-total') === String(n),
      all,
    );
    lines.push({
      name: 'sort by address (click on the column header)',
      value: seconds(
        await timed(async () => {
          const firstBefore = await page.getByTestId('registry-row').first().getAttribute('data-account-number');
          await page.getByRole('button', { name: /Адрес/ }).first().click();
          await page.waitForFunction(
            (before) =>
              (globalThis as unknown as { document: PageDocument }).document
                .querySelector('[data-testid="registry-row"]')
                ?.getAttribute('data-account-number') !== before,
            firstBefore,
          );
        }),
      ),
    });
    lines.push({
      name: 'jump to the end of the list (End key: rows 149 9xx shown)',
      value: seconds(
        await timed(async () => {
          await page.locator('.registry-scroll').focus();
          await page.keyboard.press('End');
          await page.locator(`[aria-rowindex="${all + 1}"][data-testid="registry-row"]`).waitFor({ timeout: 30_000 });
        }),
      ),
    });
    await page.screenshot({ path: path.join(workDir, 'registry-150k.png') });
    lines.push({ name: 'screenshot', value: path.join(workDir, 'registry-150k.png') });
  } finally {
    await app.close();
  }
  return lines;
}
