// Takes headless Chromium screenshots of a page, e.g. the demo:
//   node scripts/screenshot.mjs http://127.0.0.1:5173/ screenshots/demo 390,1280 de,ar
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const [url = 'http://127.0.0.1:5173/', out = 'screenshots/demo', widths = '390,1280', langs = 'de,ar'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
await mkdir(dirname(`${out}-x.png`), { recursive: true });
for (const lang of langs.split(',')) {
  for (const width of widths.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${lang} ${width}] ${m.type()}: ${m.text().slice(0, 300)}`));
    const target = new URL(url);
    target.searchParams.set('lang', lang);
    await page.goto(target.href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const file = `${out}-${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
