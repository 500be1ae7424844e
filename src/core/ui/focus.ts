/**
 * Focus after a change: "show the results" moves to the results heading,
 * opening an offer to its heading, closing it back to the card it came
 * from. The target is looked up after the next update (and the ones after,
 * until it exists), so it may be something that change renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A selector in the element's shadow root, or a function that finds the element. */
export type FocusTarget = string | ((root: ShadowRoot) => HTMLElement | null);

export class FocusController implements ReactiveController {
  #target?: FocusTarget;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Moves focus to `target` once it is rendered; a later request replaces an earlier one. */
  request(target: FocusTarget): void {
    this.#target = target;
    // Even when nothing else changes (the panel was already closed), the target must be looked up.
    this.#host.requestUpdate();
  }

  /** The pending target, if any (a widget may redirect it: a deep link whose offer is gone). */
  get pending(): FocusTarget | undefined {
    return this.#target;
  }

  hostUpdated(): void {
    const target = this.#target;
    const root = this.#host.shadowRoot;
    if (target === undefined || !root) return;
    const element = typeof target === 'string' ? root.querySelector<HTMLElement>(target) : target(root);
    if (element) {
      this.#target = undefined;
      element.focus();
    }
  }
}
