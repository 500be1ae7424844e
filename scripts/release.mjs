// `npm run release`: release/lotse-VERSION.zip, what a webmaster downloads
// instead of installing Node: lotse.js with its chunks/, an example page, a
// feed template with its schema, the KERN theme and a one-page how-to in
// German and English. Run after `npm run build`.
import { readdir, readFile, mkdir, writeFile, rename, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('../', import.meta.url));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The zip's contents: its path -> the file's bytes. */
export async function releaseFiles() {
  try {
    await stat(join(root, 'dist/lotse.js'));
  } catch {
    throw new Error('dist/lotse.js is missing: run `npm run build` first.');
  }
  const out = {};
  const add = async (from, to) => (out[to] = new Uint8Array(await readFile(join(root, from))));
  await add('dist/lotse.js', 'lotse.js');
  // One file per element, for a page that shows only that one.
  for (const name of await readdir(join(root, 'dist'))) if (/^lotse-[a-z-]+\.js$/.test(name)) await add(`dist/${name}`, name);
  for await (const path of files(join(root, 'dist/chunks'))) {
    // Source maps stay with developers; residents' servers need the code only.
    if (!path.endsWith('.map')) await add(relative(root, path), `chunks/${relative(join(root, 'dist/chunks'), path)}`);
  }
  for (const name of ['index.html', 'lotse-page.css', 'feed.json', 'LIESMICH.md']) await add(`release-template/${name}`, name);
  await add('schema/feed.schema.json', 'feed.schema.json');
  for (const name of await readdir(join(root, 'themes'))) await add(`themes/${name}`, `themes/${name}`);
  await add('LICENSE', 'LICENSE');
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const contents = await releaseFiles();
  const folder = `lotse-${version}`;
  const zip = zipSync(Object.fromEntries(Object.entries(contents).map(([path, bytes]) => [`${folder}/${path}`, bytes])), { level: 9 });
  await mkdir(join(root, 'release'), { recursive: true });
  const target = join(root, 'release', `${folder}.zip`);
  // Never a half-written zip: write beside it, then rename.
  await writeFile(`${target}.part`, zip);
  await rename(`${target}.part`, target);
  console.log(`release/${folder}.zip: ${Object.keys(contents).length} files, ${Math.round(zip.length / 1024)} KB`);
}
