// Analyzer plugins that make custom-elements.json describe the package as
// it ships: paths to dist/npm/*.js (and their dist/types/*.d.ts), one
// `custom-element-definition` per `defineElement('tag', Class)` call, no
// type-only exports, re-exports that point at the module declaring the
// class, and no tagless base class marked as a custom element. Tools that
// generate imports or types from the manifest then produce imports that work.
import { existsSync, readFileSync } from 'node:fs';
import { entryPoints } from './package-entries.mjs';

/** Where the npm build puts a source module, and its declarations. */
export function shippedPath(path) {
  const bare = path.replace(/^\.?\//, '').replace(/\.(ts|js)$/, '');
  if (!bare.startsWith('src/')) return undefined;
  const name = bare.slice('src/'.length);
  return { js: `dist/npm/${name}.js`, types: `dist/types/${name}.d.ts` };
}

/** Resolves a relative import (`./offer-finder.js`) against the importing module's path. */
function resolveRelative(from, specifier) {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const isTag = (name) => /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name);

/**
 * Reads what the analyzer does not: the registrations through Lotse's
 * `defineElement()`, which names each import comes from, and which exports
 * exist only for TypeScript.
 */
export function lotseDefinitions() {
  /** @type {Map<string, { definitions: {tag: string, name: string}[], imports: Map<string, {from: string, name: string}>, typeOnly: Set<string> }>} */
  const seen = new Map();
  const info = (path) => {
    if (!seen.has(path)) seen.set(path, { definitions: [], imports: new Map(), typeOnly: new Set() });
    return seen.get(path);
  };
  return {
    name: 'lotse-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      const here = info(moduleDoc.path);
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause?.namedBindings) {
        const bindings = node.importClause.namedBindings;
        if (ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) {
            here.imports.set(el.name.getText(), { from: node.moduleSpecifier.text, name: (el.propertyName ?? el.name).getText() });
          }
        }
      }
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const el of node.exportClause.elements) {
          if (node.isTypeOnly || el.isTypeOnly) here.typeOnly.add(el.name.getText());
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        here.definitions.push({ tag: node.arguments[0].text, name: node.arguments[1].text });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules;
      const declaring = (name, path) => modules.find((m) => m.path === path && m.declarations?.some((d) => d.name === name));
      /** The module that declares `name` as seen from `path`, following imports. */
      const origin = (name, path, depth = 0) => {
        if (declaring(name, path) || depth > 8) return { name, module: path };
        const imported = seen.get(path)?.imports.get(name);
        if (!imported || !imported.from.startsWith('.')) return { name, module: path };
        const target = resolveRelative(path, imported.from).replace(/\.js$/, '.ts');
        return origin(imported.name, target, depth + 1);
      };
      const tags = new Set();
      for (const mod of modules) {
        for (const d of mod.declarations ?? []) if (d.tagName) tags.add(d.tagName);
      }

      for (const mod of modules) {
        const here = seen.get(mod.path);
        mod.exports = (mod.exports ?? [])
          // Type-only exports do not exist in the JavaScript module.
          .filter((e) => !(e.kind === 'js' && here?.typeOnly.has(e.name)))
          // The analyzer reads `customElements.define(tag, element)` inside
          // defineElement() itself as a definition of an element named "tag".
          .filter((e) => e.kind !== 'custom-element-definition' || (isTag(e.name) && tags.has(e.name)))
          .map((e) => {
            if (e.kind !== 'js' || !e.declaration?.module) return e;
            const relative = e.declaration.module.startsWith('.');
            const from = relative ? resolveRelative(mod.path, e.declaration.module).replace(/\.js$/, '.ts') : e.declaration.module;
            return { ...e, declaration: origin(e.declaration.name, from) };
          });
        for (const { tag, name } of here?.definitions ?? []) {
          const declaration = origin(name, mod.path);
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration });
          const element = modules.find((m) => m.path === declaration.module)?.declarations?.find((d) => d.name === declaration.name);
          if (element && !element.tagName) Object.assign(element, { customElement: true, tagName: tag });
        }
        if (mod.exports.length === 0) delete mod.exports;
        for (const d of mod.declarations ?? []) {
          // A base class without a tag is a plain class (it cannot be put on a page).
          if (d.customElement && !d.tagName) delete d.customElement;
        }
      }
    },
  };
}

/**
 * The source modules the npm build ships: everything the entry points
 * reach through relative imports (static, dynamic or re-exports).
 */
export function shippedSources() {
  const seen = new Set();
  const queue = entryPoints().map((e) => e.source);
  while (queue.length) {
    const path = queue.pop();
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.[^'"]+)['"]/g)) {
      queue.push(resolveRelative(path, specifier).replace(/\.js$/, '.ts'));
    }
  }
  return seen;
}

/** Rewrites every source path (module paths and references) to the shipped file; runs last. */
export function shippedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string' && !('package' in value)) {
        value.module = shippedPath(inner)?.js ?? inner;
      } else rewrite(inner);
    }
  };
  return {
    name: 'lotse-shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      // The schema this file is checked against (test/build/manifest.test.mjs).
      manifest.schemaVersion = '2.1.0';
      // A source file no entry imports is not in the package, so not in the manifest either.
      const shipped = shippedSources();
      for (const mod of manifest.modules.filter((m) => !shipped.has(m.path))) {
        console.warn(`custom-elements.json: ${mod.path} is not imported by any entry point, so it is left out`);
      }
      manifest.modules = manifest.modules.filter((m) => shipped.has(m.path));
      manifest.modules = manifest.modules.map((mod) => {
        const shipped = shippedPath(mod.path);
        if (!shipped) return mod;
        rewrite(mod.declarations);
        rewrite(mod.exports);
        // `typeDefinitionPath` is not in the schema (which allows more
        // fields): where TypeScript finds this module's types.
        const { kind, path: _source, ...rest } = mod;
        return { kind, path: shipped.js, typeDefinitionPath: shipped.types, ...rest };
      });
      // The analyzer reads files in whatever order the file system lists them.
      manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Every element takes the shared theme tokens (`src/core/ui/tokens.ts`);
 * their JSDoc lists only what is the element's own. The tokens, their
 * defaults and meanings are read from the README's theming table, the one
 * place they are documented, so the manifest and the editor data list them
 * all for every element.
 */
export function sharedTokens(readme = new URL('../README.md', import.meta.url)) {
  const rows = [...readFileSync(readme, 'utf8').matchAll(/^\| `(--lotse-[a-z-]+)` \| ([^|]*) \| ([^|]*) \|$/gm)];
  const tokens = rows.map(([, name, fallback, meaning]) => ({ name, description: meaning.trim() || undefined, default: fallback.trim().replace(/^`|`$/g, '') }));
  return {
    name: 'lotse-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name)).map((t) => ({ ...t }))];
        }
      }
    },
  };
}
