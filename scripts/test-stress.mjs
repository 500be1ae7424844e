// `npm run test:stress`: the README's test command, several times in a row,
// with CPU-bound processes beside it, as on a busy shared CI machine. A test
// that passes only on an idle machine is broken; this finds it.
//
//   RUNS=5 HOGS=2 npm run test:stress      (the defaults)
import { spawn } from 'node:child_process';

const RUNS = Number(process.env.RUNS ?? 5);
const HOGS = Number(process.env.HOGS ?? 2);

const hogs = Array.from({ length: HOGS }, () => spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

const results = [];
for (let run = 1; run <= RUNS; run++) {
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const test = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    test.stdout.on('data', (chunk) => (output += chunk));
    test.stderr.on('data', (chunk) => (output += chunk));
    test.on('close', (exit) => {
      if (exit !== 0) {
        // The failures, for the record.
        const failed = output.split('\n').filter((line) => /❌|not ok|failed|Error:/.test(line));
        console.log(failed.slice(0, 40).join('\n'));
      }
      resolve(exit);
    });
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ run, passed: code === 0, seconds });
  console.log(`run ${run}/${RUNS}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s, with ${HOGS} CPU-bound processes beside it`);
}
stopHogs();
const failed = results.filter((r) => !r.passed).length;
console.log(JSON.stringify({ runs: RUNS, hogs: HOGS, failed, results }));
process.exit(failed ? 1 : 0);
