import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppInChromium } from './support/app-in-chromium';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-shots15-'));
  const app = await openAppInChromium(dataDir, 60_000);
  const page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.setupAdmin();
  await app.loadDemo({ accounts: 1000, months: 48 });
  await app.signIn('morozova');
  const shot = async (name: string) => {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots15/${name}.png` });
  };
  const tab = async (label: string) => {
    await page.getByRole('tab', { name: label }).click();
  };
  await page.goto(`${app.base}#/measures/8`);
  await page.waitForTimeout(6000);
  await shot('m8-candidates');
  await page.mouse.wheel(0, 500);
  await shot('m8-candidates-2');
  for (const [label, name] of [
    ['Предупреждения и сроки', 'm8-warnings'],
    ['Заявки и акты', 'm8-orders'],
    ['Восстановление', 'm8-restoration'],
    ['Соглашения', 'm8-agreements'],
    ['Нормативы и правила', 'm8-data'],
  ] as const) {
    await tab(label);
    await shot(name);
  }
  await page.goto(`${app.base}#/measures/12`);
  await page.waitForTimeout(4000);
  await shot('m12-cases');
  await tab('Муниципальный жилой фонд');
  await shot('m12-housing');
  await page.goto(`${app.base}#/`);
  await shot('home');
  console.log(app.base, dataDir);
  await app.close();
}
void main();
