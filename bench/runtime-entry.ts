// What the bench measures as the shared runtime: Lit, the localize runtime,
// the feed core (load, validate, cache, merge) and the locale core (language
// resolution, feed-text fallback, Intl formatting, safe links). Widgets and
// their UI parts are measured separately.
//
// Everything is kept alive through one array rather than an export list: in
// `dist/lotse.js` the widgets call these by one-letter local names, and a
// list of 30 export names would add 0.25 KB that no resident downloads.
import { LitElement, html, css, nothing } from 'lit';
import { msg, str } from '../src/core/locale/localize.js';
import { FeedController } from '../src/core/feed/feed-controller.js';
import { FeedSource, feedSource, resetFeedStore } from '../src/core/feed/store.js';
import { buildCatalog } from '../src/core/feed/catalog.js';
import { LocaleController, nearestLang } from '../src/core/locale/locale-controller.js';
import { DEFAULT_LOCALE, UI_LOCALES, inLocale, isLocaleLoaded, loadLocale, matchUiLocale } from '../src/core/locale/messages.js';
import { allTexts, pickText, textLanguages } from '../src/core/locale/text.js';
import { formatDate, formatDateRange, formatList, formatNumber, listFormatter } from '../src/core/locale/format.js';
import { mailtoHref, safeHref, telHref } from '../src/core/links.js';

(globalThis as { lotseRuntime?: unknown }).lotseRuntime = [
  LitElement, html, css, nothing, msg, str,
  FeedController, FeedSource, feedSource, resetFeedStore, buildCatalog,
  LocaleController, nearestLang, DEFAULT_LOCALE, UI_LOCALES, inLocale, isLocaleLoaded, loadLocale, matchUiLocale,
  allTexts, pickText, textLanguages,
  formatDate, formatDateRange, formatList, formatNumber, listFormatter,
  mailtoHref, safeHref, telHref,
];
