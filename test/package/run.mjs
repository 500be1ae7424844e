// The developer's path, tried on the packed tarball (`npm pack` of the built
// project) in a temporary app: strict typechecks (bundler and node10
// resolution, React 19 and Preact JSX, misuse that must fail), Vite builds
// of a Lit, a React and a Preact app that must hold exactly one Lit, a
// one-line app that imports `pickText` and must hold no Lit and no language
// chunk, and the built apps in Debian's Chromium under the README's strict
// CSP. Offline: see make-app.mjs.
//
//   node test/package/run.mjs [--lit <folder of another lit package>] [--quick] [--keep]
//
// --quick runs only what depends on Lit's version (the main typecheck, the
// Lit app's bundle and page, the classes); CI runs it on the lowest Lit of
// the peer range, `npm run test:lit-range` runs everything on each end.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer, TYPES } from '../../scripts/static-server.mjs';
import { makeApp, root } from './make-app.mjs';

const { values: options } = parseArgs({ options: { lit: { type: 'string' }, quick: { type: 'boolean' }, keep: { type: 'boolean' } } });
const litFolder = options.lit ? resolve(options.lit) : undefined;
const litPackage = litFolder ?? join(root, 'node_modules/lit');
const versionOf = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
const litVersion = versionOf(join(litPackage, 'package.json'));
/** What an app on that Lit runs: the lit-html that Node's lookup finds from lit's real folder. */
function litHtmlFrom(folder) {
  for (let dir = realpathSync(folder); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'node_modules/lit-html/package.json');
    if (existsSync(file)) return versionOf(file);
  }
  throw new Error(`no lit-html for ${folder}`);
}
const litHtmlVersion = litHtmlFrom(litPackage);

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

const started = performance.now();
const { app, pkg, files, base, cleanup } = makeApp({ lit: litFolder });
console.log(`package: lotse ${pkg.version} packed (${files.length} files), Lit ${litVersion} (lit-html ${litHtmlVersion}), app in ${base}`);

