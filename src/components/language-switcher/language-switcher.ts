import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '../../core/locale/localize.js';
import { LotseElement } from '../../core/lotse-element.js';
import { AttributeWarnings, splitList } from '../../core/attributes.js';
import { directionOf } from '../../core/locale/direction.js';
import { languageAutonym } from '../../core/locale/language-names.js';
import { choosePageLanguage } from '../../core/locale/locale-controller.js';
import { UI_LOCALES, type UiLocale } from '../../core/locale/messages.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';

/** Detail of `lotse-language-change`. */
export interface LanguageChangeDetail {
  /** The UI language chosen, a code of the supported list ("ar"). */
  lang: string;
}

/**
 * The order of the list: German and English, then the languages most
 * residents of Lower Saxony's counties read, right-to-left scripts early
 * so they are seen without scrolling.
 */
const DEFAULT_ORDER = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru', 'pl', 'ro', 'bg', 'sq', 'vi'];

/** A language's name in itself, starting with a capital where its script has them ("Русский", "Polski"). */
function ownName(code: string): string {
  const name = languageAutonym(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * A language menu for pages that are in German only: lists the languages
 * of Lotse's texts in their own names and scripts and switches every Lotse
 * element on the page at once: its words, the feed's texts and the writing
 * direction. Elements with a `lang` attribute of their own keep it.
 *
 * The choice is written to the page's address as `?lotse-lang=` (with
 * `history.replaceState`, so no new history entry), which makes the address
 * a link to the page in that language; nothing is stored in the browser.
 * The host page's own `lang` is left alone unless `set-page-lang` is set.
 *
 * The list is a disclosure of links, each marked with its language (the
 * name isolated in its own direction, the links aligned as the page is) and
 * the current one with `aria-current`: plain links can be copied and opened in
 * a new tab, and unlike a `<select>` nothing changes while a keyboard user
 * moves through the choices.
 *
 * @element lotse-language-switcher
 * @summary A language menu that switches every Lotse element on the page.
 *
 * @attr languages - The languages to offer, comma-separated codes of the supported list (de, en, ar, fa, tr, uk, ru, pl, ro, bg, sq, vi), in this order. Default: all of them.
 * @attr set-page-lang - Also sets `lang` on the page's `<html>` to the chosen language (leave it out when the page's own text stays German).
 * @attr no-url-sync - Leaves the page's address alone: the choice lasts until the page is left.
 * @attr lang - The language of the menu's own words and the one shown as chosen; leave it out so the menu follows the page's choice.
 *
 * @fires {CustomEvent<LanguageChangeDetail>} lotse-language-change - A resident chose a language; `detail.lang` is its code.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The live region (visually hidden).
 * @csspart toggle - The button that opens and closes the list; shows the current language.
 * @csspart list - The list of languages.
 * @csspart option - A link to one language.
 *
 * @cssprop --lotse-color-accent - Colour of the button and the links.
 * @cssprop --lotse-language-switcher-columns-min - Narrowest column of the list (default 9em); more columns where there is room.
 */
export class LotseLanguageSwitcher extends LotseElement {
  static override styles = [baseStyles, languageSwitcherStyles];

  static override properties: PropertyDeclarations = {
    ...LotseElement.properties,
    languages: {},
    setPageLang: { attribute: 'set-page-lang', type: Boolean },
    noUrlSync: { attribute: 'no-url-sync', type: Boolean },
    open: { state: true },
  };

  /** Comma-separated language codes to offer; empty for all. */
  languages = '';
  /** Also set `<html lang>` to the chosen language. */
  setPageLang = false;
  /** Do not write `?lotse-lang=` to the page's address. */
  noUrlSync = false;
  /** Whether the list is shown. */
  protected open = false;

  readonly #warnings = new AttributeWarnings(this);

  constructor() {
    super();
    this.announceOnly = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#closeOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#closeOutside);
  }

  /** The languages offered, in order: the attribute's supported codes, or all. */
  get offered(): UiLocale[] {
    const asked = splitList(this.languages).flatMap((v) => v.split(/\s+/)).map((v) => v.toLowerCase());
    const known = (code: string) => UI_LOCALES.find((l) => l === code);
    const chosen: UiLocale[] = [];
    for (const code of asked) {
      const locale = known(code);
      if (!locale) this.#warnings.warn('languages', code, `accepted: ${UI_LOCALES.join(', ')}.`);
      else if (!chosen.includes(locale)) chosen.push(locale);
    }
    if (chosen.length) return chosen;
    return [...DEFAULT_ORDER.filter((c) => known(c)), ...UI_LOCALES.filter((l) => !DEFAULT_ORDER.includes(l))] as UiLocale[];
  }

  /** A link to this page in `code`: the current address with `?lotse-lang=`. */
  #href(code: string): string {
    const url = new URL(location.href);
    url.searchParams.set('lotse-lang', code);
    return url.href;
  }

  /** Switches the page to `code`, as a click on its link does. */
  choose(code: UiLocale): void {
    choosePageLanguage(code);
    if (this.setPageLang) document.documentElement.lang = code;
    if (!this.noUrlSync) {
      try {
        history.replaceState(history.state, '', this.#href(code));
      } catch {
        // A sandboxed frame may not change its address; the switch itself has happened.
      }
    }
    this.dispatchEvent(new CustomEvent<LanguageChangeDetail>('lotse-language-change', { detail: { lang: code }, bubbles: true, composed: true }));
  }

  #closeOutside = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  /** A link about to be used (pointed at, focused, opened in a new tab) takes the address as it is now: other widgets change it while the list is open. */
  #freshHref = (event: Event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[hreflang]');
    if (link) link.href = this.#href(link.hreflang);
  };

  #toggle = () => {
    this.open = !this.open;
  };

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  };

  #onClick(event: MouseEvent, code: UiLocale) {
    // A click with a modifier opens the link as the browser does (a new tab, a copy); a plain one switches in place.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.open = false;
    this.choose(code);
    this.renderRoot.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  }

  protected renderContent(): TemplateResult {
    const current = this.locale.ui;
    return html`<nav aria-label=${msg('Language')} @keydown=${this.#onKeydown}>
      <button class="toggle secondary" part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="languages" @click=${this.#toggle}>
        <svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9.5" />
          <path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" />
        </svg>
        <span lang=${current} dir=${directionOf(current)}>${ownName(current)}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <ul id="languages" part="list" ?hidden=${!this.open} @focusin=${this.#freshHref} @pointerover=${this.#freshHref}>
        ${this.offered.map(
          (code) => html`<li>
            <a
              part="option"
              href=${this.#href(code)}
              hreflang=${code}
              lang=${code}
              aria-current=${code === current ? 'true' : nothing}
              @click=${(event: MouseEvent) => this.#onClick(event, code)}
              ><span dir=${directionOf(code)}>${ownName(code)}</span></a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-language-switcher': LotseLanguageSwitcher;
  }
}
