/**
 * The Lotse feed format, version 1.
 *
 * One definition serves two purposes: the browser checks every record
 * against it (without `eval`, so a strict CSP holds), and
 * `scripts/make-schema.mjs` turns it into `schema/feed.schema.json` for
 * editors. Concepts follow Open Referral HSDS where they fit: organisations
 * run services (here "offers") at locations (here "places") with regular and
 * holiday schedules.
 *
 * Objects are open: fields this version does not know are ignored and never
 * make a record invalid, so feeds can grow ahead of the widgets.
 */
import {
  alone,
  any,
  boolean,
  either,
  integer,
  isoDate as date,
  list,
  map,
  number,
  object,
  oneOf,
  optional as opt,
  pastDate,
  string,
  webUrl as url,
  whole,
  type Infer,
} from './rules.js';
import { EMAIL } from '../links.js';
import { MAX_RECORDS } from './limits.js';
import {
  CEFR,
  COURSE_TYPES,
  HEALTH_SPECIALITIES,
  INSURANCE_KINDS,
  KNOWN_AUDIENCES,
  MONTH_WEEKS,
  OFFER_KINDS,
  OFFER_STATUSES,
  WEEKDAYS,
} from './vocabulary.js';

export { CEFR, COURSE_TYPES, HEALTH_SPECIALITIES, INSURANCE_KINDS, KNOWN_AUDIENCES, MONTH_WEEKS, OFFER_KINDS, OFFER_STATUSES, WEEKDAYS };

/** The major version of the feed format that this code reads. */
export const FEED_FORMAT_MAJOR = 1;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** BCP 47 language tag, loosely: "de", "ar", "pt-BR", "sr-Latn", "ckb". */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An IANA time zone name ("Europe/Berlin") or UTC; whether the browser knows it is checked where it is used. */
const TIME_ZONE = /^(UTC|[A-Z][A-Za-z_-]{1,30}(\/[A-Za-z0-9_+-]{1,30}){1,2})$/;

export const id = string(ID, 'id');
const isoDate = date();
const time = string(TIME, 'time');
const language = string(LANGUAGE, 'language');
const nonEmpty = string(/\S/);
/** Web links: only http and https, whatever the feed says. */
const webUrl = url();
/** The rule that `mailtoHref` links by, so what passes here is linked. */
const email = string(EMAIL, 'email');
/** When something was checked or changed: not after tomorrow (Europe/Berlin; feeds are written in other time zones too). */
const checkedOn = pastDate();
const phone = string(/^\+?[0-9 ()/.-]{3,40}$/, 'phone');

/** Human-readable text: a plain string in the feed's language, or a map language -> string. */
/** Blank translations (an empty spreadsheet cell) count as missing; at least one must have text. */
export const text = either(nonEmpty, map(language, string(), 1, /\S/));
/** A list of words (keywords), plain or per language. */
export const textList = either(list(string()), map(language, list(string())));

const daySpan = object({
  days: list(oneOf(WEEKDAYS), 1),
  opens: time,
  closes: time,
  /** Only by appointment in this span (a counsellor's consultation hour that needs a booking). */
  appointment: opt(boolean()),
});

const hoursException = object({
  date: isoDate,
  /** When true the place is closed all day; otherwise `opens`/`closes` replace the regular hours. */
  closed: opt(boolean()),
  opens: opt(time),
  closes: opt(time),
  /** Only by appointment on this day. */
  appointment: opt(boolean()),
  note: opt(text),
});

/** Kept whole or left out: hours with a span or an exception missing would say "closed" when it is open. */
export const openingHours = whole(
  object({
    regular: opt(list(daySpan)),
    exceptions: opt(list(hoursException)),
    /** "By appointment", "Ramadan: different hours" ... */
    note: opt(text),
    /** Open day and night, every day (an emergency department, a helpline); `exceptions` still close single days. */
    always: opt(boolean()),
  }),
);

export const contact = object({
  name: opt(nonEmpty),
  phone: opt(phone),
  email: opt(email),
  url: opt(webUrl),
});

