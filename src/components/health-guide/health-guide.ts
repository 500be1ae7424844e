import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import { LotseFeedElement } from '../../core/feed-element.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { entryByKey } from '../../core/feed/entries.js';
import type { Offer } from '../../core/feed/schema.js';
import { fields, fire, FilterController } from '../../core/filters/filter-controller.js';
import { filterView, type FilterView } from '../../core/filters/filter-view.js';
import { baseLanguage, directionOf } from '../../core/locale/direction.js';
import { formatNumber } from '../../core/locale/format.js';
import { ownLanguageName } from '../../core/locale/language-names.js';
import { pickText, type ShownText } from '../../core/locale/text.js';
import { ClockController } from '../../core/time/clock.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { cardStyles } from '../../core/ui/card.js';
import { filterGroupStyles } from '../../core/ui/filter-group.js';
import { filterPanel, FilterPanelController, filterPanelStyles } from '../../core/ui/filter-panel.js';
import { FocusController } from '../../core/ui/focus.js';
import { offerDetail } from '../../core/ui/offer-detail.js';
import type { OfferContext } from '../../core/ui/offer-parts.js';
import { offerStyles } from '../../core/ui/offer-styles.js';
import { printOnly } from '../../core/ui/print.js';
import { shownText } from '../../core/ui/shown-text.js';
import { emptyState, errorState, loadingPlaceholder, staleNotice, stateStyles, type ReadyFeedState } from '../../core/ui/states.js';
import { emergencyList, hotlines, type Hotline } from './emergency.js';
import { explanationView } from './explanation.js';
import { loadEmergencyWords, loadTree, mergeSteps, pathKeys, pathText, treeLanguage, walk, type Answer, type OptionSource, type EmergencyWords, type SourceStep, type TreeFile, type Walk } from './guide-tree.js';
import { handout, makeQr, type QrCode } from './handout.js';
import { healthFacets, healthServices, spokenLanguages } from './health-facets.js';
import { healthFacts, matches, serviceCard, serviceCountText, wanted } from './service-parts.js';
import { healthGuideStyles } from './health-guide.styles.js';

const VIEWS = ['guide', 'directory'] as const;
/** Services drawn at once in the directory: each tap paints quickly on a slow phone. */
const DIRECTORY_PAGE = 10;

/** The guide's own values in the URL, beside the directory's filters. */
interface GuideFields {
  /** The answers taken, as keys joined by commas. */
  path: string;
  view: (typeof VIEWS)[number];
  /** The key of the open service, or empty. */
  service: string;
}

export interface HealthStepDetail {
  /** The answer keys of the path so far. */
  path: string[];
  /** The id of the question now asked; empty when the path is complete. */
  step: string;
}

export interface ServiceSelectDetail {
  key: string;
  offer: Offer;
}

/** Everything the guide shows, computed once per change in `willUpdate()`. */
interface View {
  catalog: Catalog;
  services: OfferEntry[];
  /** Only in the directory: the guide's steps need no facet counts. */
  directory?: FilterView;
  steps: Map<string, SourceStep>;
  walk: Walk;
  matching: OfferEntry[];
  askInsurance: boolean;
}

