// Walks shared by the build steps and their tests: over an ESTree, and over the TypeScript sources.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Depth-first walk over an ESTree, calling `visit` for every node. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((item) => walk(item, visit));
    else if (child && typeof child === 'object' && key !== 'loc') walk(child, visit);
  }
}

/** Every `.ts` file under `dir`, generated ones left out. */
export function sourceFiles(dir) {
  const files = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'generated') visit(join(folder, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(folder, entry.name));
    }
  };
  visit(dir);
  return files;
}
