// How big each measurement is: the full run (npm run bench) uses the sizes of issue 6; the smoke
// run (npm run bench:smoke, in CI) is the same code on small inputs so that it cannot rot.
import { availableParallelism } from 'node:os';
import type { LatencyPlan } from './editorLatency';
import type { ThroughputPlan } from './throughput';

export interface Plan {
  smoke: boolean;
  corpusBytes: number;
  throughput: ThroughputPlan;
  /** The one long article typed into. */
  latencyDocumentBytes: number;
  latency: LatencyPlan;
  coldStarts: number;
  /** Documents open at once for the memory measure, and the size of each. */
  memoryDocuments: number;
  memoryDocumentBytes: number;
  /** Fresh servers the memory measure is taken in (the table gives the median peak). */
  memoryRuns: number;
  /**
   * How long the first of them is then left idle before its RSS is read again: past the analysis
   * thread's retirement (15 s, server/src/features/analysisPool.ts) and V8's shrinking of the heaps.
   */
  memorySettleMs: number;
  exportArticles: number;
  /** --jobs values timed: one thread, then every core. */
  exportJobs: number[];
}

const cores = availableParallelism();
const jobs = cores > 1 ? [1, cores] : [1];

export const FULL: Plan = {
  smoke: false,
  corpusBytes: 10_000_000,
  throughput: { runs: 5, secondsPerRun: 10, warmupBytes: 200_000, warmupSeconds: 3 },
  latencyDocumentBytes: 1_000_000,
  latency: { keystrokes: 300, keystrokeSeconds: 150, hovers: 300, codeActions: 300 },
  coldStarts: 10,
  memoryDocuments: 10,
  memoryDocumentBytes: 1_000_000,
  memoryRuns: 5,
  memorySettleMs: 25_000,
  exportArticles: 10_000,
  exportJobs: jobs,
};

export const SMOKE: Plan = {
  smoke: true,
  corpusBytes: 300_000,
  throughput: { runs: 3, secondsPerRun: 0.5, warmupBytes: 20_000, warmupSeconds: 0.3 },
  latencyDocumentBytes: 100_000,
  latency: { keystrokes: 24, keystrokeSeconds: 10, hovers: 50, codeActions: 50 },
  coldStarts: 3,
  memoryDocuments: 10,
  memoryDocumentBytes: 100_000,
  memoryRuns: 1,
  memorySettleMs: 0,
  exportArticles: 200,
  exportJobs: jobs,
};
