/**
 * Bits of offer text that every widget showing offers shares: the context
 * they are rendered in, feed texts in the reader's language, times and next
 * dates, languages, provider, topics, towns, costs and distances.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { directionOf } from '../locale/direction.js';
import { formatDate, formatDateRange, formatNumber, intlLocale } from '../locale/format.js';
import { ownLanguageName } from '../locale/language-names.js';
import { listParts } from '../locale/list-parts.js';
import { plural } from '../locale/plural.js';
import { pickText, type ShownText } from '../locale/text.js';
import type { BerlinNow } from '../time/berlin.js';
import type { NextDate } from '../time/next-date.js';
import { pastMidnight } from '../time/recurrence.js';
import { BERLIN } from '../time/zone.js';
import { featureLabel } from './labels.js';
import { shownText } from './shown-text.js';

export interface OfferContext {
  catalog: Catalog;
  /** The language asked for (for sorting and formats). */
  requested: string;
  /** The languages feed texts are shown in, best first (`LocaleController.texts`). */
  texts: readonly string[];
  /** The UI locale; numbers and dates follow it. */
  ui: string;
  now: BerlinNow;
}

/** A feed text of an offer's feed, in the reader's language if the feed has it. */
export function text(value: Parameters<typeof pickText>[0], entry: OfferEntry, ctx: Pick<OfferContext, 'texts'>): ShownText | undefined {
  return pickText(value, ctx.texts, entry.feed.language);
}

const times = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock time from the feed (`16:00`) in the reader's locale. */
export function timeText(time: string, ui: string): string {
  let format = times.get(ui);
  if (!format) times.set(ui, (format = new Intl.DateTimeFormat(intlLocale(ui), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })));
  return format.format(Date.UTC(1970, 0, 1, +time.slice(0, 2), +time.slice(3, 5)));
}

export function timeRange(start: string | undefined, end: string | undefined, ui: string): string {
  if (!start) return '';
  return end ? `${timeText(start, ui)}–${timeText(end, ui)}` : timeText(start, ui);
}

/**
 * A rule's times as the feed states them, with the feed's time zone named
 * when it is not Berlin's, whose time the dates are shown in
 * ("22:00–23:00 (Nordamerikanische Ostküstenzeit)").
 */
export function ruleTimeRange(start: string | undefined, end: string | undefined, ui: string, zone: string): string {
  const range = timeRange(start, end, ui);
  if (!range || zone === BERLIN) return range;
  const name = new Intl.DateTimeFormat(intlLocale(ui), { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(0).find((p) => p.type === 'timeZoneName')?.value;
  return `${range} (${name ?? zone})`;
}

/** A session's day and time; one over several days from its first day and time to its last ("Wed, 30 Dec, 18:00 – Sat, 2 Jan, 12:00"). */
export function nextDateText(next: NextDate, ui: string): string {
  if (next.endDate && next.endDate > next.date && !pastMidnight(next)) {
    if (!next.start) return formatDateRange(next.date, next.endDate, ui);
    return `${nextDateText({ date: next.date, start: next.start }, ui)} – ${nextDateText({ date: next.endDate, start: next.end }, ui)}`;
  }
  const day = formatDate(next.date, ui, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  if (!next.start) return day;
  const time = timeRange(next.start, next.end, ui);
  return msg(str`${day}, ${time}`, { desc: 'A date followed by the time of day (or a time range).' });
}

/** Languages in their own name and script, each marked with its language. */
export function languageNames(codes: readonly string[], ui: string) {
  return listParts(codes.map((code) => shownText(ownLanguageName(code, ui))), ui);
}

export function providerName(entry: OfferEntry, ctx: Pick<OfferContext, 'texts'>): ShownText | undefined {
  return entry.organization ? text(entry.organization.name, entry, ctx) : undefined;
}

/** The offer's topics in the reader's language, labelled by the offer's own feed (or the ones the page trusts). */
export function topicTexts(entry: OfferEntry, ctx: OfferContext): ShownText[] {
  return entry.topics.flatMap((key) => {
    const topic = ctx.catalog.topics.get(key);
    return (topic && pickText(topic.label, ctx.texts, topic.language)) ?? [];
  });
}

/** Place names stay in the feed's language; the words that join them follow the UI. */
export function municipalities(entry: OfferEntry, ui: string) {
  const { language } = entry.feed;
  const names = [...new Set(entry.places.map((p) => p.address.municipality))];
  return listParts(
    names.map((name) => html`<span lang=${language} dir=${directionOf(language)}>${name}</span>`),
    ui,
    'conjunction',
  );
}

/** "12 offers found", in the UI language with its plural forms. */
export function offerCountText(total: number, ui: string): string {
  const n = formatNumber(total, ui);
  return plural(total, ui, {
    zero: () => msg(str`${n} offers found`, { id: 'offers-found.zero' }),
    one: () => msg(str`${n} offer found`),
    two: () => msg(str`${n} offers found`, { id: 'offers-found.two' }),
    few: () => msg(str`${n} offers found`, { id: 'offers-found.few' }),
    many: () => msg(str`${n} offers found`, { id: 'offers-found.many' }),
    other: () => msg(str`${n} offers found`),
  });
}

export function distanceText(km: number, ui: string): string {
  return formatNumber(km, ui, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 });
}

/** What an offer costs: free, an amount (reduced amount), and the feed's note. */
export function costText(entry: OfferEntry, ctx: OfferContext) {
  const cost = entry.offer.cost;
  if (!cost) return undefined;
  const money = (amount: number) => formatNumber(amount, ctx.ui, { style: 'currency', currency: cost.currency ?? 'EUR' });
  return html`${cost.free ? featureLabel('free') : cost.amount !== undefined ? money(cost.amount) : nothing}
  ${cost.reducedAmount !== undefined ? msg(str`(reduced: ${money(cost.reducedAmount)})`) : nothing}
  ${cost.note ? html`<br />${shownText(text(cost.note, entry, ctx))}` : nothing}`;
}

/** A label and its value on one line of a card ("Next date: …"). */
export function cardLine(label: string, value: unknown) {
  return html`<div class="line"><bdi class="label">${label}</bdi> ${value}</div>`;
}

/**
 * Several labels as separate items, never one sentence: "Beratung" and
 * "Aufenthalt und Einbürgerung" are two topics, not three.
 */
export function tagList(items: readonly (ShownText | string)[]) {
  return html`<ul class="tags">
    ${items.map((item) => html`<li>${typeof item === 'string' ? item : shownText(item)}</li>`)}
  </ul>`;
}

/** A term and its description in a list of facts. */
export function fact(label: string, value: unknown) {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}
