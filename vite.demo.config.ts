/** `npm start`: the demo page on the sources, with the bundled sample feed. */
import { defineConfig, type Plugin } from 'vite';
import { lotseMessages } from './scripts/message-ids.mjs';

/**
 * The health guide imports its trees as JSON modules (`with { type: 'json' }`), which the builds
 * and the test server serve as JSON. Vite's dev server turns JSON into JavaScript instead, which a
 * browser refuses for a JSON module: here, and only here, the import attribute goes.
 */
function jsonModulesAsJavaScript(): Plugin {
  return {
    name: 'lotse-demo-json-modules',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes("type: 'json'")) return undefined;
      return code.replace(/,\s*\{\s*with:\s*\{\s*type:\s*'json'\s*\}\s*\}/g, '');
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [jsonModulesAsJavaScript(), lotseMessages()],
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173 },
});
