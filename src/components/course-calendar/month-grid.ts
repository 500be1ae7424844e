/**
 * The month as a WAI-ARIA grid: weeks from Monday, one focusable day at a
 * time (roving tabindex), arrows move by a day or a week (mirrored right to
 * left), Home and End to the week's ends, PageUp and PageDown by a month
 * (with Shift by a year), Enter or Space opens the day. Today is marked.
 * Each day names its date and how many sessions it has; the titles in the
 * cell are a preview, the day's list (Enter) has them all.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../../core/locale/localize.js';
import { formatDate, formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { dayNumber, isoDay, weekdayOf } from '../../core/time/berlin.js';
import { text, type OfferContext } from '../../core/ui/offer-parts.js';
import { openFromList, sessionLine, sessionTimes, type Open } from './agenda.js';
import { addMonths, monthOf, sameDayIn, type Session } from './calendar-data.js';
import type { Shown } from './calendar-view.js';
import { weekdayNames } from '../../core/locale/weekday-names.js';
import { clauseSeparator } from './pattern-text.js';

/** Titles previewed in a cell; the rest are "+n". */
const PREVIEW = 3;

/** A title cut for a cell, where a line shows a few words: long titles would only cost time to lay out. */
const preview = (title: string) => (title.length > 40 ? `${title.slice(0, 39)}…` : title);

const dayNames = new Map<string, string>();

/** "Montag, 4. Januar 2027", made once per locale and day: a grid names 42 days at each month. */
function dayName(day: string, ui: string): string {
  const key = `${ui}|${day}`;
  let name = dayNames.get(key);
  if (name === undefined) {
    if (dayNames.size > 1000) dayNames.clear();
    dayNames.set(key, (name = formatDate(day, ui, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })));
  }
  return name;
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
  const { ui } = o.ctx;
  const [narrow, short, long] = [weekdayNames(ui, 'narrow'), weekdayNames(ui, 'short'), weekdayNames(ui, 'long')];
  const weeks = Array.from({ length: 6 }, (_, w) => o.days.slice(w * 7, w * 7 + 7));
  // One listener for the whole grid: a click on a day opens it.
  const click = (event: Event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
    if (cell) o.onPick(cell.dataset.day!);
  };
  return html`<table class="grid" role="grid" aria-labelledby="month-heading" aria-describedby="grid-hint" @keydown=${o.onKey} @click=${click}>
    <thead>
      <tr role="row">
        ${long.map((name, i) => html`<th role="columnheader" scope="col" abbr=${name}><span aria-hidden="true"><span class="short">${short[i]}</span><span class="narrow">${narrow[i]}</span></span><span class="visually-hidden">${name}</span></th>`)}
      </tr>
    </thead>
    <tbody>
      ${weeks.map((week) => html`<tr role="row">${week.map((day) => dayCell(day, o))}</tr>`)}
    </tbody>
  </table>`;
}

const NONE: Session[] = [];

/**
 * One day: its date, number of dates and "today" for screen readers, its
 * number and a preview of its titles for the eyes. Drawn again only when
 * something it shows changed: moving the focus within a month touches two
 * cells, not 42.
 */
function dayCell(day: string, o: MonthGridOptions) {
  const { ui, now } = o.ctx;
  const sessions = o.byDay.get(day) ?? NONE;
  const active = day === o.active;
  const selected = day === o.selected;
  return guard([day, sessions, o.month, active, selected, now.date, ui, o.ctx.texts], () => {
    const today = day === now.date;
    const label = `${dayName(day, ui)}: ${sessions.length ? datesText(sessions.length, ui) : msg('no dates')}${today ? `${clauseSeparator(ui)}${msg('today')}` : ''}`;
    return html`<td
      role="gridcell"
      class="cell ${monthOf(day) !== o.month ? 'outside' : ''} ${today ? 'today' : ''} ${sessions.length ? 'busy' : ''}"
      data-day=${day}
      tabindex=${active ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-current=${today ? 'date' : nothing}
    >
      <span class="visually-hidden">${label}</span>
      <span class="number" aria-hidden="true">${formatNumber(+day.slice(8), ui)}</span>
      ${sessions.length
        ? html`<ul class="preview" aria-hidden="true">
            ${sessions.slice(0, PREVIEW).map(
              ({ entry, occurrence }) => {
                const title = text(entry.offer.title, entry, o.ctx);
                // Each line in the direction of its title (not of the time before it), so a German title in an Arabic grid is cut at its end.
                const time = occurrence.start && occurrence.date === day ? `${sessionTimes(occurrence.start, undefined, ui)} ` : '';
                return html`<li class=${occurrence.status} dir=${title?.dir ?? 'auto'}>${time + preview(title?.text ?? '')}</li>`;
              },
            )}
            ${sessions.length > PREVIEW ? html`<li class="more">+${formatNumber(sessions.length - PREVIEW, ui)}</li>` : nothing}
          </ul>`
        : nothing}
    </td>`;
  });
}

