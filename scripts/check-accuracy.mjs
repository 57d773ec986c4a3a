// Runs the shared scorer over each corpus named in test/accuracy-floors.json and fails when a score
// falls below its floor, so accuracy cannot regress unnoticed. Prints a table of the scores too.
//
// The scorer runs once per corpus with --json, its stdout sent to a file. A pipe would not do: the
// scorer ends with process.exit(), and Node may drop stdout still queued for a full pipe, which cut
// the probe set's 220 KB of JSON short on a loaded CI machine. Writes to a file are synchronous.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const floors = JSON.parse(readFileSync('test/accuracy-floors.json', 'utf8'));
const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.error(`check-accuracy: ${scorer} is missing (CI lays ../shared beside the clone)`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'factmark-accuracy-'));
const fmt = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));

/** Runs the scorer on one corpus; returns its summary, or null after saying why there is none. */
function score(dir, index) {
  const outPath = join(scratch, `summary-${index}.json`);
  const out = openSync(outPath, 'w');
  const run = spawnSync('node', [scorer, '--gold', dir, '--cmd', 'node bin/factmark.js export', '--json'], {
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  // Exit status 2 means some articles failed; the summary is still written and names them.
  if (run.error || (run.status !== 0 && run.status !== 2)) {
    console.error(`check-accuracy: the scorer failed on ${dir}: ${run.error?.message ?? `exit status ${run.status}`}`);
    return null;
  }
  const text = readFileSync(outPath, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    console.error(`check-accuracy: the scorer's output for ${dir} is not JSON (${text.length} characters): ${err.message}`);
    return null;
  }
}

/** The scorer's own summary lines, plus the articles that score below 1 anywhere. */
function printSummary(dir, s) {
  const imperfect = s.perArticle.filter((r) =>
    r.failed || ['people', 'mentions', 'dates', 'quotes', 'disputed'].some((c) => r[c].f1 < 1));
  console.log(`\n${dir}: ${s.articles} articles, ${imperfect.length} not perfect, mean ${s.timeMs.mean} ms per article`);
  for (const [c, m] of Object.entries(s.micro)) {
    console.log(`  ${c.padEnd(9)} P ${fmt(m.precision)}  R ${fmt(m.recall)}  F1 ${fmt(m.f1)}   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  }
  const { dateValueAccuracy: dv, speakerAccuracy: sp } = s;
  console.log(`  date value accuracy ${fmt(dv.accuracy)} (${dv.correct}/${dv.total})`);
  console.log(`  speaker accuracy    ${fmt(sp.accuracy)} (${sp.correct}/${sp.total})`);
  if (s.failed) console.log(`  FAILED articles (counted as all-missed): ${s.failures.map((x) => x.file ?? x).join(', ')}`);
}

let failed = 0;
let checked = 0;
try {
  for (const [index, [dir, want]] of Object.entries(floors.corpora).entries()) {
    if (!existsSync(dir)) { console.error(`check-accuracy: corpus ${dir} is missing`); failed++; continue; }
    const summary = score(dir, index);
    if (!summary) { failed++; continue; }
    printSummary(dir, summary);
    if (summary.failed) failed++;
    for (const [metric, floor] of Object.entries(want)) {
      const got = metric.endsWith('Accuracy') ? summary[metric].accuracy : summary.micro[metric].f1;
      checked++;
      const ok = got !== null && got + 1e-9 >= floor;
      if (!ok) failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${dir} ${metric}: ${got === null ? 'n/a' : got.toFixed(3)} (floor ${floor})`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\naccuracy: ${checked - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
