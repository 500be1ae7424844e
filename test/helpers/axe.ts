/**
 * Accessibility assertions with axe-core.
 *
 * axe-core ships one UMD file. Served as an ES module it exports nothing
 * (`import * as m from 'axe-core'` is empty) but it still assigns
 * `window.axe`, so it is imported for that side effect and used from there.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';

type Axe = { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules; no best practices, no AAA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

function axe(): Axe {
  const found = (window as unknown as { axe?: Axe }).axe;
  if (!found) throw new Error('axe-core did not load: window.axe is missing');
  return found;
}

/** `["my-widget", "button"]` (a target inside a shadow root) -> `my-widget >>> button`. */
function selector(target: unknown): string {
  return Array.isArray(target) ? target.map(selector).join(' >>> ') : String(target);
}

/** One line per violation: id, impact, help, then the failing nodes' selectors. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((node) => `    - ${node.target.map(selector).join(' >>> ')}`).join('\n');
      return `  ${v.id} [${v.impact ?? 'unknown impact'}]: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs the WCAG A/AA rules over `element` (open shadow roots included) and returns the violations. */
export async function axeViolations(element: Element): Promise<Result[]> {
  if (!element.isConnected) throw new Error('axe needs an element that is in the document');
  const results = await axe().run(element, {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/**
 * Fails (throws) when axe finds WCAG 2.0/2.1/2.2 A or AA violations in
 * `element`, including everything inside its (open) shadow roots. The
 * message lists each violation's id, impact and help text, and the
 * selectors of the failing nodes (`host >>> inner` for shadow DOM).
 * `context` names the state under test in the message ("error state, ar").
 *
 * Page-level rules (document title, `<html lang>`) do not apply because
 * only the element is checked. Calls must not overlap: axe runs one at a time.
 */
export async function expectAccessible(element: Element, context?: string): Promise<void> {
  const violations = await axeViolations(element);
  if (violations.length === 0) return;
  const where = `<${element.localName}>${context ? ` (${context})` : ''}`;
  throw new Error(`${violations.length} accessibility violation(s) in ${where}:\n${formatViolations(violations)}`);
}
