/**
 * The month as a WAI-ARIA grid: weeks from Monday, one focusable day at a
 * time (roving tabindex), arrows move by a day or a week (mirrored right to
 * left), Home and End to the week's ends, PageUp and PageDown by a month
 * (with Shift by a year), Enter or Space opens the day. Today is marked.
 * Each day names its date and how many sessions it has; the titles in the
 * cell are a preview, the day's list (Enter) has them all.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import { formatDate, formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { dayNumber, isoDay, weekdayOf } from '../../core/time/berlin.js';
import { text, type OfferContext } from '../../core/ui/offer-parts.js';
import { sessionTimes } from './agenda.js';
import { addMonths, monthOf, sameDayIn, type Session } from './calendar-data.js';

/** Titles previewed in a cell; the rest are "+n". */
const PREVIEW = 3;

/** A title cut for a cell, where a line shows a few words: long titles would only cost time to lay out. */
const preview = (title: string) => (title.length > 40 ? `${title.slice(0, 39)}…` : title);

const weekdayNames = new Map<string, { narrow: string; short: string; long: string }[]>();

function weekdays(ui: string) {
  let names = weekdayNames.get(ui);
  if (!names) {
    const format = (weekday: 'narrow' | 'short' | 'long') => new Intl.DateTimeFormat(ui, { weekday, timeZone: 'UTC' });
    const [narrow, short, long] = [format('narrow'), format('short'), format('long')];
    names = Array.from({ length: 7 }, (_, i) => ({ narrow: narrow.format(Date.UTC(2024, 0, 1 + i)), short: short.format(Date.UTC(2024, 0, 1 + i)), long: long.format(Date.UTC(2024, 0, 1 + i)) }));
    weekdayNames.set(ui, names);
  }
  return names;
}

/** "Dezember 2026", "كانون الأول ٢٠٢٦". */
export function monthTitle(month: string, ui: string): string {
  return formatDate(`${month}-15`, ui, { month: 'long', year: 'numeric' });
}

export function datesText(count: number, ui: string): string {
  const n = formatNumber(count, ui);
  return plural(count, ui, {
    zero: () => msg(str`${n} dates`, { id: 'dates.zero' }),
    one: () => msg(str`${n} date`),
    two: () => msg(str`${n} dates`, { id: 'dates.two' }),
    few: () => msg(str`${n} dates`, { id: 'dates.few' }),
    many: () => msg(str`${n} dates`, { id: 'dates.many' }),
    other: () => msg(str`${n} dates`),
  });
}

/**
 * The day a key moves to from `day`, or undefined for keys the grid does
 * not handle. `rtl`: the arrows follow the direction of reading.
 */
export function dayAfterKey(day: string, key: string, shift: boolean, rtl: boolean): string | undefined {
  const n = dayNumber(day);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return isoDay(n + 1);
    case back:
      return isoDay(n - 1);
    case 'ArrowDown':
      return isoDay(n + 7);
    case 'ArrowUp':
      return isoDay(n - 7);
    case 'Home':
      return isoDay(n - weekdayOf(n));
    case 'End':
      return isoDay(n + 6 - weekdayOf(n));
    case 'PageUp':
      return sameDayIn(day, addMonths(monthOf(day), shift ? -12 : -1));
    case 'PageDown':
      return sameDayIn(day, addMonths(monthOf(day), shift ? 12 : 1));
    default:
      return undefined;
  }
}

export interface MonthGridOptions {
  month: string;
  days: string[];
  byDay: Map<string, Session[]>;
  ctx: OfferContext;
  /** The day that has the grid's tab stop. */
  active: string;
  /** The open day, if any. */
  selected: string;
  onKey: (event: KeyboardEvent) => void;
  onPick: (day: string) => void;
}

export function monthGrid(o: MonthGridOptions): TemplateResult {
  const { ui, now } = o.ctx;
  const names = weekdays(ui);
  const weeks = Array.from({ length: 6 }, (_, w) => o.days.slice(w * 7, w * 7 + 7));
  // One listener for the whole grid: a click on a day opens it.
  const click = (event: Event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
    if (cell) o.onPick(cell.dataset.day!);
  };
  return html`<table class="grid" role="grid" aria-labelledby="month-heading" @keydown=${o.onKey} @click=${click}>
    <thead>
      <tr role="row">
        ${names.map((name) => html`<th role="columnheader" scope="col" abbr=${name.long}><span aria-hidden="true"><span class="short">${name.short}</span><span class="narrow">${name.narrow}</span></span><span class="visually-hidden">${name.long}</span></th>`)}
      </tr>
    </thead>
    <tbody>
      ${weeks.map(
        (week) => html`<tr role="row">
          ${week.map((day) => {
            const sessions = o.byDay.get(day) ?? [];
            const outside = monthOf(day) !== o.month;
            const label = `${formatDate(day, ui, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}: ${sessions.length ? datesText(sessions.length, ui) : msg('no dates')}`;
            return html`<td
              role="gridcell"
              class="cell ${outside ? 'outside' : ''} ${day === now.date ? 'today' : ''} ${sessions.length ? 'busy' : ''}"
              data-day=${day}
              tabindex=${day === o.active ? 0 : -1}
              aria-selected=${day === o.selected ? 'true' : 'false'}
              aria-current=${day === now.date ? 'date' : nothing}
            >
              <span class="visually-hidden">${label}${day === now.date ? `, ${msg('today')}` : ''}</span>
              <span class="number" aria-hidden="true">${formatNumber(+day.slice(8), ui)}</span>
              ${sessions.length
                ? html`<ul class="preview" aria-hidden="true">
                    ${sessions.slice(0, PREVIEW).map(
                      ({ entry, occurrence }) =>
                        html`<li class=${occurrence.status}><bdi>${occurrence.start && occurrence.date === day ? `${sessionTimes(occurrence.start, undefined, ui)} ` : ''}${preview(text(entry.offer.title, entry, o.ctx)?.text ?? '')}</bdi></li>`,
                    )}
                    ${sessions.length > PREVIEW ? html`<li class="more">+${formatNumber(sessions.length - PREVIEW, ui)}</li>` : nothing}
                  </ul>`
                : nothing}
            </td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
