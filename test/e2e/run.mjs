// End-to-end checks of the built bundle (dist/lotse.js) in Debian's Chromium,
// with real feed files served over HTTP by a small server on 127.0.0.1:
// strict CSP + Trusted Types, loading the script twice, the persistent cache
// across a real reload, locale chunks next to a relocated script, a feed on a
// second host, no request to any other host, and lazy chunks that import
// nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer, TYPES } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";
// Two Lit copies each create the "lit-html" policy, so a page that may load
// Lotse twice from different URLs must allow duplicates (see README).
const CSP_DUPLICATES = CSP.replace('dompurify', "dompurify 'allow-duplicates'");
const CSP_NO_TT = "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const policyFor = (path) => (path.endsWith('/twice.html') ? CSP_NO_TT : path.endsWith('/twice-tt.html') || path.endsWith('/languages-split.html') ? CSP_DUPLICATES : CSP);

let flakyMode = 'good';
const requests = [];

const feedFile = join(root, 'demo/data/feed.json');
const routes = async (path, send) => {
  if (path === '/e2e-feed/flaky.json') {
    return flakyMode === 'down' ? send(500, 'down', 'text/plain') : send(200, await readFile(feedFile), TYPES['.json']);
  }
  if (path === '/e2e-feed/broken.json') return send(200, '{"lotse": "1.0", "offers": [', TYPES['.json']);
  return undefined;
};
const rewrite = (path) => {
  if (path.startsWith('/e2e/')) return `/test/e2e/pages/${path.slice(5)}`;
  if (path.startsWith('/assets/vendor/lotse-copy/')) return `/dist/${path.slice('/assets/vendor/lotse-copy/'.length)}`;
  return path;
};
const headersFor = (path, type) => (type.startsWith('text/html') ? { 'content-security-policy': policyFor(path) } : {});
const serve = (options = {}) => startServer({ root, routes, rewrite, headersFor, log: (line) => requests.push(line), ...options });

