/**
 * `lotse import hsds`: Open Referral HSDS 3 service directories, as JSON
 * (a list of services with their nested objects, or `{ "services": [...] }`)
 * or as the CSV data package (one table per object, joined by `*_id`).
 * What real directories hold and Lotse cannot use is named and left out:
 * coordinates outside the globe, keys that point nowhere, times with
 * seconds or zones are read as local wall-clock times, lower-case currency
 * codes are upper-cased.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { WEEKDAYS } from '../core/feed/vocabulary.js';
import { emptyDraft, finish, type Finished, type Json } from './build-feed.js';
import { CliError, EXIT, fileError, readBytes, type Context } from './io.js';
import { decodeText } from './text-file.js';
import { htmlToRich } from './html-to-rich.js';
import { languageCode } from './german.js';
import { parseCheckedDate, sourceOf, validId } from './import-common.js';
import { progress } from './progress.js';

type Row = Record<string, unknown>;

const TABLES = ['organizations', 'services', 'locations', 'service_at_locations', 'addresses', 'phones', 'schedules', 'languages', 'cost_options'] as const;
type Table = (typeof TABLES)[number];

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const list = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((v): v is Row => !!v && typeof v === 'object' && !Array.isArray(v)) : []);

/** Reads a CSV table of the data package as rows keyed by heading; a table that is not there is empty. */
function readTable(ctx: Context, dir: string, table: Table): Row[] {
  const file = join(dir, `${table}.csv`);
  if (!existsSync(file)) return [];
  const { text } = decodeText(ctx, file, readBytes(ctx, file));
  const parsed = Papa.parse<Row>(text, { header: true, transformHeader: (h) => h.trim().toLowerCase(), skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.code === 'MissingQuotes');
  // Row numbers count from the first row after the headings.
  if (broken) throw new CliError(ctx.say('csvBroken', file, (broken.row ?? 0) + 2, broken.message), EXIT.unusable);
  return parsed.data;
}

/** `"0221 123"`, `'0221 123`, `+49 (0)221 123` -> the number as the feed writes it. */
function cleanPhone(raw: string): string {
  return raw.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
}

/** `10:00`, `10:00:00`, `10:00Z`, `09:00-05:00` -> `HH:MM` (the wall-clock time the directory shows). */
function clock(raw: string): string | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  return m ? `${m[1]}:${m[2]}` : undefined;
}

const BYDAY: Record<string, string> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };

