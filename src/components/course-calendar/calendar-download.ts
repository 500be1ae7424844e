/**
 * The .ics download, as the chunk that loads at the first download: the
 * writer and a file saved through a blob: URL (which a strict CSP allows).
 * It imports nothing of the main bundle; what it needs comes in `deps`.
 */
import type { OfferEntry } from '../../core/feed/catalog.js';
import type { CalendarDeps } from '../../core/calendar/deps.js';
import { offersCalendar } from '../../core/calendar/offer-events.js';

/** A file name from a title: letters, digits and dashes, at most 60 characters. */
export function fileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'termine'}.ics`;
}

/** Saves the dates of `entries` as an .ics file named after `name` (made here, handed over as a blob: URL); returns its text. */
export function saveCalendar(entries: readonly OfferEntry[], name: string, requested: string, words: { registration: string }, deps: CalendarDeps): string {
  const text = offersCalendar(entries, { requested, name, words }, deps);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(name);
  link.rel = 'noopener';
  link.click();
  // The browser has taken the file once the click is handled; the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return text;
}
