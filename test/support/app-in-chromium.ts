/**
 * @file The fixture of the end-to-end tests: the real browser host started as documented on a data folder, and
 * a Chromium page (1366×820, Russian locale) that records page errors. Screenshots go to test-results/.
 *
 * Since issue 11 every call needs a signed-in user: `setupAdmin()` creates the first administrator of a fresh data
 * folder (what «Создание администратора» does) and `loadDemo()` loads the demo district as him, which adds the
 * demo staff with the password DEMO_PASSWORD (ivanova, smirnov, kuznetsova — operators; petrova — claims clerk;
 * sokolov — lawyer; morozova — head). `api(login, …)` calls over HTTP in that user's own session (a cookie of the
 * browser host); `signIn(login)` signs the page in through the «Вход» form.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../electron/core/default-paths';
import { launchChromium } from './chromium';
import { spawnServe, type ServedApp } from './spawn-serve';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results');

/** The administrator the fixture creates on a fresh data folder. */
export const ADMIN = { login: 'admin', password: 'admin-2026-e2e', fullName: 'Орлова Елена Сергеевна' } as const;
/** The demo staff's password (set by demo.load). */
export const DEMO_PASSWORD = 'demo2026';
/** The head of the office among the demo staff: every kind of work, reports, approvals. */
export const HEAD = 'morozova';
/** An operator among the demo staff. */
export const OPERATOR = 'ivanova';

export interface AppInChromium {
  served: ServedApp;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  /** The page address without the hash (with the run's token), for `${base}#/…`. */
  base: string;
  /** Creates the first administrator over HTTP (a fresh data folder only). */
  setupAdmin(): Promise<void>;
  /** Loads the demo district as the administrator and waits for it (adds the demo staff). */
  loadDemo(input: Record<string, unknown>): Promise<void>;
  /** Calls the API over HTTP as `login` (signed in once, then the same session). */
  api<T>(login: string, method: string, input: unknown): Promise<T>;
  /** Signs the page in as `login` through the «Вход» form (signing out whoever was in) and waits for the app. */
  signIn(login: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

/** The office screen by default; a test may ask for 1366×768, 1920×1080 or an English browser. */
export interface ChromiumPageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

export async function openAppInChromium(
  dataDir: string,
  defaultTimeoutMs = 10_000,
  options: ChromiumPageOptions = {},
): Promise<AppInChromium> {
  const served = await spawnServe(dataDir);
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1366, height: 820 },
    locale: options.locale ?? 'ru-RU',
  });
  page.setDefaultTimeout(defaultTimeoutMs);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const cookies = new Map<string, string>();
  const base = served.url.split('#')[0] ?? served.url;

  const session = async (login: string): Promise<string> => {
    const known = cookies.get(login);
    if (known) return known;
    const password = login === ADMIN.login ? ADMIN.password : DEMO_PASSWORD;
    const cookie = await postForCookie(served, 'auth.signIn', { login, password });
    cookies.set(login, cookie);
    return cookie;
  };
  const api = async <T>(login: string, method: string, input: unknown): Promise<T> => {
    const reply = await post(served, method, input, await session(login));
    if (!reply.body.ok) throw new Error(`${method} (${login}): ${reply.body.error?.message ?? 'ошибка'}`);
    return reply.body.value as T;
  };

  return {
    served,
    browser,
    page,
    pageErrors,
    base,
    setupAdmin: async () => {
      cookies.set(ADMIN.login, await postForCookie(served, 'auth.setupAdmin', { ...ADMIN }));
    },
    loadDemo: async (input) => {
      const { jobId } = await api<{ jobId: string }>(ADMIN.login, 'demo.load', input);
      for (;;) {
        const job = await api<{ state: string; error: { message: string } | null }>(ADMIN.login, 'jobs.get', { jobId });
        if (job.state === 'failed') throw new Error(job.error?.message);
        if (job.state === 'done') return;
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    api,
    signIn: async (login, password) => {
      // Whoever was in leaves (the cookie goes), and the page starts afresh (a hash change alone would not reload).
      await page.context().clearCookies();
      await page.goto(`${base}#/`);
      await page.reload();
      await page.getByTestId('auth-sign-in').waitFor();
      await page.getByLabel('Логин').fill(login);
      await page.getByLabel('Пароль').fill(password ?? (login === ADMIN.login ? ADMIN.password : DEMO_PASSWORD));
      await page.getByLabel('Пароль').press('Enter');
      await page.getByTestId('session-badge').waitFor();
    },
    close: async () => {
      await browser.close();
      await served.stop();
    },
  };
}

interface Reply {
  status: number;
  setCookie: string | null;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

async function post(served: ServedApp, method: string, input: unknown, cookie?: string): Promise<Reply> {
  const reply = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${served.token}`,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(input),
  });
  return {
    status: reply.status,
    setCookie: reply.headers.get('set-cookie'),
    body: (await reply.json()) as Reply['body'],
  };
}

/** Signs in (or sets up) over HTTP and answers the session cookie («zhku_session=…») for later calls. */
async function postForCookie(served: ServedApp, method: string, input: unknown): Promise<string> {
  const reply = await post(served, method, input);
  if (!reply.body.ok) throw new Error(`${method}: ${reply.body.error?.message ?? 'ошибка'}`);
  const cookie = reply.setCookie?.split(';')[0];
  if (!cookie) throw new Error(`${method}: the host set no session cookie`);
  return cookie;
}
