/**
 * Issue 17's judge, as a new user would try it: an ENGLISH browser at 1366×768 on the demo district, every screen of
 * the working day visited, and the words on them read — no formula-like reasons, no «(ов)», no months as «2021-12»,
 * no browser-locale pickers («mm/dd/yyyy», «Choose File»), no jargon, no field keys in messages, one marker per list
 * item, no Latin letter inside a Russian number. Each screen's primary action is checked by the walk's own test; this
 * one reads the text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, HEAD, openAppInChromium, OPERATOR, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

/** What a clerk must never read on a screen, each with the words for it. */
const FORBIDDEN: ReadonlyArray<{ what: string; re: RegExp }> = [
  { what: 'a plural in brackets («сегмента(ов)»)', re: /[а-яё]\((ов|а|и|ей|ы|ий|я|ь)\)/i },
  { what: 'a comparison sign in words («14 < 60», «≠»)', re: /\d\s*[<>≤≥]\s*\d|≠/ },
  {
    what: 'a month or a date as the computer writes it («2021-12»)',
    re: /(?<![\w-])\d{4}-(0[1-9]|1[0-2])(-\d{2})?(?![\w-])/,
  },
  { what: 'a picker in the browser’s language', re: /mm\/dd\/yyyy|dd\/mm\/yyyy|Choose File|No file chosen|Browse…/ },
  { what: 'jargon from the journal', re: /поставк[аи]/i },
  { what: 'a rule version as a code', re: /Правила версии/ },
  { what: 'a validation message in the programmer’s words', re: /поле «[a-z]|ожидалось, что|string|<=/ },
  { what: 'two markers on one item', re: /•\s*▶/ },
  { what: 'a Latin letter in a Russian number («A57»)', re: /(?<![A-Za-z])[A-Za-z]\d{1,4}(?![\w])/ },
];

/** The visible text of the page with every «Почему так» and other details opened. */
async function screenText(page: Page): Promise<string> {
  // A string, not a function: the tests are typed without the DOM library.
  return page.evaluate(`(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const placeholders = [...document.querySelectorAll('input, textarea')].map((el) => el.placeholder).filter(Boolean);
    return document.body.innerText + '\\n' + placeholders.join('\\n');
  })()`);
}

function offences(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const rule of FORBIDDEN) if (rule.re.test(line)) found.push(`${rule.what}: «${line.trim().slice(0, 160)}»`);
  }
  return found;
}

describe('issue 17: the working day read as a new user would, in an English browser at 1366×768', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  const dir = path.join(SCREENSHOTS, 'issue17');

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-judge17-'));
    app = await openAppInChromium(dataDir, 20_000, { locale: 'en-US', viewport: { width: 1366, height: 768 } });
    page = app.page;
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000 });
    fs.mkdirSync(dir, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows no formula, no bracket plural, no raw month, no English picker on any screen of the day', async () => {
    await page.goto(app.served.url);
    // A debtor with a long history: the card's reasons and «Почему так» are the texts the reviewer quoted.
    const found = await app.api<{ rows: Array<{ accountId: number }> }>(ADMIN.login, 'registry.query', {
      sort: { field: 'debt', dir: 'desc' },
      limit: 1,
    });
    const debtor = found.rows[0]?.accountId;
    expect(debtor).toBeGreaterThan(0);
    const screens = [
      '#/',
      '#/registry',
      `#/accounts/${debtor}`,
      ...Array.from({ length: 13 }, (_, i) => `#/measures/${i + 1}`),
      '#/my-queue',
      '#/reports',
      '#/journal',
      '#/import',
      '#/settings',
      '#/rules',
    ];
    const all: string[] = [];
    const texts = new Map<string, string>();
    const read = async (where: string): Promise<void> => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const name = where.replace(/[#/ ]+/g, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: path.join(dir, `${name}.png`) });
      const text = await screenText(page);
      texts.set(where, text);
      for (const offence of offences(text)) all.push(`${where}: ${offence}`);
    };
    // Each screen read by the first of these who may open it (the head sees most; the clerk, the lawyer and the
    // operator their own measures; the administrator the settings), every tab of it too.
    let unread = [...screens];
    for (const login of [HEAD, 'petrova', 'sokolov', OPERATOR, ADMIN.login]) {
      if (unread.length === 0) break;
      await app.signIn(login);
      const denied: string[] = [];
      for (const hash of unread) {
        await page.goto(`${app.base}${hash}`);
        await page.locator('main h1, h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if ((await page.locator('main h1, h1').first().textContent()) === 'Нет доступа') {
          denied.push(hash);
          continue;
        }
        await read(hash);
        const tabs = page.getByRole('tab');
        const count = await tabs.count();
        for (let i = 1; i < count; i += 1) {
          const label = ((await tabs.nth(i).textContent()) ?? String(i)).trim();
          await tabs.nth(i).click();
          await read(`${hash} ${label}`);
        }
      }
      unread = denied;
    }
    expect(unread).toEqual([]);
    // The reader did read: the card speaks of rules by date and of months in words («Почему так» opened).
    const card = texts.get(`#/accounts/${debtor}`) ?? '';
    expect(card).toContain('Правила от 1 января 2026 г.');
    expect(card).toMatch(/(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) 20\d\d/i);
    expect(card).toContain('по делу № А57-15981/2022'); // Cyrillic «А», as the court writes it
    expect(all).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 600_000);
});
