/**
 * What the iCalendar writer and reader need of the rest of Lotse: recurrence,
 * time zones, feed texts. They get it handed in, rather than importing it,
 * so that in the browser each loads as a chunk of its own only when needed
 * (a download, an .ics source): a chunk that imported the main bundle would
 * load it a second time on a page that loads `lotse.js?ver=…`. Node and
 * tests pass this object as it is.
 */
import { FeedError } from '../feed/errors.js';
import { MAX_FEED_CHARS } from '../feed/limits.js';
import { pickText } from '../locale/text.js';
import { exceptedDays, hasRule, lastRuleDay, occurrences, ruleDays } from '../time/recurrence.js';
import { feedZone, fromUtc, isKnownZone, offsetAt, toUtc } from '../time/zone.js';

export const calendarDeps = { FeedError, MAX_FEED_CHARS, pickText, exceptedDays, hasRule, lastRuleDay, occurrences, ruleDays, feedZone, fromUtc, isKnownZone, offsetAt, toUtc };

export type CalendarDeps = typeof calendarDeps;
