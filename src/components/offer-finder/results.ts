/** The result cards and the bits of offer text that cards and the detail view share. */
import { html, nothing } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { formatDate, formatNumber } from '../../core/locale/format.js';
import { ownLanguageName } from '../../core/locale/language-names.js';
import { directionOf } from '../../core/locale/direction.js';
import { listParts } from '../../core/locale/list-parts.js';
import { pickText, type ShownText } from '../../core/locale/text.js';
import type { BerlinNow } from '../../core/time/berlin.js';
import { nextDate, type NextDate } from '../../core/time/next-date.js';
import { card } from '../../core/ui/card.js';
import { kindLabel } from '../../core/ui/labels.js';
import { shownParagraph, shownText } from '../../core/ui/shown-text.js';

export interface RenderContext {
  catalog: Catalog;
  /** The language asked for; feed texts follow it. */
  requested: string;
  /** The UI locale; numbers and dates follow it. */
  ui: string;
  now: BerlinNow;
}

export function text(value: Parameters<typeof pickText>[0], entry: OfferEntry, ctx: RenderContext): ShownText | undefined {
  return pickText(value, ctx.requested, entry.feed.language);
}

const times = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock time from the feed (`16:00`) in the reader's locale. */
export function timeText(time: string, ui: string): string {
  let format = times.get(ui);
  if (!format) times.set(ui, (format = new Intl.DateTimeFormat(ui, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })));
  return format.format(Date.UTC(1970, 0, 1, +time.slice(0, 2), +time.slice(3, 5)));
}

export function timeRange(start: string | undefined, end: string | undefined, ui: string): string {
  if (!start) return '';
  return end ? `${timeText(start, ui)}–${timeText(end, ui)}` : timeText(start, ui);
}

export function nextDateText(next: NextDate, ui: string): string {
  const day = formatDate(next.date, ui, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  if (!next.start) return day;
  const time = timeRange(next.start, next.end, ui);
  return msg(str`${day}, ${time}`, { desc: 'A date followed by the time of day (or a time range).' });
}

/** Languages in their own name and script, each marked with its language. */
export function languageNames(codes: string[], ui: string) {
  return listParts(codes.map((code) => shownText(ownLanguageName(code, ui))), ui);
}

export function providerName(entry: OfferEntry, ctx: RenderContext): ShownText | undefined {
  return entry.organization ? text(entry.organization.name, entry, ctx) : undefined;
}

function topicNames(entry: OfferEntry, ctx: RenderContext) {
  const shown = (entry.offer.topics ?? []).flatMap((id) => text(ctx.catalog.topics.get(id)?.label, entry, ctx) ?? []);
  return listParts(shown.map(shownText), ctx.ui);
}

/** Place names stay in the feed's language; the words that join them follow the UI. */
function municipalities(entry: OfferEntry, ui: string) {
  const { language } = entry.feed;
  const names = [...new Set(entry.places.map((p) => p.address.municipality))];
  return listParts(
    names.map((name) => html`<span lang=${language} dir=${directionOf(language)}>${name}</span>`),
    ui,
    'conjunction',
  );
}

export function distanceText(km: number, ui: string): string {
  return formatNumber(km, ui, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 });
}

export function renderCard(entry: OfferEntry, ctx: RenderContext, distance: number | undefined, open: (entry: OfferEntry) => void) {
  const { offer } = entry;
  const { ui } = ctx;
  const provider = providerName(entry, ctx);
  const where = entry.places.length
    ? municipalities(entry, ui)
    : offer.online
      ? msg('Online')
      : '';
  const next = offer.kind === 'course' || offer.kind === 'event' ? nextDate(offer.schedule, ctx.now) : undefined;
  const summary = text(offer.summary, entry, ctx);
  const topics = topicNames(entry, ctx);
  const line = (label: string, value: unknown) => html`<p class="line"><bdi class="label">${label}</bdi> ${value}</p>`;
  return card({
    key: entry.key,
    heading: html`<button type="button" class="open" data-key=${entry.key} @click=${() => open(entry)}>
      ${shownText(text(offer.title, entry, ctx))}
    </button>`,
    meta:
      provider || where
        ? html`${shownText(provider)}${provider && where ? ' · ' : ''}${where}`
        : nothing,
    body: html`${shownParagraph(summary, 'summary')}
    ${next ? line(msg('Next date:'), nextDateText(next, ui)) : nothing}
    ${offer.languages?.length ? line(msg('Languages:'), languageNames(offer.languages, ui)) : nothing}
    ${topics.length ? line(msg('Topics:'), topics) : nothing}`,
    badges: [
      html`<span class="badge">${kindLabel(offer.kind)}</span>`,
      ...(offer.cost?.free ? [html`<span class="badge free">${msg('Free of charge')}</span>`] : []),
      ...(distance !== undefined && distance !== Infinity
        ? [html`<span class="badge">${msg(str`${distanceText(distance, ui)} away`)}</span>`]
        : []),
    ],
  });
}
