/**
 * `lotse merge A.json B.json -o county.json`: what the widgets do with
 * several `src`, written out as one feed. Records keep their feed's
 * references under ids prefixed with the feed's id (`<feed>:<id>`, the `~`
 * of the widgets' keys is not allowed in feed ids), topics and audiences
 * are merged into one vocabulary (the county chose the feeds, so all are
 * trusted), and every record keeps where it came from in `source`.
 */
import { basename } from 'node:path';
import { buildCatalog, type VocabularyEntry } from '../core/feed/catalog.js';
import { KNOWN_AUDIENCES } from '../core/feed/vocabulary.js';
import type { ValidatedFeed } from '../core/feed/validate-records.js';
import { checkFile, checkParsed, today, type Checked } from './check.js';
import { CliError, EXIT, emit, feedText, type Context, type ExitCode } from './io.js';
import { FEED_FORMAT_VERSION } from './version.js';
import { describe } from './validate.js';

type Json = Record<string, unknown>;
const TEXT_FIELDS = ['title', 'summary', 'description', 'name'] as const;

/** The widgets' key `prefix~id` as a feed id `prefix:id`. */
const idOf = (key: string) => key.replace('~', ':');

/** Plain texts of a feed in another language than the merged one, as maps, so they keep their language. */
function keepLanguage<T extends Json>(record: T, from: string, to: string, fields: readonly string[] = TEXT_FIELDS): T {
  if (from === to) return record;
  const copy: Json = { ...record };
  for (const field of fields) if (typeof copy[field] === 'string') copy[field] = { [from]: copy[field] };
  if (Array.isArray(copy.richDescription)) copy.richDescription = { [from]: copy.richDescription };
  return copy as T;
}

/** A guide's step with its texts, its answers' and its sections' in their feed's language. */
function stepInLanguage(step: Json, from: string, to: string): Json {
  if (from === to) return step;
  const copy = keepLanguage(step, from, to, ['question', 'hint', 'title', 'text']);
  if (Array.isArray(copy.answers)) copy.answers = (copy.answers as Json[]).map((a) => keepLanguage(a, from, to, ['label']));
  if (Array.isArray(copy.sections)) copy.sections = (copy.sections as Json[]).map((s) => keepLanguage(s, from, to, ['heading', 'text']));
  if (Array.isArray(copy.words)) copy.words = (copy.words as Json[]).map((w) => keepLanguage(w, from, to, ['meaning']));
  return copy;
}