const site = await serve();
const feedHost = await serve({ cors: true });
const origin = `http://127.0.0.1:${site.address().port}`;
const feedOrigin = `http://127.0.0.1:${feedHost.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

async function open(path, context) {
  const page = await (context ?? browser).newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  const hosts = new Set();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await page.goto(`${origin}${path}`);
  return { page, console, hosts };
}

/** Text of the element's shadow root, once it has left the loading state. */
async function shadowText(page, selector = 'lotse-feed-info') {
  await page.waitForFunction(
    (s) => {
      const root = document.querySelector(s)?.shadowRoot;
      return root && !root.querySelector('[aria-busy="true"]') && root.textContent.trim().length > 40;
    },
    selector,
    { timeout: 10000 },
  );
  return page.evaluate((s) => document.querySelector(s).shadowRoot.textContent.replace(/\s+/g, ' '), selector);
}

const checks = [];
const check = (name, run) => checks.push({ name, run });
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

check('strict CSP and Trusted Types: renders with no violation', async () => {
  const { page, console } = await open('/e2e/csp.html');
  const text = await shadowText(page);
  assert(/Kreis Musterland/.test(text), `report not shown: ${text.slice(0, 200)}`);
  const violations = await page.evaluate(() => [...window.__violations, ...window.__errors]);
  const refused = console.filter((line) => /Refused to|TrustedHTML|Trusted Type/i.test(line));
  assert(violations.length === 0 && refused.length === 0, `violations: ${[...violations, ...refused].join(' | ')}`);
  await page.close();
});

check('health guide under the strict CSP: a path from the URL, its tree chunk, the handout with the QR code chunk, no violation', async () => {
  const { page, console } = await open('/e2e/health-csp.html?lotse-path=doctor,asylum-voucher,ar,musterstadt');
  await page.waitForFunction(() => document.querySelector('lotse-health-guide')?.shadowRoot?.querySelector('[part="result"] .explanation'), null, { timeout: 10000 });
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.locator('lotse-health-guide >> button.print').click();
  await page.waitForFunction(() => window.__printed && document.querySelector('lotse-health-guide').shadowRoot.querySelector('.handout svg.qr path'), null, { timeout: 10000 });
  const links = await page.evaluate(() => [...document.querySelectorAll('lotse-health-guide')].map((el) => [...el.shadowRoot.querySelectorAll('a.tel')].map((a) => a.getAttribute('href'))));
  assert(links.every((list) => list.includes('tel:112') && list.includes('tel:116117')), `numbers missing: ${JSON.stringify(links)}`);
  const violations = await page.evaluate(() => [...window.__violations, ...window.__errors]);
  const refused = console.filter((line) => /Refused to|TrustedHTML|Trusted Type/i.test(line));
  assert(violations.length === 0 && refused.length === 0, `violations: ${[...violations, ...refused].join(' | ')}`);
  await page.close();
});

for (const page of ['twice.html', 'twice-tt.html']) {
  check(`loading the script twice from two URLs (${page}): no error, one warning per element`, async () => {
    const { page: tab, console } = await open(`/e2e/${page}`);
    await shadowText(tab);
    const errors = await tab.evaluate(() => [...window.__errors, ...window.__violations]);
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
    const warnings = console.filter((line) => line.includes('already defined'));
    const tags = warnings.map((line) => line.match(/<([a-z-]+)>/)?.[1]);
    const defined = await tab.evaluate(() =>
      ['lotse-course-calendar', 'lotse-feed-info', 'lotse-health-guide', 'lotse-language-switcher', 'lotse-offer-finder'].filter((tag) => customElements.get(tag)),
    );
    assert(
      warnings.length === defined.length && new Set(tags).size === defined.length,
      `expected one "already defined" warning per element (${defined.join(', ')}), got: ${warnings.join(' | ')}`,
    );
    await tab.close();
  });
}

check('persistent cache: after a reload with the server down, shows the cached data with its date', async () => {
  const context = await browser.newContext();
  flakyMode = 'good';
  const { page } = await open('/e2e/persistent.html', context);
  const fresh = await shadowText(page);
  assert(!/Stand vom|as of/.test(fresh), 'fresh data must not carry a stale notice');
  await page.waitForTimeout(300); // the IndexedDB write settles
  flakyMode = 'down';
  await page.reload();
  // Residents: the cached offers with the date of that copy.
  const finder = await shadowText(page, 'lotse-offer-finder');
  // Every offer of the demo feed, however many the demo has today.
  const total = JSON.parse(await readFile(feedFile, 'utf8')).offers.length;
  assert(finder.includes(`${total} Angebote gefunden`), `cached offers not shown: ${finder.slice(0, 200)}`);
  assert(/Server ist zurzeit nicht erreichbar.*Stand vom/.test(finder), `no "as of" notice: ${finder.slice(0, 300)}`);
  // Staff: the failure itself, and that the page still shows the copy of that date.
  const stale = await shadowText(page);
  assert(/Kreis Musterland/.test(stale), `cached data not shown: ${stale.slice(0, 200)}`);
  assert(/\(500\).*letzte fehlerfreie Fassung vom/.test(stale), `no failure and date for staff: ${stale.slice(0, 400)}`);
  await context.close();
});

check('memory cache only by default: nothing stored, a reload with the server down shows the error', async () => {
  const context = await browser.newContext();
  flakyMode = 'good';
  const { page } = await open('/e2e/memory.html', context);
  await shadowText(page);
  const stored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('lotse');
        request.onsuccess = () => resolve([...request.result.objectStoreNames]);
      }),
  );
  assert(stored.length === 0, `IndexedDB used without consent: ${stored}`);
  flakyMode = 'down';
  await page.reload();
  const text = await shadowText(page, 'lotse-offer-finder');
  assert(/erneut versuchen|Try again/i.test(text), `no error with retry: ${text.slice(0, 200)}`);
  const staff = await shadowText(page);
  assert(/\(500\)/.test(staff) && /Erneut prüfen/.test(staff), `no error for staff: ${staff.slice(0, 200)}`);
  await context.close();
  flakyMode = 'good';
});

check('malformed feed: translated error with a retry button', async () => {
  const { page } = await open('/e2e/broken.html');
  const text = await shadowText(page);
  assert(/beschädigt|damaged/.test(text), `no clear message: ${text}`);
  const button = await page.evaluate(() => document.querySelector('lotse-feed-info').shadowRoot.querySelector('button')?.textContent);
  assert(button && /erneut|again/i.test(button), `no retry button: ${button}`);
  // Staff get the place (line 1, column 29) in the UI language, not the browser's English message.
  assert(/\b1\b\D+\b29\b/.test(text) && !/Unexpected end of JSON input/.test(text), `no place for staff: ${text}`);
  await page.close();
});

check('relocated script: German chunk loads next to the script; feed from a second host; no other host', async () => {
  requests.length = 0;
  const { page, hosts } = await open(`/e2e/relocated.html?feed=${encodeURIComponent(feedOrigin)}`);
  const text = await shadowText(page, '#remote');
  assert(/Zuletzt aktualisiert|Probleme/.test(text), `German UI strings not loaded: ${text.slice(0, 200)}`);
  const chunk = requests.find((r) => /lotse-copy\/chunks\/de-/.test(r));
  assert(chunk, `German chunk not loaded from the script's folder: ${requests.join(' ')}`);
  const allowed = new Set([new URL(origin).host, new URL(feedOrigin).host]);
  const foreign = [...hosts].filter((h) => !allowed.has(h));
  assert(foreign.length === 0, `requests to other hosts: ${foreign.join(', ')}`);
  await page.close();
});

