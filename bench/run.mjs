// `npm run bench`: figures, not pass/fail. Loads a synthetic 10,000-offer feed
// in headless Chromium against the built bundle and prints JSON with
// fetch-to-validated, index build and first render times, plus the bundle
// bytes (min+gzip) per entry point.
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { syntheticFeed } from './make-feed.mjs';
import { lotseMessages } from '../scripts/message-ids.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env.BENCH_OFFERS ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
};
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Builds `entry` the way `dist/lotse.js` is built (Vite, the same minifier,
 * message ids and comment settings), into memory unless `outDir` is given.
 */
async function viteBuild(entry, { external = [], outDir } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [lotseMessages()],
    build: {
      target: 'es2022',
      write: Boolean(outDir),
      outDir: outDir ?? 'bench/out/unused',
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => entry.split('/').pop().replace(/\.ts$/, '.js') },
      rolldownOptions: { external, output: { minify: true, comments: false } },
    },
  });
  return (Array.isArray(output) ? output[0] : output).output.filter((file) => file.type === 'chunk');
}

/**
 * Bytes of a bundle built from `entry` (minified), split into what loads at
 * once (the entry and the chunks it imports statically) and the lazy chunks.
 */
async function bundleBytes(entry, external = []) {
  const chunks = await viteBuild(entry, { external });
  const files = new Map(chunks.map((chunk) => [chunk.fileName, Buffer.from(chunk.code)]));
  const entryName = chunks.find((chunk) => chunk.isEntry).fileName;
  const initial = new Set([entryName]);
  for (const name of initial) {
    // External imports (the runtime, when measuring a widget's own code) are not files here.
    for (const imported of chunks.find((chunk) => chunk.fileName === name).imports) if (files.has(imported)) initial.add(imported);
  }
  const sum = (names, key) => names.reduce((n, name) => n + (key === 'gzip' ? gz(files.get(name)) : files.get(name).length), 0);
  const lazy = [...files.keys()].filter((name) => !initial.has(name));
  const modules = chunks.filter((chunk) => initial.has(chunk.fileName)).flatMap((chunk) => chunk.moduleIds);
  return {
    initial: { min: sum([...initial], 'min'), gzip: sum([...initial], 'gzip') },
    lazyChunks: lazy.map((name) => ({ file: name, gzip: gz(files.get(name)) })),
    modules,
  };
}

async function sizes() {
  const dist = {};
  for (const file of ['lotse.js', ...(await readdir(join(root, 'dist/chunks'))).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)]) {
    const bytes = await readFile(join(root, 'dist', file));
    dist[file] = { min: bytes.length, gzip: gz(bytes) };
  }
  // The runtime: exactly the modules that bench/runtime-entry.ts loads at once.
  const { modules: runtimeModules, ...runtime } = await bundleBytes('bench/runtime-entry.ts');
  const inRuntime = new Set(runtimeModules);
  // Everything under src/core/ (the runtime, UI parts, search, time, the base element) and Lit.
  const shared = [/^lit($|\/)/, /^@lit\//, /^lit-html|^lit-element/, /[\\/]src[\\/]core[\\/]/];
  const elements = {};
  for (const name of (await readdir(join(root, 'src/components'))).sort()) {
    if (!(await readdir(join(root, 'src/components', name))).includes('define.ts')) continue;
    const entry = `src/components/${name}/define.ts`;
    const sizesOnly = ({ modules: _modules, ...bytes }) => bytes;
    elements[name] = {
      withEverything: sizesOnly(await bundleBytes(entry)),
      // The element's folder alone.
      ownCode: sizesOnly(await bundleBytes(entry, shared)),
      // Everything it loads that the runtime does not hold: its folder, the shared UI
      // parts, search and time code, and the parts of Lit beyond the runtime's.
      beyondRuntime: sizesOnly(await bundleBytes(entry, (id) => inRuntime.has(id))),
    };
  }
  return {
    dist,
    sharedRuntime: {
      ...runtime,
      // Lazy chunks: each UI locale, the words for feed problems (loaded when a feed has
      // problems; in dist/lotse.js they ship with <lotse-feed-info>) and the IndexedDB
      // copy (only with cache="persistent").
      budgetGzip: 12 * 1024,
    },
    elements,
  };
}

