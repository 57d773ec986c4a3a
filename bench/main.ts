// `npm run bench` (or `npm run bench:smoke` with --smoke): measures factmark against its peers and
// as an editor would feel it, prints a table and ends with a one-line summary. Run after
// `node scripts/build.mjs --production` (the npm scripts do it): the server and CLI are timed as
// the bundles `npm run package` ships (minified, no source maps), not the development build.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARKS_DOC, writeBenchmarksDoc } from './benchmarksDoc';
import { articlesOfSize, documentOfSize, loadSeeds, ROOT } from './corpus';
import { measureEditorLatency } from './editorLatency';
import { timeExport, writeArticleFolder, type ExportRun } from './exportRate';
import { loadNow, machineFacts } from './machine';
import { FULL, SMOKE } from './plan';
import { machineLine, summary, table, type Results } from './report';
import { measureColdStart, measureMemory } from './serverFacts';
import { bytesOf, MB } from './stats';
import { measureThroughput } from './throughput';

const PEERS = ['compromise', 'compromise-dates', 'chrono-node'];

async function main(): Promise<void> {
  const plan = process.argv.includes('--smoke') ? SMOKE : FULL;
  const cache = join(ROOT, '.cache', 'bench', plan.smoke ? 'smoke' : 'full');
  mkdirSync(cache, { recursive: true });
  const log = (s: string): void => { process.stderr.write(`${s}\n`); };
  const started = process.hrtime.bigint();
  const machine = machineFacts();
  const seeds = loadSeeds();

  log(`corpus: ${(plan.corpusBytes / MB).toFixed(1)} MB from ${seeds.length} seed articles`);
  const corpus = articlesOfSize(plan.corpusBytes, seeds);
  log('throughput (one core, this process):');
  const throughput = measureThroughput(corpus, plan.throughput, log);

  log(`editor latency on a ${(plan.latencyDocumentBytes / MB).toFixed(1)} MB article (server process over JSON-RPC)…`);
  const latency = await measureEditorLatency(documentOfSize(plan.latencyDocumentBytes, seeds, 11), join(cache, 'latency'), plan.latency);

  log(`server cold start × ${plan.coldStarts}…`);
  const coldStart = await measureColdStart(join(cache, 'empty'), plan.coldStarts);

  log(`server memory with ${plan.memoryDocuments} articles of ${(plan.memoryDocumentBytes / MB).toFixed(1)} MB open…`);
  const docs = Array.from({ length: plan.memoryDocuments }, (_, i) => documentOfSize(plan.memoryDocumentBytes, seeds, 100 + i));
  const memory = await measureMemory(join(cache, 'memory'), docs, plan.memoryRuns, plan.memorySettleMs);

  const folder = join(cache, `articles-${plan.exportArticles}`);
  log(`factmark export over ${plan.exportArticles} articles (${folder})…`);
  writeArticleFolder(folder, plan.exportArticles, seeds);
  const exports: ExportRun[] = [];
  for (const jobs of plan.exportJobs) {
    exports.push(await timeExport(folder, plan.exportArticles, jobs, join(cache, `export-${jobs}.jsonl`)));
    log(`  --jobs ${jobs}: ${exports.at(-1)!.perSecond.toFixed(0)} articles/s`);
  }

  const vsix = join(ROOT, 'factmark.vsix');
  const results: Results = {
    smoke: plan.smoke,
    machine,
    loadAfter: loadNow(),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    versions: Object.fromEntries(PEERS.map((p) => [p, versionOf(p)])),
    corpus: { bytes: bytesOf(corpus.map((a) => a.text)), articles: corpus.length, runs: plan.throughput.runs },
    throughput,
    latency,
    coldStart,
    memory,
    vsixBytes: existsSync(vsix) ? statSync(vsix).size : null,
    exports,
  };
  process.stdout.write(`\n${machineLine(results)}\n\n${table(results)}\n\n`);
  if (!plan.smoke) {
    writeBenchmarksDoc(results, plan);
    process.stdout.write(`written: ${BENCHMARKS_DOC}\n`);
  }
  process.stdout.write(`${summary(results)}\n`);
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
