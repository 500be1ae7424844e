// The elements as the generators need them, read from custom-elements.json:
// one record per tagged class with its attributes, writable properties,
// events, parts and custom properties, and the files that declare it.

/** `'memory' | 'persistent'` -> ['memory', 'persistent']; undefined unless every member is a string literal. */
export function literalValues(type) {
  if (!type) return undefined;
  const members = type.split('|').map((m) => m.trim());
  const literal = /^(['"])([^'"]*)\1$/;
  if (!members.every((m) => literal.test(m))) return undefined;
  return members.map((m) => m.match(literal)[2]);
}

export const isBoolean = (type) => type?.trim() === 'boolean';

/** The records for every custom element in the manifest, sorted by tag. */
export function readElements(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const attributes = (d.attributes ?? []).map((a) => ({
        name: a.name,
        field: a.fieldName,
        // An attribute without a declared type (`lang`, `id`) is a plain string, as in HTML.
        type: a.type?.text ?? 'string',
        description: a.description ?? '',
        default: a.default,
      }));
      const properties = (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && m.type?.text)
        .map((m) => ({ name: m.name, type: m.type.text, description: m.description ?? attributes.find((a) => a.field === m.name)?.description ?? '' }));
      const events = (d.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'Event', description: e.description ?? '' }));
      elements.push({
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? '',
        description: d.description ?? '',
        js: module.path,
        types: module.typeDefinitionPath,
        attributes,
        properties,
        events,
        slots: d.slots ?? [],
        parts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  const tags = elements.map((e) => e.tag);
  const twice = tags.find((t, i) => tags.indexOf(t) !== i);
  if (twice) throw new Error(`custom-elements.json declares <${twice}> twice`);
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The names a declaration file exports (`export interface X`, `export { X, type Y }`...). */
export function exportedNames(declarations) {
  const names = new Set();
  for (const m of declarations.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:interface|type|class|const|let|function|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    names.add(m[1]);
  }
  for (const m of declarations.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * Qualifies the identifiers of a type text that the element's module
 * exports with that module's namespace (`CustomEvent<OfferSelectDetail>` ->
 * `CustomEvent<OfferFinder.OfferSelectDetail>`). Every other identifier must
 * be a global type; the typecheck of the package test catches any that is not.
 */
export function qualify(type, exported, namespace) {
  return type.replace(/(?<![\w$.'"])([A-Za-z_$][\w$]*)(?![\w$'"])/g, (name) => (exported.has(name) ? `${namespace}.${name}` : name));
}

/** `lotse-offer-finder` -> `LotseOfferFinder`. */
export const pascal = (tag) => tag.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());
