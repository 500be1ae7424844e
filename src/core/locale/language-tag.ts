/**
 * A valid BCP 47 tag for whatever a page's `lang` attribute says. Every Intl
 * constructor throws a RangeError on an invalid tag, and `<html lang="de_DE">`
 * is a common CMS mistake: a widget that passed it on would stay on its
 * loading placeholder.
 */

/** Longer tags are a mistake or an attack; BCP 47 asks implementations to handle 35 characters. */
const MAX_TAG = 64;

/**
 * `raw` with `_` read as `-` and in canonical case ("de_de" -> "de-DE") if
 * that is a valid tag; else its primary language if that is valid; else
 * `fallback`.
 */
export function languageTag(raw: string | undefined, fallback = 'de'): string {
  const tag = (raw ?? '').trim().replace(/_/g, '-');
  for (const candidate of [tag, tag.split('-')[0]]) {
    if (!candidate || candidate.length > MAX_TAG) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // Not a valid tag: try the next candidate.
    }
  }
  return fallback;
}
