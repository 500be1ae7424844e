/** Small pieces every importer uses. */
import { slug } from './german.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** An id from another system kept as it is when the feed allows it, else made from it. */
export function validId(raw: string, fallback: string): string {
  if (ID.test(raw)) return raw;
  const made = slug(raw);
  return made === 'eintrag' ? `${fallback}-${made}` : made;
}

/** `2026-11-30`, `2026-11-30T12:00:00+01:00` -> the date. */
export function parseCheckedDate(raw: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  return m?.[1];
}

export function sourceOf(importer: string, origin: string, imported: string, ref: string): { importer: string; origin: string; imported: string; ref: string } {
  return { importer, origin, imported, ref };
}
