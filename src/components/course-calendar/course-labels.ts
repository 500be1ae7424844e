/** The calendar's words for the feed's course vocabulary: course types, the offer's status, seats. */
import { msg, str } from '../../core/locale/localize.js';
import type { CourseType, OfferStatus } from '../../core/feed/schema.js';
import { formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';

/** German names stay beside a translation where residents ask for the course by that name at a counter. */
export function courseTypeLabel(type: CourseType): string {
  switch (type) {
    case 'integration':
      return msg('Integration course');
    case 'literacy':
      return msg('Literacy course');
    case 'youth-integration':
      return msg('Youth integration course');
    case 'job-german':
      return msg('Job-related German course');
    case 'german-for-parents':
      return msg('German for parents');
    case 'german':
      return msg('German course');
    case 'homework-help':
      return msg('Homework help');
    case 'volunteer-training':
      return msg('Training for volunteers');
    case 'training':
      return msg('Further training');
    case 'information':
      return msg('Information event');
    case 'meeting':
      return msg('Meeting place');
    case 'conference':
      return msg('Conference');
    case 'festival':
      return msg('Festival');
    case 'culture':
      return msg('Culture');
    case 'sport':
      return msg('Sport');
  }
}

/** The status of a whole offer, when it is not "as planned". */
export function statusLabel(status: OfferStatus | undefined): string | undefined {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled');
    case 'postponed':
      return msg('Postponed');
    case 'full':
      return msg('Fully booked');
    default:
      return undefined;
  }
}

export type Seats = 'free' | 'few' | 'full' | 'waiting-list';

/** A course with this many places or fewer left has "few" (or a fifth of them, for big ones). */
export function seatsState(seats: number | undefined, left: number | undefined, status: OfferStatus | undefined, waitingList: boolean | undefined): Seats | undefined {
  if (status === 'full' || left === 0) return waitingList ? 'waiting-list' : 'full';
  if (left === undefined) return undefined;
  return left <= Math.max(3, Math.floor((seats ?? 0) / 5)) ? 'few' : 'free';
}

export function seatsText(state: Seats, left: number | undefined, ui: string): string {
  switch (state) {
    case 'free':
      return left === undefined ? msg('Places free') : msg(str`Places free (${formatNumber(left, ui)})`);
    case 'few': {
      const n = formatNumber(left ?? 0, ui);
      return plural(left ?? 0, ui, {
        zero: () => msg(str`Only ${n} places left`, { id: 'places-left.zero' }),
        one: () => msg(str`Only ${n} place left`),
        two: () => msg(str`Only ${n} places left`, { id: 'places-left.two' }),
        few: () => msg(str`Only ${n} places left`, { id: 'places-left.few' }),
        many: () => msg(str`Only ${n} places left`, { id: 'places-left.many' }),
        other: () => msg(str`Only ${n} places left`),
      });
    }
    case 'full':
      return msg('Fully booked');
    case 'waiting-list':
      return msg('Fully booked – waiting list open');
  }
}