const uiLocales = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8')).targetLocales;
const localeChunk = new RegExp(`/chunks/(${uiLocales.join('|')})-[\\w-]+\\.js`);
/** The UI locale chunks requested since the log was cleared, by language: `de`, `ar`… */
const localeChunks = () => [...new Set(requests.map((r) => localeChunk.exec(r)?.[1]).filter(Boolean))].sort();

check('a German page downloads German words only; the language menu switches every element and fetches only the language chosen', async () => {
  requests.length = 0;
  const { page, console } = await open('/e2e/languages.html');
  const text = await shadowText(page, 'lotse-offer-finder');
  assert(/Angebote gefunden/.test(text), `German words not shown: ${text.slice(0, 200)}`);
  assert(JSON.stringify(localeChunks()) === '["de"]', `locale chunks on a German page: ${localeChunks()}`);
  requests.length = 0;
  await page.locator('lotse-language-switcher >> button.toggle').click();
  await page.locator('lotse-language-switcher >> a[lang="ar"]').click();
  await page.waitForFunction(() => {
    const base = document.querySelector('lotse-offer-finder').shadowRoot.querySelector('.base');
    return base.getAttribute('dir') === 'rtl' && /العروض/.test(base.textContent);
  }, null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('lotse-health-guide').shadowRoot.querySelector('.base[lang="ar"][dir="rtl"]'), null, { timeout: 10000 });
  assert(JSON.stringify(localeChunks()) === '["ar"]', `chunks fetched by the switch: ${localeChunks()}`);
  const state = await page.evaluate(() => ({ lang: document.documentElement.lang, address: new URL(location.href).searchParams.get('lotse-lang'), stored: localStorage.length + sessionStorage.length + document.cookie.length }));
  assert(state.lang === 'de' && state.address === 'ar' && state.stored === 0, `page after the switch: ${JSON.stringify(state)}`);
  const violations = await page.evaluate(() => [...window.__violations, ...window.__errors]);
  const refused = console.filter((line) => /Refused to|TrustedHTML|Trusted Type/i.test(line));
  assert(violations.length === 0 && refused.length === 0, `violations: ${[...violations, ...refused].join(' | ')}`);
  await page.close();
});

check('the language menu from its own file switches a finder from another file (two copies of Lotse on one page)', async () => {
  const { page } = await open('/e2e/languages-split.html');
  await shadowText(page, 'lotse-offer-finder');
  await page.locator('lotse-language-switcher >> button.toggle').click();
  await page.locator('lotse-language-switcher >> a[lang="uk"]').click();
  await page.waitForFunction(() => /пропозиц/i.test(document.querySelector('lotse-offer-finder').shadowRoot.textContent), null, { timeout: 10000 });
  await page.close();
});

check('?lotse-lang=uk opens a German page in Ukrainian, fetching no German words; a hostile value is ignored', async () => {
  requests.length = 0;
  const { page } = await open('/e2e/languages.html?lotse-lang=uk');
  const text = await shadowText(page, 'lotse-offer-finder');
  assert(/пропозиц/i.test(text), `Ukrainian words not shown: ${text.slice(0, 200)}`);
  assert(JSON.stringify(localeChunks()) === '["uk"]', `locale chunks: ${localeChunks()}`);
  await page.close();
  requests.length = 0;
  const hostile = await open(`/e2e/languages.html?lotse-lang=${encodeURIComponent('__proto__"><img src=x>')}`);
  const german = await shadowText(hostile.page, 'lotse-offer-finder');
  assert(/Angebote gefunden/.test(german) && JSON.stringify(localeChunks()) === '["de"]', `hostile value: ${localeChunks()} ${german.slice(0, 100)}`);
  await hostile.page.close();
});

