// What the bench measures as the shared runtime: Lit, the localize runtime,
// the feed core (load, validate, cache, merge) and the locale core. Widgets
// and their UI parts are measured separately.
export { LitElement, html, css, nothing } from 'lit';
// export { property, state } from 'lit/decorators.js';
export { msg, str } from '@lit/localize';
export * from '../src/core/feed/feed-controller.js';
export * from '../src/core/feed/store.js';
export * from '../src/core/feed/catalog.js';
export * from '../src/core/locale/locale-controller.js';
export * from '../src/core/locale/messages.js';
export * from '../src/core/locale/text.js';
export * from '../src/core/locale/format.js';
export * from '../src/core/links.js';