export interface MonthViewOptions {
  /** The month, its 42 days, their sessions and the number that begin in the month. */
  shown: Pick<Shown, 'month' | 'days' | 'byDay' | 'dates'>;
  ctx: OfferContext;
  /** The day from the URL, if any. */
  askedDay: string;
  /** The day the resident moved to with the keyboard, if any. */
  activeDay: string;
  /** `focusDay`: the day that gets focus (the button that asked may be gone in the new month). */
  goToMonth: (month: string, focusDay?: string) => void;
  onKey: (event: KeyboardEvent) => void;
  onPick: (day: string) => void;
  onOpen: Open;
  onCloseDay: () => void;
}

/** The month with its navigation, its grid and the open day's sessions. */
export function monthView(o: MonthViewOptions): TemplateResult {
  const { ui, now } = o.ctx;
  const { shown } = o;
  const { month } = shown;
  // A day from a link counts only when it is a real day of the month shown (not 30 February).
  const selected = o.askedDay && monthOf(o.askedDay) === month && shown.days.includes(o.askedDay) ? o.askedDay : '';
  const today = now.date;
  const active = (o.activeDay && monthOf(o.activeDay) === month && o.activeDay) || selected || (monthOf(today) === month ? today : `${month}-01`);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  return html`<div class="month" part="month">
    <div class="month-bar">
      <button type="button" class="secondary previous" aria-label=${msg(str`Previous month: ${monthTitle(previous, ui)}`)} @click=${() => o.goToMonth(previous)}>
        <span aria-hidden="true">‹</span>
      </button>
      <h3 id="month-heading" aria-live="off">${monthTitle(month, ui)}</h3>
      <button type="button" class="secondary next" aria-label=${msg(str`Next month: ${monthTitle(next, ui)}`)} @click=${() => o.goToMonth(next)}>
        <span aria-hidden="true">›</span>
      </button>
      ${monthOf(today) !== month ? html`<button type="button" class="link today" @click=${() => o.goToMonth(monthOf(today), today)}>${msg('This month')}</button>` : nothing}
    </div>
    <p class="hint" id="grid-hint">${msg('Arrow keys move between days, Page Up and Page Down between months; Enter shows the dates of a day.')}</p>
    ${monthGrid({ month, days: shown.days, byDay: shown.byDay, ctx: o.ctx, active, selected, onKey: o.onKey, onPick: o.onPick })}
    ${shown.dates === 0 ? html`<p>${msg(str`No dates in ${monthTitle(shown.month, ui)}.`)}</p>` : nothing}
    ${selected ? dayPanel(selected, shown.byDay.get(selected) ?? [], o) : nothing}
  </div>`;
}

/** The sessions of the open day, below the grid. */
function dayPanel(day: string, sessions: Session[], o: MonthViewOptions): TemplateResult {
  const { ctx } = o;
  return html`<section class="day-panel" part="day" aria-labelledby="day-heading" @click=${(event: Event) => openFromList(event, ctx.catalog, o.onOpen)}>
    <h3 id="day-heading" tabindex="-1">${msg(str`Dates on ${formatDate(day, ctx.ui, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}`)}</h3>
    ${sessions.length ? html`<ul class="plain sessions">${sessions.map((s) => sessionLine(s, ctx, true))}</ul>` : html`<p>${msg('No dates on this day.')}</p>`}
    <p><button type="button" class="link close-day" @click=${o.onCloseDay}>${msg('Back to the month')}</button></p>
  </section>`;
}