check('one element from its own file: only its tag, its content under the strict CSP, fewer bytes than lotse.js', async () => {
  const elements = (await readdir(join(root, 'src/components'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const all = (await readFile(join(root, 'dist/lotse.js'))).length;
  for (const name of elements) {
    const own = (await readFile(join(root, `dist/lotse-${name}.js`))).length;
    assert(own < all, `dist/lotse-${name}.js (${own} B) is not smaller than lotse.js (${all} B)`);
    const { page, console } = await open(`/e2e/single.html?element=${name}`);
    await page.waitForFunction(
      (tag) => {
        const shadow = document.querySelector(tag)?.shadowRoot;
        // The language menu shows no feed: its list of languages is its content.
        const content = tag === 'lotse-language-switcher' ? /Deutsch/.test(shadow?.textContent ?? '') : /Musterland|Musterstadt/.test(shadow?.textContent ?? '');
        return shadow && !shadow.querySelector('[aria-busy="true"], [part="error"]') && content;
      },
      `lotse-${name}`,
      { timeout: 20000 },
    );
    const defined = await page.evaluate((names) => names.filter((n) => customElements.get(`lotse-${n}`)), elements);
    assert(defined.length === 1 && defined[0] === name, `lotse-${name}.js defined ${defined.join(', ')}`);
    const violations = await page.evaluate(() => [...window.__violations, ...window.__errors]);
    const refused = console.filter((line) => /Refused to|TrustedHTML|Trusted Type/i.test(line));
    assert(violations.length === 0 && refused.length === 0, `${name}: ${[...violations, ...refused].join(' | ')}`);
    await page.close();
  }
});

check('every lazy chunk stands alone: it imports nothing, in particular not lotse.js a second time', async () => {
  const folder = join(root, 'dist/chunks');
  const chunks = (await readdir(folder)).filter((name) => name.endsWith('.js'));
  assert(chunks.some((name) => name.startsWith('de-')), `no locale chunks in dist/chunks: ${chunks.join(', ')}`);
  for (const name of chunks) {
    // esbuild parses each chunk and lists its imports (a pattern would also match "from" inside a string, as in ical.js).
    const { metafile } = await build({ entryPoints: [join(folder, name)], bundle: true, write: false, metafile: true, external: ['*'], logLevel: 'silent', format: 'esm' });
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    assert(imports.length === 0, `${name} imports another file (${imports.join(', ')}): a page that loads lotse.js?ver=… would fetch a second copy`);
  }
});

check('course calendar under the strict CSP: the .ics source read by its lazy chunk, a download as a blob: URL with the writer loaded on the click', async () => {
  requests.length = 0;
  const { page, console: lines } = await open('/e2e/calendar.html');
  const text = await shadowText(page, 'lotse-course-calendar');
  assert(/Hausaufgabenhilfe im Jugendzentrum/.test(text), `the .ics events are missing: ${text.slice(0, 300)}`);
  assert(/Integrationskurs/.test(text), `the feed's courses are missing: ${text.slice(0, 300)}`);
  assert(requests.some((r) => /chunks\/ics-import-/.test(r)), `ical.js was not loaded from its chunk: ${requests.join(' ')}`);
  assert(!requests.some((r) => /chunks\/calendar-download-/.test(r)), 'the iCalendar writer loaded before a download');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10000 }),
    page.evaluate(() => document.querySelector('lotse-course-calendar').shadowRoot.querySelector('.toolbar button.download').click()),
  ]);
  const file = await readFile(await download.path(), 'utf8');
  assert(requests.some((r) => /chunks\/calendar-download-/.test(r)), `the iCalendar writer was not loaded from its chunk: ${requests.join(' ')}`);
  assert(download.suggestedFilename().endsWith('.ics'), `file name: ${download.suggestedFilename()}`);
  assert(file.startsWith('BEGIN:VCALENDAR\r\n') && file.includes('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin') && file.endsWith('END:VCALENDAR\r\n'), `not an iCalendar file: ${file.slice(0, 200)}`);
  const violations = await page.evaluate(() => [...window.__violations, ...window.__errors]);
  const refused = lines.filter((line) => /Refused to|TrustedHTML|Trusted Type/i.test(line));
  assert(violations.length === 0 && refused.length === 0, `violations: ${[...violations, ...refused].join(' | ')}`);
  await page.close();
});

let passed = 0;
let failed = 0;
// `E2E_ONLY=regexp` runs the checks whose names match, while working on one.
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : undefined;
for (const { name, run } of checks.filter((c) => !only || only.test(c.name))) {
  const started = performance.now();
  try {
    await run();
    passed++;
    console.log(`  ok   ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}\n       ${error.message}`);
  }
}
await browser.close();
site.close();
feedHost.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
