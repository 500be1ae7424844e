/**
 * `lotse import csv`: a spreadsheet of offers, one row each, as staff keep
 * it in Excel or LibreOffice. Headings in German or English, one column per
 * language ("Titel", "Titel (ar)", "title_en"); columns whose heading starts
 * with `#` are the office's own notes and are skipped.
 */
import { basename } from 'node:path';
import Papa from 'papaparse';
import { CEFR, KNOWN_AUDIENCES, OFFER_KINDS } from '../core/feed/vocabulary.js';
import type { FeedProblem } from '../core/feed/validate-records.js';
import { emptyDraft, finish, type Finished, type Json } from './build-feed.js';
import { CliError, EXIT, readBytes, type Context } from './io.js';
import { decodeText, type Encoding } from './text-file.js';
import { languageCode, parseCost, parseDate, parseDays, parseHours, parseTime, parseYesNo, slug, splitValues } from './german.js';
import { progress } from './progress.js';
import { textToRich } from './text-to-rich.js';
import type { MessageKey } from './messages.js';

/**
 * Feed fields a column can fill, with the headings that name them (compared without case, spaces
 * and punctuation); the first as the template writes it, for messages that list them.
 */
const COLUMNS = {
  id: ['ID', 'kennung', 'nr', 'nummer'],
  kind: ['Art', 'kind', 'typ', 'angebotsart'],
  title: ['Titel', 'title', 'angebot', 'name'],
  summary: ['Kurzbeschreibung', 'summary', 'kurztext'],
  description: ['Beschreibung', 'description', 'text'],
  keywords: ['Stichwörter', 'stichworte', 'schlagwörter', 'suchbegriffe', 'keywords'],
  organization: ['Träger', 'traeger', 'anbieter', 'organisation', 'organization', 'provider'],
  placeName: ['Ortsname', 'einrichtung', 'veranstaltungsort', 'placename', 'place'],
  street: ['Straße', 'strasse', 'street', 'adresse', 'anschrift'],
  postcode: ['PLZ', 'postleitzahl', 'postcode', 'zip'],
  municipality: ['Ort', 'stadt', 'gemeinde', 'municipality', 'city', 'town'],
  district: ['Ortsteil', 'stadtteil', 'district'],
  wheelchair: ['Barrierefrei', 'rollstuhlgerecht', 'wheelchair'],
  closedUntil: ['Geschlossen bis', 'closeduntil'],
  topics: ['Themen', 'thema', 'topics'],
  audiences: ['Zielgruppen', 'zielgruppe', 'audiences'],
  languages: ['Sprachen', 'sprache', 'languages'],
  cost: ['Kosten', 'preis', 'gebühr', 'cost'],
  contactName: ['Ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'kontakt', 'contact'],
  phone: ['Telefon', 'tel', 'phone'],
  email: ['E-Mail', 'mail'],
  url: ['Webseite', 'website', 'internet', 'url', 'link'],
  hours: ['Öffnungszeiten', 'sprechzeiten', 'hours'],
  start: ['Beginn', 'start', 'startdatum', 'datum', 'date'],
  end: ['Ende', 'end', 'enddatum'],
  startTime: ['Uhrzeit von', 'startzeit', 'starttime', 'von'],
  endTime: ['Uhrzeit bis', 'endzeit', 'endtime', 'bis'],
  days: ['Wochentage', 'tage', 'days', 'weekdays'],
  registrationDeadline: ['Anmeldeschluss', 'registrationdeadline'],
  seats: ['Plätze', 'teilnehmerplätze', 'seats'],
  online: ['Online'],
  childcare: ['Kinderbetreuung', 'childcare'],
  level: ['Niveau', 'sprachniveau', 'level'],
  verified: ['Geprüft am', 'geprüft', 'geprueft', 'stand', 'verified', 'lastchecked'],
} as const;
type Field = keyof typeof COLUMNS;
/** Fields with one column per language. */
const PER_LANGUAGE = new Set<Field>(['title', 'summary', 'description', 'keywords']);

const squash = (heading: string) => heading.toLowerCase().replace(/[\s_\-.:/()]+/g, '');
const BY_HEADING = new Map<string, Field>();
for (const [field, names] of Object.entries(COLUMNS) as [Field, readonly string[]][]) for (const name of names) BY_HEADING.set(squash(name), field);

interface Column {
  index: number;
  heading: string;
  field: Field;
  /** For per-language columns: the language, or undefined for the feed's language. */
  language?: string;
}

/** "Titel", "Titel (ar)", "title_en", "Beschreibung [uk]" -> field and language. */
function columnOf(heading: string, index: number): Column | undefined | 'skip' {
  const clean = heading.trim();
  if (clean === '' || clean.startsWith('#')) return 'skip';
  const tagged = /^(.*?)\s*[([]\s*([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*[)\]]$/.exec(clean) ?? /^(.*?)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(clean);
  if (tagged) {
    const field = BY_HEADING.get(squash(tagged[1]));
    if (field && PER_LANGUAGE.has(field)) return { index, heading: clean, field, language: tagged[2] };
  }
  const field = BY_HEADING.get(squash(clean));
  return field ? { index, heading: clean, field } : undefined;
}

const KINDS: Record<string, string> = {
  beratung: 'service', dienst: 'service', angebot: 'service', kurs: 'course', sprachkurs: 'course', veranstaltung: 'event', termin: 'event',
  gesundheit: 'health', behörde: 'authority', amt: 'authority', netzwerk: 'network', programm: 'programme', projekt: 'programme',
};
const AUDIENCES: Record<string, string> = {
  kinder: 'children', jugendliche: 'youth', 'junge erwachsene': 'young-adults', eltern: 'parents', familien: 'families', erwachsene: 'adults',
  frauen: 'women', männer: 'men', senioren: 'seniors', seniorinnen: 'seniors', geflüchtete: 'refugees', flüchtlinge: 'refugees',
  'eu-zugewanderte': 'eu-newcomers', 'eu-bürger': 'eu-newcomers', fachkräfte: 'professionals', studierende: 'students',
  ehrenamtliche: 'volunteers', alle: 'everyone',
};
const WHEELCHAIR: Record<string, string> = { ja: 'yes', yes: 'yes', teilweise: 'limited', eingeschränkt: 'limited', limited: 'limited', nein: 'no', no: 'no' };

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ';';
}

/** Cells repeat (the same hours, dates, names in many rows): each distinct text is read once. */
function memo<T>(read: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    if (cache.has(raw)) return cache.get(raw)!;
    const value = read(raw);
    // Bounded: a sheet of all-different cells does not grow the cache without end.
    if (cache.size < 20_000) cache.set(raw, value);
    return value;
  };
}

export interface CsvOptions {
  output?: string;
  publisher?: string;
  language: string;
  encoding?: Encoding;
  /** ISO time of the import; tests fix it. */
  now: string;
}

export function importCsv(ctx: Context, file: string, options: CsvOptions): Finished {
  const decoded = decodeText(ctx, file, readBytes(ctx, file), options.encoding);
  if (decoded.encoding !== 'utf-8') ctx.info(ctx.say('readAs', file, decoded.encoding === 'windows-1252' ? 'Windows-1252' : decoded.encoding.toUpperCase()));
  // Papa Parse: forgiving with stray quotes as spreadsheets write them, and fast (10,000 rows in a fraction of a second).
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter: detectDelimiter(decoded.text), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (broken) throw new CliError(ctx.say('csvBroken', file, (broken.row ?? 0) + 1, broken.message), EXIT.unusable);
  // Rows as the spreadsheet program numbers them (the headings are row 1): a cell with line breaks is still one row.
  const rows = parsed.data.map((record, i) => ({ record, line: i + 1 }));
  while (rows.length > 0 && rows[0].record.every((cell) => cell.trim() === '')) rows.shift();
  if (rows.length === 0) throw new CliError(ctx.say('noTitleColumn', file), EXIT.unusable);
  const headings = rows[0].record;
  const columns: Column[] = [];
  const unknown: string[] = [];
  /** "A", "B" … "AA": the column as the spreadsheet names it. */
  const letter = (index: number): string => (index >= 26 ? letter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
  headings.forEach((heading, index) => {
    // A column without a heading is skipped only when it is empty: a typo never loses a column silently.
    if (heading.trim() === '' && rows.some((row, r) => r > 0 && (row.record[index] ?? '').trim() !== '')) {
      throw new CliError(ctx.say('unnamedColumn', file, letter(index)), EXIT.unusable);
    }
    const column = columnOf(heading, index);
    if (column === undefined) unknown.push(heading);
    else if (column !== 'skip') columns.push(column);
  });
  if (unknown.length > 0) {
    const known = [...new Set(Object.values(COLUMNS).map((names) => names[0]))].join(', ');
    throw new CliError(ctx.say('unknownColumns', file, unknown.map((h) => `"${h}"`).join(', '), known), EXIT.unusable);
  }
  // Two headings for one field ("Titel" and "Name"): the later would silently win in every row.
  const byField = new Map<string, Column>();
  for (const c of columns) {
    const key = `${c.field} ${c.language ?? options.language}`;
    const earlier = byField.get(key);
    if (earlier) throw new CliError(ctx.say('sameField', file, earlier.heading, c.heading), EXIT.unusable);
    byField.set(key, c);
  }
  if (!columns.some((c) => c.field === 'title')) throw new CliError(ctx.say('noTitleColumn', file), EXIT.unusable);
  if (!columns.some((c) => c.field === 'verified')) throw new CliError(ctx.say('noVerifiedColumn', file), EXIT.unusable);

  const origin = basename(file);
  const draft = { ...emptyDraft(options.language, options.publisher ?? origin.replace(/\.[^.]+$/, ''), options.now.slice(0, 10)), cells: true };
  const organizations = new Map<string, Json>();
  const places = new Map<string, Json>();
  const topics = new Map<string, Json>();
  const audiences = new Map<string, Json>();
  const ids = new Set<string>();
  /** The line each offer starts on and the heading of each field, to name the cell of a validator problem. */
  const lineOf: number[] = [];
  const headingOf = new Map<string, string>();
  for (const c of columns) if (!headingOf.has(c.field)) headingOf.set(c.field, c.heading);

  const readHours = memo(parseHours);
  const readDate = memo(parseDate);
  const readTime = memo(parseTime);
  const readDays = memo(parseDays);
  const readCost = memo(parseCost);
  const slugOf = memo(slug);
  const bar = progress(ctx, rows.length - 1, 'CSV');
  for (let r = 1; r < rows.length; r++) {
    if (r % 500 === 0) bar.tick(r);
    const { record, line } = rows[r];
    if (record.every((cell) => cell.trim() === '')) continue;
    const cells = new Map<Field, string>();
    const texts = new Map<Field, Record<string, string>>();
    for (const c of columns) {
      const value = (record[c.index] ?? '').trim();
      if (value === '') continue;
      if (PER_LANGUAGE.has(c.field)) {
        const byLanguage = texts.get(c.field) ?? {};
        byLanguage[c.language ?? options.language] = value;
        texts.set(c.field, byLanguage);
      } else cells.set(c.field, value);
    }
    /** A cell that could not be read: named, and its field left out. */
    const bad = (field: Field, expect: MessageKey, value: string) =>
      draft.problems.push({ where: ctx.say('lineColumn', line, headingOf.get(field) ?? field), message: ctx.say('cellUnreadable', ctx.say(expect), value), leftOut: false });
    const read = <T>(field: Field, parser: (raw: string) => T | undefined, expect: MessageKey): T | undefined => {
      const raw = cells.get(field);
      if (raw === undefined) return undefined;
      const value = parser(raw);
      if (value === undefined) bad(field, expect, raw);
      return value;
    };
    const textOf = (field: Field) => {
      const byLanguage = texts.get(field);
      if (!byLanguage) return undefined;
      const keys = Object.keys(byLanguage);
      return keys.length === 1 && keys[0] === options.language ? byLanguage[keys[0]] : byLanguage;
    };

    const title = textOf('title');
    const mainTitle = typeof title === 'string' ? title : title ? (title[options.language] ?? Object.values(title)[0]) : '';
    // An id made from the title is numbered when two titles are alike; one written in the sheet stays
    // as written, so a second row with it is reported as a duplicate (by the validator, with its row).
    const written = cells.get('id');
    let id = written ?? slug(mainTitle || `zeile-${line}`);
    if (written === undefined) for (let n = 2; ids.has(id); n++) id = `${slug(mainTitle || `zeile-${line}`)}-${n}`;
    ids.add(id);

    const offer: Json = { id };
    const kindRaw = cells.get('kind');
    if (kindRaw !== undefined) {
      const key = kindRaw.toLowerCase();
      const kind = (OFFER_KINDS as readonly string[]).includes(key) ? key : Object.hasOwn(KINDS, key) ? KINDS[key] : undefined;
      if (kind) offer.kind = kind;
      else bad('kind', 'expect.kind', kindRaw);
    }
    offer.kind ??= cells.has('start') ? 'event' : 'service';
    if (title) offer.title = title;
    const summary = textOf('summary');
    if (summary) offer.summary = summary;
    const description = textOf('description');
    if (description) {
      offer.description = description;
      // Lists and links typed into the cell become formatted text beside the plain one.
      const byLanguage = typeof description === 'string' ? { [options.language]: description } : description;
      const rich = Object.entries(byLanguage).flatMap(([language, value]) => {
        const blocks = textToRich(value);
        return blocks ? [[language, blocks] as const] : [];
      });
      if (rich.length) offer.richDescription = typeof description === 'string' ? rich[0][1] : Object.fromEntries(rich);
    }
    const keywords = texts.get('keywords');
    if (keywords) {
      const lists = Object.fromEntries(Object.entries(keywords).map(([l, v]) => [l, splitValues(v)]));
      offer.keywords = Object.keys(lists).length === 1 && lists[options.language] ? lists[options.language] : lists;
    }

    const orgName = cells.get('organization');
    if (orgName) {
      const orgId = `org-${slugOf(orgName)}`;
      if (!organizations.has(orgId)) organizations.set(orgId, { id: orgId, name: orgName, source: { importer: 'csv', origin, imported: options.now, ref: `row ${line}` } });
      offer.organization = orgId;
    }

    const postcode = cells.get('postcode');
    const municipality = cells.get('municipality');
    if (postcode || municipality || cells.has('street')) {
      const street = cells.get('street');
      const placeId = `ort-${slugOf([cells.get('placeName'), street, postcode, municipality].filter(Boolean).join(' '))}`;
      if (!places.has(placeId)) {
        const place: Json = { id: placeId };
        if (cells.get('placeName')) place.name = cells.get('placeName');
        place.address = { ...(street ? { street } : {}), postcode: postcode ?? '', municipality: municipality ?? '', ...(cells.get('district') ? { district: cells.get('district') } : {}) };
        const wheelchair = read('wheelchair', (raw) => (Object.hasOwn(WHEELCHAIR, raw.toLowerCase()) ? WHEELCHAIR[raw.toLowerCase()] : undefined), 'expect.yesno');
        if (wheelchair) place.wheelchair = wheelchair;
        const closedUntil = read('closedUntil', readDate, 'expect.cellDate');
        if (closedUntil) place.closure = { until: closedUntil };
        place.source = { importer: 'csv', origin, imported: options.now, ref: `row ${line}` };
        places.set(placeId, place);
      }
      offer.places = [placeId];
    }

    const topicIds: string[] = [];
    for (const label of splitValues(cells.get('topics') ?? '')) {
      const topicId = slugOf(label);
      if (!topics.has(topicId)) topics.set(topicId, { id: topicId, label });
      topicIds.push(topicId);
    }
    if (topicIds.length) offer.topics = [...new Set(topicIds)];
    const audienceIds: string[] = [];
    for (const label of splitValues(cells.get('audiences') ?? '')) {
      const key = label.toLowerCase();
      const known = (KNOWN_AUDIENCES as readonly string[]).includes(key) ? key : Object.hasOwn(AUDIENCES, key) ? AUDIENCES[key] : undefined;
      const audienceId = known ?? slug(label);
      if (!known && !audiences.has(audienceId)) audiences.set(audienceId, { id: audienceId, label });
      audienceIds.push(audienceId);
    }
    if (audienceIds.length) offer.audiences = [...new Set(audienceIds)];
    const languagesRaw = cells.get('languages');
    if (languagesRaw) {
      const codes = splitValues(languagesRaw).map((name) => [name, languageCode(name)] as const);
      for (const [name, code] of codes) if (!code) bad('languages', 'expect.languageName', name);
      const known = codes.flatMap(([, code]) => (code ? [code] : []));
      if (known.length) offer.languages = [...new Set(known)];
    }
    const cost = read('cost', readCost, 'expect.cost');
    if (cost) offer.cost = cost;
    const contact: Json = {};
    if (cells.get('contactName')) contact.name = cells.get('contactName');
    if (cells.get('phone')) contact.phone = cells.get('phone');
    if (cells.get('email')) contact.email = cells.get('email');
    if (Object.keys(contact).length) offer.contact = contact;
    if (cells.get('url')) offer.url = cells.get('url');
    const hours = read('hours', readHours, 'expect.hours');
    if (hours) offer.hours = hours;

    const schedule: Json = {};
    const start = read('start', readDate, 'expect.cellDate');
    const end = read('end', readDate, 'expect.cellDate');
    const startTime = read('startTime', readTime, 'expect.cellTime');
    const endTime = read('endTime', readTime, 'expect.cellTime');
    const days = read('days', readDays, 'expect.days');
    const deadline = read('registrationDeadline', readDate, 'expect.cellDate');
    const seats = read('seats', (raw) => (/^\d+$/.test(raw) ? Number(raw) : undefined), 'expect.integer');
    if (start) schedule.start = start;
    if (end) schedule.end = end;
    if (startTime) schedule.startTime = startTime;
    if (endTime) schedule.endTime = endTime;
    if (days) schedule.weekly = { days };
    if (deadline) schedule.registrationDeadline = deadline;
    if (seats !== undefined) schedule.seats = seats;
    if (Object.keys(schedule).length) offer.schedule = schedule;
    for (const field of ['online', 'childcare'] as const) {
      const value = read(field, parseYesNo, 'expect.yesno');
      if (value !== undefined) offer[field] = value;
    }
    const level = read('level', (raw) => {
      const [from, to = from] = raw.toUpperCase().split(/\s*(?:-|–|bis)\s*/);
      return (CEFR as readonly string[]).includes(from) && (CEFR as readonly string[]).includes(to) ? { from, to } : undefined;
    }, 'expect.level');
    if (level) offer.level = level;
    const verifiedRaw = cells.get('verified');
    if (verifiedRaw !== undefined) offer.verified = readDate(verifiedRaw) ?? verifiedRaw;
    offer.source = { importer: 'csv', origin, imported: options.now, ref: `row ${line}` };
    lineOf[draft.offers.length] = line;
    draft.offers.push(offer);
  }
  bar.stop();
  draft.organizations.push(...organizations.values());
  draft.places.push(...places.values());
  draft.topics.push(...topics.values());
  draft.audiences.push(...audiences.values());

  /** Validator problems named by the spreadsheet's line and column. */
  const FIELD_TO_COLUMN: [RegExp, Field][] = [
    [/^title/, 'title'], [/^summary/, 'summary'], [/^description/, 'description'], [/^verified/, 'verified'], [/^kind/, 'kind'],
    [/^contact\.phone/, 'phone'], [/^contact\.email/, 'email'], [/^contact\.name/, 'contactName'], [/^url/, 'url'], [/^id$/, 'id'],
    [/^address\.postcode/, 'postcode'], [/^address\.municipality/, 'municipality'], [/^address\.street/, 'street'], [/^schedule/, 'start'],
  ];
  const locate = (problem: FeedProblem, record: Json | undefined) => {
    const ref = (record?.source as Json | undefined)?.ref;
    const line = problem.collection === 'offers' ? lineOf[problem.index] : typeof ref === 'string' ? Number(/\d+/.exec(ref)?.[0]) || undefined : undefined;
    const field = FIELD_TO_COLUMN.find(([re]) => re.test(problem.field))?.[1];
    const heading = field ? headingOf.get(field) : undefined;
    const at = line !== undefined ? (heading ? ctx.say('lineColumn', line, heading) : ctx.say('line', line)) : typeof ref === 'string' ? ref : `${problem.collection}[${problem.index}]`;
    return heading || !problem.field ? at : `${at}, ${problem.field}`;
  };
  return finish(ctx, draft, locate);
}
