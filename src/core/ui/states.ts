/**
 * The states every widget shares: loading placeholder, error with retry,
 * empty result, and the notice for data shown from an older copy.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { TemplateResult } from 'lit';
import type { FeedError } from '../feed/errors.js';
import type { FeedState } from '../feed/feed-controller.js';
import { formatDate } from '../locale/format.js';

export const stateStyles = css`
  .placeholder {
    display: grid;
    gap: 0.75em;
    min-block-size: var(--lotse-placeholder-height, 18em);
  }
  .placeholder span {
    display: block;
    block-size: 4.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Visible on a white page too, still from the tokens. */
    background: color-mix(in srgb, var(--_border) 22%, var(--_bg));
    /* Opacity runs on the compositor: a moving gradient would repaint on the main thread, which is validating the feed meanwhile. */
    animation: lotse-pulse 0.8s ease-in-out infinite alternate;
  }
  @keyframes lotse-pulse {
    to {
      opacity: 0.4;
    }
  }
  .error,
  .empty,
  .notice {
    border: var(--_border-width) solid var(--_border);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin-block-end: var(--_space);
  }
  .error {
    border-color: var(--_danger);
  }
  .notice {
    background: var(--_warning-bg);
    border-color: var(--_warning-border);
  }
  .error > :last-child,
  .empty > :last-child,
  .notice > :last-child {
    margin-block-end: 0;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .placeholder span {
      border: 1px solid CanvasText;
    }
  }
`;

/** Reserves the space of the content to come, so nothing jumps when it arrives. */
export function loadingPlaceholder(label?: string) {
  return html`<div class="placeholder" part="placeholder" aria-busy="true">
    ${label ? html`<p class="visually-hidden">${label}</p>` : nothing}
    <span></span><span></span><span></span>
  </div>`;
}

/** What a resident reads when a feed failed, per failure. */
export function feedErrorText(error: FeedError): string {
  switch (error.code) {
    case 'url':
      return msg('The address of the data source is not valid.');
    case 'timeout':
      return msg('The data source did not answer in time.');
    case 'network':
      return msg('The data source could not be reached. Please check your internet connection.');
    case 'http':
      return error.detail === '404'
        ? msg('The data source was not found on the server.')
        : msg(str`The server answered with an error (${error.detail}).`);
    case 'content-type':
      return msg('The server did not send data in the expected format.');
    case 'json':
      return msg('The data source is damaged and cannot be read.');
    case 'version':
      return msg('The data source uses a newer format than this widget understands.');
    case 'format':
      return msg('The data source is not in the Lotse format.');
  }
}

export function errorState(errors: FeedError[], retry: () => void) {
  return html`<div class="error" part="error" role="alert">
    <h2>${msg('The information could not be loaded')}</h2>
    <ul>
      ${errors.map((e) => html`<li>${feedErrorText(e)}</li>`)}
    </ul>
    <p>${msg('Please try again later. If the problem persists, contact the publisher of this page.')}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/**
 * Notice for data shown from an older copy because the latest load failed:
 * the server is down, or (if the feed itself is broken) it could not be read.
 */
export function staleNotice(stale: { fetchedAt: string; error: FeedError }[], locale: string) {
  if (stale.length === 0) return nothing;
  const oldest = stale.map((s) => s.fetchedAt).sort()[0];
  const date = formatDate(oldest, locale, { dateStyle: 'long', timeStyle: 'short' });
  return html`<div class="notice" part="notice">
    <p>
      ${stale.every((s) => s.error.transient)
        ? msg(str`The server cannot be reached at the moment. You are seeing the information as of ${date}.`)
        : msg(str`The latest information could not be read. You are seeing the information as of ${date}.`)}
    </p>
  </div>`;
}

/** An exception while showing the content (see `LotseElement`): said plainly, with a way to try again. */
export function failureState(retry: () => void) {
  return html`<div class="error" part="error" role="alert">
    <h2>${msg('Something went wrong while showing this information')}</h2>
    <p>${msg('Please try again. If the problem persists, contact the publisher of this page.')}</p>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

export function emptyState(message: string, action?: { label: string; run: () => void }) {
  return html`<div class="empty" part="empty">
    <p>${message}</p>
    ${action ? html`<button type="button" class="secondary" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}

export type ReadyFeedState = Extract<FeedState, { status: 'ready' }>;

/**
 * The part of every feed-driven widget that is the same: a missing `src`,
 * the loading placeholder, the error with retry; `ready` draws the rest.
 */
export function feedStateView(
  state: FeedState,
  {
    loading,
    retry,
    ready,
    error = (errors) => errorState(errors, retry),
  }: {
    loading: string;
    retry: () => void;
    ready: (state: ReadyFeedState) => TemplateResult;
    /** A widget's own error view (the staff tool explains more than residents need). */
    error?: (errors: FeedError[]) => TemplateResult;
  },
): TemplateResult {
  switch (state.status) {
    case 'empty':
      return html`<div class="error" part="error">
        <p>${msg('No feed given. Set the src attribute to the address of a Lotse feed.')}</p>
      </div>`;
    case 'loading':
      return loadingPlaceholder(loading);
    case 'error':
      return error(state.errors);
    case 'ready':
      return ready(state);
  }
}