const occurrence = object({
  date: isoDate,
  start: opt(time),
  end: opt(time),
  /** Last day of a date that runs over several days; an `end` before `start` alone means past midnight. */
  endDate: opt(isoDate),
  /** The id of a place other than the offer's own. */
  place: opt(id),
  note: opt(text),
});

/** Days a recurring course does not take place: one date, or the days from `from` to `to` (holidays). */
const exceptDays = either(isoDate, object({ from: isoDate, to: isoDate, note: opt(text) }));

/** One session that differs from the plan: cancelled, or moved to another day, time or place; with a note. */
const change = object({
  /** The day the session was planned for. */
  date: isoDate,
  /** The time it was planned to start, for a day with more than one session; without it, the day's first. */
  plannedStart: opt(time),
  cancelled: opt(boolean()),
  newDate: opt(isoDate),
  startTime: opt(time),
  endTime: opt(time),
  place: opt(id),
  note: opt(text),
});

/** A monthly rule: a weekday of the month ("first Tuesday", "last Friday") or a day of the month. */
const monthly = either(
  object({ weekday: oneOf(WEEKDAYS), week: oneOf(MONTH_WEEKS), interval: opt(integer(1, 12)) }),
  object({ day: integer(1, 31), interval: opt(integer(1, 12)) }),
);

/** Kept whole or left out: a schedule with a date or a holiday missing would show wrong days. */
export const schedule = whole(object({
  /** First day of a course, or the day of a one-off event. */
  start: opt(isoDate),
  /** Last day (inclusive). */
  end: opt(isoDate),
  startTime: opt(time),
  endTime: opt(time),
  /** Weekly recurrence between `start` and `end`. */
  weekly: opt(
    object({
      days: list(oneOf(WEEKDAYS), 1),
      /** Every n-th week; 1 = every week. */
      interval: opt(integer(1, 8)),
    }),
  ),
  /** Monthly recurrence between `start` and `end` (or for `count` sessions). */
  monthly: opt(monthly),
  /** The number of sessions, instead of an `end`: days in `except` do not count. */
  count: opt(integer(1, 1000)),
  /** Dates on which a recurring course does not take place (holidays): days, or ranges of days. */
  except: opt(list(exceptDays)),
  /** Explicit dates, for events that do not follow a weekly rhythm, or extra dates of a course. */
  dates: opt(alone(list(occurrence))),
  /** Sessions that are cancelled or moved, each with the day it was planned for. */
  changes: opt(list(change)),
  registrationDeadline: opt(isoDate),
  seats: opt(integer(0)),
  seatsLeft: opt(integer(0)),
}));

/** How to register, apart from the offer's own web page. */
export const registration = object({
  required: opt(boolean()),
  url: opt(webUrl),
  deadline: opt(isoDate),
  /** Full, but a waiting list takes names. */
  waitingList: opt(boolean()),
  note: opt(text),
});

export const cost = object({
  free: boolean(),
  amount: opt(number(0)),
  /** ISO 4217; EUR when missing. */
  currency: opt(string(/^[A-Z]{3}$/, 'currency')),
  /** Reduced price, e.g. with a Bildungs- und Teilhabe card. */
  reducedAmount: opt(number(0)),
  note: opt(text),
});

/**
 * Where a record was imported from, so staff know where to fix it: the
 * importer (`csv`, `hsds`, `integreat` …), the file or URL it read and when.
 */
export const source = object({
  importer: nonEmpty,
  /** A file name or URL as the importer read it: shown as text, never linked. */
  origin: opt(nonEmpty),
  /** When the import ran (ISO date or date-time). */
  imported: opt(string(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'date')),
  /** The record's key in its origin (a row number, an id there). */
  ref: opt(nonEmpty),
});

export const topic = object({
  id,
  label: text,
  /** The id of a broader topic. */
  parent: opt(id),
});

export const audience = object({
  id,
  label: text,
});

