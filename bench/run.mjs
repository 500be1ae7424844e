// `npm run bench`: figures, not pass/fail. In headless Chromium against the
// built bundle: key presses into the finder as a resident feels them (Event
// Timing, on a synthetic 10,000-offer feed, also with the CPU slowed 4x, and
// on the demo feed), long tasks while typing, first results after the feed's
// bytes arrive; search relevance beside Fuse.js on queries generated from the
// demo feed; the cost of each search call; fetch-to-validated, index build
// and first render times; the bundle bytes (min+gzip) per entry point. Tables
// go to stderr, the JSON to stdout, with each budget marked met or not.
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { syntheticFeed } from './make-feed.mjs';
import { lotseMessages } from '../scripts/message-ids.mjs';
import { lotseCssTemplates } from '../scripts/css-templates.mjs';
import { generateQueries } from './generated-queries.mjs';
import { QUERIES } from './queries.mjs';
import { typingFigures, TYPED } from './key-presses.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env.BENCH_OFFERS ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Visits per typing figure; each types the same 63 keys. */
const TYPING_RUNS = Number(process.env.BENCH_TYPING_RUNS ?? 2);

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
    plugins: [lotseMessages(), lotseCssTemplates()],
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
  // lotse.js (every element) and each element's own file (lotse-offer-finder.js …), then the lazy chunks.
  const scripts = (await readdir(join(root, 'dist'))).filter((f) => /^lotse(-[a-z-]+)?\.js$/.test(f)).sort();
  for (const file of [...scripts, ...(await readdir(join(root, 'dist/chunks'))).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)]) {
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

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Loading figures of the core on its own: fetch, validation, catalogue, index, first render of each element. */
async function loadFigures(browser, feedUrl, origin) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/page.html`);
    await page.waitForFunction(() => customElements.get('lotse-feed-info'));
    page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
    runs.push(
      await page.evaluate(async ({ url }) => {
        const lotse = await import('/bench/out/bench-entry.js');
        const t0 = performance.now();
        const json = await lotse.fetchJson(url);
        const t1 = performance.now();
        const feed = lotse.validateFeed(json, url);
        const t2 = performance.now();
        const catalog = lotse.buildCatalog([feed]);
        const t3 = performance.now();
        // Index: titles, keywords, topics, providers and places first (searchable),
        // then summaries and descriptions (complete).
        // Long tasks while the index is built (the finder builds it while the resident types),
        // from a task of its own, so that validation's long task does not count.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const indexStart = performance.now();
        const longTasks = [];
        const keep = (entries) => longTasks.push(...entries.filter((e) => e.startTime >= indexStart).map((e) => e.duration));
        const observer = new PerformanceObserver((list) => keep(list.getEntries()));
        observer.observe({ type: 'longtask' });
        const search = new lotse.OfferSearch(catalog);
        await search.whenReady;
        const t4 = performance.now();
        await search.whenComplete;
        const t5 = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 100));
        keep(observer.takeRecords());
        observer.disconnect();
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
          indexSearchableMs: t4 - indexStart,
          indexCompleteMs: t5 - indexStart,
          indexLongTasks: longTasks.length,
          indexLongestTaskMs: Math.max(0, ...longTasks),
          validatedAndSearchableMs: t2 - t1 + (t3 - t2) + (t4 - indexStart),
          firstRenderMs: renders,
        };
      }, { url: feedUrl }),
    );
    await page.close();
  }
  const pick = (key) => median(runs.map((r) => r[key]));
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
      indexLongTasks: pick('indexLongTasks'),
      indexLongestTask: pick('indexLongestTaskMs'),
      validatedAndSearchableAfterArrival: pick('validatedAndSearchableMs'),
      firstRender: Object.fromEntries(renderTags.map((tag) => [tag, median(runs.map((r) => r.firstRenderMs[tag]))])),
    },
  };
}

/** Runs `compareEngines` or `searchCallTimes` (bench-entry.ts) in a page on the catalogue of the feed at `url`. */
async function onCatalog(browser, origin, url, name, arg) {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
  await page.goto(`${origin}/bench/page.html`);
  const result = await page.evaluate(
    async ({ url, name, arg }) => {
      const lotse = await import('/bench/out/bench-entry.js');
      const catalog = lotse.buildCatalog([lotse.validateFeed(await lotse.fetchJson(url), url)]);
      return lotse[name](catalog, arg);
    },
    { url, name, arg },
  );
  await page.close();
  return result;
}

/** The figures a reader looks for first, as plain tables (stderr, so stdout stays JSON). */
function printTables({ keyPresses: keys, relevance, searchCalls, bundle, budgets }) {
  const pct = (n) => `${(n * 100).toFixed(1)} %`;
  const lines = ['', 'Relevance on queries generated from the demo feed (top-1 / top-5)', 'kind            queries   Lotse top-1  top-5     Fuse.js top-1  top-5'];
  const { lotse, fuse } = relevance.generated;
  for (const [kind, l] of [...Object.entries(lotse.perKind), ['all', lotse]]) {
    const f = kind === 'all' ? fuse : fuse.perKind[kind];
    lines.push(`${kind.padEnd(16)}${String(l.queries).padStart(7)}   ${pct(l.top1).padStart(11)} ${pct(l.top5).padStart(7)}     ${pct(f.top1).padStart(13)} ${pct(f.top5).padStart(7)}`);
  }
  const hand = relevance.handWritten;
  lines.push(`${'hand-written'.padEnd(16)}${String(hand.lotse.queries).padStart(7)}   ${pct(hand.lotse.top1).padStart(11)} ${pct(hand.lotse.top5).padStart(7)}     ${pct(hand.fuse.top1).padStart(13)} ${pct(hand.fuse.top5).padStart(7)}`);
  lines.push('', 'Key to next paint (Event Timing), ms      median   p95   max  long tasks  first results after bytes (first cards / whole first page)');
  for (const [name, k] of Object.entries(keys)) {
    if (name === 'typed') continue;
    lines.push(`${name.padEnd(40)}${String(k.medianMs).padStart(8)}${String(k.p95Ms).padStart(6)}${String(k.maxMs).padStart(6)}${String(k.longTasksWhileTyping).padStart(12)}${String(k.firstResultsAfterBytesMs).padStart(12)} ms (${k.firstCards} cards; page ${k.firstPageAfterBytesMs} ms)`);
  }
  lines.push('', 'Key to the frame that shows its results, ms median   p95   max   keys');
  for (const [name, k] of Object.entries(keys)) {
    if (name === 'typed') continue;
    const r = k.keyToResultsPainted;
    lines.push(`${name.padEnd(40)}${String(r.medianMs).padStart(8)}${String(r.p95Ms).padStart(6)}${String(r.maxMs).padStart(6)}${String(r.keys).padStart(7)}`);
  }
  lines.push('', `Search calls at ${searchCalls.offers} offers: median ${searchCalls.lotse.medianMs} ms, p95 ${searchCalls.lotse.p95Ms} ms, max ${searchCalls.lotse.maxMs} ms (Fuse.js median ${searchCalls.fuse.medianMs} ms)`);
  const scripts = Object.entries(bundle.dist).filter(([file]) => !file.includes('/'));
  const search = Object.entries(bundle.dist).filter(([file]) => file.includes('/') && !/\/(?:ar|de|en|tr|uk)-/.test(file));
  lines.push(`Bundle gzip: ${scripts.map(([file, b]) => `${file} ${b.gzip} B`).join(', ')}`);
  lines.push(`Shared runtime gzip: ${bundle.sharedRuntime.initial.gzip} B (budget ${bundle.sharedRuntime.budgetGzip} B); lazy chunks ${search.map(([file, b]) => `${file} ${b.gzip} B`).join(', ')}`);
  lines.push('', 'Budgets:', ...Object.entries(budgets).map(([name, met]) => `  ${met ? 'met    ' : 'NOT met'} ${name}`), '');
  console.error(lines.join('\n'));
}

const demo = JSON.parse(await readFile(join(root, 'demo/data/feed.json'), 'utf8'));
const generated = generateQueries(demo);
// The hand-written list: an `expect` ending in "-" is any offer whose id starts with it.
const handWritten = QUERIES.map(({ q, expect }) => ({
  q,
  kind: 'hand',
  expect: demo.offers.map((o) => o.id).filter((id) => (expect.endsWith('-') ? id.startsWith(expect) : id === expect)),
}));
await mkdir(join(root, 'bench/out'), { recursive: true });
const feedPath = 'bench/out/feed-10k.json';
const feedText = JSON.stringify(syntheticFeed(demo, COUNT));
await writeFile(join(root, feedPath), feedText);
await viteBuild('bench/bench-entry.ts', { outDir: 'bench/out' });
const server = await startServer({ root });
const origin = `http://127.0.0.1:${server.address().port}`;
const bigFeed = `${origin}/${feedPath}`;
const demoFeed = `${origin}/demo/data/feed.json`;

const browser = await launch();
const relevance = {
  generated: await onCatalog(browser, origin, demoFeed, 'compareEngines', generated),
  handWritten: await onCatalog(browser, origin, demoFeed, 'compareEngines', handWritten),
};
const typedQueries = [...TYPED, ...generated.filter((_, i) => i % 37 === 0).map(({ q }) => q)];
const searchCalls = await onCatalog(browser, origin, bigFeed, 'searchCallTimes', typedQueries);
const keys = {
  [`offers${COUNT}`]: await typingFigures(browser, { origin, feedUrl: bigFeed }, TYPING_RUNS),
  [`offers${COUNT}CpuSlowed4x`]: await typingFigures(browser, { origin, feedUrl: bigFeed, cpuSlowdown: 4 }, TYPING_RUNS),
  demoFeed: await typingFigures(browser, { origin, feedUrl: demoFeed }, TYPING_RUNS),
};
const load = await loadFigures(browser, bigFeed, origin);
await browser.close();
server.close();

const big = keys[`offers${COUNT}`];
const slowed = keys[`offers${COUNT}CpuSlowed4x`];
const bundle = await sizes();
const budgets = {
  sharedRuntimeAtMost12KbGzip: bundle.sharedRuntime.initial.gzip <= bundle.sharedRuntime.budgetGzip,
  keyMedianAtMost16Ms: big.medianMs <= 16,
  keyP95AtMost50Ms: big.p95Ms <= 50,
  keyMaxAtMost100Ms: big.maxMs <= 100,
  keyP95CpuSlowed4xAtMost200Ms: slowed.p95Ms <= 200,
  noLongTaskWhileTyping: big.longTasksWhileTyping === 0,
  firstResultsAtMost500MsAfterBytes: big.firstResultsAfterBytesMs <= 500,
  demoFeedEveryKeyAtMost16Ms: keys.demoFeed.maxMs <= 16,
  relevanceTop5AtLeast95: relevance.generated.lotse.top5 >= 0.95,
  relevanceTop5NotBelowFuse: relevance.generated.lotse.top5 >= relevance.generated.fuse.top5,
  relevanceTop1AtLeast80: relevance.generated.lotse.top1 >= 0.8,
};
const figures = {
  date: new Date().toISOString(),
  feed: { offers: COUNT, bytes: feedText.length, gzip: gz(Buffer.from(feedText)) },
  keyPresses: { typed: TYPED, ...keys },
  relevance: { queries: { generated: generated.length, handWritten: handWritten.length }, ...relevance },
  searchCalls,
  load,
  bundle,
  budgets,
};
printTables(figures);
console.log(JSON.stringify(figures, null, 2));
