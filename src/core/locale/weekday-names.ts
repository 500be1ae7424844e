/**
 * Weekday names in the reader's language, Monday first, through the one
 * formatting path of Lotse (`formatDate`: its locale fallback and the
 * Gregorian calendar): opening hours, the calendar grid's column heads and
 * the courses' rhythms.
 */
import { formatDate } from './format.js';

const names = new Map<string, string[]>();

/** The seven names ("Mo", "Montag", "M"), made once per locale and style; 1 January 2024 was a Monday. */
export function weekdayNames(ui: string, weekday: 'narrow' | 'short' | 'long'): string[] {
  const key = `${ui}|${weekday}`;
  let found = names.get(key);
  if (!found) names.set(key, (found = [1, 2, 3, 4, 5, 6, 7].map((d) => formatDate(`2024-01-0${d}`, ui, { weekday }))));
  return found;
}