/**
 * The multilingual health guide (Gesundheitswegweiser): the emergency and
 * crisis numbers first in every state, a guided path of one short question
 * per screen (what help, insurance, language, town) to an explanation and
 * the matching services of the feed, a directory of practices, clinics,
 * counselling, interpreters and the public health office, and a one-page
 * handout to print. The path is in the page URL; nothing is stored or sent.
 *
 * @element lotse-health-guide
 * @summary Guides residents to the right medical help in their language, with the emergency numbers always at hand.
 *
 * @attr src - URL of the feed; several URLs separated by spaces are merged. Its `guides` steps replace or extend the default guide, its `emergency` numbers replace or add to the defaults.
 * @attr cache - `persistent` keeps the last good copy in the browser (IndexedDB) for when the server is down. Default: memory only.
 * @attr cache-max-age - Days a persistent copy may still be shown when the server is down (0 to 3650). Default: 30.
 * @attr trusted-feeds - Feeds of `src` that share the first feed's topics and audiences: space-separated URLs, or the bare attribute for every feed.
 * @attr lang - UI and content language; inherited from the nearest ancestor with `lang`, else German.
 * @attr variant - `emergency` shows only the emergency and crisis numbers, compact enough for a 200 px sidebar. Default: the whole guide.
 * @attr municipality - Preset municipalities of the services by name, comma-separated (`Altenau,Neustadt`); with one, the guide does not ask for the town.
 * @attr topics - Preset topic ids of the services, comma-separated.
 * @attr locked-filters - Presets residents cannot change or clear: facet names, comma-separated (`municipality`), or empty (the bare attribute) for every preset.
 * @attr no-url-sync - Boolean. Keeps the path, the directory's filters and the open service out of the page URL.
 * @attr id - When set, URL parameters are prefixed `lotse-<id>-` instead of `lotse-`.
 *
 * @fires {CustomEvent<HealthStepDetail>} lotse-guide-step - The resident answered, went back or started over. `detail: { path, step }`.
 * @fires {CustomEvent<ServiceSelectDetail>} lotse-service-select - The resident opened a service. `detail: { key, offer }`.
 *
 * @csspart base - The wrapper of the guide (after the emergency numbers).
 * @csspart emergency - The emergency and crisis numbers.
 * @csspart status - The polite live region.
 * @csspart question - One question with its answers.
 * @csspart answer - One answer button.
 * @csspart result - The explanations and matching services at the end of a path.
 * @csspart filters - The directory's filter panel.
 * @csspart filter-toggle - The button that shows the filters on narrow screens.
 * @csspart filter-group - One group of filter options.
 * @csspart results - A list of service cards.
 * @csspart card - One service card.
 * @csspart detail - The detail view of one service.
 * @csspart empty - The message shown when nothing matches.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message with its retry button.
 * @csspart notice - A notice (older data, a guide that cannot be shown).
 *
 * @cssprop --lotse-health-guide-emergency-background - Background of the emergency numbers (default: the surface colour).
 * @cssprop --lotse-placeholder-height - Height reserved while the feed loads.
 * @cssprop --lotse-font-family - Font (inherits the page's font by default).
 * @cssprop --lotse-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --lotse-color-accent - Links, buttons and selected states.
 * @cssprop --lotse-color-danger - The emergency numbers' accent.
 * @cssprop --lotse-radius - Corner radius.
 * @cssprop --lotse-space - Base spacing unit.
 * @cssprop --lotse-focus-ring - The whole focus outline, e.g. `3px solid #0a58a8`.
 */
export class LotseHealthGuide extends LotseFeedElement {
  static override styles = [...baseStyles, stateStyles, filterGroupStyles, filterPanelStyles, cardStyles, offerStyles, healthGuideStyles];
  static override properties: PropertyDeclarations = {
    ...LotseFeedElement.properties,
    variant: {},
    municipality: {},
    topics: {},
    lockedFilters: { attribute: 'locked-filters' },
    noUrlSync: { attribute: 'no-url-sync', type: Boolean },
    tree: { state: true },
    words: { state: true },
    treeFailed: { state: true },
    qr: { state: true },
    printing: { state: true },
    shown: { state: true },
  };

  /** `emergency`: the numbers alone. */
  variant: 'emergency' | '' = '';
  /** Preset municipalities, comma-separated. */
  municipality = '';
  /** Preset topic ids, comma-separated. */
  topics = '';
  /** Facets whose presets are locked; `''` locks every preset, `null` none. */
  lockedFilters: string | null = null;
  /** Keeps the state out of the page URL. */
  noUrlSync = false;

  private tree?: TreeFile;
  /** The emergency numbers' words in the language asked for (the UI strings may lack it: Russian). */
  private words?: EmergencyWords;
  private treeFailed = false;
  private qr?: QrCode;
  /** The handout is drawn only for printing: on screen it would double the result's work. */
  private printing = false;
  /** Services shown in the directory; "Show more" adds a page. */
  private shown = DIRECTORY_PAGE;
  /** A link named a service the feed no longer has. */
  private missingService = false;
  private treeFor = '';
  private lastSelection?: unknown;
  private treeLoad?: Promise<unknown>;
  private view?: View;
  /** URLs this element pushed for a step: "Back" from there is the browser's Back. */
  private readonly pushed = new Set<string>();

