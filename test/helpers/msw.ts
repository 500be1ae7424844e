/**
 * Mock feed servers for browser tests, with msw's service worker.
 *
 * Usage, once per test file (at the top level or inside a `describe`):
 *
 * ```ts
 * import { useMsw, mockUrl, answerJson, answerStatus, requestsTo } from '../helpers/msw.js';
 * useMsw();
 *
 * it('loads', async () => {
 *   const url = mockUrl('/a.json');
 *   answerJson(url, feed);
 *   // ... code under test fetches `url` ...
 *   expect(requestsTo(url)).to.equal(1);
 * });
 * ```
 *
 * `useMsw()` registers mocha hooks: `before` starts the worker (once per
 * page, i.e. per test file), `afterEach` removes the handlers a test added,
 * clears the request log and fails the test if it fetched a mock feed URL
 * that it never answered.
 *
 * Feed URLs: use `mockUrl(path)` (an address on the fake origin
 * `https://feeds.lotse.test`) or same-origin paths under `/feeds/`. Requests
 * there that no handler answers fail with a network error and are reported.
 * Every other unhandled request errors too (`onUnhandledRequest: 'error'`),
 * except msw's "common assets" (scripts, styles, ...), which the test runner
 * itself needs.
 *
 * Answers are sequences: `answer(url, first, second)` answers the first
 * request with `first` and every later one with `second`. Build them with
 * `json()`, `status()`, `raw()`, `networkError()` and `delayed()`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';

/** A fake origin for test feeds; nothing real lives there. */
export const FEED_ORIGIN = 'https://feeds.lotse.test';

/** A URL on the fake feed origin: `mockUrl('/a.json')` -> `https://feeds.lotse.test/a.json`. */
export function mockUrl(path: string): string {
  return new URL(path, FEED_ORIGIN).href;
}

/**
 * Fetch options for tests that are not about timeouts: patient enough for a
 * busy, shared CI machine, where a request through the service worker can
 * take seconds. A short timeout there makes a request time out, retry, and
 * every request count wrong.
 */
export const PATIENT = { timeout: 30_000, retryDelay: 5 } as const;
/** For tests about timeouts: a short timeout, and answers delayed far beyond it. */
export const SHORT_TIMEOUT = { timeout: 300, retryDelay: 5 } as const;
export const NEVER_MS = 120_000;

/** Produces one response; called once per request it answers. */
export type Responder = (request: Request) => Response | Promise<Response>;

const counts = new Map<string, number>();
/** Handlers the running test installed (see `useMsw`). */
const thisTest: HttpHandler[] = [];
const unanswered: string[] = [];

function key(url: string): string {
  const parsed = new URL(url, location.href);
  parsed.hash = '';
  return parsed.href;
}

function countRequest(request: Request): void {
  const url = key(request.url);
  counts.set(url, (counts.get(url) ?? 0) + 1);
}

/** Answers mock feed URLs that no test handler answered: a network error, remembered for `afterEach`. */
const fallback = (request: Request) => {
  countRequest(request);
  unanswered.push(`${request.method} ${request.url}`);
  console.error(`msw helper: no handler for ${request.method} ${request.url}`);
  return HttpResponse.error();
};

/** Answered by the worker itself, to see that it intercepts this page's requests. */
const PROBE = `${FEED_ORIGIN}/__msw-probe`;

/** The worker; `use()` it directly for anything the helpers do not cover. */
export const worker = setupWorker(
  http.get(PROBE, () => HttpResponse.text('intercepted')),
  http.all(`${FEED_ORIGIN}/*`, ({ request }) => fallback(request)),
  http.all(`${location.origin}/feeds/*`, ({ request }) => fallback(request)),
);

let starting: Promise<unknown> | undefined;

/** Starts the worker once per page; later calls return the same promise. */
export function startMsw(): Promise<unknown> {
  starting ??= beControlled().then(() =>
    worker.start({
      quiet: true,
      onUnhandledRequest: 'error',
      serviceWorker: { url: '/mockServiceWorker.js' },
    }),
  );
  return starting;
}

/** How long a page waits to be claimed before msw is left to reload it. */
const CLAIM_MS = 10_000;

/**
 * A page the browser loaded without the worker though it is registered (a
 * stopped worker slow to start on a busy machine) asks the worker to claim
 * it: msw would reload such a page, and the runner ends a test file whose
 * page reloads. The worker answers our `LOTSE_CLAIM` message (added where
 * web-test-runner.config.mjs serves it).
 */
