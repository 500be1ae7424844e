/**
 * The webmaster's build: `dist/lotse.js`, one ES module that defines every
 * element, with each UI locale and the search index in its own
 * chunk that loads relative to the script's own URL.
 */
import { defineConfig } from 'vite';
import { lotseMessages } from './scripts/message-ids.mjs';

export default defineConfig({
  plugins: [lotseMessages({ requireEveryMessage: true })],
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
      onLog(level, log, handler) {
        // The store loads the problem words lazily, but <lotse-feed-info> in
        // this same bundle needs them at once, so here they stay in lotse.js.
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('problem-report')) return;
        handler(level, log);
      },
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]core[\\/]search[\\/]/.test(id))
            ? 'chunks/search-[hash].js'
            : chunk.moduleIds.some((id) => id.includes('lean-qr'))
              ? 'chunks/qr-[hash].js'
              : 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace by default; residents pay for every byte.
        minify: true,
        // Pure annotations and JSDoc serve bundlers, not browsers (0.3 KB on lotse.js).
        comments: false,
        // Lazy chunks import nothing, in particular never lotse.js itself: a
        // page may load it as lotse.js?ver=1.2, and a second URL would mean a
        // second copy. The e2e run checks that every chunk stands alone.
      },
    },
  },
});
