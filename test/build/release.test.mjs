// The release a webmaster downloads: everything the README promises, the
// example page loads what is in the zip, and the feed template is a valid
// feed that names the schema beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { importTs } from '../../scripts/load-ts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('npm run release writes a zip with the script, its chunks, an example page, a feed template, the schema, the theme and the how-to', async () => {
  execFileSync(process.execPath, ['scripts/release.mjs'], { cwd: root, stdio: 'pipe' });
  const zip = unzipSync(new Uint8Array(readFileSync(new URL(`../../release/lotse-${version}.zip`, import.meta.url))));
  const folder = `lotse-${version}/`;
  const names = Object.keys(zip).map((name) => name.slice(folder.length));
  for (const name of ['lotse.js', 'index.html', 'lotse-page.css', 'feed.json', 'feed.schema.json', 'themes/kern.css', 'LIESMICH.md', 'LICENSE']) {
    assert.ok(names.includes(name), `${name} in the zip`);
  }
  const chunks = names.filter((name) => name.startsWith('chunks/'));
  assert.ok(chunks.some((name) => /chunks\/de-.*\.js$/.test(name)), 'the German chunk');
  assert.ok(chunks.some((name) => /minisearch|search/.test(name)), 'the search chunk');
  assert.ok(!names.some((name) => name.endsWith('.map') || name.startsWith('npm/') || name.startsWith('types/')), 'nothing for developers only');
  // Every chunk lotse.js and each element's own file import is in the zip.
  const scripts = names.filter((name) => /^lotse(-[a-z-]+)?\.js$/.test(name));
  assert.deepEqual(scripts.sort(), ['lotse-course-calendar.js', 'lotse-feed-info.js', 'lotse-health-guide.js', 'lotse-language-switcher.js', 'lotse-offer-finder.js', 'lotse.js']);
  for (const name of scripts) {
    const script = strFromU8(zip[`${folder}${name}`]);
    const imported = [...script.matchAll(/["'`]\.\/(chunks\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]);
    assert.ok(imported.length >= 5, `${name} names its chunks (${imported.length} found)`);
    for (const path of imported) assert.ok(names.includes(path), `${path} (from ${name}) in the zip`);
  }
  const page = strFromU8(zip[`${folder}index.html`]);
  assert.match(page, /<script type="module" src="\.\/lotse\.js"><\/script>/);
  assert.match(page, /<lotse-offer-finder src="\.\/feed\.json">/);
  assert.doesNotMatch(page, /<style|style=/, 'no inline style: a strict CSP blocks it');
  const feed = JSON.parse(strFromU8(zip[`${folder}feed.json`]));
  assert.equal(feed.$schema, './feed.schema.json');
  const { validateFeed } = await importTs('src/core/feed/validate.ts');
  const checked = validateFeed(feed, 'https://www.musterstadt.example/feed.json');
  assert.deepEqual(checked.problems.map((p) => `${p.field}: ${p.reason}`), [], 'the template has no problems');
  assert.equal(checked.offers.length, 2);
});
