// FullCalendar 6 (core, day grid, list), what a town would pick instead of <lotse-course-calendar>,
// built like Lotse for the same page, so bench/calendar.mjs measures both in the same run.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';

/** Renders a month grid of `events` into `host` and resolves when it is on screen, with the calendar. */
window.fullCalendarMonth = async (host, events, month) => {
  const calendar = new Calendar(host, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: 'dayGridMonth',
    initialDate: `${month}-01`,
    firstDay: 1,
    locale: 'de',
    headerToolbar: { start: 'prev,next today', center: 'title', end: 'dayGridMonth,listMonth' },
    events,
  });
  calendar.render();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  window.fullCalendar = calendar;
  return calendar;
};
