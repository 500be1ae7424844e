/** `npm start`: the demo page on the sources, with the bundled sample feed. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173 },
});
