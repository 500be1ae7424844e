/**
 * Resolves an element's language and keeps it current.
 *
 * The language is, first found: the element's own `lang`; the language
 * chosen for the whole page (a `<lotse-language-switcher>`, or
 * `?lotse-lang=` in the page's address); the nearest ancestor's `lang`
 * (usually `<html lang>`); German. Whenever any `lang` attribute or the
 * page's choice changes, every Lotse element re-resolves and re-renders,
 * without a reload.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage, directionOf, type Direction } from './direction.js';
import { languageTag } from './language-tag.js';
import { DEFAULT_LOCALE, isLocaleLoaded, loadLocale, matchUiLocale, UI_LOCALES, type UiLocale } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
/** The UI locale chosen for every element on the page; kept nowhere but here and in the address. */
let pageChoice: UiLocale | undefined;

const refreshAll = () => controllers.forEach((c) => c.refresh());

/** `?lotse-lang=` when it names a UI locale exactly; any other value is ignored. */
function languageInAddress(): UiLocale | undefined {
  const asked = new URLSearchParams(location.search).get('lotse-lang')?.toLowerCase();
  return UI_LOCALES.find((l) => l === asked);
}

/**
 * The event that carries the page's choice to every copy of Lotse on the
 * page: `lotse.js` and the one-element files each bring their own copy of
 * this module, so a switcher from one file switches the elements of another.
 */
const CHOICE = 'lotse-page-language';

function watchLanguage(): void {
  if (observer) return;
  pageChoice ??= languageInAddress();
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  document.addEventListener(CHOICE, (event) => {
    const asked = (event as CustomEvent<unknown>).detail;
    pageChoice = UI_LOCALES.find((l) => l === asked);
    refreshAll();
  });
  // Back and Forward may land on an address that names another language.
  addEventListener('popstate', () => {
    const asked = languageInAddress();
    if (asked && asked !== pageChoice) choosePageLanguage(asked);
  });
}

/** Switches every Lotse element on the page without a `lang` of its own to `locale`; undefined follows the page's `lang` again. */
export function choosePageLanguage(locale: UiLocale | undefined): void {
  pageChoice = locale;
  // Every copy with elements on the page listens, this one too.
  document.dispatchEvent(new CustomEvent(CHOICE, { detail: locale }));
}

/** The language chosen for the page, if any. */
export function pageLanguage(): UiLocale | undefined {
  return pageChoice;
}

/** The nearest `lang` attribute in the light tree (as `:lang()` sees it), crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang.trim();
  }
  return undefined;
}

export class LocaleController implements ReactiveController {
  /** The language asked for, which feed texts follow: always a valid BCP 47 tag, so every Intl constructor takes it. */
  requested = DEFAULT_LOCALE as string;
  /** The UI locale whose strings are shown. */
  ui: UiLocale = DEFAULT_LOCALE;
  /**
   * The languages feed texts are picked in, best first: the language asked
   * for, then the UI language when the page's has no UI strings (Pashto,
   * then English). One fallback chain for the widget's words and the feed's.
   */
  texts: readonly string[] = [DEFAULT_LOCALE];
  /**
   * Writing direction of the UI language shown. A Pashto page without Pashto
   * UI strings gets English ones, laid out left to right; the feed's Pashto
   * texts carry their own direction.
   */
  dir: Direction = 'ltr';
  /** False until the UI strings for `ui` are loaded. */
  ready = false;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLanguage();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Re-reads the language; requests an update when anything changed. An
   * element that already shows a language keeps it until the strings of the
   * new one have loaded, then switches at once: no placeholder in between,
   * and focus stays where it was (on the language menu's button, say).
   */
  refresh(): void {
    const requested = languageTag(this.#host.getAttribute('lang')?.trim() || pageChoice || nearestLang(this.#host), DEFAULT_LOCALE);
    const ui = matchUiLocale(requested);
    const ready = isLocaleLoaded(ui);
    if (ready || !this.ready) this.#show(requested, ui, ready);
    if (!ready) void loadLocale(ui).then(() => isLocaleLoaded(ui) && this.refresh());
  }

  #show(requested: string, ui: UiLocale, ready: boolean): void {
    if (requested === this.requested && ui === this.ui && ready === this.ready) return;
    this.requested = requested;
    this.ui = ui;
    this.texts = baseLanguage(requested) === baseLanguage(ui) ? [requested] : [requested, ui];
    this.dir = directionOf(ui);
    this.ready = ready;
    this.#host.requestUpdate();
  }
}
