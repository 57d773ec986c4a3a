// Analysis throughput, one core, all in this process: factmark's analyser against compromise (with
// compromise-dates) and chrono-node (dates only), on the same articles. Each contender's runs are
// interleaved with the others' so that a noisy moment on the machine hits everyone alike.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import compromiseDates from 'compromise-dates';
import type { Article } from './corpus';
import { shippedAnalyse } from './shippedAnalyser';
import { bytesOf, MB, median } from './stats';

nlp.plugin(compromiseDates);
// compromise's types do not know the methods a plugin adds; this is the one the benchmark calls.
type WithDates = ReturnType<typeof nlp> & { dates(options: { today: Date }): { get(): unknown[] } };

export interface Contender {
  name: string;
  /** What one call does, for the report. */
  work: string;
  /** Whether it must run on the whole corpus, however slow (factmark itself). */
  wholeCorpus: boolean;
  /** Analyses one article; returns a number so the work cannot be optimised away. */
  run(text: string): number;
}

const REFERENCE = new Date('2020-01-13T12:00:00Z');

export const CONTENDERS: Contender[] = [
  {
    name: 'factmark',
    work: 'analyze() as bundled for dist/: people, dates (resolved), quotations and speakers, claims',
    wholeCorpus: true,
    run: (text) => {
      const a = shippedAnalyse()(text, { published: null });
      return a.people.length + a.dates.length + a.quotes.length + a.claims.length;
    },
  },
  {
    name: 'compromise + compromise-dates',
    work: 'nlp(): people, dates (resolved by compromise-dates), quotations',
    wholeCorpus: false,
    run: (text) => {
      const doc = nlp(text) as WithDates;
      return doc.people().out('array').length + doc.dates({ today: REFERENCE }).get().length + doc.quotations().out('array').length;
    },
  },
  {
    name: 'chrono-node',
    work: 'parse(): dates only (resolved)',
    wholeCorpus: false,
    run: (text) => chrono.parse(text, REFERENCE).length,
  },
];

export interface ThroughputResult {
  name: string;
  work: string;
  /** Megabytes per second (10^6 bytes of UTF-8), median of the runs. */
  mbPerSecond: number;
  runsMbPerSecond: number[];
  /** How much text each run covered, and whether that is a slice of the corpus. */
  bytes: number;
  articles: number;
  sliced: boolean;
}

export interface ThroughputPlan {
  runs: number;
  /** A peer gets a slice it can do in about this many seconds per run. */
  secondsPerRun: number;
  /** Bytes of the warm-up slice (also the probe that sizes the slices). */
  warmupBytes: number;
  /** The warm-up slice is run again until this many seconds have passed (the JIT settles). */
  warmupSeconds: number;
}

export function measureThroughput(corpus: readonly Article[], plan: ThroughputPlan, log: (s: string) => void): ThroughputResult[] {
  const warm = leading(corpus, plan.warmupBytes);
  const slices = CONTENDERS.map((c) => {
    for (let spent = 0; spent < plan.warmupSeconds;) spent += timeRun(c, warm);
    const probe = bytesOf(warm.map((a) => a.text)) / timeRun(c, warm);
    const slice = c.wholeCorpus ? corpus : leading(corpus, probe * plan.secondsPerRun);
    log(`  ${c.name}: about ${(probe / MB).toFixed(2)} MB/s on the warm-up; timing ${slice.length} articles (${(bytesOf(slice.map((a) => a.text)) / MB).toFixed(2)} MB) × ${plan.runs}`);
    return slice;
  });
  const runs: number[][] = CONTENDERS.map(() => []);
  for (let r = 0; r < plan.runs; r++) {
    CONTENDERS.forEach((c, i) => {
      const slice = slices[i]!;
      runs[i]!.push(bytesOf(slice.map((a) => a.text)) / timeRun(c, slice) / MB);
    });
  }
  return CONTENDERS.map((c, i) => {
    const slice = slices[i]!;
    return {
      name: c.name,
      work: c.work,
      mbPerSecond: median(runs[i]!),
      runsMbPerSecond: runs[i]!,
      bytes: bytesOf(slice.map((a) => a.text)),
      articles: slice.length,
      sliced: slice.length < corpus.length,
    };
  });
}

// With --expose-gc (the npm scripts pass it), every timed pass starts after a full collection, so
// the garbage one contender leaves behind is not collected on the next one's time.
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Seconds for one pass over the articles. */
function timeRun(c: Contender, articles: readonly Article[]): number {
  collectGarbage?.();
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const a of articles) sink += c.run(a.text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return seconds;
}

/** The first articles, at least one, holding at least `bytes`. */
function leading(corpus: readonly Article[], bytes: number): Article[] {
  const out: Article[] = [];
  let size = 0;
  for (const a of corpus) {
    if (out.length > 0 && size >= bytes) break;
    out.push(a);
    size += Buffer.byteLength(a.text, 'utf8');
  }
  return out;
}
