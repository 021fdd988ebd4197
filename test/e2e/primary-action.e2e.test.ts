/**
 * End to end in Chromium at an office PC's 1366×768: on a demo district of 1 000 accounts every section of the
 * navigation and every tab of a measure's page is opened, and its primary action (the element marked
 * `data-primary-action`: «Начислить пени», «Показать, кому отправить», «Выбрать файлы…», the registry's search…)
 * must be on the screen without scrolling — inside the 1366×768 viewport — and either enabled or saying beside it
 * why not (aria-describedby pointing at a visible text). Each screen is saved to test-results/day-1366/<screen>.png
 * for a person to look at.
 *
 * The expected primary actions are written by hand per screen and tab; `null` marks a tab whose actions are per row
 * of a list (or which only shows), so there is nothing to check above the fold there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, HEAD, openAppInChromium, SCREENSHOTS, type AppInChromium } from '../support/app-in-chromium';

const VIEWPORT = { width: 1366, height: 768 };
const SHOTS = path.join(SCREENSHOTS, 'day-1366');

/** A screen: its address, and the words its primary action shows (text, placeholder or accessible name). */
interface Screen {
  name: string;
  hash: string;
  /** The primary action of a screen without tabs. */
  primary?: string | null;
  /** The tabs in their order, each with its primary action. */
  tabs?: ReadonlyArray<readonly [tab: string, primary: string | null]>;
}

const HEAD_SCREENS: readonly Screen[] = [
  { name: 'home', hash: '#/', primary: null },
  { name: 'registry', hash: '#/registry', primary: 'Поиск: номер лицевого счёта' },
  {
    name: 'reports',
    hash: '#/reports',
    tabs: [
      ['Выполнение плана', 'Показать'],
      ['Эффективность мер', 'Показать'],
      ['Долг по месяцам', 'Шаг'],
    ],
  },
  { name: 'journal', hash: '#/journal', primary: 'Найти' },
  { name: 'import', hash: '#/import', primary: 'Выбрать файлы' },
  { name: 'measure-01-sms', hash: '#/measures/1', primary: 'Сформировать пакет' },
  { name: 'measure-02-calls', hash: '#/measures/2', primary: 'Построить очередь на сегодня' },
  { name: 'measure-03-epd', hash: '#/measures/3', primary: 'Выгрузить пени за' },
  { name: 'measure-04-penalty', hash: '#/measures/4', primary: 'Начислить пени за' },
  { name: 'measure-05-claims', hash: '#/measures/5', primary: 'Показать, кому отправить' },
  { name: 'measure-06-notices', hash: '#/measures/6', primary: 'Проверить объявления' },
  {
    name: 'measure-07-media',
    hash: '#/measures/7',
    tabs: [
      ['Сводка для СМИ', 'Показать'],
      ['Публикации', 'Добавить публикацию'],
      ['Рейды «Чёрная метка»', 'Новый рейд'],
    ],
  },
  {
    name: 'measure-08-restriction',
    hash: '#/measures/8',
    tabs: [
      ['Кандидаты', 'Сформировать предупреждения'],
      ['Предупреждения и сроки', 'Какие дела показать'],
      ['Заявки и акты', 'Добавить исполнителя'],
      ['Восстановление', null],
      ['Соглашения', 'Состояние'],
      ['Нормативы и правила', null],
    ],
  },
  {
    name: 'measure-09-court',
    hash: '#/measures/9',
    tabs: [
      ['Очередь', 'Создать пакет из всей очереди'],
      ['Дела', 'например, 5523 или Иванов'],
      ['Сроки', 'Обновить'],
      ['Госпошлина', null],
      ['Пакеты в суд', null],
      ['Суды', 'Добавить суд'],
    ],
  },
  {
    name: 'measure-10-writs',
    hash: '#/measures/10',
    tabs: [
      ['Исполнительные документы', 'например, 2-1234 или Иванов'],
      ['Сроки', 'Обновить'],
      ['Заявления и реестры', 'Подготовить заявления'],
      ['Производства', '4521/26 или Иванов'],
      ['Ходатайства', '4521/26 или Иванов'],
      ['Сверка', 'Выбрать файл списка'],
      ['Рейды', 'Запланировать рейд'],
      ['Отделы ФССП', 'Добавить отдел'],
    ],
  },
  {
    name: 'measure-12-eviction',
    hash: '#/measures/12',
    tabs: [
      ['Кандидаты и дела', null],
      ['Муниципальный жилой фонд', 'например, Ленина, д. 5'],
    ],
  },
  {
    name: 'measure-13-meetings',
    hash: '#/measures/13',
    tabs: [
      ['Встречи', 'Записать встречу'],
      ['Поручения', null],
      ['Сводка по дому', 'Найти'],
    ],
  },
];

