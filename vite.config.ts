/**
 * The webmaster's build: `dist/lotse.js`, one ES module that defines every
 * element, with each UI locale and the search index in its own
 * chunk that loads relative to the script's own URL.
 *
 * With `LOTSE_ELEMENT=offer-finder` (scripts/build-elements.mjs) the same
 * build makes `dist/lotse-offer-finder.js`, which defines that element alone.
 */
import { defineConfig } from 'vite';
import { lotseCssTemplates } from './scripts/css-templates.mjs';
import { lotseMessages } from './scripts/message-ids.mjs';

const element = process.env.LOTSE_ELEMENT;
if (element !== undefined && !/^[a-z]+(-[a-z]+)*$/.test(element)) throw new Error(`LOTSE_ELEMENT: not an element folder: ${element}`);

export default defineConfig({
  // Every translated message must reach a msg() call, which only the build of every element can check.
  plugins: [lotseMessages({ requireEveryMessage: !element }), lotseCssTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: !element,
    minify: true,
    sourcemap: true,
    lib: {
      entry: element ? `src/components/${element}/define.ts` : 'src/index.ts',
      formats: ['es'],
      fileName: () => (element ? `lotse-${element}.js` : 'lotse.js'),
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
