/**
 * Fetches a feed as JSON (or, for the calendar's .ics sources, a text) with a
 * timeout, one retry for transient failures and a size limit.
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

/** What a request asks for and which media types it takes (`type`'s first group: tolerated with a warning). */
export interface TextKind {
  accept: string;
  type: RegExp;
}

const JSON_KIND: TextKind = { accept: 'application/json', type: JSON_TYPE };

async function attempt(url: string, timeout: number, fresh: boolean, maxChars: number, kind: TextKind): Promise<{ body: string; type: RegExpExecArray }> {
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
      headers: { accept: kind.accept },
    }).catch(lost);
    if (!response.ok) throw new FeedError('http', url, String(response.status));
    const header = response.headers.get('content-type') ?? '';
    const type = kind.type.exec(header);
    if (!type) throw new FeedError('content-type', url, header || '(none)');
    // Bytes on the wire: UTF-8 takes at most 3 per character (compressed, fewer), so beyond 3 per allowed character the text is too long for sure.
    const announced = Number(response.headers.get('content-length'));
    if (announced > 3 * maxChars) {
      void response.body?.cancel();
      throw tooLarge(url, 3 * maxChars, announced, ' bytes');
    }
    const body = await response.text().catch(lost);
    if (body.length > maxChars) throw tooLarge(url, maxChars, body.length);
    return { body, type };
  } finally {
    clearTimeout(timer);
  }
}

/** A text of one of `kind`'s media types, with a timeout, one retry for transient failures and the size limit. */
export async function fetchText(
  url: string,
  { timeout = 15000, retries = 1, retryDelay = 400, fresh = false, maxChars = MAX_FEED_CHARS }: FetchOptions = {},
  kind = JSON_KIND,
): Promise<{ body: string; type: RegExpExecArray }> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, timeout, fresh, maxChars, kind);
    } catch (error) {
      if (!(error instanceof FeedError && error.transient) || tries >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay));
    }
  }
}

export async function fetchJson(url: string, options?: FetchOptions): Promise<unknown> {
  return (await fetchJsonAndText(url, options)).json;
}

/** The parsed feed and its text, for checks that need the text as written (keys written twice). */
export async function fetchJsonAndText(url: string, options?: FetchOptions): Promise<{ json: unknown; body: string }> {
  const { body, type } = await fetchText(url, options);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    // Where the mistake is, for staff: loaded only for a broken feed.
    const place = await import('./json-error.js').then((m) => m.jsonErrorPlace(message, body), () => undefined);
    throw new FeedError('json', url, message, place);
  }
  if (type[1]) console.warn(`Lotse: ${url} is served as text/plain; please serve it as application/json.`);
  return { json, body };
}
