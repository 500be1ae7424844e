/**
 * `.ics` addresses in `src`: fetched as text by the feed's own fetch (its
 * timeout, one retry and size limit) while ical.js loads in a chunk of its
 * own (`ics-import.ts`), read there, then handed to the store as a feed.
 * Registered by the calendar; pages without it never download ical.js.
 */
import { fetchText, type TextKind } from '../feed/fetch.js';
import { addSourceReader, type SourceReader } from '../feed/store.js';
import { berlinNow, dayNumber, isoDay } from '../time/berlin.js';
import { calendarDeps } from './deps.js';

/** Days before today and after it whose sessions are read. */
const DAYS_BACK = 62;
const DAYS_AHEAD = 400;

/** Media types an iCalendar file is served as in practice; anything else is refused like a feed of the wrong type. */
const ICS: TextKind = { accept: 'text/calendar', type: /^(text\/calendar|text\/x-vcalendar|application\/(ics|x-ics|octet-stream)|text\/plain)\b/i };

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
    // The reader loads while the file does, only for pages with an .ics source.
    const reader = import('./ics-import.js');
    // Handled below; a failed fetch leaves it unread.
    reader.catch(() => undefined);
    const { body } = await fetchText(url, options, ICS);
    const { importIcs } = await reader;
    const today = berlinNow().date;
    return importIcs(body, url, today, isoDay(dayNumber(today) - DAYS_BACK), isoDay(dayNumber(today) + DAYS_AHEAD), calendarDeps);
  },
};

/** Lets every feed widget on the page read `.ics` addresses. */
export function acceptIcsSources(): void {
  addSourceReader(icsSource);
}