const checks = [];
/** `litDependent` checks are the ones --quick keeps (true), or only --quick runs ('only'). */
const check = (name, run, litDependent = false) => {
  if (options.quick ? litDependent : litDependent !== 'only') checks.push({ name, run });
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

// --- the tarball ----------------------------------------------------------

check('the tarball holds every file that exports, typesVersions and web-types name, and no sources', () => {
  const shipped = new Set(files);
  const targets = [];
  for (const target of Object.values(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) if (!path.includes('*')) targets.push(path);
  }
  for (const paths of Object.values(pkg.typesVersions['*'])) targets.push(...paths.filter((p) => !p.includes('*')));
  targets.push(pkg.main, pkg.types, pkg['web-types'], pkg.customElements);
  const missing = targets.map((p) => p.replace(/^\.\//, '')).filter((p) => !shipped.has(p));
  assert(missing.length === 0, `not in the tarball: ${missing.join(', ')}`);
  const stray = files.filter((f) => /^(src|test|scripts)\/|\/node_modules\//.test(f));
  assert(stray.length === 0, `should not ship: ${stray.slice(0, 5).join(', ')}`);
  assert(!pkg.dependencies?.lit && pkg.peerDependencies?.lit, 'lit must be a peer dependency, not a dependency');
});

// --- the command line: `npx lotse` as users run it, plain Node, no build step

/** `npx lotse ...args` in the app; resolves with the exit code and output. */
function npxLotse(args) {
  return new Promise((done) => {
    execFile('npx', ['--no', '--', 'lotse', ...args], { cwd: app, env: { ...process.env, LANG: 'en_US.UTF-8' } }, (error, stdout, stderr) =>
      done({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

check('npx lotse --help lists the commands', async () => {
  const { code, stdout, stderr } = await npxLotse(['--help']);
  assert(code === 0, `exit ${code}: ${stderr}`);
  for (const command of ['validate', 'import csv', 'import ics', 'import hsds', 'import integreat', 'merge', 'stale', 'ics FEED']) {
    assert(stdout.includes(`lotse ${command}`), `--help does not list ${command}`);
  }
});

check('npx lotse validate checks the demo feed with the shipped validator, and a broken file exits 2', async () => {
  const ok = await npxLotse(['validate', join(root, 'demo/data/feed.json'), '--json']);
  assert(ok.code === 0 || ok.code === 1, `exit ${ok.code}: ${ok.stderr}`);
  const [report] = JSON.parse(ok.stdout);
  assert(report.offers > 0, JSON.stringify(report).slice(0, 200));
  const broken = await npxLotse(['validate', join(app, 'package.json')]);
  assert(broken.code === 2, `exit ${broken.code}: ${broken.stderr}`);
});

// --- types (tsc runs in the background; its checks come last) -------------

/** The tsc programs, started together and compiling while the builds and the browser checks run. */
const programs = new Map();
function startPrograms() {
  for (const config of options.quick ? ['tsconfig.lit.json'] : ['tsconfig.json', 'tsconfig.node16.json', 'tsconfig.node10.json', 'tsconfig.misuse.json']) {
    const output = new Promise((done) => {
      const args = [join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--pretty', 'false'];
      execFile(process.execPath, args, { cwd: app, maxBuffer: 1 << 24 }, (_error, stdout, stderr) => done(`${stdout}${stderr}`));
    });
    programs.set(config, output);
  }
}
/** The errors of one program by file and line. */
async function tsc(config) {
  const output = await programs.get(config);
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(([, file, line, code, message]) => ({ file, line: Number(line), code, message }));
}
const show = (errors) => errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.message}`).join('\n       ');

// Started now, checked last: the builds and the browser run meanwhile.
startPrograms();

// --- bundles --------------------------------------------------------------

const bundles = {};
async function bundle(name, jsxImportSource) {
  const outDir = join(app, 'dist', name);
  await build({
    root: app,
    base: `/${name}/`,
    configFile: false,
    logLevel: 'error',
    ...(jsxImportSource ? { oxc: { jsx: { runtime: 'automatic', importSource: jsxImportSource } } } : {}),
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(app, `${name}.html`) } },
  });
  const js = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) js.push({ file: relative(outDir, path), code: readFileSync(path, 'utf8') });
    }
  };
  walk(outDir);
  bundles[name] = js;
  return js;
}

/** Copies of lit-html in a bundle: its version marker and its Trusted Types policy. */
function litCopies(js) {
  const count = (re) => js.reduce((n, { code }) => n + (code.match(re)?.length ?? 0), 0);
  return { versions: count(/litHtmlVersions[^;]*?\.push\(/g), policies: count(/createPolicy\(\s*["'`]lit-html["'`]/g) };
}
const kb = (js) => (js.reduce((n, { code }) => n + code.length, 0) / 1024).toFixed(1);

for (const [name, jsx] of [
  ['lit', undefined],
  ['react', 'react'],
  ['preact', 'preact'],
]) {
  check(`the ${name} app bundles exactly one Lit`, async () => {
    const js = await bundle(name, jsx);
    const copies = litCopies(js);
    assert(copies.versions === 1 && copies.policies === 1, `lit-html copies: ${JSON.stringify(copies)}`);
    if (jsx === 'preact') assert(!js.some(({ code }) => code.includes('react.transitional.element')), 'Preact app was compiled for React');
    return `${kb(js)} KB in ${js.length} files`;
  }, name === 'lit');
}

check('control: a Lit app that imports the script-tag bundle (lotse/bundle) has two Lits, and the count sees them', async () => {
  const copies = litCopies(await bundle('lit-bundle'));
  assert(copies.versions === 2 && copies.policies === 2, `expected two copies, got ${JSON.stringify(copies)}`);
});

check('importing only pickText from lotse/core bundles no Lit, no element and no language chunk', async () => {
  const js = await bundle('pick-text');
  const copies = litCopies(js);
  assert(copies.versions === 0 && copies.policies === 0, `Lit in the bundle: ${JSON.stringify(copies)}`);
  assert(js.length === 1, `more than one script (language chunks?): ${js.map((f) => f.file).join(', ')}`);
  const [{ code }] = js;
  assert(!/customElements|lit-html|LitElement|_\$litElement\$/.test(code), 'element code in the bundle');
  assert(code.length < 3000, `${code.length} bytes for one helper`);
  return `${code.length} bytes`;
});

// --- in the browser, under the README's CSP -------------------------------

const feed = join(root, 'demo/data/feed.json');
const server = await startServer({
  root: join(app, 'dist'),
  routes: async (path, send) => (path === '/feed.json' ? send(200, readFileSync(feed), TYPES['.json']) : undefined),
  headersFor: (_path, type) => (type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

async function open(path) {
  const page = await browser.newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  // The browser's own favicon request is no concern of the app's.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && console.push(`error: ${r.status()} ${r.url()}`));
  await page.goto(`${origin}${path}`);
  const problems = async () => {
    const recorded = await page.evaluate(() => [...window.__violations, ...window.__errors]);
    const reported = console.filter((line) => /Refused to|Trusted ?Type|pageerror|^error:/i.test(line) && !/^error: Failed to load resource/.test(line));
    return [...recorded, ...reported];
  };
  return { page, problems };
}

/** Opens an offer in the finder and reads what the app's own listener wrote down. */
async function selectFirstOffer(page, finder = 'lotse-offer-finder') {
  await page.locator(`${finder} [part~="card"] button`).first().click({ timeout: 20000 });
  await page.waitForFunction(() => document.getElementById('selected')?.textContent?.trim(), undefined, { timeout: 10000 });
  return page.evaluate(() => document.getElementById('selected').textContent.trim());
}

for (const name of ['lit', 'react', 'preact']) {
  check(`the ${name} app renders the finder under the strict CSP with no violation; the app receives lotse-offer-select`, async () => {
    const { page, problems } = await open(`/${name}/${name}.html`);
    const key = await selectFirstOffer(page);
    assert(key.length > 0, 'no offer key');
    const state = await page.evaluate(() => ({
      lit: window.litHtmlVersions,
      search: location.search,
      noUrlSync: document.querySelector('lotse-offer-finder, town-page')?.shadowRoot?.querySelector('lotse-offer-finder')?.noUrlSync ?? document.querySelector('lotse-offer-finder')?.noUrlSync,
    }));
    assert(state.lit?.length === 1 && state.lit[0] === litHtmlVersion, `lit-html at run time: ${state.lit}, expected ${litHtmlVersion} once`);
    assert(state.noUrlSync === true && state.search === '', `no-url-sync not applied: ${JSON.stringify(state)}`);
    const found = await problems();
    assert(found.length === 0, found.join(' | '));
    await page.close();
    return `offer ${key}`;
  }, name === 'lit');
}

check('the class entries register no tag; the classes work under the app’s own tags', async () => {
  await bundle('class');
  const { page, problems } = await open('/class/class.html');
  await page.waitForFunction(() => window.__classEntry, undefined, { timeout: 10000 });
  const result = await page.evaluate(() => window.__classEntry);
  assert(result.classes.length >= 2, `classes: ${result.classes}`);
  assert(result.definedOnImport.length === 0, `importing the classes defined ${result.definedOnImport.join(', ')}`);
  assert(result.defined.length === result.classes.length, `own tags: ${result.defined}`);
  // Every element under its own tag leaves its loading state and shows the feed (its publisher, its offers or its courses) or, the language menu, its languages.
  await page.waitForFunction(
    (tags) => tags.every((tag) => {
      const shadow = document.querySelector(tag)?.shadowRoot;
      // The language menu shows no feed: its list of languages is its content.
      const content = shadow?.querySelector('a[hreflang]') ? /Deutsch/.test(shadow.textContent) : /Musterland|Musterstadt/.test(shadow?.textContent ?? '');
      return shadow && !shadow.querySelector('[aria-busy="true"], [part="error"]') && content;
    }),
    result.defined,
    { timeout: 20000 },
  );
  const found = await problems();
  assert(found.length === 0, found.join(' | '));
  await page.close();
  return result.defined.join(', ');
}, true);

// --- types, checked last -------------------------------------------------

for (const [config, what] of [
  ['tsconfig.json', 'strictly with skipLibCheck off: Vite + TS, Lit, React 19 and Preact apps, class entries and manifest paths (moduleResolution bundler)'],
  ['tsconfig.lit.json', 'strictly with skipLibCheck off: the Lit app, class entries and manifest paths'],
  ['tsconfig.node16.json', 'every subpath and manifest path with moduleResolution node16 (exports)'],
  ['tsconfig.node10.json', 'every subpath and manifest path with moduleResolution node10 (typesVersions)'],
]) {
  check(
    `typechecks ${what}`,
    async () => {
      const errors = await tsc(config);
      assert(errors.length === 0, show(errors));
    },
    // The Lit-only program is the quick run's; the full run checks the same files in tsconfig.json.
    config === 'tsconfig.lit.json' && 'only',
  );
}

for (const config of ['tsconfig.misuse.json']) {
  check(`misuse fails to typecheck with the expected error on each marked line, and only there (${config})`, async () => {
    const errors = await tsc(config);
    const sources = JSON.parse(readFileSync(join(app, config), 'utf8')).files;
    const problems = [];
    let marked = 0;
    for (const source of sources) {
      const lines = readFileSync(join(app, source), 'utf8').split('\n');
      const here = errors.filter((e) => e.file.endsWith(source));
      lines.forEach((text, i) => {
        const expected = text.match(/\/\/ error (TS\d+)$/)?.[1];
        const found = here.filter((e) => e.line === i + 1);
        if (expected) marked++;
        if (expected && !found.some((e) => e.code === expected)) problems.push(`${source}:${i + 1} expected ${expected}, got ${found.map((e) => e.code).join(', ') || 'no error'}`);
        if (!expected && found.length) problems.push(`${source}:${i + 1} unexpected: ${show(found)}`);
      });
    }
    assert(marked >= 15, `only ${marked} marked lines`);
    assert(problems.length === 0, problems.join('\n       '));
  });
}

let passed = 0;
let failed = 0;
try {
  for (const { name, run } of checks) {
    const t0 = performance.now();
    try {
      const note = await run();
      passed++;
      console.log(`  ok   ${name}${note ? `: ${note}` : ''} (${Math.round(performance.now() - t0)} ms)`);
    } catch (error) {
      failed++;
      console.log(`  FAIL ${name}\n       ${error.message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
  if (options.keep) console.log(`kept ${base}`);
  else cleanup();
}
console.log(`package (Lit ${litVersion}, ${Math.round((performance.now() - started) / 1000)} s): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
