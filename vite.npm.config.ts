/**
 * The npm build: one entry per element plus the core, with Lit and the other
 * dependencies left to the application's bundler so they are shared.
 * `@lit/localize` is bundled on purpose: Lotse installs its own `msg()`
 * implementation and must not collide with the host application's.
 */
import { defineConfig } from 'vite';
import { lotseMessages } from './scripts/message-ids.mjs';

const external = [/^lit($|\/)/, /^@lit\/reactive-element/, /^lit-html/, /^lit-element/];

export default defineConfig({
  plugins: [lotseMessages()],
  build: {
    target: 'es2022',
    outDir: 'dist/npm',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        'feed-info': 'src/components/feed-info/define.ts',
        'offer-finder': 'src/components/offer-finder/define.ts',
        core: 'src/core/index.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external,
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
