/**
 * The finder's list of offer cards, and the first page of a large feed
 * drawn while the rest is checked (see `LotseOfferFinder.renderContent`).
 */
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ListSteps } from '../../core/ui/list-steps.js';
import { msg } from '../../core/locale/localize.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { FeedState } from '../../core/feed/feed-controller.js';
import type { FilterState } from '../../core/filters/filter-controller.js';
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
 * The first `size` offers of `ctx.catalog` in the finder's layout (in
 * `steps`), with the filters still to come and the heading saying the
 * offers are loading.
 */
export function firstPage(search: TemplateResult, ctx: OfferContext, steps: ListSteps, size: number, open: (entry: OfferEntry) => void, loading: string): TemplateResult {
  const shown = steps.take(ctx.catalog.offers.slice(0, size).map((_, i) => i));
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

/** A large feed's catalogue to show early: its preview while it is checked, the whole one while its filters are worked out. */
export function earlyCatalog(state: FeedState, viewReady: boolean): Catalog | undefined {
  return state.status === 'loading' ? state.preview : state.status === 'ready' && !viewReady ? state.catalog : undefined;
}

/** The list asked for is the plain start of the feed: no search, filter, other order, page or offer chosen. */
export function plainList({ query, selection, fields: f }: FilterState<{ sort: string; page: number; offer: string }>, firstSort: string): boolean {
  return query.trim() === '' && Object.values(selection).every((values) => values.length === 0) && f.sort === firstSort && f.page <= 1 && f.offer === '';
}

/** The name of an order of the results in the sort menu. */
export function sortLabel(sort: 'relevance' | 'title' | 'date' | 'distance'): string {
  switch (sort) {
    case 'relevance':
      return msg('Best match');
    case 'title':
      return msg('A–Z');
    case 'date':
      return msg('Next date');
    case 'distance':
      return msg('Distance');
  }
}
