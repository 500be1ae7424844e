import type { JsonErrorPlace } from './json-error.js';

/**
 * Why a whole feed could not be used. The code is translated by the widgets;
 * `detail` carries the HTTP status, content type or JSON path for staff, and
 * for broken JSON the browser's own message (for the console) while `place`
 * says where the mistake is.
 */
export type FeedErrorCode =
  | 'url'
  | 'timeout'
  | 'network'
  | 'http'
  | 'content-type'
  | 'json'
  | 'format'
  | 'version';

export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    readonly url: string,
    readonly detail = '',
    /** For `json`: line, column and the text around the mistake, when it can be found. */
    readonly place?: JsonErrorPlace,
  ) {
    super(`Lotse feed ${url}: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'FeedError';
  }

  /** Errors worth a second attempt: the server or the network may recover. */
  get transient(): boolean {
    return (
      this.code === 'timeout' ||
      this.code === 'network' ||
      (this.code === 'http' && Number(this.detail) >= 500)
    );
  }
}
