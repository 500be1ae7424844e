/**
 * `.ics` addresses in `src`: fetched as text (with the feed's timeout, one
 * retry and size limit) and read by ical.js in a chunk that loads only now
 * (`ics-import.ts`), then handed to the store as a feed. Registered by the
 * calendar; pages without it never download ical.js.
 */
import { addSourceReader, type SourceReader } from '../feed/store.js';
import { berlinNow, dayNumber, isoDay } from '../time/berlin.js';
import { calendarDeps } from './deps.js';

/** Days before today and after it whose sessions are read. */
const DAYS_BACK = 62;
const DAYS_AHEAD = 400;

const isIcs = (url: string) => {
  try {
    return /\.ics$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

export const icsSource: SourceReader = {
  accepts: isIcs,
  async read(url, options) {
    // Fetching and reading load together, only for pages with an .ics source.
    const { importIcs } = await import('./ics-import.js');
    const today = berlinNow().date;
    return importIcs(url, options, today, isoDay(dayNumber(today) - DAYS_BACK), isoDay(dayNumber(today) + DAYS_AHEAD), calendarDeps);
  },
};

/** Lets every feed widget on the page read `.ics` addresses. */
export function acceptIcsSources(): void {
  addSourceReader(icsSource);
}
