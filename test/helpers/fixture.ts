/** A fresh element per test, removed again after it. */
import type { LitElement } from 'lit';

const mounted = new Set<Element>();

export async function fixture<T extends LitElement>(markup: string, container: HTMLElement = document.body): Promise<T> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as T;
  container.append(element);
  mounted.add(element);
  await element.updateComplete;
  return element;
}

export function cleanupFixtures(): void {
  mounted.forEach((element) => element.remove());
  mounted.clear();
}

/**
 * Waits until `check` is true, polling with timers (animation frames stop in
 * hidden test pages), or fails after `timeout` ms.
 */
export async function waitUntil(check: () => boolean, message = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
