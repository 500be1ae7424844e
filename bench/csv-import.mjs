// npm run bench:csv: times `lotse import csv` as a whole command on 1,000, 10,000 and 50,000 generated rows,
// five runs each: the median wall-clock and CPU (user + system) time, and the machine's load while it ran.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRows } from '../test/cli/csv-rows.mjs';

const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const n of [1_000, 10_000, 50_000]) {
  const input = join(dir, `rows-${n}.csv`);
  writeFileSync(input, csvRows(n));
  const wall = [];
  const cpu = [];
  const load = loadavg()[0];
  for (let run = 0; run < 5; run++) {
    const out = execFileSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; { time node dist/cli/cli/lotse.js import csv "$0" -o "$1" -q; } 2>&1`, input, join(dir, 'feed.json')], { encoding: 'utf8' });
    const [real, user, sys] = out.trim().split('\n').pop().split(' ').map(Number);
    wall.push(real * 1000);
    cpu.push((user + sys) * 1000);
  }
  const budget = n === 10_000 ? `; budget 2,000 ms wall: ${median(wall) <= 2000 ? 'met' : 'NOT met'}` : '';
  console.log(`${String(n).padStart(6)} rows: median ${Math.round(median(wall))} ms wall, ${Math.round(median(cpu))} ms CPU (load ${load.toFixed(1)} on this machine)${budget}`);
}