export const organization = object({
  id,
  name: text,
  description: opt(text),
  /** Public body, non-profit association, volunteer initiative or private provider. */
  type: opt(oneOf(['public', 'nonprofit', 'volunteer', 'private'])),
  contact: opt(contact),
  verified: opt(checkedOn),
  source: opt(source),
});

export const place = object({
  id,
  name: opt(text),
  address: object({
    street: opt(nonEmpty),
    postcode: string(/^[0-9]{5}$/, 'postcode'),
    municipality: nonEmpty,
    district: opt(nonEmpty),
  }),
  geo: opt(
    object({
      lat: number(-90, 90),
      lon: number(-180, 180),
    }),
  ),
  wheelchair: opt(oneOf(['yes', 'limited', 'no'])),
  hours: opt(openingHours),
  /** Closed for a while (building work, holidays): from and until which day, and why. */
  closure: opt(
    object({
      from: opt(isoDate),
      until: opt(isoDate),
      note: opt(text),
    }),
  ),
  verified: opt(checkedOn),
  source: opt(source),
});

/** What a health service offers and whom it takes (`<lotse-health-guide>`'s directory). */
export const health = object({
  specialities: opt(list(oneOf(HEALTH_SPECIALITIES))),
  /** Insurance situations the service accepts; missing: the feed does not say. */
  insurance: opt(list(oneOf(INSURANCE_KINDS))),
  /** Takes new patients; missing: the feed does not say. */
  newPatients: opt(boolean()),
  /** Doctors, therapists, counsellors: each with the languages they speak. */
  staff: opt(
    list(
      object({
        name: nonEmpty,
        role: opt(text),
        languages: list(language, 1),
      }),
    ),
  ),
});

export const offer = object({
  id,
  kind: oneOf(OFFER_KINDS),
  title: text,
  summary: opt(text),
  description: opt(text),
  /**
   * The description with paragraphs, lists, links and emphasis, plain or per
   * language; its structure is checked in `rich-text-rules.ts`. Widgets show
   * it instead of `description` where they can.
   */
  richDescription: opt(any()),
  /** The id of the organisation that runs the offer. */
  organization: opt(id),
  /** Ids of the places where the offer takes place. */
  places: opt(list(id)),
  /** Offered online (video counselling, e-learning). */
  online: opt(boolean()),
  topics: opt(list(id)),
  audiences: opt(list(id)),
  /** Languages the offer is held in or counselling is available in (BCP 47). */
  languages: opt(list(language)),
  keywords: opt(textList),
  /** Languages whose texts in this record were translated by a machine and not checked by a person; the widgets say so. */
  machineTranslated: opt(list(language)),
  cost: opt(cost),
  contact: opt(contact),
  url: opt(webUrl),
  /** Opening hours of the offer itself; when missing, the place's hours apply. */
  hours: opt(openingHours),
  schedule: opt(schedule),
  /** CEFR range for language courses. */
  level: opt(
    object({ from: opt(oneOf(CEFR)), to: opt(oneOf(CEFR)) }),
  ),
  childcare: opt(boolean()),
  health: opt(health),
  /** What kind of course or event (integration course, literacy, festival …): the calendar's type filter. */
  courseType: opt(oneOf(COURSE_TYPES)),
  /** The whole offer is cancelled, postponed or fully booked; without it, it takes place as planned. */
  status: opt(oneOf(OFFER_STATUSES)),
  registration: opt(registration),
  /** Date on which someone last checked that the record is still true. */
  verified: checkedOn,
  source: opt(source),
});

export const publisher = object({
  name: text,
  url: opt(webUrl),
  contact: opt(contact),
  /** Date of the last change to the feed. */
  updated: checkedOn,
});

/** Which health services an answer of a guide leads to. */
const guideServices = object({
  specialities: opt(list(oneOf(HEALTH_SPECIALITIES))),
  insurance: opt(list(oneOf(INSURANCE_KINDS))),
  topics: opt(list(id)),
});

const guideAnswer = object({
  /** Names the answer in shared links; else its position (1, 2 …). */
  id: opt(id),
  label: text,
  /** The next question, or an explanation that ends the path. */
  next: opt(id),
  /** Explanations shown at the end of a path through this answer. */
  explain: opt(list(id, 1, 20)),
  services: opt(guideServices),
});

