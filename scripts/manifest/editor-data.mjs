// Editor data generated from the manifest: VS Code's HTML custom data and
// JetBrains' web-types, so editors complete tags, attributes and values.
import { isBoolean, literalValues } from './elements.mjs';

const markdown = (value) => ({ kind: 'markdown', value });

function elementText(element) {
  const lines = [element.summary, element.description].filter(Boolean);
  if (element.events.length) lines.push(`**Events:** ${element.events.map((e) => `\`${e.name}\``).join(', ')}`);
  if (element.parts.length) lines.push(`**Parts:** ${element.parts.map((p) => `\`${p.name}\``).join(', ')}`);
  if (element.cssProperties.length) lines.push(`**Custom properties:** ${element.cssProperties.map((p) => `\`${p.name}\``).join(', ')}`);
  return lines.join('\n\n');
}

/** VS Code: `"html.customData": ["./node_modules/lotse/dist/vscode.html-custom-data.json"]`. */
export function vscodeCustomData(elements, { homepage }) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: markdown(elementText(element)),
      attributes: element.attributes.map((a) => {
        const values = literalValues(a.type);
        return {
          name: a.name,
          description: markdown([a.description, a.default && a.default !== "''" ? `Default: \`${a.default}\`` : ''].filter(Boolean).join('\n\n')),
          // "v": a boolean attribute, written without a value.
          ...(isBoolean(a.type) ? { valueSet: 'v' } : {}),
          // The empty value (the attribute's default, as if left out) is no completion to offer.
          ...(values ? { values: values.filter(Boolean).map((name) => ({ name })) } : {}),
        };
      }),
      ...(homepage ? { references: [{ name: 'Lotse README', url: homepage }] } : {}),
    })),
  };
}

/** JetBrains IDEs read `web-types.json` through the "web-types" field of package.json. */
export function webTypes(elements, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: elementText(element),
          source: { module: `./${element.js}`, symbol: element.className },
          attributes: element.attributes.map((a) => {
            const values = literalValues(a.type);
            return {
              name: a.name,
              description: a.description,
              ...(a.default !== undefined ? { default: a.default } : {}),
              value: isBoolean(a.type)
                ? { type: 'boolean', required: false }
                : values
                  ? { kind: 'plain', type: values.map((v) => JSON.stringify(v)).join(' | ') }
                  : { kind: 'plain', type: a.type },
            };
          }),
          events: element.events.map((e) => ({ name: e.name, description: e.description })),
          slots: element.slots.map((s) => ({ name: s.name, description: s.description ?? '' })),
          js: {
            properties: element.properties.map((p) => ({ name: p.name, type: p.type, description: p.description })),
            events: element.events.map((e) => ({ name: e.name, type: e.type, description: e.description })),
          },
          css: {
            properties: element.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: element.parts.map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}