async function beControlled(): Promise<void> {
  const { serviceWorker } = navigator;
  // The first start registers the worker, which claims the page when it activates.
  if (serviceWorker.controller || !(await serviceWorker.getRegistration())) return;
  const claimed = new Promise((resolve) => serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  (await serviceWorker.ready).active?.postMessage('LOTSE_CLAIM');
  await Promise.race([claimed, new Promise((resolve) => setTimeout(resolve, CLAIM_MS))]);
}

/**
 * Resolves once the worker intercepts this page's requests. The browser may stop an idle service
 * worker, and msw's worker forgets then which pages it mocks for; on a busy machine a test file
 * then saw every feed request go to the real network. Start it again until the probe is answered.
 */
export async function whenMocking(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(PROBE, { cache: 'no-store' });
      if ((await response.text()) === 'intercepted') return;
    } catch {
      // Not intercepted: the request went to the network and failed.
    }
    if (attempt === 5) throw new Error('msw: the service worker does not intercept this page’s requests');
    worker.stop();
    starting = undefined;
    await startMsw();
  }
}

/** How many requests (including retries) reached `url` since the last reset. */
export function requestsTo(url: string): number {
  return counts.get(key(url)) ?? 0;
}

/** Forgets the request counts and unanswered requests. */
export function resetRequestLog(): void {
  counts.clear();
  unanswered.length = 0;
}

/** Registers mocha hooks: start the worker before the file's tests, reset after each test. */
export function useMsw(): void {
  before(async function () {
    this.timeout(20000);
    await startMsw();
  });
  beforeEach(async function () {
    this.timeout(60000);
    await whenMocking();
  });
  afterEach(() => {
    // A test's handlers answer for one test more: a load a widget started late (a staff view asking
    // for a fresh copy) may reach the worker only after its test ended, on a busy machine. Every
    // test's URLs are its own, so an answer that comes late belongs to nobody else.
    const previous = thisTest.splice(0);
    worker.resetHandlers();
    worker.use(...previous);
    const missed = [...unanswered];
    resetRequestLog();
    if (missed.length > 0) throw new Error(`Requests to mock feed URLs without a handler:\n  ${missed.join('\n  ')}`);
  });
}

// --- responders -------------------------------------------------------------

/** A JSON body (`application/json` unless `init.headers` says otherwise). */
export function json(body: unknown, init: ResponseInit = {}): Responder {
  return () => HttpResponse.json(body as never, init);
}

/** An HTTP status with a small JSON body (so only the status matters). */
export function status(code: number, body: unknown = { error: code }): Responder {
  return () => HttpResponse.json(body as never, { status: code });
}

/**
 * A raw body with the given content type. `contentType: null` sends no
 * `Content-Type` header at all (the body is sent as bytes so the browser does
 * not add `text/plain`).
 */
export function raw(body: string, contentType: string | null, init: ResponseInit = {}): Responder {
  return () => {
    const headers = new Headers(init.headers);
    if (contentType === null) {
      headers.delete('content-type');
      return new HttpResponse(new TextEncoder().encode(body), { ...init, headers });
    }
    headers.set('content-type', contentType);
    return new HttpResponse(body, { ...init, headers });
  };
}

/** A failed request, as when the server is unreachable (`fetch` rejects). */
export function networkError(): Responder {
  return () => HttpResponse.error();
}

/** Waits `ms` milliseconds, then answers with `then`. */
export function delayed(ms: number, then: Responder): Responder {
  return async (request) => {
    await delay(ms);
    return then(request);
  };
}

// --- handlers -----------------------------------------------------------------

/**
 * Answers GET requests to `url`: the n-th request gets the n-th responder, and
 * every request after the last responder gets the last one again.
 * Returns the handler (already installed with `worker.use`).
 */
export function answer(url: string, ...responders: Responder[]): HttpHandler {
  if (responders.length === 0) throw new Error('answer() needs at least one responder');
  let calls = 0;
  const handler = http.get(url, ({ request }) => {
    countRequest(request);
    const responder = responders[Math.min(calls, responders.length - 1)];
    calls += 1;
    return responder(request);
  });
  worker.use(handler);
  thisTest.push(handler);
  return handler;
}

/** Answers `url` with a JSON body, always. */
export function answerJson(url: string, body: unknown, init?: ResponseInit): HttpHandler {
  return answer(url, json(body, init));
}

/** Answers `url` with an HTTP status, always. */
export function answerStatus(url: string, code: number): HttpHandler {
  return answer(url, status(code));
}

/** Answers `url` with a JSON body after `ms` milliseconds, always. */
export function answerDelayed(url: string, ms: number, body: unknown): HttpHandler {
  return answer(url, delayed(ms, json(body)));
}

/** Answers `url` with a raw body and content type (`null`: no content type), always. */
export function answerRaw(url: string, body: string, contentType: string | null, init?: ResponseInit): HttpHandler {
  return answer(url, raw(body, contentType, init));
}

/** Makes every request to `url` fail at the network level. */
export function answerNetworkError(url: string): HttpHandler {
  return answer(url, networkError());
}
