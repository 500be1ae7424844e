// TypeScript declarations generated from the manifest, so they never drift
// from the elements: the global event map (a listener on document or window
// is typed too), JSX for React 19 and Preact, and the small entry files that
// bring the event map along with each element entry.
import { exportedNames, pascal, qualify } from './elements.mjs';

const HEADER = '// Generated from custom-elements.json by scripts/generate-from-manifest.mjs. Do not edit.\n';

/** A relative import path from one dist/types file to another (both package-relative). */
export function relativeImport(from, to) {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const path = [...up, ...b.slice(i)].join('/').replace(/\.d\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

const doc = (text, indent) => {
  const clean = text.replace(/\*\//g, '*\\/').trim();
  if (!clean) return '';
  return `${indent}/** ${clean.replace(/\n/g, `\n${indent} * `)} */\n`;
};
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * Per element: the namespace import of its class module and the qualified
 * type texts. `readDeclarations(path)` returns a dist/types file's text.
 */
function typed(elements, file, readDeclarations) {
  return elements.map((element) => {
    const namespace = `${pascal(element.tag)}Module`;
    const exported = exportedNames(readDeclarations(element.types));
    if (!exported.has(element.className)) throw new Error(`${element.types} does not export ${element.className}`);
    const q = (type) => qualify(type, exported, namespace);
    return {
      ...element,
      namespace,
      importLine: `import type * as ${namespace} from '${relativeImport(file, element.types)}';`,
      classType: `${namespace}.${element.className}`,
      attributes: element.attributes.map((a) => ({ ...a, type: q(a.type) })),
      properties: element.properties.map((p) => ({ ...p, type: q(p.type) })),
      events: element.events.map((e) => ({ ...e, type: q(e.type) })),
    };
  });
}

/** `dist/types/events.d.ts`: every element event on GlobalEventHandlersEventMap (HTMLElement, Document, Window). */
export function eventsDeclarations(elements, readDeclarations, file = 'dist/types/events.d.ts') {
  const list = typed(elements, file, readDeclarations);
  // An event that several elements fire (lotse-filter-change) has the union of their detail types.
  const byName = new Map();
  for (const element of list) {
    for (const event of element.events) {
      const entry = byName.get(event.name) ?? { descriptions: [], types: [], tags: [] };
      byName.set(event.name, entry);
      if (!entry.types.includes(event.type)) entry.types.push(event.type);
      entry.tags.push(`\`<${element.tag}>\``);
      entry.descriptions.push(event.description);
    }
  }
  const lines = [...byName].map(([name, { descriptions, types, tags }]) => {
    const description = tags.length === 1 ? descriptions[0] : tags.map((tag, i) => `${tag}: ${descriptions[i]}`).join(' ');
    return `${doc(`${description} (from ${tags.join(', ')}; bubbles and is composed)`, '    ')}    '${name}': ${types.join(' | ')};`;
  });
  return `${HEADER}${list.map((e) => e.importLine).join('\n')}

declare global {
  /** Lotse's events bubble out of the element, so document and window listeners see them too. */
  interface GlobalEventHandlersEventMap {
${lines.join('\n')}
  }
}

export {};
`;
}

/** The props interface of one element: attributes by name, properties by name, events as `on<event-name>`. */
function propsInterface(element, handlerProp) {
  const members = new Map();
  for (const a of element.attributes) members.set(a.name, { type: a.type, description: a.description });
  for (const p of element.properties) if (!members.has(p.name)) members.set(p.name, { type: p.type, description: p.description });
  for (const e of element.events) {
    members.set(handlerProp(e.name), { type: `(event: ${e.type}) => void`, description: e.description });
  }
  const body = [...members].map(([name, m]) => `${doc(m.description, '  ')}  ${key(name)}?: ${m.type};`).join('\n');
  return `/** Attributes, properties and events of \`<${element.tag}>\`. ${element.summary} */
export interface ${element.className}Props {
${body}
}`;
}

/**
 * JSX for React 19, which sets a custom element's known properties, passes
 * other props as attributes and adds a listener for `on<event-name>`
 * (`onlotse-offer-select`), with the event name exactly as the element fires it.
 */
export function reactJsx(elements, readDeclarations, file = 'dist/types/jsx/react.d.ts') {
  const list = typed(elements, file, readDeclarations);
  return `${HEADER}// Use: \`import type {} from 'lotse/jsx-react';\` once in your app, or "types": ["lotse/jsx-react"] in tsconfig.json.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${list.map((e) => e.importLine).join('\n')}
import '${relativeImport(file, 'dist/types/events.d.ts')}';

${list.map((e) => propsInterface(e, (name) => `on${name}`)).join('\n\n')}

// Lotse's own props replace React's where both name one (lang, id).
type LotseProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${list.map((e) => `      '${e.tag}': LotseProps<${e.classType}, ${e.className}Props>;`).join('\n')}
    }
  }
}
`;
}

/** JSX for Preact, which also adds a listener for `on<event-name>` on custom elements. */
export function preactJsx(elements, readDeclarations, file = 'dist/types/jsx/preact.d.ts') {
  const list = typed(elements, file, readDeclarations);
  return `${HEADER}// Use: \`import type {} from 'lotse/jsx-preact';\` once in your app, or "types": ["lotse/jsx-preact"] in tsconfig.json.
import type { HTMLAttributes } from 'preact';
${list.map((e) => e.importLine).join('\n')}
import '${relativeImport(file, 'dist/types/events.d.ts')}';

${list.map((e) => propsInterface(e, (name) => `on${name}`)).join('\n\n')}

// Lotse's own props replace Preact's where both name one (lang, id).
type LotseProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${list.map((e) => `      '${e.tag}': LotseProps<${e.classType}, ${e.className}Props>;`).join('\n')}
    }
  }
}
`;
}

/** An entry's declaration file: what the module declares, plus the global event map. */
export function entryDeclarations(entry) {
  const file = entry.types.replace(/^\.\//, '');
  const target = relativeImport(file, entry.declarations.replace(/^\.\//, ''));
  return `${HEADER}import '${relativeImport(file, 'dist/types/events.d.ts')}';
export * from '${target}';
`;
}
