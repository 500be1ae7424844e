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

/** Kinds of course and event, for the calendar's type filter (`courseType`). */
export const COURSE_TYPES = [
  'integration',
  'literacy',
  'youth-integration',
  'job-german',
  'german-for-parents',
  'german',
  'homework-help',
  'volunteer-training',
  'training',
  'information',
  'meeting',
  'conference',
  'festival',
  'culture',
  'sport',
] as const;

/** The state of a whole offer; without one it takes place as planned. */
export const OFFER_STATUSES = ['scheduled', 'cancelled', 'postponed', 'full'] as const;

/** Which weekday of a month a monthly rule means ("first Tuesday", "last Friday"). */
export const MONTH_WEEKS = ['first', 'second', 'third', 'fourth', 'fifth', 'last'] as const;

export type OfferKind = (typeof OFFER_KINDS)[number];
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * What a health service does (`offer.health.specialities`): practices by
 * speciality, clinics, counselling and the public offices a newcomer needs.
 */
export const HEALTH_SPECIALITIES = [
  'general',
  'paediatrics',
  'gynaecology',
  'dentist',
  'psychotherapy',
  'psychiatry',
  'internal',
  'eyes',
  'ent',
  'skin',
  'orthopaedics',
  'neurology',
  'urology',
  'midwife',
  'hospital',
  'on-call',
  'pharmacy',
  'pregnancy-counselling',
  'addiction-counselling',
  'crisis',
  'psychosocial',
  'care-counselling',
  'disability-counselling',
  'health-counselling',
  'vaccination',
  'interpreting',
  'public-health-office',
] as const;

/** Insurance situations a health service accepts (`offer.health.insurance`), as the guide asks about them. */
export const INSURANCE_KINDS = ['statutory', 'private', 'none', 'asylum-voucher', 'asylum-card', 'ehic'] as const;

export type HealthSpeciality = (typeof HEALTH_SPECIALITIES)[number];
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];
export type CourseType = (typeof COURSE_TYPES)[number];
export type OfferStatus = (typeof OFFER_STATUSES)[number];