  private readonly clock = new ClockController(this);
  private readonly focusing = new FocusController(this);
  private readonly filtering: FilterController<GuideFields> = new FilterController<GuideFields>(this, {
    facets: healthFacets(this.clock.now),
    fields: { path: fields.text(/^[^\p{Cc}]*$/u, 2000), view: fields.oneOf(VIEWS), service: fields.text(/^\S+$/) },
    announcement: () => this.inUiLocale(() => serviceCountText(this.view?.directory?.results.length ?? 0, this.locale.ui)),
    announce: (text) => this.announce(text),
    detail: () => this.filtering.state,
    total: () => this.view?.directory?.results.length ?? 0,
    onPop: () => this.focusing.request('#step-heading, #detail-heading, #directory-heading'),
  });
  private readonly panel = new FilterPanelController(this, this.filtering, this.focusing);

  private get compact(): boolean {
    return this.variant === 'emergency';
  }

  protected loadingText(): string {
    return msg('Loading the health guide…');
  }

  /** Resolves once the element shows its current state, the default guide of its language included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.treeLoad) {
      const pending = this.treeLoad;
      await pending.catch(() => undefined);
      complete = await super.getUpdateComplete();
      if (this.treeLoad === pending) break;
    }
    return complete;
  }

  // --- what the resident does --------------------------------------------------

  private step(keys: string[]): void {
    this.filtering.setField('path', pathText(keys), { history: 'push' });
    if (!this.noUrlSync) this.pushed.add(location.href);
    this.focusing.request('#step-heading');
    this.fireStep();
  }

  /** Tells the host page where the resident is, once the step is drawn. */
  private fireStep(): void {
    void this.updateComplete.then(() => {
      const walked = this.view?.walk;
      fire(this, 'lotse-guide-step', { path: walked?.keys ?? [], step: walked?.current?.source.step.id ?? '' });
    });
  }

  private answer(answer: Answer): void {
    this.step([...(this.view?.walk.keys ?? []), answer.key]);
  }

  /** One step back: the browser's Back where this element added the entry, else the path without its last answer. */
  private back(): void {
    this.focusing.request('#step-heading');
    if (!this.noUrlSync && this.pushed.has(location.href)) {
      history.back();
      return;
    }
    const keys = this.view?.walk.keys ?? [];
    this.filtering.setField('path', pathText(keys.slice(0, -1)), { history: 'push' });
    this.fireStep();
  }

  private startOver(): void {
    this.filtering.clear();
    this.filtering.setField('service', '');
    this.filtering.setField('view', 'guide');
    this.filtering.setField('path', '', { history: 'push' });
    this.qr = undefined;
    this.focusing.request('#step-heading');
    this.fireStep();
  }

  /** The next page of the directory; focus on its first new card. */
  private showMore(): void {
    const next = this.view?.directory?.results[this.shown];
    this.shown += DIRECTORY_PAGE;
    const key = next === undefined ? undefined : this.view?.services[next].key;
    if (key) this.focusing.request(`button.open[data-key="${CSS.escape(key)}"]`);
  }

  private show(view: GuideFields['view']): void {
    this.shown = DIRECTORY_PAGE;
    this.missingService = false;
    this.filtering.setField('view', view, { history: 'push' });
    this.focusing.request(view === 'guide' ? '#step-heading' : '#directory-heading');
  }

  private open(entry: OfferEntry): void {
    this.missingService = false;
    this.filtering.open('service', entry.key);
    this.focusing.request('#detail-heading');
    fire(this, 'lotse-service-select', { key: entry.key, offer: entry.offer });
  }

  private close(): void {
    const key = this.filtering.state.fields.service;
    this.focusing.request((root) => root.querySelector<HTMLElement>(`button.open[data-key="${CSS.escape(key)}"]`) ?? root.querySelector('#step-heading, #directory-heading'));
    this.filtering.close('service', '');
  }

  /** Prints the handout, with the QR code of this path (its library loads now, once; a code is made again when the path changed). */
  private async print(): Promise<void> {
    try {
      if (this.qr?.url !== location.href) this.qr = await makeQr(location.href);
    } catch {
      // Printed without the code: the link is on the page as text.
    }
    this.printing = true;
    await this.updateComplete;
    printOnly(this);
  }

