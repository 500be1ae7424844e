/**
 * `lotse import integreat`: pages, events and locations (POIs) of a region
 * from the Integreat CMS's public JSON API (`/api/v3/{region}/{language}/…`),
 * one request per language, or from saved answers (`--dir`).
 *
 * What the API really returns and how it is read:
 * - every text is HTML: turned into formatted text and plain text;
 * - an answer for another language can hold German text where nothing is
 *   translated (a location's title is always the region's default
 *   language): a text equal to the German one, or without the script of an
 *   Arabic-script language, is never labelled as that language;
 * - a recurring event comes as one record per date, with the same id or
 *   with id `null`: grouped by the event's own id into one offer;
 * - `recurrence_rule` is an RRULE whose DTSTART is UTC without a `Z`;
 * - times come as `HH:MM:SS`; opening hours as seven entries from Monday
 *   with time slots and all-day, closed and appointment-only flags;
 * - language tags such as `ar-arb` (an extended subtag) become `ar`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WEEKDAYS } from '../core/feed/vocabulary.js';
import { fromUtc } from '../core/time/zone.js';
import { emptyDraft, finish, type Finished, type Json } from './build-feed.js';
import { CliError, EXIT, type Context } from './io.js';
import { htmlToRich } from './html-to-rich.js';
import { parseCheckedDate, sourceOf } from './import-common.js';
import { progress } from './progress.js';
import { readJsonText } from './text-file.js';

type Row = Record<string, unknown>;
const KINDS = ['pages', 'events', 'locations'] as const;
type Kind = (typeof KINDS)[number];

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.filter((r): r is Row => !!r && typeof r === 'object' && !Array.isArray(r)) : []);
const obj = (v: unknown): Row | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : undefined);

export interface IntegreatOptions {
  base?: string;
  dir?: string;
  region: string;
  languages: string[];
  publisher?: string;
  now: string;
  /** Milliseconds per request. */
  timeout?: number;
}

/** `ar-arb` -> `ar` (an extended language subtag is dropped), `fa-IR` stays, `de-si` (easy German) -> `de-x-si`. */
export function feedLanguage(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  const [language, ...rest] = parts;
  const kept = rest.filter((part, i) => !(i === 0 && /^[a-z]{3}$/i.test(part)));
  const fixed = kept.map((part) => (/^[a-z]{2}$/i.test(part) ? part.toUpperCase() : part));
  const result = [language.toLowerCase(), ...fixed].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(result) ? result : language.toLowerCase();
}

/** Arabic-script languages: a text in them has Arabic letters. */
const ARABIC_SCRIPT = /^(ar|fa|prs|ps|ur|ckb|ku-Arab|sd|ug)\b/;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

async function fetchJson(ctx: Context, url: string, timeout: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/json' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new CliError(ctx.say('networkError', url, cause), EXIT.network);
  }
  if (!response.ok) throw new CliError(ctx.say('httpError', url, response.status), EXIT.network);
  try {
    return await response.json();
  } catch (error) {
    throw new CliError(ctx.say('notJsonAnywhere', url, (error as Error).message), EXIT.unusable);
  }
}

function readSaved(ctx: Context, file: string): unknown {
  const text = readJsonText(ctx, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(ctx.say('notJsonAnywhere', file, (error as Error).message), EXIT.unusable);
  }
}

