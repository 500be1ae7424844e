// npm run bench:csv: times `lotse import csv` on 1,000, 10,000 and 50,000 generated rows, five runs each (the median).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRows } from '../test/cli/csv-rows.mjs';

const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
for (const n of [1_000, 10_000, 50_000]) {
  const input = join(dir, `rows-${n}.csv`);
  writeFileSync(input, csvRows(n));
  const times = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    execFileSync(process.execPath, ['dist/cli/cli/lotse.js', 'import', 'csv', input, '-o', join(dir, 'feed.json'), '-q']);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${String(n).padStart(6)} rows: median ${Math.round(times[2])} ms (min ${Math.round(times[0])}, max ${Math.round(times[4])})`);
}
