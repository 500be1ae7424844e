/**
 * Mirrors a widget's state in the page URL with prefixed query parameters,
 * so residents can bookmark and share a search and use the browser's back
 * button. Only the widget's own parameters are touched: the host page's
 * parameters (with their original spelling), its hash and its
 * `history.state` stay as they are.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaint } from './ui/later-task.js';

export interface UrlStateOptions {
  /** Parameter names without prefix, e.g. `q`, `topics`. */
  keys: readonly string[];
  /** The prefix, e.g. `lotse-` or `lotse-sport-`. */
  prefix: () => string;
  enabled: () => boolean;
  /** Called on back/forward with the widget's parameters (prefix removed). */
  onPop: (values: Map<string, string>) => void;
}

function paramName(part: string): string {
  try {
    return decodeURIComponent(part.split('=')[0].replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** The connected widgets that keep state in the address, to tell webmasters when two share a prefix. */
const connected = new Set<UrlStateController>();

/** Percent-encodes, with lone surrogates (which `encodeURIComponent` rejects) replaced. */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));

export class UrlStateController implements ReactiveController {
  private readonly pop = () => {
    // Back or forward: a replacement still waiting belonged to the entry left behind.
    this.pending = undefined;
    if (this.options.enabled()) this.options.onPop(this.read());
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.pop);
    window.addEventListener('pagehide', this.flush);
    this.checkShared = true;
    connected.add(this);
  }

  /**
   * The check waits for the host's update: a `noUrlSync` set as a property
   * before the element was defined (as frameworks do) only arrives then.
   */
  hostUpdate(): void {
    if (!this.checkShared) return;
    this.checkShared = false;
    this.warnIfShared();
  }

  private checkShared = false;
  private warned = false;

  /** Two widgets with one prefix (a finder and a calendar without ids) would read each other's search and view. */
  private warnIfShared(): void {
    if (this.warned || !this.options.enabled()) return;
    const prefix = this.options.prefix();
    const other = [...connected].find((c) => c !== this && c.options.enabled() && c.options.prefix() === prefix);
    if (!other) return;
    this.warned = true;
    const name = (c: UrlStateController) => `<${(c.host as unknown as Element).localName}>`;
    console.warn(
      `Lotse: ${name(other)} and ${name(this)} keep their search and view in the same address parameters (${prefix}…), so each would change the other. Give each an id (id="courses"), or no-url-sync to one of them.`,
    );
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.flush();
    window.removeEventListener('popstate', this.pop);
    window.removeEventListener('pagehide', this.flush);
  }

  /** A replacement not yet written: see `write`. */
  private pending?: Record<string, string | undefined>;

  /** Writes a waiting replacement now. */
  readonly flush = (): void => {
    const values = this.pending;
    this.pending = undefined;
    if (values) this.apply(values, false);
  };

  /** The widget's parameters in the current URL (empty when disabled). */
  read(): Map<string, string> {
    const values = new Map<string, string>();
    if (!this.options.enabled()) return values;
    const params = new URLSearchParams(location.search);
    const prefix = this.options.prefix();
    for (const key of this.options.keys) {
      const value = params.get(prefix + key);
      if (value !== null) values.set(key, value);
    }
    return values;
  }

  /**
   * Writes the widget's parameters (`undefined` removes one). `push` adds a
   * history entry (a step the resident may want to go back to) at once.
   * Otherwise the current entry is replaced after the next frame: Chromium
   * takes 2–4 ms per `replaceState`, which a key press (typing, paging
   * months) would otherwise wait for; the last state of a burst is written.
   */
  write(values: Record<string, string | undefined>, push: boolean): void {
    if (!this.options.enabled()) return;
    if (push) {
      // The entry being left keeps what it showed, the new one gets the values.
      this.flush();
      this.apply(values, true);
      return;
    }
    const scheduled = this.pending !== undefined;
    this.pending = values;
    if (!scheduled) afterPaint(this.flush);
  }

  private apply(values: Record<string, string | undefined>, push: boolean): void {
    if (!this.options.enabled()) return;
    const prefix = this.options.prefix();
    const ours = new Set(this.options.keys.map((k) => prefix + k));
    const parts = location.search
      .slice(1)
      .split('&')
      .filter((part) => part && !ours.has(paramName(part)));
    for (const key of this.options.keys) {
      const value = values[key];
      if (value !== undefined) {
        parts.push(`${encode(prefix + key)}=${encode(value).replace(/%2C/g, ',')}`);
      }
    }
    const search = parts.length ? `?${parts.join('&')}` : '';
    if (search === location.search) return;
    const url = location.pathname + search + location.hash;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
