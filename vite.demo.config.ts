/** `npm start`: the demo page on the sources, with the bundled sample feed. */
import { defineConfig } from 'vite';
import { lotseMessages } from './scripts/message-ids.mjs';

export default defineConfig({
  root: 'demo',
  plugins: [lotseMessages()],
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173 },
});
