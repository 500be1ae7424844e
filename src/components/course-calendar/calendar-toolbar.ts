/**
 * The bar above the dates: the view (list or month), in the list the
 * grouping (by day or week), the download of the dates shown and the
 * feed's calendars to subscribe to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../core/locale/localize.js';
import type { OfferContext } from '../../core/ui/offer-parts.js';
import { feedCalendars, subscribeList } from './calendar-links.js';
import type { CalendarView } from './calendar-view.js';

export interface ToolbarOptions {
  ctx: OfferContext;
  view: CalendarView;
  group: 'day' | 'week';
  /** Whether any dates are shown (to download). */
  any: boolean;
  setView: (view: CalendarView) => void;
  setGroup: (group: 'day' | 'week') => void;
  download: () => void;
}

const pressed = (on: boolean) => String(on);

export function calendarToolbar({ ctx, view, group, any, setView, setGroup, download }: ToolbarOptions): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <div class="views" role="group" aria-label=${msg('View')}>
      <button type="button" class="secondary" aria-pressed=${pressed(view === 'agenda')} @click=${() => setView('agenda')}>${msg('List')}</button>
      <button type="button" class="secondary" aria-pressed=${pressed(view === 'month')} @click=${() => setView('month')}>${msg('Month')}</button>
    </div>
    ${view === 'agenda'
      ? html`<div class="views" role="group" aria-label=${msg('Group the dates')}>
          <button type="button" class="secondary" aria-pressed=${pressed(group === 'day')} @click=${() => setGroup('day')}>${msg('By day')}</button>
          <button type="button" class="secondary" aria-pressed=${pressed(group === 'week')} @click=${() => setGroup('week')}>${msg('By week')}</button>
        </div>`
      : nothing}
    ${any ? html`<button type="button" class="secondary download" @click=${download}>${msg('Download these dates (.ics file)')}</button>` : nothing}
    ${subscribeList(feedCalendars(ctx.catalog), ctx.requested)}
  </div>`;
}
