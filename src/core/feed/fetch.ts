/**
 * Fetches a feed as JSON with a timeout and one retry for transient failures.
 */
import { FeedError } from './errors.js';
import { MAX_FEED_CHARS } from './limits.js';

export interface FetchOptions {
  /** Milliseconds before a single attempt is abandoned. */
  timeout?: number;
  /** Extra attempts after a transient failure (timeout, network, 5xx). */
  retries?: number;
  /** Pause before a retry, in milliseconds. */
  retryDelay?: number;
  /** Ask the server again instead of using the browser's HTTP cache (a conditional request when it sends an ETag). */
  fresh?: boolean;
  /** Longest text that is parsed (default `MAX_FEED_CHARS`); a longer one is refused unread when the server announces its length. */
  maxChars?: number;
}

/** JSON media types; text/plain (the captured group) is tolerated with a warning. */
const JSON_TYPE = /^(?:application\/(?:[\w.+-]+\+)?json|text\/json|(text\/plain))\b/i;

/**
 * A feed beyond `MAX_FEED_CHARS`: `JSON.parse` runs as one task that nothing
 * can split, so a bigger text would freeze the page. Reported like the
 * envelope's own limits, as a `format` problem of the whole file.
 */
const tooLarge = (url: string, max: number, size: number, unit = '') =>
  new FeedError('format', url, `(file): range (max ${max}${unit}; found ${size}${unit})`);

/** Resolves a feed URL against the page; only http(s) URLs are fetched. */
export function feedUrl(raw: string, base = document.baseURI): string {
  try {
    const url = new URL(raw, base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Not a URL at all: as unusable as any other protocol.
  }
  throw new FeedError('url', raw);
}

async function attempt(url: string, timeout: number, fresh: boolean, maxChars: number): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  /** A request or body read that failed: our own timeout if the timer fired, the network otherwise. */
  const lost = (): never => {
    throw new FeedError(abort.signal.aborted ? 'timeout' : 'network', url);
  };
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      credentials: 'omit',
      cache: fresh ? 'no-cache' : 'default',
      headers: { accept: 'application/json' },
    }).catch(lost);
    if (!response.ok) throw new FeedError('http', url, String(response.status));
    const type = response.headers.get('content-type') ?? '';
    const jsonType = JSON_TYPE.exec(type);
    if (!jsonType) throw new FeedError('content-type', url, type || '(none)');
    // Bytes on the wire: UTF-8 takes at most 3 per character (compressed, fewer), so beyond 3 per allowed character the text is too long for sure.
    const announced = Number(response.headers.get('content-length'));
    if (announced > 3 * maxChars) {
      void response.body?.cancel();
      throw tooLarge(url, 3 * maxChars, announced, ' bytes');
    }
    const body = await response.text().catch(lost);
    if (body.length > maxChars) throw tooLarge(url, maxChars, body.length);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      const message = (error as Error).message;
      // Where the mistake is, for staff: loaded only for a broken feed.
      const place = await import('./json-error.js').then((m) => m.jsonErrorPlace(message, body), () => undefined);
      throw new FeedError('json', url, message, place);
    }
    if (jsonType[1]) console.warn(`Lotse: ${url} is served as text/plain; please serve it as application/json.`);
    return json;
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchJson(
  url: string,
  { timeout = 15000, retries = 1, retryDelay = 400, fresh = false, maxChars = MAX_FEED_CHARS }: FetchOptions = {},
): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, timeout, fresh, maxChars);
    } catch (error) {
      if (!(error instanceof FeedError && error.transient) || tries >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay));
    }
  }
}
