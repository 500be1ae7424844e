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