/** The administrator's own screens (the head only reads the rules, and has no organisation form in the settings). */
const ADMIN_SCREENS: readonly Screen[] = [
  { name: 'settings', hash: '#/settings', primary: 'Сохранить' },
  { name: 'rules', hash: '#/rules', primary: 'Сохранить новую версию' },
];

interface Seen {
  count: number;
  name: string;
  box: { x: number; y: number; width: number; height: number } | null;
  disabled: boolean;
  why: string;
}

/** The visible primary actions of the screen: how many, and the first one's words, box, state and reason. */
async function seenPrimary(page: Page): Promise<Seen> {
  // A script (not a function) runs in the page: the node tsconfig has no DOM types.
  return (await page.evaluate(`(() => {
    const visible = [...document.querySelectorAll('[data-primary-action]')].filter((e) => e.getClientRects().length > 0);
    const el = visible[0];
    if (!el) return { count: 0, name: '', box: null, disabled: false, why: '' };
    const field = el.tagName === 'INPUT' || el.tagName === 'SELECT';
    const name = el.getAttribute('aria-label') ?? (field ? el.placeholder || el.closest('label')?.innerText || '' : el.innerText);
    const r = el.getBoundingClientRect();
    const why = (el.getAttribute('aria-describedby') ?? '')
      .split(/\\s+/)
      .map((id) => document.getElementById(id))
      .filter((d) => d !== null && d.getClientRects().length > 0)
      .map((d) => d.innerText.trim())
      .join(' ');
    return {
      count: visible.length,
      name: name.trim(),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      disabled: el.disabled === true,
      why: why || (el.getAttribute('title') ?? ''),
    };
  })()`)) as Seen;
}

describe('the primary action of every screen is on the screen at 1366×768', () => {
  let dataDir: string;
  let app: AppInChromium;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-e2e-primary-'));
    app = await openAppInChromium(dataDir, 15_000, { viewport: VIEWPORT });
    ({ page, pageErrors } = app);
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, seed: 'e2e-primary', months: 24 });
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Waits for the screen's primary action (or, where none is expected, for the heading) and checks it. */
  async function check(shot: string, expected: string | null): Promise<void> {
    const where = `${shot}`;
    if (expected === null) {
      await page.locator('main h1').waitFor();
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`) });
      return;
    }
    await page.locator('[data-primary-action]').first().waitFor({ state: 'visible' });
    const seen = await seenPrimary(page);
    await page.screenshot({ path: path.join(SHOTS, `${shot}.png`) });
    expect(seen.count, `${where}: one primary action`).toBe(1);
    expect(seen.name, where).toContain(expected);
    const box = seen.box!;
    expect(box.y, `${where}: top on the screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${where}: bottom above the fold`).toBeLessThanOrEqual(VIEWPORT.height);
    expect(box.x, `${where}: left on the screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${where}: right on the screen`).toBeLessThanOrEqual(VIEWPORT.width);
    if (seen.disabled) expect(seen.why, `${where}: a disabled action says why`).not.toBe('');
  }

  async function visit(screen: Screen): Promise<void> {
    await page.goto(`${app.base}${screen.hash}`);
    await page.locator('main h1').waitFor();
    if (!screen.tabs) return check(screen.name, screen.primary ?? null);
    // The tabs are walked as a clerk walks them: Home to the first, then → from tab to tab.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('Home');
    for (const [i, [tab, primary]] of screen.tabs.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(tab);
      await check(`${screen.name}-${i + 1}`, primary);
    }
  }

  it('the head of the office: every section and every tab of the measures', async () => {
    await app.signIn(HEAD);
    for (const screen of HEAD_SCREENS) await visit(screen);
    // Measure 11 is the same page as 10, opened on the proceedings.
    await page.goto(`${app.base}#/measures/11`);
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Производства');
    await check('measure-11-fssp', '4521/26 или Иванов');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('the administrator: the settings and the rules (a long table, the save bar sticks to the bottom)', async () => {
    await app.signIn(ADMIN.login);
    for (const screen of ADMIN_SCREENS) await visit(screen);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
