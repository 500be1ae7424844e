/**
 * The time a widget shows things at ("open now", the next date), kept
 * current: the host updates when the minute in Berlin changes while the
 * page is visible, and at once when the page becomes visible again (a phone
 * taken out of a pocket), so "open now" at 16:58 does not still say so at
 * 17:28.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { berlinNow, type BerlinNow } from './berlin.js';

export class ClockController implements ReactiveController {
  #now: BerlinNow = berlinNow();
  #timer?: ReturnType<typeof setTimeout>;
  readonly #host: ReactiveControllerHost;
  readonly #visibility = () => this.#tick();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Date and time in Europe/Berlin, as of the last minute change. */
  get now(): BerlinNow {
    return this.#now;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibility);
    this.#tick();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
    clearTimeout(this.#timer);
  }

  #tick(): void {
    clearTimeout(this.#timer);
    const now = berlinNow();
    if (now.date !== this.#now.date || now.time !== this.#now.time) {
      this.#now = now;
      this.#host.requestUpdate();
    }
    if (document.visibilityState === 'hidden') return;
    // Just after the next full minute.
    this.#timer = setTimeout(() => this.#tick(), 60_000 - (Date.now() % 60_000) + 50);
  }
}
