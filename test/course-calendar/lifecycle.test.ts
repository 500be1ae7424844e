import '../../src/components/course-calendar/define.js';
import { LotseCourseCalendar } from '../../src/components/course-calendar/course-calendar.js';
import { expect } from '@esm-bundle/chai';
import { calendarFacets } from '../../src/components/course-calendar/course-facets.js';
import { berlinNow } from '../../src/core/time/berlin.js';
import { feedWidgetSuite } from '../helpers/feed-widget-suite.js';

// Feed A has one offer with dates (a weekly language café), feed B none.
feedWidgetSuite({
  tag: 'lotse-course-calendar',
  element: LotseCourseCalendar,
  content: '#results-heading',
  markerA: '1 course or event',
  markerB: '0 courses and events',
  attributes: 'no-url-sync',
});

describe('a calendar made late in the evening', () => {
  it('keeps the shared facet list of Berlin\'s day, so the counting table is not built again', () => {
    // 23:30 UTC on 7 December is already 8 December in Berlin.
    const at = Date.UTC(2026, 11, 7, 23, 30);
    const today = berlinNow(new Date(at)).date;
    expect(today).to.equal('2026-12-08');
    const before = calendarFacets(today);
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args: unknown[]) {
        super(...((args.length ? args : [at]) as [number]));
      }
      static override now() {
        return at;
      }
    } as DateConstructor;
    try {
      document.createElement('lotse-course-calendar');
    } finally {
      globalThis.Date = RealDate;
    }
    expect(calendarFacets(today)).to.equal(before);
  });
});
