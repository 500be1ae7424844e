/**
 * Fetches a feed as JSON with a timeout and one retry for transient failures.
 */
import { FeedError } from './errors.js';

export interface FetchOptions {
  /** Milliseconds before a single attempt is abandoned. */
  timeout?: number;
  /** Extra attempts after a transient failure (timeout, network, 5xx). */
  retries?: number;
  /** Pause before a retry, in milliseconds. */
  retryDelay?: number;
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;

/** Resolves a feed URL against the page; only http(s) URLs are fetched. */
export function feedUrl(raw: string, base = document.baseURI): string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FeedError('url', raw);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FeedError('url', raw);
  return url.href;
}

async function attempt(url: string, timeout: number): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: abort.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw new FeedError(abort.signal.aborted ? 'timeout' : 'network', url);
    }
    if (!response.ok) throw new FeedError('http', url, String(response.status));
    const type = response.headers.get('content-type') ?? '';
    const plain = /^text\/plain\b/i.test(type);
    if (!JSON_TYPE.test(type) && !plain) throw new FeedError('content-type', url, type || '(none)');
    let body: string;
    try {
      body = await response.text();
    } catch {
      throw new FeedError(abort.signal.aborted ? 'timeout' : 'network', url);
    }
    try {
      const json: unknown = JSON.parse(body);
      if (plain) console.warn(`Lotse: ${url} is served as text/plain; please serve it as application/json.`);
      return json;
    } catch (error) {
      throw new FeedError('json', url, (error as Error).message);
    }
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchJson(
  url: string,
  { timeout = 15000, retries = 1, retryDelay = 400 }: FetchOptions = {},
): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, timeout);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.transient || tries >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay));
    }
  }
}
