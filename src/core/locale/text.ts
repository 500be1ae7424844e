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

function pickKey(keys: string[], requested: string, feedLanguage: string): string | undefined {
  const lower = requested.toLowerCase();
  const base = baseLanguage(requested);
  return (
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => k.toLowerCase() === base) ??
    keys.find((k) => baseLanguage(k) === base) ??
    keys.find((k) => k === feedLanguage) ??
    keys.find((k) => baseLanguage(k) === baseLanguage(feedLanguage)) ??
    keys[0]
  );
}

/**
 * Fallback chain: requested locale -> its base language -> the feed's
 * default language -> any language present.
 */
export function pickText(value: Text | undefined, requested: string, feedLanguage: string): ShownText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: feedLanguage, dir: directionOf(feedLanguage) };
  const key = pickKey(filledKeys(value), requested, feedLanguage);
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
