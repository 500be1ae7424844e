// Unit and component tests in Debian's Chromium (no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { messageIdsPlugin } from './scripts/message-ids.mjs';

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  concurrency: 2,
  // A safety net for a broken test, not a measure: shared CI machines are slow at times.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // After esbuild: message ids go into the compiled JavaScript, as in the builds.
    messageIdsPlugin(),
    // The accessibility tree as the browser exposes it (the health guide's emergency numbers).
    a11ySnapshotPlugin(),
  ],
  middleware: [
    // msw's service worker must be served from the site root.
    async (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') {
        const { readFile } = await import('node:fs/promises');
        ctx.type = 'application/javascript';
        // One message of ours: a page the browser loaded without the worker (a stopped worker slow to
        // start on a busy machine) asks to be claimed. msw would reload such a page, which ends its
        // test file ("the page was reloaded"); see `startMsw` in test/helpers/msw.ts.
        ctx.body = `${await readFile(mswWorker, 'utf8')}
addEventListener('message', (event) => {
  if (event.data === 'LOTSE_CLAIM') event.waitUntil(self.clients.claim());
});
`;
        return;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // Every test page acts as the focused window, as a resident's tab is: two test files run at
      // once, and only one page of a browser has the system focus. Keyboard and focus tests must
      // not depend on which file the scheduler happened to start last.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        // The runner reuses a page for file after file. Each test file starts with a history of its
        // own: in a shared one Chromium drops the oldest script-added entries once there are 50, and
        // a Back in a test could land on the runner's blank page between files.
        const goto = page.goto.bind(page);
        page.goto = async (url, options) => {
          if (url !== 'about:blank') await cdp.send('Page.resetNavigationHistory');
          return goto(url, options);
        };
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
