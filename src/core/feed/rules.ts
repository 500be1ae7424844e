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
  | { k: 'string'; re?: RegExp; url?: true; date?: true; o?: true }
  | { k: 'number'; int?: true; min?: number; max?: number; o?: true }
  | { k: 'boolean'; o?: true }
  | { k: 'enum'; of: readonly string[]; o?: true }
  | { k: 'array'; of: Rule; min?: number; o?: true }
  | { k: 'object'; props: Record<string, Rule>; o?: true }
  | { k: 'map'; key: RegExp; of: Rule; min?: number; o?: true }
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

export const string = (re?: RegExp) => ({ k: 'string', re }) as const;
export const number = (min?: number, max?: number, int?: true) => ({ k: 'number', min, max, int }) as const;
export const integer = (min?: number, max?: number) => number(min, max, true);
export const boolean = () => ({ k: 'boolean' }) as const;
export const oneOf = <const T extends readonly string[]>(of: T) => ({ k: 'enum', of }) as const;
export const list = <R extends Rule>(of: R, min?: number) => ({ k: 'array', of, min }) as const;
export const object = <P extends Record<string, Rule>>(props: P) => ({ k: 'object', props }) as const;
export const map = <R extends Rule>(key: RegExp, of: R, min?: number) => ({ k: 'map', key, of, min }) as const;
export const either = <const U extends readonly Rule[]>(...of: U) => ({ k: 'union', of }) as const;
export const any = () => ({ k: 'any' }) as const;
export const optional = <R extends Rule>(rule: R): Optional<R> => ({ ...rule, o: true });

/** Why a value was rejected. */
export type IssueReason = 'missing' | 'type' | 'format' | 'value' | 'range';
export interface Issue {
  path: string;
  reason: IssueReason;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().startsWith(value);
}

/** Checks `value` against `rule`, adding every problem to `issues`. */
export function check(rule: Rule, value: unknown, path: string, issues: Issue[]): void {
  const add = (reason: IssueReason): void => void issues.push({ path, reason });
  if (value === undefined) {
    if (!rule.o) add('missing');
    return;
  }
  const type = typeOf(value);
  switch (rule.k) {
    case 'any':
      return;
    case 'string':
      if (type !== 'string') return add('type');
      if ((rule.re && !rule.re.test(value as string)) || (rule.date && !validDate(value as string))) add('format');
      return;
    case 'number': {
      const n = value as number;
      if (type !== 'number' || !Number.isFinite(n)) return add('type');
      if ((rule.int && !Number.isInteger(n)) || n < (rule.min ?? -Infinity) || n > (rule.max ?? Infinity)) add('range');
      return;
    }
    case 'boolean':
      if (type !== 'boolean') add('type');
      return;
    case 'enum':
      if (type !== 'string') return add('type');
      if (!rule.of.includes(value as string)) add('value');
      return;
    case 'array': {
      if (type !== 'array') return add('type');
      const items = value as unknown[];
      if (items.length < (rule.min ?? 0)) add('range');
      items.forEach((item, i) => check(rule.of, item, `${path}.${i}`, issues));
      return;
    }
    case 'map':
    case 'object': {
      if (type !== 'object') return add('type');
      const record = value as Record<string, unknown>;
      if (rule.k === 'map') {
        if (Object.keys(record).length < (rule.min ?? 0)) add('range');
        for (const key of Object.keys(record)) {
          if (!rule.key.test(key)) issues.push({ path: `${path}.${key}`, reason: 'format' });
          else check(rule.of, record[key], `${path}.${key}`, issues);
        }
      } else {
        for (const key of Object.keys(rule.props)) check(rule.props[key], record[key], path ? `${path}.${key}` : key, issues);
      }
      return;
    }
    case 'union': {
      let best: Issue[] | undefined;
      for (const option of rule.of) {
        const found: Issue[] = [];
        check(option, value, path, found);
        if (found.length === 0) return;
        // Prefer the explanation of the alternative whose own type is right.
        const wrongType = (list: Issue[]) => list[0]?.reason === 'type' && list[0].path === path;
        if (!best || (wrongType(best) && !wrongType(found))) best = found;
      }
      issues.push(...(best ?? []));
      return;
    }
  }
}

/** Adds the `date` and `url` flags without widening the rule's type. */
export const isoDate = () => ({ k: 'string', date: true, re: ISO_DATE }) as const;
export const webUrl = () => ({ k: 'string', url: true, re: /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i }) as const;
