/**
 * `lotse ics FEED --out DIR`: the static calendars a feed lists under
 * `calendars`, one .ics file each (named after the last part of its `url`),
 * with the widget's own writer, so a town with a plain web server offers
 * calendars that residents subscribe to.
 */
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { calendarDeps } from '../core/calendar/deps.js';
import { offersCalendar } from '../core/calendar/offer-events.js';
import { buildCatalog, type OfferEntry } from '../core/feed/catalog.js';
import type { CalendarLink } from '../core/feed/schema.js';
import { pickText } from '../core/locale/text.js';
import { checkParsed, offersLeftOut, parseFeed, today } from './check.js';
import { CliError, EXIT, fileError, writeAtomically, type Context, type ExitCode } from './io.js';
import { readJsonText } from './text-file.js';

type Filter = NonNullable<CalendarLink['filter']>;

const some = <T>(wanted: readonly T[] | undefined, has: readonly T[] | undefined) => !wanted?.length || (has ?? []).some((v) => wanted.includes(v));

/** The offers a calendar's filter picks: every list is "one of these", every yes/no must hold. */
export function matches(entry: OfferEntry, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const { offer } = entry;
  const levels = offer.level ? [offer.level.from, offer.level.to].filter((l): l is NonNullable<typeof l> => Boolean(l)) : [];
  return (
    some(filter.topics, entry.topics) &&
    some(filter.audiences, entry.audiences) &&
    some(filter.kinds, [offer.kind]) &&
    some(filter.types, offer.courseType ? [offer.courseType] : []) &&
    some(filter.levels, levels) &&
    some(filter.municipality, entry.places.map((p) => p.address.municipality)) &&
    some(filter.languages, offer.languages) &&
    (filter.free === undefined || Boolean(offer.cost?.free) === filter.free) &&
    (filter.childcare === undefined || Boolean(offer.childcare) === filter.childcare)
  );
}

/** `https://…/kalender/deutschkurse.ics` -> `deutschkurse.ics`; the calendar's id when the address names no file. */
function fileOf(link: CalendarLink): string {
  const last = new URL(link.url).pathname.split('/').pop() ?? '';
  return /^[A-Za-z0-9._-]+\.ics$/.test(last) ? last : `${link.id}.ics`;
}

/**
 * The file of each calendar in the output folder. Two addresses that end in
 * the same name (`/de/kurse.ics`, `/en/kurse.ics`) keep their folders, so
 * neither overwrites the other; where even that is the same, the ids.
 */
function filesOf(links: readonly CalendarLink[]): string[] {
  const names = links.map(fileOf);
  const clash = (list: string[], i: number) => list.indexOf(list[i]) !== list.lastIndexOf(list[i]);
  const withFolders = names.map((name, i) => {
    if (!clash(names, i)) return name;
    const folders = new URL(links[i].url).pathname.split('/').slice(0, -1).filter((part) => /^[A-Za-z0-9._-]+$/.test(part) && part !== '..' && part !== '.');
    return [...folders, name].join('/');
  });
  return withFolders.map((name, i) => (clash(withFolders, i) ? `${links[i].id}.ics` : name));
}

export function runIcs(ctx: Context, file: string, out: string | undefined, now: number): ExitCode {
  if (!out) throw new CliError(ctx.say('needOut'), EXIT.usage);
  const text = readJsonText(ctx, file);
  const checked = checkParsed(ctx, file, parseFeed(ctx, file, text), today(ctx));
  const calendars = checked.feed.calendars ?? [];
  if (calendars.length === 0) {
    ctx.error(ctx.say('noCalendars', file));
    return EXIT.problems;
  }
  // Offers the validator left out are in no calendar; the exit code 1 must not be the only sign.
  const droppedOffers = offersLeftOut(checked.problems);
  if (droppedOffers > 0) ctx.error(ctx.say('icsDropped', file, droppedOffers));
  const catalog = buildCatalog([checked.feed]);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(ctx.say('unwritable', out, fileError(ctx, error)), EXIT.unusable);
  }
  const files = filesOf(calendars);
  for (const [i, link] of calendars.entries()) {
    // Only offers with dates become events: services without a schedule are not counted as in the file.
    const entries = catalog.offers.filter((entry) => entry.offer.schedule && matches(entry, link.filter));
    const name = pickText(link.label, checked.feed.language, checked.feed.language)?.text;
    const ics = offersCalendar(entries, { requested: checked.feed.language, name, stamp: now, since: today(ctx) }, calendarDeps);
    const target = join(out, files[i]);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeAtomically(target, ics);
    } catch (error) {
      throw new CliError(ctx.say('unwritable', target, fileError(ctx, error)), EXIT.unusable);
    }
    ctx.info(ctx.say('calendarWritten', target, entries.length, link.url));
  }
  return checked.problems.length > 0 ? EXIT.problems : EXIT.ok;
}
