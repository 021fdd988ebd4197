import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEAD, openAppInChromium, SCREENSHOTS } from './support/app-in-chromium';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reasons-shots-'));
  const app = await openAppInChromium(dataDir, 30_000, { viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  try {
    await app.setupAdmin();
    await app.loadDemo({ accounts: 1000, months: 24 });
    await app.signIn(HEAD);
    const top = await app.api<{ rows: Array<{ accountId: number }> }>(HEAD, 'registry.query', { sort: { field: 'debt', dir: 'desc' }, limit: 1 });
    const page = app.page;
    await page.goto(`${app.base}#/accounts/${top.rows[0]?.accountId}`);
    await page.getByTestId('next-step').waitFor();
    const details = page.getByTestId('next-step-verdicts').locator('details');
    const n = await details.count();
    for (let i = 0; i < Math.min(n, 3); i++) await details.nth(i).locator('summary').click();
    await page.getByTestId('next-step').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reasons-next-step-1366.png') });
    await page.getByTestId('card-penalty-line').first().waitFor({ timeout: 30_000 });
    await page.getByText('Почему так').click();
    await page.getByText('Почему так').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reasons-why-1366.png') });
    const why = await page.getByText('Почему так').locator('xpath=..').textContent();
    fs.writeFileSync(path.join(SCREENSHOTS, 'reasons-why.txt'), why ?? '');
    fs.writeFileSync(path.join(SCREENSHOTS, 'reasons-verdicts.txt'), (await page.getByTestId('next-step').textContent()) ?? '');
    await page.goto(`${app.base}#/rules`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reasons-rules-1366.png') });
    console.log('errors', app.pageErrors);
  } finally {
    await app.close();
  }
}
void main();
