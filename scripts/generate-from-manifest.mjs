// Writes what is derived from custom-elements.json into dist/, after the
// npm build and tsc (`npm run build` runs it): the global event map, the
// JSX declarations for React and Preact, the entry declaration files that
// package.json's `types` point at, and the editor data for VS Code and
// JetBrains IDEs. Nothing here is kept by hand, so a new widget (a new
// folder under src/components/ with its JSDoc tags) is covered as it is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readElements } from './manifest/elements.mjs';
import { entryDeclarations, eventsDeclarations, preactJsx, reactJsx } from './manifest/types.mjs';
import { vscodeCustomData, webTypes } from './manifest/editor-data.mjs';
import { EDITOR_DATA, JSX_ENTRIES, entryPoints } from './package-entries.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const write = (path, text) => {
  const file = join(root, path.replace(/^\.\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const pkg = JSON.parse(read('package.json'));
const elements = readElements(JSON.parse(read('custom-elements.json')));
if (elements.length === 0) throw new Error('custom-elements.json describes no element');

write('dist/types/events.d.ts', eventsDeclarations(elements, read));
const jsx = { './jsx-react': reactJsx, './jsx-preact': preactJsx };
for (const entry of JSX_ENTRIES) write(entry.types, jsx[entry.subpath](elements, read, entry.types.replace(/^\.\//, '')));
for (const entry of entryPoints()) {
  if (entry.types !== entry.declarations) write(entry.types, entryDeclarations(entry));
}
write(EDITOR_DATA.vscode, `${JSON.stringify(vscodeCustomData(elements, { homepage: pkg.homepage }), null, 2)}\n`);
write(EDITOR_DATA.webTypes, `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);

console.log(`generate-from-manifest: ${elements.map((e) => `<${e.tag}>`).join(', ')}`);