  /** The browser's own Print (Ctrl+P) also gets the handout: drawn at once, before the page is laid out for paper. */
  private readonly beforePrint = () => {
    if (this.printing) return;
    this.printing = true;
    this.performUpdate();
  };
  private readonly afterPrint = () => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  // --- computing ---------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.requestTree();
    const state = this.feedState;
    this.view = state.status === 'ready' && !this.compact ? this.computeView(state.catalog, state.errors.length === 0 && state.stale.length === 0) : undefined;
  }

  /** The default tree of the language asked for (not for the emergency variant), and the numbers' words. */
  private requestTree(): void {
    const language = treeLanguage(this.locale.requested);
    const key = `${language} ${this.compact}`;
    if (this.treeFor === key) return;
    this.treeFor = key;
    this.tree = undefined;
    this.treeFailed = false;
    const words = loadEmergencyWords(language).then(
      (words) => {
        if (this.treeFor === key) this.words = words;
      },
      () => undefined,
    );
    const tree = this.compact
      ? Promise.resolve()
      : loadTree(language).then(
          (tree) => {
            if (this.treeFor === key) this.tree = tree;
          },
          () => {
            if (this.treeFor === key) this.treeFailed = true;
          },
        );
    const load = Promise.all([words, tree]);
    this.treeLoad = load;
    void load.finally(() => {
      if (this.treeLoad === load) this.treeLoad = undefined;
    });
  }

  private context(catalog: Catalog): OfferContext {
    return { catalog, requested: this.locale.requested, texts: this.locale.texts, ui: this.locale.ui, now: this.clock.now };
  }

  /** The answers a made question offers: the languages spoken at the services (the reader's first), or their towns. */
  private options(services: OfferEntry[]): OptionSource {
    const requested = baseLanguage(this.locale.requested);
    return (kind) => {
      const count = new Map<string, number>();
      const shown = new Map<string, ShownText>();
      for (const entry of services) {
        if (kind === 'languages') for (const code of spokenLanguages(entry)) count.set(code, (count.get(code) ?? 0) + 1);
        else
          for (const place of entry.places) {
            const name = place.address.municipality.trim();
            const key = name.toLowerCase();
            count.set(key, (count.get(key) ?? 0) + 1);
            shown.set(key, { text: name, lang: entry.feed.language, dir: directionOf(entry.feed.language) });
          }
      }
      const keys = [...count.keys()];
      if (kind === 'languages') {
        keys.sort((a, b) => Number(b === requested) - Number(a === requested) || count.get(b)! - count.get(a)! || a.localeCompare(b));
        return keys.slice(0, 16).map((code) => ({ value: code, shown: ownLanguageName(code, this.locale.ui) }));
      }
      keys.sort((a, b) => shown.get(a)!.text.localeCompare(shown.get(b)!.text, 'de'));
      return keys.map((key) => ({ value: key, shown: shown.get(key)! }));
    };
  }

  private anyLabel = (kind: 'languages' | 'municipality'): ShownText => {
    const text = this.inUiLocale(() => (kind === 'languages' ? msg('Any language') : msg('Anywhere in the region')));
    return { text, lang: this.locale.ui, dir: this.locale.dir };
  };

  /** `complete`: every feed is current, so a service missing from it is gone (not in a feed that failed). */
  private computeView(catalog: Catalog, complete: boolean): View {
    const ctx = this.context(catalog);
    const facets = healthFacets(ctx.now);
    const all = healthServices(catalog);
    if (this.filtering.dropGone('service', (key) => !!entryByKey(catalog, key), complete)) this.missingService = true;
    const { fields: f, selection } = this.filtering.state;
    const directory = f.view === 'directory' && !f.service ? filterView(all, facets, this.filtering, ctx) : undefined;
    if (directory) this.filtering.checkPresets(directory.table);
    if (selection !== this.lastSelection) {
      this.lastSelection = selection;
      this.shown = DIRECTORY_PAGE;
    }
    // The element's slice (its presets) bounds what the guide offers and finds.
    const presets = this.filtering.presets;
    const slice = all.filter((entry) =>
      matches(entry, { specialities: [], insurance: [], languages: [], topics: [...presets.topics], municipality: presets.municipality.map((m: string) => m.toLowerCase()) }),
    );
    // Steps and numbers come from the feeds the page trusts, never from a provider's feed merged in.
    const steps = mergeSteps(catalog.trustedFeeds, this.tree);
    const walked = walk(steps, pathKeys(this.filtering.state.fields.path), this.options(slice), this.anyLabel);
    const answers = walked.answered.map((a) => a.answer);
    const made = (answer: Answer) => {
      const source = walked.answered.find((a) => a.answer === answer)?.source;
      return source?.step.options;
    };
    const want = wanted(answers, made);
    return {
      catalog,
      services: all,
      directory,
      steps,
      walk: walked,
      matching: slice.filter((entry) => matches(entry, want)),
      askInsurance: want.insurance.length > 0,
    };
  }

  // --- rendering ---------------------------------------------------------------

  /** The numbers come first, in every state: before the feed, the UI strings or the default guide have loaded, and after a failure. */
  protected override render(): TemplateResult {
    const state = this.feedState;
    const ui = this.locale.ready ? this.locale.ui : 'en';
    const lines = this.inUiLocale(() => hotlines(state.status === 'ready' ? state.catalog.trustedFeeds : [], this.words, this.locale.requested, ui));
    const numbers = html`<div class="base emergency-area ${this.compact ? 'compact' : ''}" lang=${ui} dir=${directionOf(ui)}>
      ${this.inUiLocale(() => emergencyList(lines, { headingId: 'emergency-heading' }))}
    </div>`;
    return this.compact ? numbers : html`${numbers}${super.render()}`;
  }

  protected renderReady(state: ReadyFeedState): TemplateResult {
    const view = this.view!;
    const ctx = this.context(state.catalog);
    const { view: mode, service } = this.filtering.state.fields;
    const entry = service ? entryByKey(state.catalog, service) : undefined;
    const publisher = pickText(state.catalog.feeds[0]?.publisher.name, ctx.texts, state.catalog.feeds[0]?.language ?? 'de');
    return html`${staleNotice(state.stale, ctx.ui)}
      ${state.errors.length ? errorState(state.errors, () => void this.retry(() => this.reload())) : nothing}
      ${this.missingService
        ? html`<div class="notice" part="notice"><p>${msg('The offer in this link is no longer available. Here are all current offers.')}</p></div>`
        : nothing}
      <nav class="modes" aria-label=${msg('Health guide')}>
        ${VIEWS.map(
          (v) => html`<button type="button" class="secondary" aria-pressed=${String(mode === v && !entry)} @click=${() => (entry ? this.close() : this.show(v))}>
            ${v === 'guide' ? msg('Guided help') : msg('All health services')}
          </button>`,
        )}
      </nav>
      ${entry
        ? offerDetail(entry, ctx, { back: () => this.close(), print: () => printOnly(this) }, { who: healthFacts(entry, ctx) })
        : mode === 'directory'
          ? this.renderDirectory(view, ctx)
          : this.renderGuide(view, ctx)}
      <p class="source muted">${msg(str`Addresses from: ${publisher?.text ?? ''}`)}</p>`;
  }

  private renderGuide(view: View, ctx: OfferContext): TemplateResult {
    const { walk: walked } = view;
    if (!walked.current && walked.answered.length === 0) {
      if (!this.tree && !this.treeFailed && !view.steps.has('start')) return loadingPlaceholder(msg('Loading the health guide…'));
      return html`<div class="notice" part="notice">
        <h2 id="step-heading" tabindex="-1" data-focus-after-load>${msg('The guide cannot be shown right now')}</h2>
        <p>${msg('You can still look for help in the list of all health services, or call one of the numbers above.')}</p>
        <p class="actions">
          <button type="button" @click=${() => this.show('directory')}>${msg('All health services')}</button>
          ${this.treeFailed ? html`<button type="button" class="secondary" @click=${() => this.retryTree()}>${msg('Try again')}</button>` : nothing}
        </p>
      </div>`;
    }
    const controls = html`<p class="actions steps">
      ${walked.answered.length ? html`<button type="button" class="secondary back" @click=${() => this.back()}>${msg('Back')}</button>` : nothing}
      ${walked.answered.length ? html`<button type="button" class="secondary restart" @click=${() => this.startOver()}>${msg('Start over')}</button>` : nothing}
    </p>`;
    const current = walked.current;
    if (current) {
      const pick = (value: Parameters<typeof pickText>[0]) => pickText(value, ctx.texts, current.source.language);
      const number = formatNumber(walked.answered.length + 1, ctx.ui);
      return html`<section class="question" part="question" aria-labelledby="step-heading">
        <p class="progress muted">${msg(str`Question ${number}`)}</p>
        <h2 id="step-heading" tabindex="-1" data-focus-after-load>${shownText(pick(current.source.step.question))}</h2>
        ${current.source.step.hint ? html`<p class="hint">${shownText(pick(current.source.step.hint))}</p>` : nothing}
        <ul class="answers">
          ${current.answers.map(
            (answer) => html`<li>
              <button type="button" class="answer" part="answer" data-key=${answer.key} @click=${() => this.answer(answer)}>
                ${shownText(answer.shown ?? pick(answer.label))}
              </button>
            </li>`,
          )}
        </ul>
        ${controls}
      </section>`;
    }
    return this.renderResult(view, ctx, controls);
  }

  /** Loads the guide's steps again; focus goes to what then shows (the first question, or the notice again), not back to the page. */
  private retryTree(): void {
    this.treeFor = '';
    this.focusing.request('#step-heading');
    this.requestUpdate();
  }

  /** The answers given, so the resident sees the path and what each answer meant. */
  private pathItems(view: View, ctx: OfferContext) {
    return view.walk.answered.map(({ source, answer }) => ({
      question: pickText(source.step.question, ctx.texts, source.language),
      answer: answer.shown ?? pickText(answer.label, ctx.texts, source.language),
    }));
  }

  private renderResult(view: View, ctx: OfferContext, controls: TemplateResult): TemplateResult {
    const items = this.pathItems(view, ctx);
    const open = (entry: OfferEntry) => this.open(entry);
    const lines: Hotline[] = this.printing ? hotlines(view.catalog.trustedFeeds, this.words, ctx.requested, ctx.ui) : [];
    return html`<section class="result" part="result" aria-labelledby="step-heading">
        <h2 id="step-heading" tabindex="-1" data-focus-after-load>${msg('What you can do')}</h2>
        <dl class="facts your-answers">
          ${items.map((item) => html`<dt>${shownText(item.question)}</dt><dd>${shownText(item.answer)}</dd>`)}
        </dl>
        ${view.walk.explanations.map((source) => explanationView(source, ctx.requested))}
        <h3 id="matching-heading">${serviceCountText(view.matching.length, ctx.ui)}</h3>
        ${view.matching.length
          ? html`<ul class="cards" part="results" aria-labelledby="matching-heading">
              ${view.matching.map((entry) => serviceCard(entry, ctx, open, view.askInsurance))}
            </ul>`
          : emptyState(msg('No service in the directory matches all your answers. The list of all health services may still help.'), {
              label: msg('All health services'),
              run: () => this.show('directory'),
            })}
        <p class="actions">
          <button type="button" class="print" @click=${() => void this.print()}>${msg('Print a handout')}</button>
        </p>
        ${controls}
      </section>
      ${this.printing
        ? handout({ path: items, explanations: view.walk.explanations, services: view.matching, hotlines: lines, url: location.href, qr: this.qr }, ctx)
        : nothing}`;
  }

  private renderDirectory(view: View, ctx: OfferContext): TemplateResult {
    const directory = view.directory!;
    const open = (entry: OfferEntry) => this.open(entry);
    return html`<div class="layout">
      ${filterPanel({
        panel: this.panel,
        choices: this.filtering,
        view: directory,
        ui: ctx.ui,
        heading: msg('Filter services'),
        onShowResults: () => {
          this.panel.setOpen(false);
          this.focusing.request('#directory-heading');
        },
      })}
      <section class="results-area" aria-labelledby="directory-heading">
        <h2 id="directory-heading" tabindex="-1" data-focus-after-load><bdi>${serviceCountText(directory.results.length, ctx.ui)}</bdi></h2>
        ${directory.results.length
          ? html`<ul class="cards" part="results">
                ${directory.results.slice(0, this.shown).map((i) => serviceCard(view.services[i], ctx, open, false))}
              </ul>
              ${directory.results.length > this.shown
                ? html`<p class="actions"><button type="button" class="secondary more" @click=${() => this.showMore()}>${msg('Show more services')}</button></p>`
                : nothing}`
          : emptyState(msg('No service matches. Please choose fewer filters.'), { label: msg('Clear all filters'), run: () => this.filtering.clear() })}
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-health-guide': LotseHealthGuide;
  }
  interface HTMLElementEventMap {
    'lotse-guide-step': CustomEvent<HealthStepDetail>;
    'lotse-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
