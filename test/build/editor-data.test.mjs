// The editor data in dist/ (from scripts/generate-from-manifest.mjs), read
// as editors read it: VS Code's HTML language service completes Lotse's
// tags, attributes and values from vscode.html-custom-data.json, and
// web-types.json describes the same elements for JetBrains IDEs. Needs
// `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import languageService from 'vscode-html-languageservice';
import { isBoolean, literalValues, readElements } from '../../scripts/manifest/elements.mjs';

const { getLanguageService, newHTMLDataProvider, TextDocument } = languageService;
const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const pkg = readJson('package.json');
const elements = readElements(readJson('custom-elements.json'));
const vscode = readJson(pkg.exports['./vscode.html-custom-data.json']);
const webTypes = readJson(pkg['web-types']);

const service = getLanguageService({ customDataProviders: [newHTMLDataProvider('lotse', vscode)] });
/** What VS Code offers where `|` stands in `html`. */
function complete(html) {
  const offset = html.indexOf('|');
  const document = TextDocument.create('file:///page.html', 'html', 1, html.replace('|', ''));
  const items = service.doComplete(document, document.positionAt(offset), service.parseHTMLDocument(document)).items;
  return new Map(items.map((item) => [item.label, item]));
}

test('VS Code completes every Lotse tag, with its summary', () => {
  const offered = complete('<body><|');
  for (const element of elements) {
    const item = offered.get(element.tag);
    assert.ok(item, `<${element.tag}> not offered`);
    assert.match(item.documentation?.value ?? '', new RegExp(element.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
});

test('VS Code completes each element’s attributes, enumerated values, and boolean attributes without a value', () => {
  let enumerated = 0;
  let booleans = 0;
  for (const element of elements) {
    const attributes = complete(`<${element.tag} |></${element.tag}>`);
    for (const a of element.attributes) {
      const item = attributes.get(a.name);
      assert.ok(item, `<${element.tag} ${a.name}> not offered`);
      if (isBoolean(a.type)) {
        booleans++;
        assert.doesNotMatch(item.textEdit?.newText ?? '', /=/, `${a.name} is boolean: no value`);
      }
      // The empty value (as if the attribute were left out) is not offered.
      const values = literalValues(a.type)?.filter(Boolean);
      if (values) {
        enumerated++;
        const offered = complete(`<${element.tag} ${a.name}="|"></${element.tag}>`);
        assert.deepEqual([...offered.keys()].filter((v) => values.includes(v)).sort(), [...values].sort(), `${element.tag} ${a.name}`);
      }
    }
  }
  assert.ok(enumerated >= 2 && booleans >= 1, `${enumerated} enumerated, ${booleans} boolean attributes checked`);
});

test('web-types.json: every element with attributes, events, properties, parts and custom properties', () => {
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const byName = new Map(webTypes.contributions.html.elements.map((e) => [e.name, e]));
  assert.deepEqual([...byName.keys()].sort(), elements.map((e) => e.tag).sort());
  for (const element of elements) {
    const described = byName.get(element.tag);
    assert.deepEqual(described.attributes.map((a) => a.name), element.attributes.map((a) => a.name));
    assert.deepEqual(described.events.map((e) => e.name), element.events.map((e) => e.name));
    assert.deepEqual(described.js.events.map((e) => e.name), element.events.map((e) => e.name));
    assert.deepEqual(described.js.properties.map((p) => p.name), element.properties.map((p) => p.name));
    assert.deepEqual(described.css.parts.map((p) => p.name), element.parts.map((p) => p.name));
    assert.deepEqual(described.css.properties.map((p) => p.name), element.cssProperties.map((p) => p.name));
    assert.equal(described.source.module, `./${element.js}`);
    for (const a of described.attributes) assert.ok(a.value?.type, `${element.tag} ${a.name} has no value type`);
  }
});
