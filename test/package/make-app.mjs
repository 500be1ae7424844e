// Builds the test application from the packed tarball, as a developer's
// `npm install lotse` would lay it out, but offline: the tarball is unpacked
// into the app's node_modules/lotse, and every other dependency (lotse's own
// and the app's) is a link into the project's node_modules. Bundlers and tsc
// follow links to their real paths, so Lotse and the app share one Lit just
// as npm's flat install would give them.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./app/', import.meta.url));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** `npm pack` of the built project into `dir`; returns the tarball's path. */
function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(out);
  return { tarball: join(dir, filename), files: files.map((f) => f.path) };
}

function link(app, name, target) {
  const at = join(app, 'node_modules', name);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at, 'dir');
}

/** Test sources derived from the packed package: nothing here lists elements by hand. */
function generateSources(app, pkg, manifest) {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ path: m.path, ...d })));
  const classEntries = Object.keys(pkg.exports).filter((s) => s.endsWith('/class'));

  // Importing every class entry registers no tag; the classes then work under the app's own tags.
  const classEntry = [
    "import './violations.js';",
    ...classEntries.map((s, i) => `import * as entry${i} from 'lotse/${s.slice(2)}';`),
    `const tags = ${JSON.stringify(elements.map((e) => e.tagName))};`,
    'const definedOnImport = tags.filter((tag) => customElements.get(tag) !== undefined);',
    // By export name: a minifier may rename the classes themselves.
    `const exported: [string, unknown][] = [${classEntries.map((_, i) => `...Object.entries(entry${i})`).join(', ')}];`,
    'const classes = exported.filter(',
    '  (entry): entry is [string, CustomElementConstructor] => typeof entry[1] === "function" && entry[1].prototype instanceof HTMLElement,',
    ');',
    `const own: Record<string, string> = ${JSON.stringify(Object.fromEntries(elements.map((e) => [e.name, `town-${e.tagName.replace(/^lotse-/, '')}`])))};`,
    'for (const [name, element] of classes) {',
    '  const tag = own[name];',
    '  if (tag) customElements.define(tag, element);',
    '}',
    'Object.assign(window, { __classEntry: { definedOnImport, classes: classes.map(([name]) => name), defined: Object.values(own).filter((t) => customElements.get(t)) } });',
    '',
  ].join('\n');
  writeFileSync(join(app, 'src/class-entry.ts'), classEntry);
  const townTags = elements.map((e) => `town-${e.tagName.replace(/^lotse-/, '')}`);
  writeFileSync(
    join(app, 'class.html'),
    `<!doctype html>\n<html lang="de">\n  <head><meta charset="utf-8"><title>Classes</title></head>\n  <body>\n${townTags
      .map((t) => `    <${t} src="/feed.json" no-url-sync></${t}>`)
      .join('\n')}\n    <script type="module" src="./src/class-entry.ts"></script>\n  </body>\n</html>\n`,
  );

  // Every path the manifest names is an import that resolves, with its types.
  const manifestImports = elements.map((e, i) => `import { ${e.name} as Element${i} } from 'lotse/${e.path}';`);
  manifestImports.push(`export const fromManifest = [${elements.map((_, i) => `Element${i}`).join(', ')}] satisfies CustomElementConstructor[];`, '');
  writeFileSync(join(app, 'src/manifest-imports.ts'), manifestImports.join('\n'));

  // Every subpath and manifest path, for node16 (exports) and node10 (no exports: typesVersions).
  const typed = Object.entries(pkg.exports).filter(([s, t]) => typeof t === 'object' && t.types && !s.includes('*'));
  const subpaths = typed.map(([s], i) => `import type * as entry${i} from '${s === '.' ? 'lotse' : `lotse/${s.slice(2)}`}';`);
  subpaths.push(...manifestImports.slice(0, -2));
  subpaths.push(`export const fromManifest = [${elements.map((_, i) => `Element${i}`).join(', ')}] satisfies CustomElementConstructor[];`, '');
  writeFileSync(join(app, 'src/subpaths.ts'), subpaths.join('\n'));

  // A Lit app that takes the script-tag bundle instead: the control that shows the Lit count can fail.
  writeFileSync(join(app, 'src/lit-bundle-app.ts'), readFileSync(join(app, 'src/lit-app.ts'), 'utf8').replace("import 'lotse';", "import 'lotse/bundle';"));
  writeFileSync(join(app, 'lit-bundle.html'), readFileSync(join(app, 'lit.html'), 'utf8').replace('lit-app.ts', 'lit-bundle-app.ts'));
}

/**
 * Makes the app in a fresh temporary folder. `lit` is the folder of the Lit
 * package to use (the project's own by default, or another version).
 */
export function makeApp({ lit = join(root, 'node_modules/lit') } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'lotse-package-'));
  const { tarball, files } = pack(base);
  const app = join(base, 'app');
  cpSync(fixture, app, { recursive: true });
  const lotse = join(app, 'node_modules/lotse');
  mkdirSync(lotse, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', lotse, '--strip-components=1']);

  const pkg = readJson(join(lotse, 'package.json'));
  const appPkg = readJson(join(app, 'package.json'));
  const names = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(appPkg.dependencies),
    ...Object.keys(appPkg.devDependencies),
  ]);
  names.delete('lotse');
  for (const name of names) link(app, name, name === 'lit' ? lit : join(root, 'node_modules', name));
  // The commands in node_modules/.bin, as npm links a package's `bin` on install.
  for (const [command, target] of Object.entries(pkg.bin ?? {})) {
    const at = join(app, 'node_modules/.bin', command);
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(join('..', 'lotse', target), at);
    chmodSync(join(lotse, target), 0o755);
  }

  generateSources(app, pkg, readJson(join(lotse, 'custom-elements.json')));
  return { base, app, pkg, files, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