/** The first record of each id across the feeds, as the widgets read several feeds (a guide's step or an emergency number replaces a default by its id). */
function firstById(feeds: readonly ValidatedFeed[], records: (feed: ValidatedFeed) => readonly { id: string }[], inLanguage: (record: Json, feed: ValidatedFeed) => Json): Json[] {
  const kept = new Map<string, Json>();
  for (const feed of feeds) for (const record of records(feed)) if (!kept.has(record.id)) kept.set(record.id, inLanguage(record as unknown as Json, feed));
  return [...kept.values()];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function runMerge(ctx: Context, files: string[], options: { output?: string; id?: string; publisher?: string; now: string }): ExitCode {
  if (files.length < 2) throw new CliError(ctx.say('needFile'), EXIT.usage);
  if (!options.output) throw new CliError(ctx.say('mergeNeedOut'), EXIT.usage);
  if (options.id !== undefined && !ID.test(options.id)) throw new CliError(ctx.say('badOption', `--id "${options.id}" (A-Z, a-z, 0-9 . _ : -)`, 'merge'), EXIT.usage);
  if (options.publisher !== undefined && !/\S/.test(options.publisher)) throw new CliError(ctx.say('badOption', '--publisher ""', 'merge'), EXIT.usage);
  const day = today(ctx);
  const checked: Checked[] = [];
  const raw = new Map<ValidatedFeed, unknown>();
  for (const file of files) {
    const { json, checked: result } = checkFile(ctx, file, day);
    raw.set(result.feed, json);
    checked.push(result);
    const lines = describe(ctx, result, json);
    if (result.problems.length > 0) ctx.error(lines.join('\n'));
  }
  const feeds = checked.map((c) => c.feed);
  const catalog = buildCatalog(feeds, { trusted: true });
  const language = feeds[0].language;
  const prefixOf = new Map<ValidatedFeed, string>();
  for (const entry of catalog.offers) prefixOf.set(entry.feed, entry.key.includes('~') ? entry.key.slice(0, entry.key.indexOf('~') + 1) : '');
  // Feeds without offers still need a prefix for their places and organisations.
  feeds.forEach((feed, index) => {
    if (!prefixOf.has(feed)) prefixOf.set(feed, feeds.length > 1 ? `${feed.id?.replace(/~/g, '-') || `feed${index + 1}`}~` : '');
  });
  const prefixed = (feed: ValidatedFeed, id: string) => idOf(`${prefixOf.get(feed)}${id}`);
  const sourceFor = (feed: ValidatedFeed, record: Json) =>
    record.source ?? { importer: 'merge', origin: basename(feed.url), imported: options.now, ref: String(record.id) };

  const vocabulary = (entries: Map<string, VocabularyEntry>, builtIn: readonly string[] = []) =>
    [...entries.values()]
      .filter((e) => !builtIn.includes(e.key) && Object.keys(e.label).length > 0)
      .map((e) => ({ id: idOf(e.key), label: e.label, ...(e.parent ? { parent: idOf(e.parent) } : {}) }));

  const organizations: Json[] = [];
  const places: Json[] = [];
  for (const feed of feeds) {
    for (const org of feed.organizations) organizations.push({ ...keepLanguage(org as unknown as Json, feed.language, language), id: prefixed(feed, org.id), source: sourceFor(feed, org as unknown as Json) });
    for (const place of feed.places) places.push({ ...keepLanguage(place as unknown as Json, feed.language, language), id: prefixed(feed, place.id), source: sourceFor(feed, place as unknown as Json) });
  }
  const offers = catalog.offers.map((entry) => {
    const offer = keepLanguage(entry.offer as unknown as Json, entry.feed.language, language);
    return {
      ...offer,
      id: idOf(entry.key),
      ...(entry.offer.organization ? { organization: prefixed(entry.feed, entry.offer.organization) } : {}),
      ...(entry.offer.places ? { places: entry.offer.places.map((id) => prefixed(entry.feed, id)) } : {}),
      ...(entry.topics.length ? { topics: entry.topics.map(idOf) } : {}),
      ...(entry.audiences.length ? { audiences: entry.audiences.map(idOf) } : {}),
      source: sourceFor(entry.feed, entry.offer as unknown as Json),
    };
  });
  // Ready-made calendars keep their filters (the vocabulary is merged by id); their ids are made unique like the records'.
  const calendars = feeds.flatMap((feed) => (feed.calendars ?? []).map((c) => ({ ...keepLanguage(c as unknown as Json, feed.language, language, ['label']), id: prefixed(feed, c.id) })));
  const guides = firstById(feeds, (feed) => feed.guides, (step, feed) => stepInLanguage(step, feed.language, language));
  const emergency = firstById(feeds, (feed) => feed.emergency, (number, feed) => keepLanguage(number, feed.language, language, ['label', 'description']));
  const first = raw.get(feeds[0]) as Json;
  const merged = {
    lotse: FEED_FORMAT_VERSION,
    ...(options.id ? { id: options.id } : {}),
    language,
    ...(typeof first.timeZone === 'string' ? { timeZone: first.timeZone } : {}),
    publisher: { name: options.publisher ?? feeds[0].publisher.name, updated: day },
    topics: vocabulary(catalog.topics),
    audiences: vocabulary(catalog.audiences, KNOWN_AUDIENCES),
    organizations,
    places,
    offers,
    ...(calendars.length ? { calendars } : {}),
    ...(guides.length ? { guides } : {}),
    ...(emergency.length ? { emergency } : {}),
  };
  // What is written passes the widgets' own check, or nothing is written.
  const check = checkParsed(ctx, options.output, merged, day);
  if (check.problems.length > 0) {
    ctx.error(describe(ctx, check, merged).join('\n'));
    throw new CliError(ctx.say('unwritable', options.output, 'lotse validate'), EXIT.unusable);
  }
  emit(ctx, options.output, feedText(merged));
  ctx.info(ctx.say('merged', options.output, feeds.length, offers.length));
  return checked.some((c) => c.problems.length > 0) ? EXIT.problems : EXIT.ok;
}
