// `npm run test:lit-range`: the whole package test (run.mjs) on each end of
// the `lit` peer range in package.json: for every `^X.Y.Z` part, that exact
// release with the exact lowest lit-html, lit-element and reactive-element
// it allows (what a long-lived lockfile may hold), and the newest release
// in the range. Needs the npm registry (installs into node_modules/.cache),
// so CI runs only the offline subset (run.mjs --quick on the `lit-2` alias).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './make-app.mjs';

const pkg = (await import(join(root, 'package.json'), { with: { type: 'json' } })).default;
const range = pkg.peerDependencies.lit;
const parts = range.split('||').map((p) => p.trim());
const lowest = parts.map((p) => {
  const match = p.match(/^\^(\d+\.\d+\.\d+)$/);
  if (!match) throw new Error(`lit-range understands ranges like ^2.1.0 || ^3.0.0, not ${p}`);
  return match[1];
});

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const cache = join(root, 'node_modules/.cache/lotse-lit-range');

/** Installs `lit@spec` (with `overrides`) once into the cache; returns the lit folder. */
function install(label, spec, overrides = {}) {
  const dir = join(cache, label);
  const lit = join(dir, 'node_modules/lit');
  if (!existsSync(join(lit, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `lit-range-${label}`, private: true, dependencies: { lit: spec }, overrides }, null, 2));
    npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], dir);
  }
  return lit;
}

const runs = lowest.map((version) => {
  const dependencies = JSON.parse(npm(['view', `lit@${version}`, 'dependencies', '--json'], root));
  const overrides = Object.fromEntries(Object.entries(dependencies).map(([name, spec]) => [name, spec.replace(/^[\^~]/, '')]));
  return { label: `${version}-exact`, lit: install(`${version}-exact`, version, overrides) };
});
runs.push({ label: 'newest', lit: install('newest', range) });

let failed = 0;
for (const { label, lit } of runs) {
  console.log(`\n== lit ${label} ==`);
  try {
    execFileSync(process.execPath, [join(root, 'test/package/run.mjs'), '--lit', lit], { stdio: 'inherit' });
  } catch {
    failed++;
  }
}
console.log(`\nlit-range (${range}): ${runs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
