/**
 * A very small declarative validator for the feed format.
 *
 * Why not a schema library: the shared runtime budget is 12 KB min+gzip and
 * Lit takes half of it; valibot cost 3.4 KB for this schema, these rules
 * about 1 KB. Ajv needs `new Function`, which a strict CSP forbids. Rules
 * are plain data, so `scripts/make-schema.mjs` turns the same definitions
 * into the published JSON Schema, and no `eval` is ever needed.
 */
import { MAX_ITEMS } from './limits.js';

export type Rule =
  | { k: 'string'; re?: RegExp; url?: true; date?: true; past?: true; as?: string; o?: true }
  | { k: 'number'; int?: true; min?: number; max?: number; o?: true }
  | { k: 'boolean'; o?: true }
  | { k: 'enum'; of: readonly string[]; o?: true }
  | { k: 'array'; of: Rule; min?: number; max?: number; alone?: true; o?: true }
  | { k: 'object'; props: Record<string, Rule>; whole?: true; o?: true }
  | { k: 'map'; key: Rule; of: Rule; min?: number; some?: RegExp; o?: true }
  | { k: 'union'; of: readonly Rule[]; o?: true }
  | { k: 'any'; o?: true };

type Optional<R> = R & { o: true };

/** The TypeScript type of the values a rule accepts. */
export type Infer<R> = R extends { k: 'string' }
  ? string
  : R extends { k: 'number' }
    ? number
    : R extends { k: 'boolean' }
      ? boolean
      : R extends { k: 'enum'; of: readonly (infer E)[] }
        ? E
        : R extends { k: 'array'; of: infer I }
          ? Infer<I>[]
          : R extends { k: 'map'; of: infer I }
            ? Record<string, Infer<I>>
            : R extends { k: 'union'; of: readonly (infer U)[] }
              ? Infer<U>
              : R extends { k: 'object'; props: infer P }
                ? Flatten<
                    { [K in keyof P as P[K] extends { o: true } ? never : K]: Infer<P[K]> } & {
                      [K in keyof P as P[K] extends { o: true } ? K : never]?: Infer<P[K]>;
                    }
                  >
                : unknown;
type Flatten<T> = { [K in keyof T]: T[K] };

/** `as` names what the pattern stands for ("date", "postcode"), so problems can say what is expected. */
export const string = (re?: RegExp, as?: string) => ({ k: 'string', re, as }) as const;
export const number = (min?: number, max?: number, int?: true) => ({ k: 'number', min, max, int }) as const;
export const integer = (min?: number, max?: number) => number(min, max, true);
export const boolean = () => ({ k: 'boolean' }) as const;
export const oneOf = <const T extends readonly string[]>(of: T) => ({ k: 'enum', of }) as const;
/** `max`: more items than this make the list invalid without a look at each (default `MAX_ITEMS`). */
export const list = <R extends Rule>(of: R, min?: number, max?: number) => ({ k: 'array', of, min, max }) as const;
export const object = <P extends Record<string, Rule>>(props: P) => ({ k: 'object', props }) as const;
/** `some`: at least one value must match (a text map may have blank translations, not only blank ones). */
export const map = <R extends Rule>(key: Rule, of: R, min?: number, some?: RegExp) => ({ k: 'map', key, of, min, some }) as const;
export const either = <const U extends readonly Rule[]>(...of: U) => ({ k: 'union', of }) as const;
export const any = () => ({ k: 'any' }) as const;
export const optional = <R extends Rule>(rule: R): Optional<R> => ({ ...rule, o: true });
/**
 * An object that is kept whole or not at all: one wrong value anywhere inside
 * makes it invalid. For timetables, where a part left out would show wrong times.
 */
export const whole = <R extends Rule & { k: 'object' }>(rule: R): R & { whole: true } => ({ ...rule, whole: true });
/**
 * A list whose items stand alone inside a `whole` object: a wrong item is
 * left out and the rest kept (one wrong date of a course's list of dates
 * hides that date, not the other evenings).
 */
export const alone = <R extends Rule & { k: 'array' }>(rule: R): R & { alone: true } => ({ ...rule, alone: true });

/** Problems of items in `alone` lists so far: they do not spoil an enclosing `whole` object. */
let spared = 0;

