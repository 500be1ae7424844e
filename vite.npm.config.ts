/**
 * The npm build: the sources' own module layout under dist/npm (as Lit's
 * packages ship), with Lit and the other dependencies left to the
 * application's bundler so they are shared, and only the modules marked in
 * package.json's `sideEffects` doing anything on import. So an app that
 * imports `pickText` from `lotse/core` gets that helper alone, without Lit
 * or a language chunk, and the manifest can name each class's own file.
 *
 * `@lit/localize` is bundled on purpose (under dist/npm/vendor/): Lotse
 * installs its own `msg()` implementation and must not collide with the host
 * application's.
 */
import { defineConfig } from 'vite';
import { lotseCssTemplates } from './scripts/css-templates.mjs';
import { lotseMessages } from './scripts/message-ids.mjs';
import { entryPoints } from './scripts/package-entries.mjs';

const external = [/^lit($|\/)/, /^@lit\/reactive-element/, /^lit-html/, /^lit-element/, /^lean-qr($|\/)/, /^ical\.js($|\/)/];

export default defineConfig({
  plugins: [lotseMessages(), lotseCssTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist/npm',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(entryPoints().map((e) => [e.name, e.source])),
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // npm leaves every folder named node_modules out of a package.
        entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
      },
    },
  },
});
