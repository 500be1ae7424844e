import '../../src/components/course-calendar/define.js';
import { LotseCourseCalendar } from '../../src/components/course-calendar/course-calendar.js';
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
