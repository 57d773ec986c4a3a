// Entry point of the language server's analysis thread (bundled to dist/analysisWorker.js). It
// owns the analysers, and with them the paragraph caches, so the server's main thread keeps
// answering requests while a large article is analysed, and holds none of that cache memory.
// Messages are handled one at a time, in order: a `forget` sent after a job runs after it.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyze, createAnalyzer } from '../analysis';
import type { Analysis, AnalysisOptions, Analyzer } from '../analysis';
import type { WorkerAnswer, WorkerMessage } from './analysisPool';
import { encodeAnalysis } from './analysisWire';
import { LONG_ARTICLE } from './openingCollector';

// With --expose-gc (the server's Node options), two full collections after each long article: its
// analysis leaves megabytes of garbage that V8 would otherwise keep while the next article is
// analysed, and V8 gives back the pages the first collection empties only at the second (the
// thread kept 17 MB of old space for 5 MB live after one, 6–8 MB after two). Ten 1 MB articles
// opened in a row peaked about 7 MB lower.
const collect = (globalThis as { gc?: () => void }).gc ?? null;

const port = parentPort;
if (!port) throw new Error('analysisWorker runs as a worker thread of the factmark language server');

// Analysis is background work: the thread yields the CPU to the server's main thread (and the
// editor) when cores are scarce. Only on Linux, where a nice value belongs to the calling thread;
// elsewhere it would lower the whole server. 10 is what `nice` gives by default.
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // Not permitted here: the thread runs at normal priority.
  }
}

// A cache only pays off for the next analysis of the same article, which follows an edit: keep
// the caches of the two articles analysed last (the one being edited and the one opened beside it),
// not of every article open: each costs about 2 MB per MB of text (its paragraphs as keys, their
// sentences and dates).
const KEEP_CACHES = 2;
const analyzers = new Map<string, Analyzer>(); // in order of last use, oldest first
// An article's first analysis (it was opened) builds no cache: most articles opened are read, not
// edited, and opening several long ones in a row would otherwise hold two caches at the peak. The
// second analysis (after an edit) builds one, and the ones after it use it.
const analysedOnce = new Set<string>();

// Test-only (see test/protocol/worker.test.ts): a text containing this marker kills the thread,
// so the tests can check that the server survives it. Unset outside those tests.
const crashMarker = process.env.FACTMARK_TEST_WORKER_CRASH_MARKER || null;

port.on('message', (m: WorkerMessage) => {
  if (m.kind === 'forget') {
    analyzers.delete(m.uri);
    analysedOnce.delete(m.uri);
    return;
  }
  if (crashMarker && m.text.includes(crashMarker)) process.exit(70);
  let answer: WorkerAnswer;
  try {
    answer = { id: m.id, ok: true, encoded: encodeAnalysis(analyse(m.uri, m.text, m.options), m.text) };
  } catch (e) {
    // The analyser failed on this text: an answer (the article says so), not a crashed thread.
    answer = { id: m.id, ok: false, message: (e as Error).message ?? String(e), stack: (e as Error).stack ?? '' };
  }
  // The encoded analysis is moved to the main thread, not copied.
  port.postMessage(answer, answer.ok ? [answer.encoded.bytes.buffer as ArrayBuffer] : []);
  // Once this handler has returned: the text, the analysis and its encoding are garbage by then.
  if (collect && m.text.length >= LONG_ARTICLE) {
    setImmediate(() => {
      collect();
      collect();
    });
  }
});

function analyse(uri: string, text: string, options: AnalysisOptions): Analysis {
  if (!analysedOnce.has(uri)) {
    analysedOnce.add(uri);
    return analyze(text, options);
  }
  const analyzer = analyzers.get(uri) ?? createAnalyzer();
  analyzers.delete(uri);
  analyzers.set(uri, analyzer);
  for (const key of analyzers.keys()) {
    if (analyzers.size <= KEEP_CACHES) break;
    analyzers.delete(key);
  }
  return analyzer.analyze(text, options);
}
