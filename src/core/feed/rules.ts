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

/** The JavaScript type a kind of rule needs, where it is not the kind's own name (see `typeOf`). */
const NEEDS: Partial<Record<Rule['k'], string>> = { enum: 'string', map: 'object' };

/** `typeof`, telling arrays, null and non-finite numbers apart. */
function typeOf(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite';
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Checks `value` against `rule`, adding every problem to `issues`. */
export function check(rule: Rule, value: unknown, path: string, issues: Issue[]): void {
  const add = (reason: IssueReason, at = path): void => void issues.push({ path: at, reason });
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (value === undefined) return rule.o ? undefined : add('missing');
  if (rule.k === 'any') return;
  if (rule.k === 'union') {
    const found = rule.of.map((option) => {
      const optionIssues: Issue[] = [];
      check(option, value, path, optionIssues);
      return optionIssues;
    });
    if (found.some((list) => list.length === 0)) return;
    // Explain with the first alternative whose own type is right.
    issues.push(...(found.find(([first]) => first.reason !== 'type' || first.path !== path) ?? found[0]));
    return;
  }
  if (typeOf(value) !== (NEEDS[rule.k] ?? rule.k)) return add('type');
  const v = value as string & number & Record<string, unknown>;
  switch (rule.k) {
    case 'string':
      // `date` rules also carry ISO_DATE as `re`, so the Date below is always valid.
      if ((rule.re && !rule.re.test(v)) || (rule.date && !new Date(`${v}T00:00:00Z`).toISOString().startsWith(v))) {
        add('format');
      }
      return;
    case 'number':
      if ((rule.int && !Number.isInteger(v)) || v < (rule.min ?? -Infinity) || v > (rule.max ?? Infinity)) add('range');
      return;
    case 'enum':
      if (!rule.of.includes(v)) add('value');
      return;
    case 'array':
    case 'map': {
      // Object.keys lists an array's indices, so arrays and maps share this path.
      const keys = Object.keys(v);
      if (keys.length < (rule.min ?? 0)) add('range');
      for (const key of keys) {
        if (rule.k === 'map' && !rule.key.test(key)) add('format', join(key));
        else check(rule.of, v[key], join(key), issues);
      }
      return;
    }
    case 'object':
      for (const key in rule.props) check(rule.props[key], v[key], join(key), issues);
  }
}

/** Adds the `date` and `url` flags without widening the rule's type. */
export const isoDate = () => ({ k: 'string', date: true, re: ISO_DATE }) as const;
export const webUrl = () => ({ k: 'string', url: true, re: /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i }) as const;
