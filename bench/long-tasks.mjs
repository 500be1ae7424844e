// `node bench/long-tasks.mjs` (after `npm run demo-feed`): the longest main-thread task while a
// big feed is fetched, parsed, validated and merged, measured with the Long Tasks API in headless
// Chromium. Validation and the catalogue run in slices (src/core/feed/slices.ts), so their tasks
// should stay under 50 ms whatever the size; JSON.parse is one task no script can split, which is
// why feeds are capped (src/core/feed/limits.ts). For comparison, the same work at once.
// Prints JSON; figures, not pass/fail. BENCH_SIZES=10000,20000 sets the offer counts.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { lotseMessages } from '../scripts/message-ids.mjs';
import { syntheticFeed } from './make-feed.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '5000,10000,20000').split(',').map(Number);
const out = join(root, 'bench/out');

await mkdir(out, { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  root,
  plugins: [lotseMessages()],
  build: {
    target: 'es2022',
    outDir: out,
    emptyOutDir: false,
    minify: true,
    lib: { entry: join(root, 'bench/long-tasks-entry.ts'), formats: ['es'], fileName: () => 'long-tasks-entry.js' },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
});
await writeFile(join(out, 'long-tasks.html'), '<!doctype html><meta charset="utf-8"><title>Lotse long tasks</title>');
const demo = JSON.parse(await readFile(join(root, 'demo/data/feed.json'), 'utf8'));
for (const size of SIZES) await writeFile(join(out, `long-tasks-${size}.json`), JSON.stringify(syntheticFeed(demo, size)));

const server = await startServer({ root });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run'],
});

/** Runs one load in a fresh page; `sliced` picks the store's path or the work at once. */
async function measure(size, sliced) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/out/long-tasks.html`);
  const result = await page.evaluate(
    async ({ url, sliced }) => {
      const lotse = await import('/bench/out/long-tasks-entry.js');
      const tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
      const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
      await settle();
      const t0 = performance.now();
      const json = await lotse.fetchJson(url, { timeout: 60000 });
      const t1 = performance.now();
      const feed = sliced ? await lotse.checkFeedInSlices(json, url) : lotse.checkFeed(json, url);
      const catalog = sliced ? await lotse.buildCatalogInSlices([feed, feed]) : lotse.buildCatalog([feed, feed]);
      const t2 = performance.now();
      await settle();
      // A task belongs to the phase it started in.
      const longest = (from, to) => Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d));
      return {
        offers: feed.offers.length,
        catalogOffers: catalog.offers.length,
        fetchAndParseMs: t1 - t0,
        validateAndMergeMs: t2 - t1,
        longestTaskInFetchAndParseMs: longest(t0, t1),
        longestTaskInValidateAndMergeMs: longest(t1, t2),
        longTasksInValidateAndMerge: tasks.filter(([start]) => start >= t1 && start < t2).length,
      };
    },
    { url: `${origin}/bench/out/long-tasks-${size}.json`, sliced },
  );
  await page.close();
  const round = (n) => (typeof n === 'number' && !Number.isInteger(n) ? Math.round(n) : n);
  return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, round(v)]));
}

const figures = { date: new Date().toISOString(), note: 'the catalogue merges the feed with itself, so it holds twice the offers', sizes: {} };
for (const size of SIZES) {
  const bytes = (await readFile(join(out, `long-tasks-${size}.json`))).length;
  figures.sizes[size] = { feedChars: bytes, inSlices: await measure(size, true), atOnce: await measure(size, false) };
}
await browser.close();
server.close();
console.log(JSON.stringify(figures, null, 2));
