/** Registers `<lotse-course-calendar>` (unless that tag is already taken); `.ics` addresses in any widget's `src` are read from now on. */
import { acceptIcsSources } from '../../core/calendar/ics-source.js';
import { defineElement } from '../../core/lotse-element.js';
import { LotseCourseCalendar } from './course-calendar.js';

acceptIcsSources();
defineElement('lotse-course-calendar', LotseCourseCalendar);

export { LotseCourseCalendar };
export type { CalendarResultsDetail, CalendarView, CourseCalendarFilters, CourseSelectDetail } from './course-calendar.js';