export function importHsds(ctx: Context, input: string, options: { publisher?: string; language: string; now: string }): Finished {
  let isDir: boolean;
  try {
    isDir = statSync(input).isDirectory();
  } catch (error) {
    throw new CliError(ctx.say('unreadable', input, fileError(ctx, error)), EXIT.unusable);
  }
  const origin = basename(input);
  const draft = emptyDraft(options.language, options.publisher ?? origin.replace(/\.[^.]+$/, ''), options.now.slice(0, 10));
  const problem = (where: string, message: string, leftOut = false) => draft.problems.push({ where, message, leftOut });

  // Everything as nested services, whichever form came in.
  let services: Row[];
  const organizations = new Map<string, Row>();
  const locations = new Map<string, Row>();
  if (isDir) {
    const t = Object.fromEntries(TABLES.map((table) => [table, readTable(ctx, input, table)])) as Record<Table, Row[]>;
    if (t.services.length === 0) throw new CliError(ctx.say('unreadable', join(input, 'services.csv'), 'ENOENT'), EXIT.unusable);
    for (const o of t.organizations) organizations.set(str(o.id), o);
    for (const l of t.locations) locations.set(str(l.id), { ...l, addresses: [], phones: [], schedules: [] });
    const serviceIds = new Set(t.services.map((s) => str(s.id)));
    const byService = (table: Table, row: Row) => {
      const id = str(row.service_id);
      if (!id) return false;
      if (!serviceIds.has(id)) problem(`${table}.csv (id ${str(row.id)})`, `service_id "${id}": ${ctx.say('reason.reference')}`);
      return true;
    };
    const attach = (table: Table, key: 'phones' | 'schedules' | 'languages' | 'cost_options' | 'service_at_locations') => {
      const grouped = new Map<string, Row[]>();
      for (const row of t[table]) {
        if (table !== 'service_at_locations' && !str(row.service_id) && str(row.location_id)) {
          const location = locations.get(str(row.location_id));
          if (location && (key === 'phones' || key === 'schedules')) (location[key] as Row[]).push(row);
          else if (!location) problem(`${table}.csv (id ${str(row.id)})`, `location_id "${str(row.location_id)}": ${ctx.say('reason.reference')}`);
          continue;
        }
        if (!byService(table, row)) continue;
        const id = str(row.service_id);
        grouped.set(id, [...(grouped.get(id) ?? []), row]);
      }
      return (id: string) => grouped.get(id) ?? [];
    };
    for (const address of t.addresses) {
      const location = locations.get(str(address.location_id));
      if (location) (location.addresses as Row[]).push(address);
      else problem(`addresses.csv (id ${str(address.id)})`, `location_id "${str(address.location_id)}": ${ctx.say('reason.reference')}`);
    }
    const phones = attach('phones', 'phones');
    const schedules = attach('schedules', 'schedules');
    const languages = attach('languages', 'languages');
    const costs = attach('cost_options', 'cost_options');
    const atLocations = attach('service_at_locations', 'service_at_locations');
    services = t.services.map((s) => {
      const id = str(s.id);
      return {
        ...s,
        phones: phones(id),
        schedules: schedules(id),
        languages: languages(id),
        cost_options: costs(id),
        service_at_locations: atLocations(id).map((link) => ({ ...link, location: locations.get(str(link.location_id)) })),
      };
    });
  } else {
    const { text } = decodeText(ctx, input, readBytes(ctx, input));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CliError(ctx.say('notJsonAnywhere', input, (error as Error).message), EXIT.unusable);
    }
    const root = json as Row;
    services = Array.isArray(json) ? list(json) : list(root?.services ?? root?.contents);
    if (services.length === 0) throw new CliError(ctx.say('unusable', input, 'services: []'), EXIT.unusable);
    for (const o of list(root?.organizations)) organizations.set(str(o.id), o);
    for (const s of services) if (s.organization && typeof s.organization === 'object') organizations.set(str((s.organization as Row).id), s.organization as Row);
  }

  const places = new Map<string, Json>();
  const orgRecords = new Map<string, Json>();
  const ref = (kind: string, id: string) => `${kind} ${id}`;

  const hoursOf = (schedules: Row[], where: string): Json | undefined => {
    const regular: Json[] = [];
    for (const s of schedules) {
      const freq = str(s.freq).toUpperCase();
      const days = str(s.byday).toUpperCase().split(/\s*,\s*/).filter(Boolean);
      const opens = clock(str(s.opens_at));
      const closes = clock(str(s.closes_at));
      if ((freq && freq !== 'WEEKLY') || days.length === 0 || days.some((d) => !Object.hasOwn(BYDAY, d)) || !opens || !closes || closes <= opens) {
        problem(`${where}, schedules (id ${str(s.id)})`, `${ctx.say('reason.format')} (freq=${freq || '-'}, byday=${str(s.byday) || '-'}, opens_at=${str(s.opens_at) || '-'}, closes_at=${str(s.closes_at) || '-'})`);
        continue;
      }
      regular.push({ days: WEEKDAYS.filter((d) => days.some((x) => BYDAY[x] === d)), opens, closes });
    }
    return regular.length ? { regular } : undefined;
  };

  const placeOf = (location: Row, where: string): string | undefined => {
    const id = validId(str(location.id), 'ort');
    if (places.has(id)) return id;
    const addresses = list(location.addresses);
    const address = addresses.find((a) => str(a.address_type) === 'physical') ?? addresses[0];
    if (!address) {
      problem(`${where}, location ${str(location.id)}`, `address: ${ctx.say('reason.missing')}`, true);
      return undefined;
    }
    const place: Json = {
      id,
      ...(str(location.name) ? { name: str(location.name) } : {}),
      address: {
        ...(str(address.address_1) ? { street: [str(address.address_1), str(address.address_2)].filter(Boolean).join(', ') } : {}),
        postcode: str(address.postal_code),
        municipality: str(address.city),
      },
    };
    const lat = Number(location.latitude);
    const lon = Number(location.longitude);
    if (str(location.latitude) !== '' || str(location.longitude) !== '') {
      if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) place.geo = { lat, lon };
      else problem(`locations (id ${str(location.id)})`, `latitude/longitude ${str(location.latitude)}, ${str(location.longitude)}: ${ctx.say('reason.range')}`);
    }
    const hours = hoursOf(list(location.schedules), `locations (id ${str(location.id)})`);
    if (hours) place.hours = hours;
    place.source = sourceOf('hsds', origin, options.now, ref('location', str(location.id)));
    places.set(id, place);
    return id;
  };

  const bar = progress(ctx, services.length, 'HSDS');
  let done = 0;
  for (const service of services) {
    if (++done % 200 === 0) bar.tick(done);
    const serviceId = str(service.id);
    const where = `services (id ${serviceId})`;
    const status = str(service.status).toLowerCase();
    if (status === 'inactive' || status === 'defunct') {
      problem(where, `status "${status}"`, true);
      continue;
    }
    const offer: Json = { id: validId(serviceId, 'angebot'), kind: 'service' };
    if (str(service.name)) offer.title = str(service.name);
    const description = htmlToRich(str(service.description));
    const eligibility = str(service.eligibility_description);
    const blocks = [...(description.rich ?? []), ...(eligibility ? [{ k: 'p' as const, c: [eligibility] }] : [])];
    const plain = [description.plain, eligibility].filter(Boolean).join('\n\n');
    if (plain) offer.description = plain;
    if (description.rich) offer.richDescription = blocks;

    const orgId = str(service.organization_id) || str((service.organization as Row | undefined)?.id);
    if (orgId) {
      const org = organizations.get(orgId);
      if (!org) problem(where, `organization_id "${orgId}": ${ctx.say('reason.reference')}`);
      else {
        const id = validId(orgId, 'org');
        if (!orgRecords.has(id)) {
          const contact: Json = {};
          if (str(org.email)) contact.email = str(org.email);
          if (str(org.website)) contact.url = str(org.website);
          orgRecords.set(id, {
            id,
            name: str(org.name),
            ...(htmlToRich(str(org.description)).plain ? { description: htmlToRich(str(org.description)).plain } : {}),
            ...(Object.keys(contact).length ? { contact } : {}),
            source: sourceOf('hsds', origin, options.now, ref('organization', orgId)),
          });
        }
        offer.organization = id;
      }
    }

    const placeIds: string[] = [];
    for (const link of list(service.service_at_locations)) {
      const location = (link.location as Row | undefined) ?? locations.get(str(link.location_id));
      if (!location) {
        problem(where, `service_at_locations location_id "${str(link.location_id)}": ${ctx.say('reason.reference')}`);
        continue;
      }
      const id = placeOf(location, where);
      if (id) placeIds.push(id);
    }
    if (placeIds.length) offer.places = [...new Set(placeIds)];

    const contact: Json = {};
    const phone = list(service.phones).map((p) => cleanPhone(str(p.number))).find(Boolean);
    if (phone) contact.phone = phone;
    if (str(service.email)) contact.email = str(service.email);
    if (Object.keys(contact).length) offer.contact = contact;
    if (str(service.url)) offer.url = str(service.url);
    const hours = hoursOf(list(service.schedules), where);
    if (hours) offer.hours = hours;

    const languages: string[] = [];
    for (const l of list(service.languages)) {
      const code = languageCode(str(l.code)) ?? languageCode(str(l.name));
      if (code) languages.push(code);
      else problem(`${where}, languages`, `"${str(l.code) || str(l.name)}": ${ctx.say('reason.value')}`);
    }
    if (languages.length) offer.languages = [...new Set(languages)];

    const options_ = list(service.cost_options);
    const fees = str(service.fees_description);
    if (options_.length || fees) {
      const first = options_[0];
      const amount = first ? Number(str(first.amount)) : NaN;
      const cost: Json = { free: options_.length > 0 && Number.isFinite(amount) && amount === 0 };
      if (Number.isFinite(amount) && amount > 0) cost.amount = amount;
      const currency = first ? str(first.currency) : '';
      if (currency) {
        if (/^[a-z]{3}$/.test(currency)) problem(`${where}, cost_options (id ${str(first!.id)})`, `currency "${currency}" -> "${currency.toUpperCase()}"`);
        if (/^[A-Za-z]{3}$/.test(currency)) cost.currency = currency.toUpperCase();
        else problem(`${where}, cost_options (id ${str(first!.id)})`, `currency "${currency}": ${ctx.say('reason.format')}`);
      }
      const note = [fees, first ? str(first.amount_description) || str(first.option) : ''].filter(Boolean).join(' – ');
      if (note) cost.note = note;
      if (options_.length || Number.isFinite(amount)) offer.cost = cost;
      else if (fees) offer.cost = { free: false, note: fees };
    }

    const audiences: string[] = [];
    const min = Number(str(service.minimum_age) || NaN);
    const max = Number(str(service.maximum_age) || NaN);
    if (max <= 13) audiences.push('children');
    else if (min >= 12 && max <= 21) audiences.push('youth');
    if (min >= 60) audiences.push('seniors');
    if (audiences.length) offer.audiences = audiences;

    const verified = parseCheckedDate(str(service.assured_date)) ?? parseCheckedDate(str(service.last_modified));
    if (verified) offer.verified = verified;
    if (status === 'temporarily closed') problem(where, `status "temporarily closed"`);
    offer.source = sourceOf('hsds', origin, options.now, ref('service', serviceId));
    draft.offers.push(offer);
  }
  bar.stop();
  draft.organizations.push(...orgRecords.values());
  draft.places.push(...places.values());
  return finish(ctx, draft);
}

