/**
 * An .ics text to feed JSON, as the chunk that `.ics` sources load: ical.js,
 * the reader and the conversion, and nothing of the main bundle (what it
 * needs comes in `deps`, see deps.ts). The text is fetched by the feed's own
 * fetch (ics-source.ts).
 */
import type { CalendarDeps } from './deps.js';
import { icsToFeed, type IcsFeed } from './ics-feed.js';
import { readIcs } from './ics-read.js';

/** Reads the .ics text fetched from `url`: its sessions from `from` to `to` as a feed, and its problems. */
export function importIcs(text: string, url: string, today: string, from: string, to: string, deps: CalendarDeps): IcsFeed {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new deps.FeedError('format', url, '(file): not an iCalendar file (BEGIN:VCALENDAR)');
  return icsToFeed(readIcs(text, from, to), url, today, from, to, deps);
}
