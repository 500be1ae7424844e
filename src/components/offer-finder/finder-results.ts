/**
 * The finder's list of offer cards, and the first page of a large feed
 * drawn while the rest is checked (see `LotseOfferFinder.renderContent`).
 */
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import { offerCard } from '../../core/ui/offer-card.js';
import type { OfferContext } from '../../core/ui/offer-parts.js';
import { searchField } from '../../core/ui/search-field.js';
import { loadingPlaceholder } from '../../core/ui/states.js';

/** The finder's search field. */
export function finderSearch(query: string, onInput: (value: string, byKey: boolean) => void): TemplateResult {
  return html`<div role="search" class="search-area">
    ${searchField({ id: 'q', label: msg('Search offers'), hint: msg('For example: German course, counselling, Arabic'), value: query, onInput })}
  </div>`;
}

/** Cards of the offers at `shown` (positions in the catalogue), keyed and guarded. */
export function offerCards(shown: readonly number[], ctx: OfferContext, open: (entry: OfferEntry) => void, distances?: Map<number, number>): TemplateResult {
  const { offers } = ctx.catalog;
  // What a card depends on besides its offer: the languages it is shown in and the minute (its next date).
  const cardKey = `${ctx.texts.join(' ')}|${ctx.ui}|${ctx.now.date} ${ctx.now.time}`;
  return html`<ul class="cards" part="results">
    ${repeat(
      shown,
      (i) => offers[i].key,
      // A card that stays from one key press to the next keeps its DOM and is not drawn again.
      (i) => guard([offers[i], cardKey, distances?.get(i)], () => offerCard(offers[i], ctx, distances?.get(i), open)),
    )}
  </ul>`;
}

/**
 * The first `size` offers of `ctx.catalog` in the finder's layout, with the
 * filters still to come and the heading saying the offers are loading.
 */
export function firstPage(search: TemplateResult, ctx: OfferContext, size: number, open: (entry: OfferEntry) => void, loading: string): TemplateResult {
  const shown = ctx.catalog.offers.slice(0, size).map((_, i) => i);
  return html`${search}
    <div class="layout">
      <div class="side">
        <button type="button" class="filter-toggle secondary" part="filter-toggle" disabled><bdi>${msg('Filters')}</bdi></button>
        <div class="filters"><h2>${msg('Filter offers')}</h2>${loadingPlaceholder()}</div>
      </div>
      <section class="results-area" aria-labelledby="results-heading" aria-busy="true">
        <div class="bar"><h2 id="results-heading">${loading}</h2></div>
        ${offerCards(shown, ctx, open)}
      </section>
    </div>`;
}
