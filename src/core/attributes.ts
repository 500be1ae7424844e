/**
 * Attributes a webmaster writes by hand: comma-separated lists, numbers in a
 * range, and one clear console warning per wrong value, naming the element,
 * the attribute and what is accepted.
 */

/** The non-empty, trimmed items of a comma-separated attribute. */
export function splitList(value: string | null | undefined): string[] {
  return String(value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Warns once per element, attribute and value. */
export class AttributeWarnings {
  readonly #warned = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  warn(attribute: string, value: string, accepted: string): void {
    const key = `${attribute}\u0000${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`Lotse: <${this.host.localName}> ${attribute}="${value.slice(0, 80)}" is not valid; ${accepted}`);
  }

  /** A whole number within `min`–`max`, else `fallback` with a warning; `fallback` without one when the attribute is not set (or was removed). */
  integer(attribute: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
    if (value === null || value === undefined) return fallback;
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    this.warn(attribute, String(this.host.getAttribute(attribute) ?? value), `accepted: a whole number from ${min} to ${max}; using ${fallback}.`);
    return fallback;
  }
}
