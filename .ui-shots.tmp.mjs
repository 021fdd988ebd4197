import { chromium } from 'playwright-core';
const url = process.argv[2];
const out = '/tmp/ui-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'ru-RU' });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.setDefaultTimeout(15000);
await page.goto(url);
await page.getByTestId('demo-load').waitFor();
await page.screenshot({ path: `${out}/01-home-empty.png` });
await page.getByTestId('demo-load').click();
await page.getByTestId('job-progress').waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/02-home-progress.png` });
await page.getByTestId('job-summary').waitFor({ timeout: 240000 });
await page.screenshot({ path: `${out}/03-home-done.png` });
await page.getByRole('link', { name: 'Открыть реестр' }).click();
await page.getByTestId('registry-row').first().waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/04-registry.png` });
console.log('total:', await page.getByTestId('registry-total').textContent());
// scroll far down
await page.locator('.registry-scroll').evaluate((el) => { el.scrollTop = 60000; });
await page.waitForTimeout(50);
await page.screenshot({ path: `${out}/05-registry-scrolled-loading.png` });
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/06-registry-scrolled.png` });
// keyboard
await page.locator('.registry-scroll').evaluate((el) => { el.scrollTop = 0; });
await page.locator('.registry-scroll').focus();
await page.keyboard.press('ArrowDown');
await page.keyboard.press('ArrowDown');
await page.screenshot({ path: `${out}/07-registry-keyboard.png` });
// search
await page.keyboard.press('/');
await page.keyboard.type('ленина');
await page.waitForTimeout(900);
await page.screenshot({ path: `${out}/08-registry-search.png` });
console.log('search total:', await page.getByTestId('registry-total').textContent());
await page.keyboard.press('Escape');
await page.waitForTimeout(700);
// open a card via Enter
await page.locator('.registry-scroll').focus();
await page.keyboard.press('ArrowDown');
await page.keyboard.press('Enter');
await page.getByTestId('card-number').waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/09-card.png`, fullPage: false });
await page.locator('main').evaluate((el) => { el.scrollTop = 700; });
await page.screenshot({ path: `${out}/10-card-lower.png` });
const flagged = await page.getByTestId('card-missing-flag').count();
console.log('missing flags on card:', flagged, 'url', page.url());
// back to registry
await page.getByRole('link', { name: '← К реестру' }).click();
await page.getByTestId('registry-row').first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/11-registry-back.png` });
// import screen
await page.keyboard.press('Alt+6');
await page.getByTestId('import-file-input').waitFor({ state: 'attached' });
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/12-import.png` });
console.log('errors:', JSON.stringify(errors));
await browser.close();
