/**
 * The webmaster's build: `dist/lotse.js`, one ES module that defines every
 * element, with each UI locale (and later the search library) in its own
 * chunk that loads relative to the script's own URL.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'lotse.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('minisearch')) ? 'chunks/minisearch-[hash].js' : 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace by default; residents pay for every byte.
        minify: true,
        // What the entry shares with its lazy chunks goes into one small chunk.
        // (Lazy chunks never import lotse.js itself: a page may load it as
        // lotse.js?ver=1.2, and a second URL would mean a second copy.)
        codeSplitting: {
          groups: [
            { name: 'shared', test: /@lit[\\/]localize|feed[\\/](vocabulary|errors)/ },
          ],
        },
      },
    },
  },
});
