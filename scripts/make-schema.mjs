// Writes schema/feed.schema.json from the rules in src/core/feed/schema.ts,
// so editors validate feeds with exactly the checks the widgets apply.
import { mkdir, writeFile } from 'node:fs/promises';
import { importTs } from './load-ts.mjs';
import { DESCRIPTIONS } from './schema-descriptions.mjs';
import { schemaPattern } from './schema-pattern.mjs';

const schema = await importTs('src/core/feed/schema.ts');
const { MAX_ITEMS, MAX_RECORDS } = await importTs('src/core/feed/limits.ts');
const rich = await importTs('src/core/feed/rich-text-rules.ts');

const pattern = schemaPattern;

function toJson(rule, description) {
  const out = {};
  if (description) out.description = description;
  switch (rule.k) {
    case 'any':
      return out;
    case 'string':
      Object.assign(out, { type: 'string' });
      if (rule.date) out.format = 'date';
      if (rule.url) out.format = 'uri';
      if (rule.re) out.pattern = pattern(rule.re);
      return out;
    case 'number':
      Object.assign(out, { type: rule.int ? 'integer' : 'number' });
      if (rule.min !== undefined) out.minimum = rule.min;
      if (rule.max !== undefined) out.maximum = rule.max;
      return out;
    case 'boolean':
      return Object.assign(out, { type: 'boolean' });
    case 'enum':
      return Object.assign(out, { type: 'string', enum: [...rule.of] });
    case 'array':
      Object.assign(out, { type: 'array', items: toJson(rule.of) });
      if (rule.min) out.minItems = rule.min;
      // The validator's limit: a longer list is wrong as a whole (rules.ts).
      out.maxItems = rule.max ?? MAX_ITEMS;
      return out;
    case 'map':
      return Object.assign(out, {
        type: 'object',
        propertyNames: toJson(rule.key),
        additionalProperties: toJson(rule.of),
        ...(rule.min ? { minProperties: rule.min } : {}),
        maxProperties: MAX_ITEMS,
        // `some`: not every value may fail it (a text map needs one translation that is not blank).
        ...(rule.some ? { not: { additionalProperties: { not: { pattern: pattern(rule.some) } } } } : {}),
      });
    case 'union':
      return Object.assign(out, { anyOf: rule.of.map((r) => toJson(r)) });
    case 'object': {
      const properties = {};
      const required = [];
      for (const [key, value] of Object.entries(rule.props)) {
        // Formatted text is checked by rich-text-rules.ts, not by a rule: its structure is described here.
        properties[key] = key === 'richDescription' ? { description: DESCRIPTIONS[key], $ref: '#/$defs/richText' } : toJson(value, DESCRIPTIONS[key]);
        if (!value.o) required.push(key);
      }
      return Object.assign(out, { type: 'object', properties, ...(required.length ? { required } : {}) });
    }
    default:
      throw new Error(`unknown rule ${rule.k}`);
  }
}

const root = toJson(schema.envelope);
for (const [collection, rule] of Object.entries(schema.RECORD_SCHEMAS)) {
  root.properties[collection] = {
    type: 'array',
    description: DESCRIPTIONS[collection],
    maxItems: MAX_RECORDS,
    items: { $ref: `#/$defs/${collection}` },
  };
  (root.$defs ??= {})[collection] = toJson(rule);
}
// The structure rich-text-rules.ts checks (its depth, size and language limits stay with the validator).
const inline = { anyOf: [{ type: 'string' }, { $ref: '#/$defs/richInline' }] };
root.$defs.richInline = {
  type: 'object',
  required: ['k', 'c'],
  properties: {
    k: { enum: ['em', 'strong', 'a'] },
    c: { type: 'array', minItems: 1, items: inline },
    href: { type: 'string', pattern: pattern(schema.offer.props.url.re) },
  },
};
const list = {
  type: 'object',
  required: ['k', 'c'],
  properties: {
    k: { enum: ['ul', 'ol'] },
    c: { type: 'array', minItems: 1, items: { type: 'object', required: ['k', 'c'], properties: { k: { const: 'li' }, c: { type: 'array', minItems: 1, items: { anyOf: [inline, { $ref: '#/$defs/richList' }] } } } } },
  },
};
root.$defs.richList = list;
const blocks = {
  type: 'array',
  minItems: 1,
  maxItems: rich.MAX_RICH_NODES,
  items: { anyOf: [{ type: 'object', required: ['k', 'c'], properties: { k: { const: 'p' }, c: { type: 'array', minItems: 1, items: inline } } }, { $ref: '#/$defs/richList' }] },
};
root.$defs.richText = { anyOf: [blocks, { type: 'object', propertyNames: toJson(schema.RECORD_SCHEMAS.offers.props.languages.of), additionalProperties: blocks, minProperties: 1 }] };
root.properties.$schema = { type: 'string', description: 'Where editors find this schema.' };
const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'lotse-feed-1.schema.json',
  title: 'Lotse feed, format version 1',
  description:
    'A municipal feed of integration offers for the Lotse web components. Unknown fields are ignored; see docs/feed.en.md and docs/feed.de.md.',
  ...root,
};
await mkdir('schema', { recursive: true });
await writeFile('schema/feed.schema.json', `${JSON.stringify(document, null, 2)}\n`);
console.log('schema/feed.schema.json written');
