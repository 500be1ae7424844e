/**
 * What truly every Lotse element needs, and no more: its locale and
 * direction, the shared styles, and the live region that announces changes.
 * Feed loading and other behaviour come from reactive controllers.
 */
import { html, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from './locale/locale-controller.js';
import { inLocale } from './locale/messages.js';
import { baseStyles } from './ui/base-styles.js';
import { loadingPlaceholder } from './ui/states.js';

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

  /** The widget's content, rendered with the element's UI strings active. */
  protected abstract renderContent(): TemplateResult;

  /** Runs `work` with this element's UI strings, for messages outside `render()`. */
  protected inUiLocale<T>(work: () => T): T {
    return inLocale(this.locale.ui, work);
  }

  protected override update(changed: PropertyValues): void {
    inLocale(this.locale.ui, () => super.update(changed));
  }

  /**
   * The error state's "Try again": reloads, then puts focus where the
   * resident can go on, since the button itself may be gone: the retry
   * button if a feed still fails, else the element marked
   * `data-focus-after-load` in what loaded. If the resident has moved on
   * meanwhile (a slow network), focus is left where they are.
   */
  protected async retry(reload: () => Promise<void>): Promise<void> {
    await reload();
    await this.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>('.error button') ?? root.querySelector<HTMLElement>('[data-focus-after-load]');
    target?.focus();
  }

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale.ui} dir=${this.locale.dir}>
      <p class="status ${this.announceOnly ? 'visually-hidden' : ''}" role="status" part="status">${this.announcement}</p>
      ${this.locale.ready ? this.renderContent() : loadingPlaceholder()}
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
