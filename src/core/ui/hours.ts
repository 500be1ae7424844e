/** Opening hours as residents read them: regular days and times, "open now", and the days that differ. */
import { html, nothing } from 'lit';
import { msg } from '../locale/localize.js';
import type { OfferEntry } from '../feed/catalog.js';
import type { OpeningHours } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/vocabulary.js';
import { formatDate, formatDateRange, formatList } from '../locale/format.js';
import { weekdayNames } from '../locale/weekday-names.js';
import { dayNumber } from '../time/berlin.js';
import { isOpen } from '../time/open-now.js';
import { text, timeRange, type OfferContext } from './offer-parts.js';
import { shownText } from './shown-text.js';

/** "Montag, Mittwoch": days of the feed (`mo`, `we`) in the reader's language. */
export function dayList(days: readonly string[], ui: string): string {
  const names = weekdayNames(ui, 'long');
  return formatList(days.map((d) => names[WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])]), ui);
}

/** How many days ahead differing hours (holidays) are listed. */
const EXCEPTIONS_SHOWN = 6;

type Exception = NonNullable<OpeningHours['exceptions']>[number];

/** The days from `today` on which every one of `hours` is closed (a provider's holidays), in date order. */
export function sharedExceptions(hours: readonly OpeningHours[], today: string): Exception[] {
  const [first, ...others] = hours;
  return (first?.exceptions ?? [])
    .filter((e) => e.closed && e.date >= today && others.every((h) => h.exceptions?.some((o) => o.date === e.date && o.closed)))
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .slice(0, EXCEPTIONS_SHOWN);
}

/** Closed days as the reader's language writes them, runs of days as ranges: "24.–26. Dez. 2026 und 31. Dez. 2026". */
export function closedDays(exceptions: readonly Exception[], ui: string): string {
  const runs: [string, string][] = [];
  for (const { date } of exceptions) {
    const last = runs[runs.length - 1];
    if (last && dayNumber(date) === dayNumber(last[1]) + 1) last[1] = date;
    else runs.push([date, date]);
  }
  return formatList(
    runs.map(([from, to]) => (from === to ? formatDate(from, ui, { dateStyle: 'medium' }) : formatDateRange(from, to, ui))),
    ui,
  );
}

export function openingHours(hours: OpeningHours, entry: OfferEntry, ctx: OfferContext, level: 4 | 5, closedNow = false) {
  const { ui, now } = ctx;
  // A place closed for a while is closed whatever its regular hours say.
  const open = closedNow ? false : isOpen(hours, now);
  const upcoming = (hours.exceptions ?? []).filter((e) => e.date >= now.date).slice(0, EXCEPTIONS_SHOWN);
  return html`<div class="hours">
    ${level === 4 ? html`<h4>${msg('Opening hours')}</h4>` : html`<h5>${msg('Opening hours')}</h5>`}
    ${open === undefined
      ? nothing
      : html`<p class="open-now ${open ? 'is-open' : ''}">
          ${open ? msg('Open now') : msg('Closed now')} <bdi class="muted">${msg('(German time)')}</bdi>
        </p>`}
    ${hours.always ? html`<p>${msg('Open day and night, every day')}</p>` : nothing}
    ${hours.regular?.length
      ? html`<ul class="plain">
          ${hours.regular.map(
            (span) => html`<li>
              <bdi>${dayList(span.days, ui)}:</bdi>
              <bdi class="nowrap">${timeRange(span.opens, span.closes, ui)}</bdi>
              ${span.appointment ? html`<span class="appointment">(${msg('by appointment only')})</span>` : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${upcoming.length
      ? html`<p class="label"><bdi>${msg('Different hours:')}</bdi></p>
          <ul class="plain">
            ${upcoming.map(
              (e) => html`<li>
                <bdi>${formatDate(e.date, ui, { dateStyle: 'medium' })}:
                ${e.closed ? msg('closed') : timeRange(e.opens, e.closes, ui)}</bdi>
                ${!e.closed && e.appointment ? html`<span class="appointment">(${msg('by appointment only')})</span>` : nothing}
                ${e.note ? html`– ${shownText(text(e.note, entry, ctx))}` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${hours.note ? html`<p>${shownText(text(hours.note, entry, ctx))}</p>` : nothing}
  </div>`;
}
