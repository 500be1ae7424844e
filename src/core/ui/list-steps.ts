/**
 * A list drawn in steps after a key press: its first items in the update
 * that shows the new results, the rest in background tasks after it. A
 * page of twenty new cards is one task of 30–60 ms on a busy phone, and a
 * key pressed meanwhile waits for all of it; its first five are on screen
 * in a fraction of that. Other updates (scripts, filters, pages) draw every
 * item at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inBackground } from './background-task.js';

export class ListSteps implements ReactiveController {
  #limit = Infinity;
  /** The last `take` left items out. */
  #cut = false;
  #cancel?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first = 5,
    private readonly more = 8,
  ) {
    host.addController(this);
  }

  /** A new list: in steps when a person typed it (`inSteps`), else every item at once. */
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

  hostUpdated(): void {
    if (!this.#cut || this.#cancel) return;
    this.#cancel = inBackground(() => {
      this.#cancel = undefined;
      this.#limit += this.more;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop();
  }
}
