/**
 * Albanian words (CLDR) for browsers whose Intl has no Albanian (Chrome,
 * Edge): dates in German order and digits with Albanian month and weekday
 * names ("e martë, 15 dhjetor 2026", "18:00"), as Albanian writes them too;
 * lists with "dhe" and "ose"; the names of the languages feeds use most.
 * Loads with the Albanian UI strings and imports nothing (see `LocaleWords`).
 */
const months = ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'];
const monthsShort = ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'];
/** Sunday first, as `Date.getUTCDay()`. */
const weekdays = {
  long: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
  short: ['die', 'hën', 'mar', 'mër', 'enj', 'pre', 'sht'],
  narrow: ['d', 'h', 'm', 'm', 'e', 'p', 'sh'],
};
const letter = /\p{L}/u;
/** Per time zone, a formatter that writes a day as 2026-12-15 (made once: a formatter with a zone is costly to make). */
const days = new Map<string, Intl.DateTimeFormat>();
const dayIn = (timeZone: string) => {
  let format = days.get(timeZone);
  if (!format) days.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format;
};

export default {
  proxy: 'de',
  date(parts: Intl.DateTimeFormatPart[], date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
    // The day in the zone the date is shown in: a plain day is noon UTC already; a timestamp late in the evening UTC is the next day in Berlin.
    const [year, month, day] = timeZone === 'UTC' ? [] : dayIn(timeZone).format(date).split('-').map(Number);
    const shown = timeZone === 'UTC' ? date : new Date(Date.UTC(year, month - 1, day));
    const long = options.dateStyle === 'long' || options.dateStyle === 'full';
    return parts
      .map(({ type, value }, i) => {
        if (type === 'month' && letter.test(value)) return (options.month === 'long' || long ? months : monthsShort)[shown.getUTCMonth()];
        if (type === 'weekday') return weekdays[options.weekday === 'narrow' || options.weekday === 'short' ? options.weekday : 'long'][shown.getUTCDay()];
        // German's "15." before a month name.
        if (type === 'literal' && parts[i - 1]?.type === 'day' && parts[i + 1]?.type === 'month' && letter.test(parts[i + 1].value)) return ' ';
        return value;
      })
      .join('');
  },
  joiner: (literal: string) => literal.replace(' und ', ' dhe ').replace(' oder ', ' ose '),
  names: {
    de: 'gjermanisht', en: 'anglisht', ar: 'arabisht', tr: 'turqisht', uk: 'ukrainisht', ru: 'rusisht', pl: 'polonisht',
    ro: 'rumanisht', bg: 'bullgarisht', fa: 'persisht', sq: 'shqip', vi: 'vietnamisht', fr: 'frëngjisht',
    es: 'spanjisht', it: 'italisht', pt: 'portugalisht', nl: 'holandisht', el: 'greqisht', hr: 'kroatisht', sr: 'serbisht',
    bs: 'boshnjakisht', mk: 'maqedonisht', hu: 'hungarisht', cs: 'çekisht', ku: 'kurdisht', ckb: 'kurdishte qendrore',
    ps: 'pashtoisht', ur: 'urduisht', hi: 'indisht', ti: 'tigrinjaisht', am: 'amarisht', so: 'somalisht',
    ka: 'gjeorgjisht', hy: 'armenisht', zh: 'kinezisht',
  } as Record<string, string>,
};
