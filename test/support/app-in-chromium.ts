/**
 * @file The fixture of the end-to-end tests: the real browser host started as documented on a data folder, and
 * a Chromium page (1366×820, Russian locale) that records page errors. Screenshots go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../electron/core/default-paths';
import { launchChromium } from './chromium';
import { spawnServe, type ServedApp } from './spawn-serve';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results');

export interface AppInChromium {
  served: ServedApp;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openAppInChromium(dataDir: string, defaultTimeoutMs = 10_000): Promise<AppInChromium> {
  const served = await spawnServe(dataDir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'ru-RU' });
  page.setDefaultTimeout(defaultTimeoutMs);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    served,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await served.stop();
    },
  };
}