/**
 * One step of a guided path (`<lotse-health-guide>`): a question with its
 * answers, or an explanation (a title, text, sections and the words heard
 * at a reception). Steps refer to each other by id; a feed's step replaces
 * the library's default step of the same id.
 */
export const guideStep = object({
  id,
  question: opt(text),
  hint: opt(text),
  answers: opt(list(guideAnswer, 1, 24)),
  /** Answers made from the directory: the languages spoken or the towns of its services. */
  options: opt(oneOf(['languages', 'municipality'])),
  /** Where the made answers lead. */
  next: opt(id),
  title: opt(text),
  text: opt(text),
  sections: opt(list(object({ heading: text, text }), 1, 12)),
  /** German words a resident hears at a reception, with their meaning. */
  words: opt(list(object({ term: nonEmpty, meaning: text }), 1, 40)),
});

/** A phone number for emergencies and crises; an id of a default number (`112`, `116117`, `poison` …) replaces it. */
export const emergencyNumber = object({
  id,
  numbers: list(phone, 1, 4),
  label: text,
  description: opt(text),
});

/** A collection of records, checked record by record in validate-records.ts; here only its length. */
const records = () => list(any(), undefined, MAX_RECORDS);

/** The envelope: a feed without one of its required fields cannot be used at all. */
/** A ready-made calendar to subscribe to: a static .ics file with a slice of the feed (written by the command-line tool). */
export const calendarLink = object({
  id,
  label: text,
  url: webUrl,
  /** Which offers it holds, by the calendar's filters (for the tool that writes it). */
  filter: opt(
    object({
      topics: opt(list(string())),
      audiences: opt(list(string())),
      kinds: opt(list(oneOf(OFFER_KINDS))),
      types: opt(list(oneOf(COURSE_TYPES))),
      levels: opt(list(oneOf(CEFR))),
      municipality: opt(list(string())),
      languages: opt(list(language)),
      free: opt(boolean()),
      childcare: opt(boolean()),
    }),
  ),
});

export const envelope = object({
  lotse: string(/^\d+\.\d+$/, 'version'),
  id: opt(id),
  language,
  /** The time zone of every date and time in the feed; Europe/Berlin when missing. */
  timeZone: opt(string(TIME_ZONE, 'timezone')),
  calendars: opt(list(calendarLink, undefined, 100)),
  publisher,
  topics: opt(records()),
  audiences: opt(records()),
  organizations: opt(records()),
  places: opt(records()),
  offers: records(),
  guides: opt(records()),
  emergency: opt(records()),
});

export type Text = Infer<typeof text>;
export type TextList = Infer<typeof textList>;
export type OpeningHours = Infer<typeof openingHours>;
export type Contact = Infer<typeof contact>;
export type Schedule = Infer<typeof schedule>;
export type Registration = Infer<typeof registration>;
export type CalendarLink = Infer<typeof calendarLink>;
export type Cost = Infer<typeof cost>;
export type Source = Infer<typeof source>;
export type Topic = Infer<typeof topic>;
export type Audience = Infer<typeof audience>;
export type Organization = Infer<typeof organization>;
export type Place = Infer<typeof place>;
export type Offer = Infer<typeof offer>;
export type Publisher = Infer<typeof publisher>;
export type Health = Infer<typeof health>;
export type GuideStep = Infer<typeof guideStep>;
export type GuideAnswer = Infer<typeof guideAnswer>;
export type EmergencyNumber = Infer<typeof emergencyNumber>;
export type { CourseType, OfferKind, OfferStatus, Weekday } from './vocabulary.js';

/** The record collections of a feed, in the order they are validated. */
export const RECORD_SCHEMAS = {
  topics: topic,
  audiences: audience,
  organizations: organization,
  places: place,
  offers: offer,
  guides: guideStep,
  emergency: emergencyNumber,
} as const;
export type RecordCollection = keyof typeof RECORD_SCHEMAS;