async function browserFigures(feedUrl, origin) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/page.html`);
    await page.waitForFunction(() => customElements.get('lotse-feed-info'));
    page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
    runs.push(
      await page.evaluate(async ({ url, queries, full }) => {
        /** Types each query letter by letter into a finder and times each update. */
        async function typeInFinder(feed) {
          if (!customElements.get('lotse-offer-finder')) return null;
          const finder = document.createElement('lotse-offer-finder');
          finder.setAttribute('src', `${feed}?for=typing`);
          finder.setAttribute('no-url-sync', '');
          document.body.append(finder);
          let input;
          const started = performance.now();
          while (!(input = finder.shadowRoot?.querySelector('input[type="search"]')) || finder.shadowRoot.querySelector('[aria-busy="true"]')) {
            if (performance.now() - started > 20000) return null;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await new Promise((resolve) => setTimeout(resolve, 2500)); // the full index
          const times = [];
          for (const { q } of queries.length ? queries : [{ q: 'Deutschkurs' }, { q: 'Beratung' }]) {
            input.value = '';
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            await finder.updateComplete;
            for (const ch of q) {
              input.value += ch;
              const t = performance.now();
              input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              await finder.updateComplete;
              times.push(performance.now() - t);
            }
          }
          finder.remove();
          times.sort((a, b) => a - b);
          return { keystrokes: times.length, medianMs: times[Math.floor(times.length / 2)], p95Ms: times[Math.floor(times.length * 0.95)], maxMs: times[times.length - 1] };
        }

        const lotse = await import('/bench/out/bench-entry.js');
        const t0 = performance.now();
        const json = await lotse.fetchJson(url);
        const t1 = performance.now();
        const feed = lotse.validateFeed(json, url);
        const t2 = performance.now();
        const catalog = lotse.buildCatalog([feed]);
        const t3 = performance.now();
        // Index: titles, keywords, topics, providers and places first (searchable),
        // then summaries and descriptions in slices (complete).
        const indexStart = performance.now();
        const search = new lotse.OfferSearch(catalog);
        await search.whenReady;
        const t4 = performance.now();
        await search.whenComplete;
        const t5 = performance.now();
        const index = { searchableMs: t4 - indexStart, completeMs: t5 - indexStart };
        const engines = full && queries.length ? await lotse.compareEngines(catalog, queries) : null;
        // First render: from inserting the element (built bundle) to its content on screen.
        const renders = {};
        for (const tag of ['lotse-feed-info', 'lotse-offer-finder']) {
          if (!customElements.get(tag)) continue;
          const element = document.createElement(tag);
          element.setAttribute('src', `${url}?for=${tag}`);
          const start = performance.now();
          document.body.append(element);
          await new Promise((resolve) => {
            const poll = () => {
              const shadow = element.shadowRoot;
              if (shadow && !shadow.querySelector('[aria-busy="true"]') && shadow.textContent.trim().length > 40) resolve();
              else requestAnimationFrame(poll);
            };
            poll();
          });
          renders[tag] = performance.now() - start;
          element.remove();
        }
        return {
          offers: feed.offers.length,
          problems: feed.problems.length,
          fetchMs: t1 - t0,
          validateMs: t2 - t1,
          fetchToValidatedMs: t2 - t0,
          catalogMs: t3 - t2,
          indexSearchableMs: index.searchableMs,
          indexCompleteMs: index.completeMs,
          validatedAndSearchableMs: t2 - t1 + (t3 - t2) + index.searchableMs,
          firstRenderMs: renders,
          engines,
          keystrokes: full ? await typeInFinder(url) : null,
        };
      }, { url: feedUrl, queries, full: i === RUNS - 1 }),
    );
    await page.close();
  }
  await browser.close();
  const pick = (key) => median(runs.map((r) => r[key]));
  const last = runs[runs.length - 1];
  const renderTags = Object.keys(runs[0].firstRenderMs);
  return {
    offers: runs[0].offers,
    problems: runs[0].problems,
    runs: RUNS,
    medianMs: {
      fetch: pick('fetchMs'),
      validate: pick('validateMs'),
      fetchToValidated: pick('fetchToValidatedMs'),
      catalog: pick('catalogMs'),
      indexSearchable: pick('indexSearchableMs'),
      indexComplete: pick('indexCompleteMs'),
      validatedAndSearchableAfterArrival: pick('validatedAndSearchableMs'),
      firstRender: Object.fromEntries(renderTags.map((tag) => [tag, median(runs.map((r) => r.firstRenderMs[tag]))])),
    },
    keystrokesInFinder: last.keystrokes,
    searchVersusFuse: last.engines,
  };
}

const { QUERIES: queries } = await import('./queries.mjs');
const demo = JSON.parse(await readFile(join(root, 'demo/data/feed.json'), 'utf8'));
await mkdir(join(root, 'bench/out'), { recursive: true });
const feedPath = 'bench/out/feed-10k.json';
const feedText = JSON.stringify(syntheticFeed(demo, COUNT));
await writeFile(join(root, feedPath), feedText);
await viteBuild('bench/bench-entry.ts', { outDir: 'bench/out' });
const server = await startServer({ root });
const origin = `http://127.0.0.1:${server.address().port}`;
const figures = {
  date: new Date().toISOString(),
  feed: { offers: COUNT, bytes: feedText.length, gzip: gz(Buffer.from(feedText)) },
  browser: await browserFigures(`${origin}/${feedPath}`, origin),
  bundle: await sizes(),
};
server.close();
console.log(JSON.stringify(figures, null, 2));
