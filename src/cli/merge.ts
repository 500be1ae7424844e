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
import { checkFile, today, type Checked } from './check.js';
import { CliError, EXIT, emit, feedText, type Context, type ExitCode } from './io.js';
import { FEED_FORMAT_VERSION } from './version.js';
import { describe } from './validate.js';

type Json = Record<string, unknown>;
const TEXT_FIELDS = ['title', 'summary', 'description', 'name'] as const;

/** The widgets' key `prefix~id` as a feed id `prefix:id`. */
const idOf = (key: string) => key.replace('~', ':');

/** Plain texts of a feed in another language than the merged one, as maps, so they keep their language. */
function keepLanguage<T extends Json>(record: T, from: string, to: string): T {
  if (from === to) return record;
  const copy: Json = { ...record };
  for (const field of TEXT_FIELDS) if (typeof copy[field] === 'string') copy[field] = { [from]: copy[field] };
  if (Array.isArray(copy.richDescription)) copy.richDescription = { [from]: copy.richDescription };
  return copy as T;
}

export function runMerge(ctx: Context, files: string[], options: { output?: string; id?: string; publisher?: string; now: string }): ExitCode {
  if (files.length < 2) throw new CliError(ctx.say('needFile'), EXIT.usage);
  if (!options.output) throw new CliError(ctx.say('mergeNeedOut'), EXIT.usage);
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
  };
  emit(ctx, options.output, feedText(merged));
  ctx.info(ctx.say('merged', options.output, feeds.length, offers.length));
  return checked.some((c) => c.problems.length > 0) ? EXIT.problems : EXIT.ok;
}
