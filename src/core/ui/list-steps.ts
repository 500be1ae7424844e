/**
 * A list drawn in steps: its first items in the update that shows it, the
 * rest in tasks after it. For new results after a key press and
 * for a large feed's first page: twenty new cards are one task of 30–60 ms
 * on a busy phone, which a key pressed meanwhile waits for; the first five
 * are on screen in a fraction of that. Other updates (scripts, filters,
 * pages) draw every item at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { laterTask } from './later-task.js';

export class ListSteps implements ReactiveController {
  #limit = Infinity;
  /** This update's `take` left items out. */
  #cut = false;
  #cancel?: () => void;
  #drawn?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first = 5,
    private readonly more = 8,
  ) {
    host.addController(this);
  }

  /** A new list: in steps when `inSteps`, else every item at once. */
  newList(inSteps: boolean): void {
    this.stop();
    if (inSteps) this.#limit = this.first;
  }

  /** Every item at once from the next update on. */
  stop(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#limit = Infinity;
  }

  /** The items to draw in this update. */
  take<T>(items: readonly T[]): readonly T[] {
    this.#cut = items.length > this.#limit;
    return this.#cut ? items.slice(0, this.#limit) : items;
  }

  /** The last update left items for later steps. */
  get drawing(): boolean {
    return this.#cut;
  }

  /** Resolves after the update that draws every item (or no list at all). */
  whenDrawn(): Promise<void> {
    if (!this.#cut) return Promise.resolve();
    if (!this.#drawn) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.#drawn = { promise, resolve };
    }
    return this.#drawn.promise;
  }

  hostUpdate(): void {
    this.#cut = false;
  }

  hostUpdated(): void {
    if (!this.#cut) {
      this.#drawn?.resolve();
      this.#drawn = undefined;
      return;
    }
    // In turn with the page's other visible work (a large feed's check), not after all of it; a key press still goes first.
    this.#cancel ??= laterTask(() => {
      this.#cancel = undefined;
      this.#limit += this.more;
      this.host.requestUpdate();
    }, 'user-visible');
  }

  hostDisconnected(): void {
    this.stop();
    this.#cut = false;
    this.#drawn?.resolve();
    this.#drawn = undefined;
  }
}
