import { html, type PropertyDeclarations } from 'lit';
import { LotseFeedElement } from '../../src/core/feed-element.js';
import { fire, FilterController } from '../../src/core/filters/filter-controller.js';
import { filterView, type FilterView } from '../../src/core/filters/filter-view.js';
import { kindsFacet, topicsFacet } from '../../src/core/filters/offer-facets.js';
import { msg } from '../../src/core/locale/localize.js';
import { ClockController } from '../../src/core/time/clock.js';
import { baseStyles } from '../../src/core/ui/base-styles.js';
import { cardStyles } from '../../src/core/ui/card.js';
import { filterGroupStyles } from '../../src/core/ui/filter-group.js';
import { filterPanel, FilterPanelController, filterPanelStyles } from '../../src/core/ui/filter-panel.js';
import { FocusController } from '../../src/core/ui/focus.js';
import { offerCard } from '../../src/core/ui/offer-card.js';
import { offerCountText } from '../../src/core/ui/offer-parts.js';
import { offerStyles } from '../../src/core/ui/offer-styles.js';
import { stateStyles, type ReadyFeedState } from '../../src/core/ui/states.js';

const FACETS = [topicsFacet, kindsFacet];

/** Offers by topic and kind, with a `topics` preset: the widget kit in one screen. */
export class LotseTopicList extends LotseFeedElement {
  static override styles = [...baseStyles, stateStyles, filterGroupStyles, filterPanelStyles, cardStyles, offerStyles];
  static override properties: PropertyDeclarations = { ...LotseFeedElement.properties, topics: {} };
  topics = '';
  noUrlSync = true;
  lockedFilters: string | null = null;
  private view?: FilterView;
  private readonly clock = new ClockController(this);
  private readonly focusing = new FocusController(this);
  private readonly filtering: FilterController<object> = new FilterController(this, {
    facets: FACETS,
    fields: {},
    announcement: () => offerCountText(this.view?.results.length ?? 0, this.locale.ui),
    announce: (text) => this.announce(text),
    detail: () => this.filtering.state,
    total: () => this.view?.results.length ?? 0,
  });
  private readonly panel = new FilterPanelController(this, this.filtering, this.focusing);

  protected loadingText = () => msg('Loading offers…');

  protected override willUpdate(): void {
    const state = this.feedState;
    const { requested, texts, ui } = this.locale;
    this.view = state.status === 'ready' ? filterView(state.catalog.offers, FACETS, this.filtering, { catalog: state.catalog, requested, texts, ui }) : undefined;
  }

  protected renderReady({ catalog }: ReadyFeedState) {
    const view = this.view!;
    const { requested, texts, ui } = this.locale;
    const ctx = { catalog, requested, texts, ui, now: this.clock.now };
    return html`<div class="layout">
      ${filterPanel({ panel: this.panel, choices: this.filtering, view, ui: ctx.ui, heading: msg('Filter offers'), onShowResults: () => this.panel.setOpen(false) })}
      <ul class="cards">
        ${view.results.map((i) => offerCard(catalog.offers[i], ctx, undefined, (entry) => fire(this, 'lotse-offer-select', { key: entry.key, offer: entry.offer })))}
      </ul>
    </div>`;
  }
}
