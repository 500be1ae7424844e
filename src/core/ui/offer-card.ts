/** A result card of an offer: title (a button that opens it), provider and towns, summary, next date, languages, topics. */
import { html, nothing } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { OfferEntry } from '../feed/catalog.js';
import { nextDate } from '../time/next-date.js';
import { feedZone } from '../time/zone.js';
import { card } from './card.js';
import { featureLabel, kindLabel } from './labels.js';
import { cardLine, distanceText, languageNames, municipalities, nextDateText, providerName, tagList, text, topicTexts, type OfferContext } from './offer-parts.js';
import { shownParagraph, shownText } from './shown-text.js';
import { contentNotes } from './content-language.js';

export function offerCard(entry: OfferEntry, ctx: OfferContext, distance: number | undefined, open: (entry: OfferEntry) => void) {
  const { offer } = entry;
  const { ui } = ctx;
  const provider = providerName(entry, ctx);
  const where = entry.places.length ? municipalities(entry, ui) : offer.online ? msg('Online') : '';
  const next = offer.kind === 'course' || offer.kind === 'event' ? nextDate(offer.schedule, ctx.now, feedZone(entry.feed)) : undefined;
  const title = text(offer.title, entry, ctx);
  const summary = text(offer.summary, entry, ctx);
  const topics = topicTexts(entry, ctx);
  return card({
    key: entry.key,
    heading: html`<button type="button" class="open" data-key=${entry.key} @click=${() => open(entry)}>
      ${shownText(title)}
    </button>`,
    meta: provider || where ? html`${shownText(provider)}${provider && where ? ' · ' : ''}${where}` : nothing,
    body: html`${shownParagraph(summary, 'summary')}
    ${next ? cardLine(msg('Next date:'), nextDateText(next, ui)) : nothing}
    ${offer.languages?.length ? cardLine(msg('Languages:'), languageNames(offer.languages, ui)) : nothing}
    ${topics.length ? cardLine(msg('Topics:'), tagList(topics)) : nothing}`,
    badges: [
      html`<span class="badge">${kindLabel(offer.kind)}</span>`,
      ...(offer.cost?.free ? [html`<span class="badge free">${featureLabel('free')}</span>`] : []),
      ...(distance !== undefined && distance !== Infinity ? [html`<span class="badge">${msg(str`${distanceText(distance, ui)} away`)}</span>`] : []),
      ...contentNotes(entry, [title, summary], ctx).map((note) => html`<span class="badge content-note">${note}</span>`),
    ],
  });
}
