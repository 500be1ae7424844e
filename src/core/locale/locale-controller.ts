/**
 * Resolves an element's language and keeps it current.
 *
 * The language is the element's own `lang`, else the nearest ancestor's
 * (usually `<html lang>`), else German. Whenever any `lang` attribute on the
 * page changes, every Lotse element re-resolves and re-renders, without a
 * reload.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage, directionOf, type Direction } from './direction.js';
import { languageTag } from './language-tag.js';
import { DEFAULT_LOCALE, isLocaleLoaded, loadLocale, matchUiLocale, type UiLocale } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLangAttributes(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
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
    watchLangAttributes();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language; requests an update when anything changed. */
  refresh(): void {
    const requested = languageTag(nearestLang(this.#host), DEFAULT_LOCALE);
    const ui = matchUiLocale(requested);
    const ready = isLocaleLoaded(ui);
    if (requested !== this.requested || ui !== this.ui || ready !== this.ready) {
      this.requested = requested;
      this.ui = ui;
      this.texts = baseLanguage(requested) === baseLanguage(ui) ? [requested] : [requested, ui];
      this.dir = directionOf(ui);
      this.ready = ready;
      this.#host.requestUpdate();
    }
    if (!ready) {
      void loadLocale(ui).then(() => {
        if (this.ui === ui && !this.ready) {
          this.ready = true;
          this.#host.requestUpdate();
        }
      });
    }
  }
}
