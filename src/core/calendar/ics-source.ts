/**
 * `.ics` addresses in `src`: fetched as text (with the feed's timeout, one
 * retry and size limit), read by ical.js in a chunk that loads only now,
 * and handed to the store as a feed (`ics-feed.ts`). Registered by the
 * calendar; pages without it never download ical.js.
 */
import { FeedError } from '../feed/errors.js';
import type { FetchOptions } from '../feed/fetch.js';
import { MAX_FEED_CHARS } from '../feed/limits.js';
import { addSourceReader, type SourceReader } from '../feed/store.js';
import { berlinNow } from '../time/berlin.js';
import { dayNumber, isoDay } from '../time/berlin.js';
import { icsToFeed } from './ics-feed.js';

/** Days before today and after it whose sessions are read. */
const DAYS_BACK = 62;
const DAYS_AHEAD = 400;

/** Media types an iCalendar file is served as in practice; anything else is refused like a feed of the wrong type. */
const ICS_TYPE = /^(text\/calendar|text\/x-vcalendar|application\/(ics|x-ics|octet-stream)|text\/plain)\b/i;

const isIcs = (url: string) => {
  try {
    return /\.ics$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

async function attempt(url: string, timeout: number, fresh: boolean, maxChars: number): Promise<string> {
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

async function fetchIcs(url: string, { timeout = 15000, retries = 1, retryDelay = 400, fresh = false, maxChars = MAX_FEED_CHARS }: FetchOptions): Promise<string> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, timeout, fresh, maxChars);
    } catch (error) {
      if (!(error instanceof FeedError && error.transient) || tries >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelay));
    }
  }
}

export const icsSource: SourceReader = {
  accepts: isIcs,
  async read(url, options) {
    const text = await fetchIcs(url, options);
    const { readIcs } = await import('./ics-read.js');
    const today = berlinNow().date;
    const from = isoDay(dayNumber(today) - DAYS_BACK);
    const to = isoDay(dayNumber(today) + DAYS_AHEAD);
    return icsToFeed(readIcs(text, from, to), url, today, from, to);
  },
};

/** Lets every feed widget on the page read `.ics` addresses. */
export function acceptIcsSources(): void {
  addSourceReader(icsSource);
}
