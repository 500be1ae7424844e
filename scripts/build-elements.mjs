/**
 * One file per element beside dist/lotse.js: `dist/lotse-offer-finder.js` and so on, for a
 * page that shows a single element. Each holds Lit, the feed and locale core and its element,
 * and nothing of the others: the finder alone costs a resident far less than every element.
 * Lazy chunks (UI languages, the search index, trees) go to dist/chunks as in lotse.js and
 * import nothing either. Pages with several elements load lotse.js once instead: two of these
 * files would each bring their own Lit and fetch the feed each.
 */
import { readdir } from 'node:fs/promises';
import { build } from 'vite';

const names = (await readdir('src/components', { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const name of names) {
  process.env.LOTSE_ELEMENT = name;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.error(`dist/lotse-{${names.join(',')}}.js`);
