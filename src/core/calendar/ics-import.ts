/**
 * An .ics source to feed JSON, as the chunk that `.ics` sources load:
 * fetching (the feed's timeout, one retry, size limit), ical.js, the reader
 * and the conversion, and nothing of the main bundle (what it needs comes in
 * `deps`, see deps.ts).
 */
import type { FetchOptions } from '../feed/fetch.js';
import type { CalendarDeps } from './deps.js';
import { icsToFeed, type IcsFeed } from './ics-feed.js';
import { readIcs } from './ics-read.js';

/** Media types an iCalendar file is served as in practice; anything else is refused like a feed of the wrong type. */
const ICS_TYPE = /^(text\/calendar|text\/x-vcalendar|application\/(ics|x-ics|octet-stream)|text\/plain)\b/i;

async function attempt(FeedError: CalendarDeps['FeedError'], url: string, timeout: number, fresh: boolean, maxChars: number): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  const lost = (): never => {
    throw new FeedError(abort.signal.aborted ? 'timeout' : 'network', url);
  };
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      credentials: 'omit',
      cache: fresh ? 'no-cache' : 'default',
      headers: { accept: 'text/calendar' },
    }).catch(lost);
    if (!response.ok) throw new FeedError('http', url, String(response.status));
    const type = response.headers.get('content-type') ?? '';
    if (!ICS_TYPE.test(type)) throw new FeedError('content-type', url, type || '(none)');
    const body = await response.text().catch(lost);
    if (body.length > maxChars) throw new FeedError('format', url, `(file): range (max ${maxChars}; found ${body.length})`);
    if (!/^\s*BEGIN:VCALENDAR/i.test(body)) throw new FeedError('format', url, '(file): not an iCalendar file (BEGIN:VCALENDAR)');
    return body;
  } finally {
    clearTimeout(timer);
  }
}

async function fetchIcs(url: string, { timeout = 15000, retries = 1, retryDelay = 400, fresh = false, maxChars }: FetchOptions, deps: CalendarDeps): Promise<string> {
  const { FeedError } = deps;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(FeedError, url, timeout, fresh, maxChars ?? deps.MAX_FEED_CHARS);
    } catch (error) {
      if (!(error instanceof FeedError && error.transient) || tries >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay));
    }
  }
}

/** Fetches and reads the .ics file at `url`: its sessions from `from` to `to` as a feed, and its problems. */
export async function importIcs(url: string, options: FetchOptions, today: string, from: string, to: string, deps: CalendarDeps): Promise<IcsFeed> {
  const text = await fetchIcs(url, options, deps);
  return icsToFeed(readIcs(text, from, to), url, today, from, to, deps);
}
