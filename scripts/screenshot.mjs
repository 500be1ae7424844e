// `npm run screenshots`: every state of every element, as residents and staff
// see it, from the built dist/lotse.js in headless Chromium: narrow (320 px)
// and wide (1280 px), German and Arabic. Feeds are answered by the script, so
// the loading, error and "older copy" states are reproducible.
//
//   node scripts/screenshot.mjs [outDir=screenshots] [widths=320,1280] [langs=de,ar] [only=regexp]
//   THEME=themes/kern.css adds a theme's style sheet.
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, TYPES } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const [out = 'screenshots', widths = '320,1280', langs = 'de,ar', only = ''] = process.argv.slice(2);
const theme = process.env.THEME;
const demoFeed = await readFile(join(root, 'demo/data/feed.json'));
/** A feed with problems for the staff view: the demo feed with a few broken records. */
const withProblems = (() => {
  const feed = JSON.parse(demoFeed);
  feed.offers[3].verified = '2026-02-30';
  feed.offers[5].kind = 'workshop';
  feed.offers[8].organization = 'traeger-unbekannt';
  delete feed.offers[12].title;
  return JSON.stringify(feed);
})();

let flaky = 'good';
const routes = async (path, send) => {
  if (path === '/shot/feed.json') return send(200, demoFeed, TYPES['.json']);
  if (path === '/shot/problems.json') return send(200, withProblems, TYPES['.json']);
  if (path === '/shot/broken.json') return send(200, '{"lotse": "1.0", "offers": [ {"id": "a", "title": "Kurs" ', TYPES['.json']);
  if (path === '/shot/missing.json') return send(404, 'not found', 'text/plain');
  if (path === '/shot/flaky.json') return flaky === 'good' ? send(200, demoFeed, TYPES['.json']) : send(503, 'down', 'text/plain');
  if (path === '/shot/slow.json') return new Promise(() => {}); // never answers: the loading state
  if (path === '/shot/page.html') return undefined;
  return undefined;
};
const server = await startServer({ root, routes });
const origin = `http://127.0.0.1:${server.address().port}`;

const page = (lang, body) => `<!doctype html>
<html lang="${lang}" dir="${['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Lotse</title>${theme ? `<link rel="stylesheet" href="/${theme}">` : ''}
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; } lotse-offer-finder:not(:defined), lotse-feed-info:not(:defined), lotse-course-calendar:not(:defined) { display: block; min-block-size: 40em; }</style>
<script type="module" src="/dist/lotse.js"></script></head><body>${body}</body></html>`;

