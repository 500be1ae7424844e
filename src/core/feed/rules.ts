/**
 * A very small declarative validator for the feed format.
 *
 * Why not a schema library: the shared runtime budget is 12 KB min+gzip and
 * Lit takes half of it; valibot cost 3.4 KB for this schema, these rules
 * about 1 KB. Ajv needs `new Function`, which a strict CSP forbids. Rules
 * are plain data, so `scripts/make-schema.mjs` turns the same definitions
 * into the published JSON Schema, and no `eval` is ever needed.
 */

export type Rule =
  | { k: 'string'; re?: RegExp; url?: true; date?: true; as?: string; o?: true }
  | { k: 'number'; int?: true; min?: number; max?: number; o?: true }
  | { k: 'boolean'; o?: true }
  | { k: 'enum'; of: readonly string[]; o?: true }
  | { k: 'array'; of: Rule; min?: number; o?: true }
  | { k: 'object'; props: Record<string, Rule>; o?: true }
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
export const list = <R extends Rule>(of: R, min?: number) => ({ k: 'array', of, min }) as const;
export const object = <P extends Record<string, Rule>>(props: P) => ({ k: 'object', props }) as const;
/** `some`: at least one value must match (a text map may have blank translations, not only blank ones). */
export const map = <R extends Rule>(key: Rule, of: R, min?: number, some?: RegExp) => ({ k: 'map', key, of, min, some }) as const;
export const either = <const U extends readonly Rule[]>(...of: U) => ({ k: 'union', of }) as const;
export const any = () => ({ k: 'any' }) as const;
export const optional = <R extends Rule>(rule: R): Optional<R> => ({ ...rule, o: true });

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
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `typeof`, telling arrays and null apart. */
function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/**
 * True for a calendar day that exists. The pattern already holds; "2027-02-31"
 * is an Invalid Date in Firefox and Safari and rolls over to March in V8.
 */
function isRealDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** The path of a field or item inside `path`. */
function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : `${key}`;
}

/** Records one problem (a function of its own, not a closure per call: `check` runs for every field). */
function add(issues: Issue[], path: string, reason: IssueReason, rule?: Rule, found?: unknown): void {
  issues.push({ path, reason, rule, found });
}

/** Checks `value` against `rule`, adding every problem to `issues`. */
export function check(rule: Rule, value: unknown, path: string, issues: Issue[]): void {
  if (value === undefined) return rule.o ? undefined : add(issues, path, 'missing', rule);
  if (rule.k === 'any') return;
  if (rule.k === 'union') {
    const found: Issue[][] = [];
    for (const option of rule.of) {
      const optionIssues: Issue[] = [];
      check(option, value, path, optionIssues);
      if (optionIssues.length === 0) return;
      found.push(optionIssues);
    }
    // Explain with the first alternative whose own type is right.
    issues.push(...(found.find(([first]) => first.reason !== 'type' || first.path !== path) ?? found[0]));
    return;
  }
  if (typeOf(value) !== (rule.k === 'enum' ? 'string' : rule.k === 'map' ? 'object' : rule.k)) {
    return add(issues, path, 'type', rule, value);
  }
  // From here on, `value` has the JavaScript type the rule needs.
  const v = value as never;
  switch (rule.k) {
    case 'string':
      if ((rule.re && !rule.re.test(v)) || (rule.date && !isRealDay(v))) {
        add(issues, path, 'format', rule, v);
      }
      return;
    case 'number':
      if (!Number.isFinite(v)) return add(issues, path, 'type', rule, v);
      if (rule.int && !Number.isInteger(v)) add(issues, path, 'type', rule, v);
      else if (v < (rule.min ?? -Infinity) || v > (rule.max ?? Infinity)) add(issues, path, 'range', rule, v);
      return;
    case 'enum':
      if (!rule.of.includes(v)) add(issues, path, 'value', rule, v);
      return;
    case 'array': {
      const items: unknown[] = v;
      if (items.length < (rule.min ?? 0)) add(issues, path, 'range', rule, v);
      items.forEach((item, i) => check(rule.of, item, join(path, i), issues));
      return;
    }
    case 'map': {
      const map: Record<string, unknown> = v;
      const keys = Object.keys(map);
      if (keys.length < (rule.min ?? 0)) add(issues, path, 'missing', rule);
      else if (rule.some && !keys.some((key) => rule.some!.test(String(map[key])))) add(issues, path, 'missing', rule);
      for (const key of keys) {
        check(rule.key, key, join(path, key), issues);
        check(rule.of, map[key], join(path, key), issues);
      }
      return;
    }
    case 'object': {
      const record: Record<string, unknown> = v;
      for (const key in rule.props) check(rule.props[key], record[key], join(path, key), issues);
    }
  }
}

/** Adds the `date` and `url` flags without widening the rule's type. */
export const isoDate = () => ({ k: 'string', date: true, re: ISO_DATE, as: 'date' }) as const;
export const webUrl = () => ({ k: 'string', url: true, as: 'url', re: /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i }) as const;
