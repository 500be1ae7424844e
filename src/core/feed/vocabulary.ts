/**
 * The fixed vocabularies of the feed format. Kept apart from the rules so
 * widgets can use them without loading the validator.
 */
export const CEFR = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** Kinds of offer that the widgets know how to show. */
export const OFFER_KINDS = [
  'service',
  'course',
  'event',
  'health',
  'authority',
  'network',
  'programme',
] as const;

/** Audience ids with built-in, translated labels. Feeds may add their own. */
export const KNOWN_AUDIENCES = [
  'children',
  'youth',
  'young-adults',
  'parents',
  'families',
  'adults',
  'women',
  'men',
  'seniors',
  'refugees',
  'eu-newcomers',
  'professionals',
  'students',
  'volunteers',
  'everyone',
] as const;

export type OfferKind = (typeof OFFER_KINDS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