/** Why a value was rejected. */
export type IssueReason = 'missing' | 'type' | 'format' | 'value' | 'range';
export interface Issue {
  path: string;
  reason: IssueReason;
  /**
   * The rule that rejected the value and the value itself. Turned into words
   * for staff (`problem-report.ts`) only when somebody reads them: residents
   * never download that code.
   */
  rule?: Rule;
  found?: unknown;
  /** Words the validator gives at once, where they depend on more than the rule (the latest allowed day, a limit). */
  expect?: string;
  value?: string;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What `check` returns for a value that cannot be used. */
export const INVALID: unique symbol = Symbol('invalid');

/** The latest day a `past` date may name (`YYYY-MM-DD`); empty: no limit. */
let latestDay = '';

/** Sets the latest day that check dates (`past`) may name; the validator sets it for each feed. */
export function allowDatesUntil(day: string): void {
  latestDay = day;
}

/** True when a value of `type` (see `typeOf`) can pass `rule`. */
function fits(rule: Rule, type: string): boolean {
  return rule.k === 'any' || rule.k === 'union' || type === (rule.k === 'enum' ? 'string' : rule.k === 'map' ? 'object' : rule.k);
}

const props = new WeakMap<Rule, string[]>();

/** An object rule's field names, listed once per rule (`check` runs for every record). */
function propNames(rule: Rule & { k: 'object' }): string[] {
  let names = props.get(rule);
  if (!names) props.set(rule, (names = Object.keys(rule.props)));
  return names;
}

/** `typeof`, telling arrays and null apart. */
function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/**
 * True for a calendar day that exists. The pattern already holds; "2027-02-31"
 * is an Invalid Date in Firefox and Safari and rolls over to March in V8.
 */
function isRealDay(iso: string): boolean {
  const digit = (at: number) => iso.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * Where `check` is: the path it was called with, and the keys and indexes
 * below it. Kept as a stack and joined only for a problem, because a feed of
 * 10,000 offers has hundreds of thousands of fields and nearly all are right.
 */
let base = '';
const trail: (string | number)[] = [];

function here(): string {
  const below = trail.join('.');
  return base && below ? `${base}.${below}` : base || below;
}

/** Records one problem and returns `INVALID` (a function of its own, not a closure per call: `check` runs for every field). */
function fail(issues: Issue[], reason: IssueReason, rule?: Rule, found?: unknown): typeof INVALID {
  issues.push({ path: here(), reason, rule, found });
  return INVALID;
}

/** Records a range problem already in words: a bound that is not in the rule. */
function beyond(issues: Issue[], expect: string, value: unknown): typeof INVALID {
  issues.push({ path: here(), reason: 'range', expect, value: String(value) });
  return INVALID;
}

/**
 * Checks `value` against `rule`, adding every problem to `issues`, and
 * returns what can be kept: the value itself when all of it is right, a copy
 * without the wrong optional parts when some are not, or `INVALID`. Wrong
 * optional fields, list items and languages of a text are left out (their
 * problems stay in `issues`); a wrong required field makes its object
 * invalid. The input is never changed, and only own properties are read, so
 * no key reaches `Object.prototype`.
 */
export function check(rule: Rule, value: unknown, path: string, issues: Issue[]): unknown {
  base = path;
  trail.length = 0;
  return walk(rule, value, issues);
}

/** Pushes `key` while `rule` checks `value`. */
function below(key: string | number, rule: Rule, value: unknown, issues: Issue[]): unknown {
  trail.push(key);
  const kept = walk(rule, value, issues);
  trail.pop();
  return kept;
}

function walk(rule: Rule, value: unknown, issues: Issue[]): unknown {
  if (value === undefined) return rule.o ? undefined : fail(issues, 'missing', rule);
  if (rule.k === 'any') return value;
  const type = typeOf(value);
  if (rule.k === 'union') {
    // Options of another type are passed over without a word; they explain only when none fits.
    for (const option of rule.of) {
      if (!fits(option, type)) continue;
      const before = issues.length;
      const kept = walk(option, value, issues);
      if (kept !== INVALID) return kept;
      issues.length = before;
    }
    const found = rule.of.map((option) => {
      const optionIssues: Issue[] = [];
      walk(option, value, optionIssues);
      return optionIssues;
    });
    // Explain with the first alternative whose own type is right.
    const path = here();
    issues.push(...(found.find(([first]) => first.reason !== 'type' || first.path !== path) ?? found[0]));
    return INVALID;
  }
  if (!fits(rule, type)) return fail(issues, 'type', rule, value);
  // From here on, `value` has the JavaScript type the rule needs.
  const v = value as never;
  switch (rule.k) {
    case 'boolean':
      return v;
    case 'string':
      if (rule.re && !rule.re.test(v)) return fail(issues, 'format', rule, v);
      // A day that does not exist, or a check date in the future: the format is right, the value is out of range.
      if (rule.date && !isRealDay(v)) return beyond(issues, 'day', v);
      if (rule.past && latestDay && (v as string) > latestDay) return beyond(issues, `until ${latestDay}`, v);
      return v;
    case 'number':
      if (!Number.isFinite(v) || (rule.int && !Number.isInteger(v))) return fail(issues, 'type', rule, v);
      if (v < (rule.min ?? -Infinity) || v > (rule.max ?? Infinity)) return fail(issues, 'range', rule, v);
      return v;
    case 'enum':
      return rule.of.includes(v) ? v : fail(issues, 'value', rule, v);
    case 'array': {
      const items: unknown[] = v;
      // Counted first, so an oversized list costs nothing.
      if (items.length > (rule.max ?? MAX_ITEMS)) return beyond(issues, `max ${rule.max ?? MAX_ITEMS}`, items.length);
      let kept: unknown[] | undefined;
      const before = issues.length;
      for (let i = 0; i < items.length; i++) {
        const item = below(i, rule.of, items[i], issues);
        if (item !== items[i]) kept ??= items.slice(0, i);
        if (kept && item !== INVALID) kept.push(item);
      }
      if (rule.alone) spared += issues.length - before;
      kept ??= items;
      return kept.length < (rule.min ?? 0) ? fail(issues, 'range', rule, kept.length) : kept;
    }
    case 'map': {
      const map: Record<string, unknown> = v;
      const names = Object.keys(map);
      if (names.length > MAX_ITEMS) return beyond(issues, `max ${MAX_ITEMS}`, names.length);
      // Entries are copied only once one is wrong or changed: most maps are right as they are.
      let entries: [string, unknown][] | undefined;
      let good = 0;
      let some = !rule.some;
      for (let n = 0; n < names.length; n++) {
        const key = names[n];
        // Both checked, so staff see every problem of the entry at once.
        const goodKey = below(key, rule.key, key, issues) !== INVALID;
        const item = below(key, rule.of, map[key], issues);
        const kept = goodKey && item !== INVALID;
        if (!entries && (!kept || item !== map[key])) entries = names.slice(0, n).map((name) => [name, map[name]]);
        if (!kept) continue;
        good++;
        entries?.push([key, item]);
        // Blank translations count as missing: at least one must have text.
        some ||= rule.some!.test(String(item));
      }
      if (good < (rule.min ?? 0) || !some) return fail(issues, 'missing', rule);
      // fromEntries defines own properties, even for a key such as "__proto__".
      return entries ? Object.fromEntries(entries) : map;
    }
    case 'object': {
      const record: Record<string, unknown> = v;
      const before = issues.length;
      const sparedBefore = spared;
      let kept: Record<string, unknown> | undefined;
      let invalid = false;
      for (const key of propNames(rule)) {
        const prop = rule.props[key];
        const field = Object.hasOwn(record, key) ? record[key] : undefined;
        const item = below(key, prop, field, issues);
        if (item === field) continue;
        kept ??= { ...record };
        if (item !== INVALID) kept[key] = item;
        else if (prop.o) delete kept[key];
        else invalid = true;
      }
      return invalid || (rule.whole && issues.length - before > spared - sparedBefore) ? INVALID : (kept ?? record);
    }
  }
}

/** Adds the `date` and `url` flags without widening the rule's type. */
export const isoDate = () => ({ k: 'string', date: true, re: ISO_DATE, as: 'date' }) as const;
/** A day on which something was checked or changed: not after `allowDatesUntil`. */
export const pastDate = () => ({ ...isoDate(), past: true }) as const;
/** A web address; no user name or password before the host (`https://www.stadt.example@evil.example/` would pose as the town). */
export const webUrl = () => ({ k: 'string', url: true, as: 'url', re: /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+([/?#]\S*)?$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i }) as const;
