// Quick measurements while working on the server (not part of `npm run bench`): only the memory
// measure, or only the edit latency, on the same inputs as the full run.
//   node scripts/build.mjs --production && node --import tsx bench/quick.ts memory|latency|both [--keystrokes N]
// (the build `npm run bench` measures, the one the .vsix ships; `npm run build` works too, and peaks
// within about 1 MB of it).
// FACTMARK_BENCH_SERVER=other/dist/server.js runs another build (A/B on one noisy machine: alternate
// runs); FACTMARK_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server process.
import { join } from 'node:path';
import { documentOfSize, loadSeeds, ROOT } from './corpus';
import { measureEditorLatency } from './editorLatency';
import { FULL } from './plan';
import { measureMemory } from './serverFacts';

async function main(): Promise<void> {
  const what = process.argv[2] ?? 'both';
  const i = process.argv.indexOf('--keystrokes');
  const keystrokes = i >= 0 ? Number(process.argv[i + 1]) : FULL.latency.keystrokes;
  const seeds = loadSeeds();
  const cache = join(ROOT, '.cache', 'bench', 'quick');
  if (what === 'memory' || what === 'both') {
    const docs = Array.from({ length: FULL.memoryDocuments }, (_, k) => documentOfSize(FULL.memoryDocumentBytes, seeds, 100 + k));
    const t = Date.now();
    const m = await measureMemory(join(cache, 'memory'), docs, FULL.memoryRuns, process.argv.includes('--settle') ? FULL.memorySettleMs : 0);
    const peaks = m.peakRssRuns.map((p) => (p / 1e6).toFixed(1)).join(', ');
    console.log(`memory: peak RSS median ${(m.peakRss! / 1e6).toFixed(1)} MB (${peaks}), end RSS ${(m.rss! / 1e6).toFixed(1)} MB${m.settledRss === null ? '' : `, settled RSS ${(m.settledRss / 1e6).toFixed(1)} MB`} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  if (what === 'latency' || what === 'both') {
    const r = await measureEditorLatency(documentOfSize(FULL.latencyDocumentBytes, seeds, 11), join(cache, 'latency'), { ...FULL.latency, keystrokes, hovers: 50, codeActions: 50 });
    const f = (p: { p50: number; p99: number; samples: number }): string => `p50 ${p.p50.toFixed(1)} · p99 ${p.p99.toFixed(1)} (${p.samples})`;
    console.log(`latency: open ${r.openMs.toFixed(0)} ms; burst ${f(r.keystrokeToTokens)}; typing ${f(r.typingToTokens)}; full answers ${r.fullAnswers}; hover ${f(r.hover)}; actions ${f(r.codeActions)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