/** Each state: the markup, then what to do before the picture. */
const STATES = {
  'finder-list': { body: '<lotse-offer-finder src="/shot/feed.json" no-url-sync></lotse-offer-finder>', ready: '#results-heading' },
  'finder-filters': {
    body: '<lotse-offer-finder src="/shot/feed.json" no-url-sync></lotse-offer-finder>',
    ready: '#results-heading',
    act: async (p) => {
      const toggle = p.locator('lotse-offer-finder [part="filter-toggle"]');
      if (await toggle.isVisible()) await toggle.click();
      // Open the language group, then choose its first language.
      await p.locator('lotse-offer-finder details[data-facet="languages"] > summary').click();
      await p.locator('lotse-offer-finder input[name="languages"]').first().click();
    },
  },
  'finder-detail': {
    body: '<lotse-offer-finder src="/shot/feed.json" no-url-sync></lotse-offer-finder>',
    ready: '#results-heading',
    act: async (p) => p.locator('lotse-offer-finder button.open').first().click(),
    after: '#detail-heading',
    full: true,
  },
  'finder-print': {
    body: '<lotse-offer-finder src="/shot/feed.json" no-url-sync></lotse-offer-finder>',
    ready: '#results-heading',
    act: async (p) => {
      await p.locator('lotse-offer-finder button.open').first().click();
      await p.emulateMedia({ media: 'print' });
    },
    after: '#detail-heading',
    full: true,
  },
  'finder-empty': {
    body: '<lotse-offer-finder src="/shot/feed.json" no-url-sync languages="ar"></lotse-offer-finder>',
    ready: '#results-heading',
    act: async (p) => p.locator('lotse-offer-finder input[type="search"]').fill('Zahnarzt'),
    after: '[part="empty"]',
  },
  'finder-loading': { body: '<lotse-offer-finder src="/shot/slow.json" no-url-sync></lotse-offer-finder>', ready: '[part="placeholder"]' },
  'finder-error': { body: '<lotse-offer-finder src="/shot/missing.json" no-url-sync></lotse-offer-finder>', ready: '[part="error"]' },
  'finder-notice': {
    body: '<lotse-offer-finder src="/shot/flaky.json" no-url-sync></lotse-offer-finder><lotse-feed-info src="/shot/flaky.json" hidden></lotse-feed-info>',
    ready: '#results-heading',
    act: async (p) => {
      flaky = 'down';
      // Another widget on the page checks the feed again: the server is down now.
      await p.evaluate(() => document.querySelector('lotse-feed-info').shadowRoot.querySelector('button.check-again, [part="error"] button')?.click());
    },
    after: '[part="notice"]',
    cleanup: () => (flaky = 'good'),
  },
  'health-question': { body: '<lotse-health-guide src="/shot/feed.json" no-url-sync></lotse-health-guide>', ready: '#step-heading' },
  'health-result': {
    body: '<lotse-health-guide src="/shot/feed.json" no-url-sync></lotse-health-guide>',
    ready: '#step-heading',
    act: async (p) => {
      // Doctor, then the first answer of every question, to the end of the path.
      await p.locator('lotse-health-guide button.answer').first().click();
      for (let step = 0; step < 4; step++) {
        if (!(await p.locator('lotse-health-guide button.answer').count())) break;
        await p.locator('lotse-health-guide button.answer').first().click();
        await p.waitForTimeout(150);
      }
    },
    after: '[part="result"]',
    full: true,
  },
  'health-compact': { body: '<div style="max-inline-size: 220px"><lotse-health-guide variant="emergency" src="/shot/feed.json"></lotse-health-guide></div>', ready: '[part="emergency"]' },
  'calendar-agenda': { body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="agenda"></lotse-course-calendar>', ready: '[part="agenda"]', full: true },
  'calendar-month': { body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="month"></lotse-course-calendar>', ready: '[part="month"]', full: true },
  'calendar-day': {
    body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="month"></lotse-course-calendar>',
    ready: '[part="month"]',
    // The first day of the month with dates: Enter on it opens the day.
    act: async (p) => p.locator('lotse-course-calendar [role="gridcell"]:has(.dot, .count, li), lotse-course-calendar [role="gridcell"]').first().click(),
    after: '[part="day"]',
    full: true,
  },
  'calendar-detail': {
    body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="agenda"></lotse-course-calendar>',
    ready: '[part="agenda"]',
    act: async (p) => p.locator('lotse-course-calendar button.open').first().click(),
    after: '#detail-heading',
    full: true,
  },
  'calendar-filters': {
    body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="agenda"></lotse-course-calendar>',
    ready: '[part="agenda"]',
    act: async (p) => {
      const toggle = p.locator('lotse-course-calendar [part="filter-toggle"]');
      if (await toggle.isVisible()) await toggle.click();
      await p.locator('lotse-course-calendar details[data-facet] > summary').first().click();
    },
  },
  'calendar-empty': {
    body: '<lotse-course-calendar src="/shot/feed.json" no-url-sync view="agenda"></lotse-course-calendar>',
    ready: '[part="agenda"]',
    act: async (p) => p.locator('lotse-course-calendar input[type="search"]').fill('Zahnarztpraxis Xylophon'),
    after: '[part="empty"]',
  },
  'calendar-error': { body: '<lotse-course-calendar src="/shot/missing.json" no-url-sync></lotse-course-calendar>', ready: '[part="error"]' },
  'feed-info-report': { body: '<lotse-feed-info src="/shot/problems.json"></lotse-feed-info>', ready: '[part="problems"]', full: true },
  'feed-info-error': { body: '<lotse-feed-info src="/shot/broken.json"></lotse-feed-info>', ready: '[part="error"]' },
  'switcher-open': {
    body: '<lotse-language-switcher no-url-sync></lotse-language-switcher><lotse-offer-finder src="/shot/feed.json" no-url-sync></lotse-offer-finder>',
    ready: '#results-heading',
    act: (p) => p.locator('lotse-language-switcher button.toggle').click(),
    after: 'ul:not([hidden])',
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
await mkdir(out, { recursive: true });
const filter = only ? new RegExp(only) : undefined;
for (const [name, state] of Object.entries(STATES)) {
  for (const lang of langs.split(',')) {
    for (const width of widths.split(',').map(Number)) {
      const file = join(out, `${name}-${lang}-${width}.png`);
      if (filter && !filter.test(file)) continue;
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await context.newPage();
      p.on('console', (m) => m.type() === 'error' && !name.includes('error') && !name.includes('notice') && console.log(`[${name} ${lang} ${width}] ${m.text().slice(0, 200)}`));
      await p.route(`${origin}/shot/page.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(lang, state.body) }));
      await p.goto(`${origin}/shot/page.html`);
      const inside = (selector) => p.waitForFunction((s) => [...document.querySelectorAll('lotse-offer-finder, lotse-feed-info, lotse-health-guide, lotse-course-calendar, lotse-language-switcher')].some((e) => e.shadowRoot?.querySelector(s)), selector, { timeout: 15000 });
      try {
        await inside(state.ready);
        if (state.act) await state.act(p);
        if (state.after) await inside(state.after);
        await p.waitForTimeout(700); // the count settles and is announced; nothing moves after it
        await p.screenshot({ path: file, fullPage: Boolean(state.full) });
        console.log(file);
      } catch (error) {
        console.log(`${file}: not taken (${String(error).split('\n')[0]})`);
      } finally {
        state.cleanup?.();
        await context.close();
      }
    }
  }
}
await browser.close();
server.close();
