/**
 * What truly every Lotse element needs, and no more: its locale and
 * direction, the shared styles, the live region that announces changes, and
 * a guard that turns an exception while updating into a visible error with
 * "Try again" instead of an endless placeholder. Feed loading and other
 * behaviour come from reactive controllers (see `feed-element.ts`).
 */
import { html, LitElement, render, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from './locale/locale-controller.js';
import { inLocale } from './locale/messages.js';
import { baseStyles } from './ui/base-styles.js';
import { failureState, loadingPlaceholder } from './ui/states.js';

export abstract class LotseElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  /**
   * Reactive properties are declared here rather than with decorators, in
   * every Lotse element: the decorator code and TypeScript's `__decorate`
   * helper would cost residents about 0.4 KB.
   */
  static override properties: PropertyDeclarations = { announcement: { state: true } };

  protected readonly locale = new LocaleController(this);

  /**
   * Text of the polite live region. It is in the DOM, empty, from the first
   * render, so screen readers announce the first message too.
   * @internal
   */
  protected announcement = '';

  /** True for widgets whose count is visible elsewhere: the live region then only speaks. */
  protected announceOnly = false;

  /** The last exception while updating; shown until "Try again". */
  #failure?: unknown;
  #lastAnnounced = '';

  /** The widget's content, rendered with the element's UI strings active. */
  protected abstract renderContent(): TemplateResult;

  /** Runs `work` with this element's UI strings, for messages outside `render()`. */
  protected inUiLocale<T>(work: () => T): T {
    return inLocale(this.locale.ui, work);
  }

  /**
   * Says `text` through the live region. The same words twice in a row are
   * not read again by screen readers; a trailing space makes them new.
   */
  protected announce(text: string): void {
    this.announcement = text && text === this.#lastAnnounced ? `${text}\u00a0` : text;
    this.#lastAnnounced = this.announcement;
    this.#announcedIn = this.locale.ui;
  }

  /** The UI language the announcement was made in: after a switch to another, the old words are not left in the live region. */
  #announcedIn = '';

  protected override update(changed: PropertyValues): void {
    inLocale(this.locale.ui, () => super.update(changed));
  }

  /**
   * An exception in `willUpdate()`, `render()` or `updated()` (a feed value
   * nobody foresaw, a bug) must not leave residents in front of a
   * placeholder that never ends: the widget shows its error state instead,
   * and logs the exception for the webmaster.
   */
  protected override performUpdate(): void {
    try {
      // The UI strings for the whole cycle: labels and announcements are made in willUpdate() too.
      inLocale(this.locale.ui, () => super.performUpdate());
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    console.error(`Lotse: <${this.localName}> could not show its content.`, error);
    this.#failure = error;
    // Drawn directly, outside the update cycle, so a failing willUpdate() cannot fail it again.
    inLocale(this.locale.ui, () => render(this.render(), this.renderRoot, this.renderOptions));
  }

  /** "Try again" after a failure: forgets it and updates anew (feed widgets also reload their feeds). */
  protected recover(): Promise<void> {
    this.requestUpdate();
    return Promise.resolve();
  }

  /**
   * The error state's "Try again": reloads, then puts focus where the
   * resident can go on, since the button itself may be gone: the retry
   * button if a feed still fails, else the element marked
   * `data-focus-after-load` in what loaded. If the resident has moved on
   * meanwhile (a slow network), focus is left where they are.
   */
  protected async retry(reload: () => Promise<void>): Promise<void> {
    this.#failure = undefined;
    await reload();
    await this.updateComplete.catch(() => undefined);
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>('.error button') ?? root.querySelector<HTMLElement>('[data-focus-after-load]');
    target?.focus();
  }

  protected override render(): TemplateResult {
    let content: unknown;
    if (this.#failure !== undefined) {
      content = failureState(() => void this.retry(() => this.recover()));
    } else {
      try {
        content = this.locale.ready ? this.renderContent() : loadingPlaceholder();
      } catch (error) {
        console.error(`Lotse: <${this.localName}> could not show its content.`, error);
        this.#failure = error;
        content = failureState(() => void this.retry(() => this.recover()));
      }
    }
    return html`<div class="base" part="base" lang=${this.locale.ui} dir=${this.locale.dir}>
      <p class="status ${this.announceOnly ? 'visually-hidden' : ''}" role="status" part="status">${this.#announcedIn === this.locale.ui ? this.announcement : ''}</p>
      ${content}
    </div>`;
  }
}

/**
 * Registers an element unless the tag is taken (a second bundle, another
 * Lotse version): then it warns once and keeps the first definition.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) console.warn(`Lotse: <${tag}> is already defined on this page; keeping the first definition.`);
    return;
  }
  customElements.define(tag, element);
}