/** `DTSTART:20270104T170000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329T215959` -> weekly days, interval, last day (Berlin). */
function weeklyRule(rule: string): { days?: string[]; interval?: number; until?: string; start?: { date: string; time: string } } | undefined {
  const rrule = /RRULE:([^\n\r]*)/.exec(rule)?.[1] ?? (/FREQ=/.test(rule) ? rule : '');
  const parts = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  if (parts.FREQ !== 'WEEKLY') return undefined;
  // Integreat writes DTSTART and UNTIL in UTC but without the `Z`: read as UTC, shown in Berlin.
  const instant = (value: string | undefined) => {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?Z?$/.exec(value ?? '');
    return m ? fromUtc('Europe/Berlin', Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))) : undefined;
  };
  const start = instant(/DTSTART(?:;[^:]*)?:(\S+)/.exec(rule)?.[1]);
  const byday = parts.BYDAY?.split(',').map((d) => ({ MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' })[d.replace(/^[+-]?\d+/, '')]);
  if (byday?.some((d) => !d)) return undefined;
  const interval = parts.INTERVAL ? Number(parts.INTERVAL) : undefined;
  return { days: byday as string[] | undefined, interval: interval && interval > 1 ? interval : undefined, until: instant(parts.UNTIL)?.date, start };
}

const hhmm = (raw: string) => /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(raw)?.slice(1, 3).join(':');

export async function importIntegreat(ctx: Context, options: IntegreatOptions): Promise<Finished> {
  const [base, ...others] = options.languages;
  if (!base) throw new CliError(ctx.say('badOption', '--languages', 'import integreat'), EXIT.usage);
  const apiBase = options.base?.replace(/\/+$/, '');
  const answers = new Map<string, Record<Kind, Row[]>>();
  // Language tags: from the region's language list where saved or served, else from the slug.
  const tags = new Map<string, string>();
  const languagesFile = options.dir ? join(options.dir, 'languages.json') : undefined;
  const languageList = languagesFile ? (existsSync(languagesFile) ? readSaved(ctx, languagesFile) : []) : await fetchJson(ctx, `${apiBase}/api/v3/${options.region}/languages/`, options.timeout ?? 30_000).catch(() => []);
  for (const l of rows(languageList)) if (str(l.code)) tags.set(str(l.code), feedLanguage(str(l.bcp47_tag) || str(l.code)));
  const tagOf = (slug: string) => tags.get(slug) ?? feedLanguage(slug);

  const bar = progress(ctx, options.languages.length * KINDS.length, 'Integreat');
  let requested = 0;
  for (const language of options.languages) {
    const answer = {} as Record<Kind, Row[]>;
    for (const kind of KINDS) {
      bar.tick(requested++);
      if (options.dir) {
        const file = join(options.dir, language, `${kind}.json`);
        answer[kind] = existsSync(file) ? rows(readSaved(ctx, file)) : [];
      } else {
        answer[kind] = rows(await fetchJson(ctx, `${apiBase}/api/v3/${options.region}/${language}/${kind}/`, options.timeout ?? 30_000));
      }
    }
    answers.set(language, answer);
  }
  bar.stop();

  const origin = options.base ? `${apiBase}/api/v3/${options.region}/` : `${options.dir}`;
  const baseTag = tagOf(base);
  const draft = emptyDraft(baseTag, options.publisher ?? `Integreat ${options.region}`, options.now.slice(0, 10));
  const note = (where: string, message: string) => draft.problems.push({ where, message, leftOut: false });
  /** Adds `text` in `language` to a per-language map unless it is the German (base) text again. */
  const translated = (language: string, baseText: string | undefined, text: string | undefined, where: string): boolean => {
    if (!text) return false;
    const tag = tagOf(language);
    if ((baseText !== undefined && text.trim() === baseText.trim()) || (ARABIC_SCRIPT.test(tag) && !ARABIC_LETTER.test(text))) {
      ctx.info(ctx.say('germanAsOther', where, text.length > 40 ? `${text.slice(0, 39)}…` : text, tag));
      return false;
    }
    return true;
  };

  const baseAnswer = answers.get(base)!;
  const topics = new Map<string, Json>();
  const places = new Map<string, Json>();
  const offers = new Map<string, Json>();
  const organizations = new Map<string, Json>();

  const addText = (record: Json, field: 'title' | 'description', language: string, text: string) => {
    const current = record[field];
    const map: Record<string, string> = typeof current === 'string' ? { [baseTag]: current } : ((current as Record<string, string>) ?? {});
    map[tagOf(language)] = text;
    record[field] = map;
  };
  const addRich = (record: Json, language: string, blocks: unknown) => {
    const current = (record.richDescription as Record<string, unknown> | undefined) ?? {};
    current[tagOf(language)] = blocks;
    record.richDescription = current;
  };
  const content = (row: Row, url: string) => htmlToRich(str(row.content), url || undefined);

  // --- pages: information pages; a page with children and no text of its own becomes a topic.
  const pagesById = new Map(baseAnswer.pages.map((p) => [str(p.id), p]));
  const rootOf = (page: Row): Row => {
    let current = page;
    for (let hops = 0; hops < 50; hops++) {
      const parent = pagesById.get(str(obj(current.parent)?.id));
      if (!parent || str(obj(current.parent)?.id) === '0') return current;
      current = parent;
    }
    return current;
  };
  const hasChildren = new Set(baseAnswer.pages.map((p) => str(obj(p.parent)?.id)));
  for (const page of baseAnswer.pages) {
    const id = str(page.id);
    const url = str(page.url);
    const { rich, plain } = content(page, url);
    const root = rootOf(page);
    const topicId = `thema-${str(root.id)}`;
    if (hasChildren.has(str(root.id)) && !topics.has(topicId)) topics.set(topicId, { id: topicId, label: { [baseTag]: str(root.title) } });
    if (!plain) continue;
    const offer: Json = { id: `seite-${id}`, kind: 'service', title: str(page.title), description: plain, ...(rich ? { richDescription: { [baseTag]: rich } } : {}) };
    if (url) offer.url = url;
    if (topics.has(topicId) && root !== page) offer.topics = [topicId];
    const verified = parseCheckedDate(str(page.last_updated) || str(page.modified_gmt));
    if (verified) offer.verified = verified;
    offer.source = sourceOf('integreat', origin, options.now, `pages ${id}`);
    offers.set(`page|${id}`, offer);
  }

  // --- locations (POIs): places, and an offer for each with text or contact.
  const placeOf = (location: Row | undefined, where: string): string | undefined => {
    const id = str(location?.id);
    if (!location || !id) return undefined;
    const placeId = `poi-${id}`;
    if (places.has(placeId)) return placeId;
    const place: Json = {
      id: placeId,
      ...(str(location.name) ? { name: str(location.name) } : {}),
      address: { ...(str(location.address) ? { street: str(location.address) } : {}), postcode: str(location.postcode), municipality: str(location.town) },
    };
    const lat = Number(location.latitude);
    const lon = Number(location.longitude);
    if (location.latitude != null && location.longitude != null) {
      if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) place.geo = { lat, lon };
      else note(where, `latitude/longitude ${str(location.latitude)}, ${str(location.longitude)}: ${ctx.say('reason.range')}`);
    }
    place.source = sourceOf('integreat', origin, options.now, `locations ${id}`);
    places.set(placeId, place);
    return placeId;
  };
  for (const poi of baseAnswer.locations) {
    const location = obj(poi.location);
    const where = `locations ${str(location?.id) || str(poi.id)}`;
    const placeId = placeOf(location, where);
    if (!placeId) continue;
    const place = places.get(placeId)!;
    if (poi.temporarily_closed === true) place.closure = {};
    const hours = rows(poi.opening_hours);
    if (hours.length === 7) {
      const regular: Json[] = [];
      hours.forEach((day, index) => {
        const weekday = WEEKDAYS[index];
        if (day.closed === true) return;
        const appointment = day.appointmentOnly === true ? { appointment: true } : {};
        if (day.allDay === true) {
          regular.push({ days: [weekday], opens: '00:00', closes: '23:59', ...appointment });
          return;
        }
        for (const slot of rows(day.timeSlots)) {
          const opens = hhmm(str(slot.start));
          const closes = hhmm(str(slot.end));
          if (opens && closes && closes > opens) regular.push({ days: [weekday], opens, closes, ...appointment });
          else note(where, `opening_hours[${index}]: ${str(slot.start)}–${str(slot.end)}: ${ctx.say('reason.format')}`);
        }
      });
      if (regular.length) place.hours = { regular };
    } else if (hours.length > 0) note(where, `opening_hours: ${hours.length} ≠ 7`);
    const url = str(poi.url);
    const { rich, plain } = content(poi, url);
    const offer: Json = { id: `ort-${str(location!.id)}`, kind: 'service', title: str(poi.title), places: [placeId] };
    if (plain) offer.description = plain;
    if (rich) offer.richDescription = { [baseTag]: rich };
    const contact: Json = {};
    if (str(poi.phone_number)) contact.phone = str(poi.phone_number);
    if (str(poi.email)) contact.email = str(poi.email);
    if (str(poi.appointment_url)) contact.url = str(poi.appointment_url);
    if (Object.keys(contact).length) offer.contact = contact;
    if (str(poi.website)) offer.url = str(poi.website);
    const category = obj(poi.category);
    if (category && str(category.id)) {
      const topicId = `kategorie-${str(category.id)}`;
      if (!topics.has(topicId)) topics.set(topicId, { id: topicId, label: { [baseTag]: str(category.name) } });
      offer.topics = [topicId];
    }
    const organization = obj(poi.organization);
    if (organization && str(organization.id)) {
      const orgId = `org-${str(organization.id)}`;
      if (!organizations.has(orgId)) {
        organizations.set(orgId, {
          id: orgId,
          name: str(organization.name),
          ...(str(organization.website) ? { contact: { url: str(organization.website) } } : {}),
          source: sourceOf('integreat', origin, options.now, `organizations ${str(organization.id)}`),
        });
      }
      offer.organization = orgId;
    }
    const verified = parseCheckedDate(str(poi.last_updated) || str(poi.modified_gmt));
    if (verified) offer.verified = verified;
    offer.source = sourceOf('integreat', origin, options.now, `locations ${str(location!.id)}`);
    offers.set(`poi|${str(location!.id)}`, offer);
  }

  // --- events: one offer per event, its dates from the expanded records or from the rule.
  const eventKey = (row: Row) => str(obj(row.event)?.id) || str(row.path).replace(/\$\d{4}-\d{2}-\d{2}\/?$/, '');
  const baseEvents = new Map<string, Row[]>();
  for (const row of baseAnswer.events) {
    const key = eventKey(row);
    baseEvents.set(key, [...(baseEvents.get(key) ?? []), row]);
  }
  for (const [key, group] of baseEvents) {
    const first = group[0];
    const event = obj(first.event) ?? {};
    const url = str(first.url);
    const { rich, plain } = content(first, url);
    const offer: Json = { id: `termin-${key.replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^-+/, '')}`, kind: 'event', title: str(first.title) };
    if (plain) offer.description = plain;
    if (rich) offer.richDescription = { [baseTag]: rich };
    const allDay = event.all_day === true;
    const timeOf = (row: Row, which: 'start' | 'end') => {
      const e = obj(row.event) ?? {};
      return allDay ? undefined : hhmm(str(e[`${which}_time`])) ?? hhmm(str(e[which]).slice(11, 19));
    };
    const dateOf = (row: Row, which: 'start' | 'end') => {
      const e = obj(row.event) ?? {};
      return parseCheckedDate(str(e[`${which}_date`])) ?? parseCheckedDate(str(e[which]));
    };
    const rule = str(first.recurrence_rule) ? weeklyRule(str(first.recurrence_rule)) : undefined;
    const startTime = timeOf(first, 'start');
    const endTime = timeOf(first, 'end');
    const schedule: Json = {};
    if (rule && (rule.days || rule.start)) {
      schedule.start = rule.start?.date ?? dateOf(first, 'start');
      if (rule.until) schedule.end = rule.until;
      schedule.weekly = { days: rule.days ?? [WEEKDAYS[(new Date(`${schedule.start}T12:00:00Z`).getUTCDay() + 6) % 7]], ...(rule.interval ? { interval: rule.interval } : {}) };
      if (startTime) schedule.startTime = startTime;
      if (endTime) schedule.endTime = endTime;
    } else if (group.length > 1) {
      schedule.dates = group.flatMap((row) => {
        const date = dateOf(row, 'start');
        return date ? [{ date, ...(timeOf(row, 'start') ? { start: timeOf(row, 'start') } : {}), ...(timeOf(row, 'end') ? { end: timeOf(row, 'end') } : {}) }] : [];
      });
    } else {
      const start = dateOf(first, 'start');
      const end = dateOf(first, 'end');
      if (start) schedule.start = start;
      if (end && end !== start) schedule.end = end;
      if (startTime) schedule.startTime = startTime;
      if (endTime) schedule.endTime = endTime;
    }
    if (Object.keys(schedule).length) offer.schedule = schedule;
    const placeId = placeOf(obj(first.location), `events ${key}`);
    if (placeId) offer.places = [placeId];
    if (str(first.meeting_url)) {
      offer.online = true;
      offer.url = str(first.meeting_url);
    } else if (url) offer.url = url;
    const verified = parseCheckedDate(str(first.last_updated) || str(first.modified_gmt));
    if (verified) offer.verified = verified;
    offer.source = sourceOf('integreat', origin, options.now, `events ${key}`);
    offers.set(`event|${key}`, offer);
  }

  // --- other languages: matched to the German records, their texts added where really translated.
  for (const language of others) {
    const answer = answers.get(language)!;
    const add = (offer: Json | undefined, row: Row, where: string) => {
      if (!offer) return;
      const title = str(row.title);
      const baseTitle = typeof offer.title === 'string' ? offer.title : (offer.title as Record<string, string> | undefined)?.[baseTag];
      if (translated(language, baseTitle, title, `${where}, title`)) addText(offer, 'title', language, title);
      const { rich, plain } = content(row, str(row.url));
      const baseText = typeof offer.description === 'string' ? offer.description : (offer.description as Record<string, string> | undefined)?.[baseTag];
      if (plain && translated(language, baseText, plain, `${where}, content`)) {
        addText(offer, 'description', language, plain);
        if (rich) addRich(offer, language, rich);
      }
    };
    for (const page of answer.pages) {
      const baseId = str(obj(obj(page.available_languages)?.[base])?.id);
      add(offers.get(`page|${baseId}`), page, `pages ${str(page.id)} (${language})`);
      const topic = topics.get(`thema-${baseId}`);
      if (topic && translated(language, str(pagesById.get(baseId)?.title), str(page.title), `pages ${str(page.id)} (${language}), title`)) {
        (topic.label as Record<string, string>)[tagOf(language)] = str(page.title);
      }
    }
    for (const poi of answer.locations) {
      add(offers.get(`poi|${str(obj(poi.location)?.id)}`), poi, `locations ${str(obj(poi.location)?.id)} (${language})`);
      const category = obj(poi.category);
      const topic = topics.get(`kategorie-${str(category?.id)}`);
      const label = topic?.label as Record<string, string> | undefined;
      if (label && translated(language, label[baseTag], str(category?.name), `location-categories ${str(category?.id)} (${language})`)) label[tagOf(language)] = str(category?.name);
    }
    const seen = new Set<string>();
    for (const row of answer.events) {
      const key = eventKey(row);
      if (seen.has(key)) continue;
      seen.add(key);
      add(offers.get(`event|${key}`), row, `events ${key} (${language})`);
    }
  }

  // Single-language texts stay plain strings in the feed's language.
  for (const offer of offers.values()) {
    for (const field of ['title', 'description'] as const) {
      const value = offer[field];
      if (value && typeof value === 'object' && Object.keys(value).length === 1 && Object.hasOwn(value, baseTag)) offer[field] = (value as Record<string, string>)[baseTag];
    }
  }
  draft.topics.push(...topics.values());
  draft.organizations.push(...organizations.values());
  draft.places.push(...places.values());
  draft.offers.push(...offers.values());
  return finish(ctx, draft);
}
