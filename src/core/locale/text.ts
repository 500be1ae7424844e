/**
 * Picks the best translation of a feed text for a requested language and
 * tells which language was actually shown, so it can be marked up with the
 * right `lang` and `dir` for screen readers and bidi layout.
 */
import type { Text, TextList } from '../feed/schema.js';
import { baseLanguage, directionOf, type Direction } from './direction.js';

export interface ShownText {
  text: string;
  lang: string;
  dir: Direction;
}

/** The languages a text map really has: own entries with text; blank translations (and, in unchecked data, non-strings) do not count. */
function filledKeys(value: Record<string, string>): string[] {
  return Object.keys(value).filter((k) => typeof value[k] === 'string' && value[k].trim() !== '');
}

function pickKey(keys: string[], wanted: readonly string[], feedLanguage: string): string | undefined {
  for (const requested of wanted) {
    const lower = requested.toLowerCase();
    const base = baseLanguage(requested);
    const found = keys.find((k) => k.toLowerCase() === lower) ?? keys.find((k) => k.toLowerCase() === base) ?? keys.find((k) => baseLanguage(k) === base);
    if (found !== undefined) return found;
  }
  return keys.find((k) => k === feedLanguage) ?? keys.find((k) => baseLanguage(k) === baseLanguage(feedLanguage)) ?? keys[0];
}

/**
 * Fallback chain: each wanted language (exactly, then its base language) ->
 * the feed's default language -> any language present. `requested` is a
 * language or, as `LocaleController.texts` gives it, the page's language
 * followed by the UI language it falls back to: a Pashto page without Pashto
 * buttons shows English buttons and, where the feed has no Pashto, English
 * texts too, never a mix of English and German.
 */
export function pickText(value: Text | undefined, requested: string | readonly string[], feedLanguage: string): ShownText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: feedLanguage, dir: directionOf(feedLanguage) };
  const key = pickKey(filledKeys(value), typeof requested === 'string' ? [requested] : requested, feedLanguage);
  return key === undefined ? undefined : { text: value[key], lang: key, dir: directionOf(key) };
}

/** Every string of a text in every language, for search indexes. */
export function allTexts(value: Text | TextList | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value;
  return Object.values(value).flat();
}

/** The languages a text is available in. */
export function textLanguages(value: Text | undefined, feedLanguage: string): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [feedLanguage] : filledKeys(value);
}
