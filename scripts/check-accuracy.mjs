// Runs the shared scorer over each corpus named in test/accuracy-floors.json and fails when a score
// falls below its floor, so accuracy cannot regress unnoticed. Prints the scorer's table too.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const floors = JSON.parse(readFileSync('test/accuracy-floors.json', 'utf8'));
const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.error(`check-accuracy: ${scorer} is missing (CI lays ../shared beside the clone)`);
  process.exit(1);
}
let failed = 0;
let checked = 0;
for (const [dir, want] of Object.entries(floors.corpora)) {
  if (!existsSync(dir)) { console.error(`check-accuracy: corpus ${dir} is missing`); failed++; continue; }
  const args = [scorer, '--gold', dir, '--cmd', 'node bin/factmark.js export'];
  console.log(execFileSync('node', args, { encoding: 'utf8' }));
  const summary = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }));
  for (const [metric, floor] of Object.entries(want)) {
    const got = metric.endsWith('Accuracy') ? summary[metric].accuracy : summary.micro[metric].f1;
    checked++;
    const ok = got !== null && got + 1e-9 >= floor;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${dir} ${metric}: ${got === null ? 'n/a' : got.toFixed(3)} (floor ${floor})`);
  }
}
console.log(`\naccuracy: ${checked - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
