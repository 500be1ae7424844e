/**
 * Why a whole feed could not be used. The code is translated by the widgets;
 * `detail` carries the HTTP status, content type or JSON path for staff.
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
