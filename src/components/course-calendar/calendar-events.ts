/** The calendar's events and their details. */
import type { Offer } from '../../core/feed/schema.js';
import type { CourseCalendarFilters } from './calendar-view.js';

export interface CourseSelectDetail {
  key: string;
  offer: Offer;
}

export interface CalendarResultsDetail {
  total: number;
}

/** The calendar's events: `lotse-filter-change` and `lotse-results-change` carry its own details here (the finder fires them too). */
export interface CourseCalendarEvents {
  'lotse-course-select': CustomEvent<CourseSelectDetail>;
  'lotse-filter-change': CustomEvent<CourseCalendarFilters>;
  'lotse-results-change': CustomEvent<CalendarResultsDetail>;
}
