// docs/architecture.md shows the example widget exactly as it is in
// docs/examples/topic-list.ts, which the type check compiles and a browser
// test runs: the page never shows code that has rotted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('docs/architecture.md quotes the example widget verbatim', () => {
  const doc = read('docs/architecture.md');
  const example = read('docs/examples/topic-list.ts').trim();
  const block = doc.match(/```ts\n([\s\S]*?)```/g)?.map((b) => b.slice(6, -3).trim()) ?? [];
  assert.ok(block.includes(example), 'the ts block in docs/architecture.md differs from docs/examples/topic-list.ts');
});
