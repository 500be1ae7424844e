// The package's entry points, read from the folders under src/components/:
// every folder with a define.ts is an element, published as `lotse/<name>`
// (registers the tag) and `lotse/<name>/class` (the class alone). The npm
// build, the generated types and package.json's `exports` and
// `typesVersions` all come from this one list, so a new widget needs no
// hand-kept entry anywhere.
//
// `node scripts/package-entries.mjs` rewrites `exports` and `typesVersions`
// in package.json; `npm run check:fresh` fails when they are stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Element folders: src/components/<name>/ with define.ts (registers) and <name>.ts (the class). */
export function elementNames(base = root) {
  const dir = join(base, 'src/components');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Every entry: `subpath` as imported (`.` is the package root), `source`
 * under src/, the JavaScript under dist/npm and the declaration file that
 * `types` points at. Element entries and the root get a small generated
 * declaration under dist/types/entries/ that adds the global event types
 * (scripts/generate-from-manifest.mjs).
 */
export function entryPoints(base = root) {
  const module = (source) => source.replace(/^src\//, '').replace(/\.ts$/, '');
  const entry = (subpath, source, types) => ({
    subpath,
    source,
    name: module(source),
    js: `./dist/npm/${module(source)}.js`,
    types: types ?? `./dist/types/${module(source)}.d.ts`,
    declarations: `./dist/types/${module(source)}.d.ts`,
  });
  const wrapped = (subpath) => `./dist/types/entries/${subpath === '.' ? 'index' : subpath}.d.ts`;
  return [
    entry('.', 'src/index.ts', wrapped('.')),
    entry('./core', 'src/core/index.ts'),
    ...elementNames(base).flatMap((name) => [
      entry(`./${name}`, `src/components/${name}/define.ts`, wrapped(name)),
      entry(`./${name}/class`, `src/components/${name}/${name}.ts`, wrapped(`${name}/class`)),
    ]),
  ];
}

/** Type-only entries: JSX declarations generated from the manifest. */
export const JSX_ENTRIES = [
  { subpath: './jsx-react', types: './dist/types/jsx/react.d.ts' },
  { subpath: './jsx-preact', types: './dist/types/jsx/preact.d.ts' },
];

/** Editor data generated from the manifest, published at the package root's subpaths. */
export const EDITOR_DATA = {
  vscode: './dist/vscode.html-custom-data.json',
  webTypes: './dist/web-types.json',
};

export function packageFields(base = root) {
  const entries = entryPoints(base);
  const main = entries[0];
  const exports = {};
  for (const e of entries) {
    exports[e.subpath] = { types: e.types, default: e.js };
    // The pre-bundled script-tag build, with its own Lit: for pages without a bundler.
    if (e.subpath === '.') exports['./bundle'] = { types: e.types, default: './dist/lotse.js' };
  }
  for (const j of JSX_ENTRIES) exports[j.subpath] = { types: j.types };
  // Every module the manifest names (dist/npm/...) can be imported by that path.
  exports['./dist/npm/*.js'] = { types: './dist/types/*.d.ts', default: './dist/npm/*.js' };
  exports['./custom-elements.json'] = './custom-elements.json';
  exports['./vscode.html-custom-data.json'] = EDITOR_DATA.vscode;
  exports['./web-types.json'] = EDITOR_DATA.webTypes;
  exports['./schema/feed.schema.json'] = './schema/feed.schema.json';
  exports['./package.json'] = './package.json';

  // TypeScript with `moduleResolution: node10` ignores `exports`; these map the same subpaths.
  const paths = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (subpath === '.' || typeof target === 'string' || !target.types) continue;
    paths[subpath.slice(2)] = [target.types];
  }
  return {
    main: main.js,
    module: main.js,
    types: main.types,
    exports,
    typesVersions: { '*': paths },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const fields = packageFields();
  // Keep the field order people expect; replace only what is derived.
  const out = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'typesVersions') continue;
    out[key] = key in fields ? fields[key] : value;
    if (key === 'exports') out.typesVersions = fields.typesVersions;
  }
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
