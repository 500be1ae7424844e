/**
 * The words for the feed format's fixed vocabularies, in one place: kinds of
 * offer, built-in audiences, features, wheelchair access, record types and
 * problem reasons. Every widget and the staff view take them from here.
 */
import { msg } from '../locale/localize.js';
import type { Catalog } from '../feed/catalog.js';
import type { OfferKind, Place } from '../feed/schema.js';
import type { ProblemReason } from '../feed/validate.js';
import type { RecordCollection } from '../feed/schema.js';
import { KNOWN_AUDIENCES } from '../feed/vocabulary.js';
import { pickText, type ShownText } from '../locale/text.js';

export function kindLabel(kind: OfferKind): string {
  switch (kind) {
    case 'service':
      return msg('Counselling and services');
    case 'course':
      return msg('Courses');
    case 'event':
      return msg('Events');
    case 'health':
      return msg('Health services');
    case 'authority':
      return msg('Public offices');
    case 'network':
      return msg('Networks');
    case 'programme':
      return msg('Programmes and materials');
  }
}

type KnownAudience = (typeof KNOWN_AUDIENCES)[number];

function knownAudienceLabel(id: KnownAudience): string {
  switch (id) {
    case 'children':
      return msg('Children');
    case 'youth':
      return msg('Young people');
    case 'young-adults':
      return msg('Young adults');
    case 'parents':
      return msg('Parents');
    case 'families':
      return msg('Families');
    case 'adults':
      return msg('Adults');
    case 'women':
      return msg('Women');
    case 'men':
      return msg('Men');
    case 'seniors':
      return msg('Older people');
    case 'refugees':
      return msg('Refugees');
    case 'eu-newcomers':
      return msg('Newcomers from the EU');
    case 'professionals':
      return msg('Professionals and staff');
    case 'students':
      return msg('Pupils and students');
    case 'volunteers':
      return msg('Volunteers');
    case 'everyone':
      return msg('Everyone');
  }
}

const isKnownAudience = (id: string): id is KnownAudience => (KNOWN_AUDIENCES as readonly string[]).includes(id);

/**
 * A built-in audience's UI label, else the feed's own label, else the id.
 * `key` is a key of `catalog.audiences` (an offer entry's `audiences`). Keys
 * come from feeds: they are compared with the fixed list, never used to look
 * up properties (an id `valueOf` is just an unknown audience).
 */
export function audienceLabel(key: string, catalog: Catalog, requested: string | readonly string[]): ShownText | string {
  if (isKnownAudience(key)) return knownAudienceLabel(key);
  const custom = catalog.audiences.get(key);
  return (custom && pickText(custom.label, requested, custom.language)) ?? custom?.id ?? key;
}

/** The features residents filter by. */
export function featureLabel(feature: 'free' | 'wheelchair' | 'childcare'): string {
  switch (feature) {
    case 'free':
      return msg('Free of charge');
    case 'wheelchair':
      return msg('Wheelchair accessible');
    case 'childcare':
      return msg('Childcare available');
  }
}

export function wheelchairText(value: Place['wheelchair']): string | undefined {
  switch (value) {
    case 'yes':
      return featureLabel('wheelchair');
    case 'limited':
      return msg('Partly wheelchair accessible');
    case 'no':
      return msg('Not wheelchair accessible');
    default:
      return undefined;
  }
}

/** A kind of record in a feed ("Offer 3" in the staff view); `feed` is the feed's own fields. */
export function collectionLabel(collection: RecordCollection | 'feed'): string {
  switch (collection) {
    case 'feed':
      return msg('Feed');
    case 'offers':
      return msg('Offer');
    case 'organizations':
      return msg('Organisation');
    case 'places':
      return msg('Place');
    case 'topics':
      return msg('Topic');
    case 'audiences':
      return msg('Audience');
    case 'guides':
      return msg('Guide step');
    case 'emergency':
      return msg('Emergency number');
  }
}

export function reasonLabel(reason: ProblemReason): string {
  switch (reason) {
    case 'missing':
      return msg('Required field is missing');
    case 'type':
      return msg('Wrong type of value');
    case 'format':
      return msg('Value has the wrong format');
    case 'value':
      return msg('Value is not one of the allowed values');
    case 'range':
      return msg('Value is too small, too large, too short or too long');
    case 'duplicate':
      return msg('The id is used twice');
    case 'reference':
      return msg('Refers to an id that does not exist; the link was removed');
  }
}

/** A language level range: "A1–B1", and "A1" alone when a course starts and ends on the same level. */
export function levelRange(level: { from?: string; to?: string }): string {
  const { from, to } = level;
  return from && to && from !== to ? `${from}–${to}` : (from ?? to ?? '');
}
