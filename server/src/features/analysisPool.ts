// Full analyses on worker threads (analysisWorker.ts), so that the half second a 1 MB article
// takes never holds up a hover or a keystroke on the server's main thread. Each article always goes
// to the same thread, which keeps its analyser cache; a thread runs one analysis at a time, and a
// newer request for an article replaces its queued one (the caller only wants the latest text).
//
// A thread left idle retires (RETIRE_AFTER_MS): its heap, tens of megabytes once it has analysed a
// long article, goes back to the system, and the next analysis starts a new one (about 0.1 s, and
// without the paragraph caches, which only pay off while an article is being edited).
//
// A thread that dies is logged and restarted; the analysis it was running is done on the main
// thread instead, so the answer still comes. After several deaths in a row, or without the bundled
// worker file, every analysis runs on the main thread (slower to answer, never silent).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, createAnalyzer } from '../analysis';
import type { Analysis, AnalysisOptions, Analyzer } from '../analysis';
import { AnalysisDecoder } from './analysisWire';
import type { EncodedAnalysis } from './analysisWire';

/** Main thread → worker. */
export type WorkerMessage =
  | { kind: 'analyse'; id: number; uri: string; text: string; options: AnalysisOptions }
  | { kind: 'forget'; uri: string };

/** Worker → main thread: the analysis (encoded, see analysisWire.ts), or why the analyser failed on this text. */
export type WorkerAnswer =
  | { id: number; ok: true; encoded: EncodedAnalysis }
  | { id: number; ok: false; message: string; stack: string };

/** The analyser threw on this text (in a worker or here); the thread itself is fine. */
export class AnalysisFailure extends Error {
  constructor(message: string, readonly detail: string) {
    super(message);
  }
}

/**
 * An analysis as it came back: `step()` decodes a little more of it and answers the whole analysis
 * once done (null until then), so the caller can decode between other work, or not at all when the
 * text changed meanwhile.
 */
export interface ArrivedAnalysis {
  step(): Analysis | null;
}

interface Job {
  id: number;
  uri: string;
  text: string;
  options: AnalysisOptions;
  /** null: a newer request for the same article replaced this one before it ran. */
  resolve(analysis: ArrivedAnalysis | null): void;
  reject(error: unknown): void;
}

interface Lane {
  worker: Worker | null;
  running: Job | null;
  queue: Job[];
  lastError: string | null;
  /** The thread stopped because its heap was full (see FIRST_HEAP_MB). */
  outOfMemory: boolean;
  /** Retires the idle thread when it fires. */
  idleTimer: NodeJS.Timeout | null;
}

// Deaths in a row (no answer between) before the pool stops starting threads: a thread that dies
// on start-up, or on every article, would otherwise be restarted forever.
const MAX_CRASHES_IN_A_ROW = 3;
// The thread's heap is capped so its garbage cannot pile up to hundreds of megabytes between
// collections (V8 collects lazily far below its default cap): analysing 1 MB needs about 60 MB
// live. A larger article that runs out restarts the thread with twice the room (not a crash).
const FIRST_HEAP_MB = 128;
const MAX_HEAP_MB = 4096;
// The young generation too: V8's default lets it grow to 32 MB of semi-spaces, which stay resident
// between analyses; 8 MB analyses as fast (the analyser's short-lived garbage dies young either way)
// and keeps the thread's resident memory about 25 MB lower. This limit holds when the server is
// started with plain `node`; with the extension's Node options (common/src/serverProcess.ts) the
// process-wide --max-semi-space-size overrides it, and the thread's young generation is 4 MB.
const YOUNG_HEAP_MB = 8;
// How long a thread may sit idle before it retires: longer than the pauses of someone editing (whose
// article's cache it keeps), short enough that a server left open gives the memory back.
const RETIRE_AFTER_MS = 15_000;

export interface PoolOptions {
  log(message: string): void;
  /** How many threads; default from FACTMARK_ANALYSIS_THREADS (a number, or `auto`), else 1. */
  size?: number;
  /** The bundled worker; default dist/analysisWorker.js beside the server bundle. */
  workerFile?: string;
  /** Idle time before a thread retires; default from FACTMARK_ANALYSIS_THREAD_IDLE_MS (for tests), else RETIRE_AFTER_MS. */
  retireAfterMs?: number;
}

export class AnalysisPool {
  private readonly lanes: Lane[];
  private readonly workerFile: string;
  private readonly retireAfterMs: number;
  private nextId = 1;
  private crashesInARow = 0;
  private heapMb = FIRST_HEAP_MB;
  /** Why threads are not used (every analysis then runs here), or null. */
  private disabled: string | null = null;
  /** Analysers of the main thread, used only once threads are disabled. */
  private readonly local = new Map<string, Analyzer>();

  constructor(private readonly options: PoolOptions) {
    const size = options.size ?? sizeFromEnv(process.env.FACTMARK_ANALYSIS_THREADS);
    this.lanes = Array.from({ length: size }, () => ({ worker: null, running: null, queue: [], lastError: null, outOfMemory: false, idleTimer: null }));
    this.workerFile = options.workerFile ?? join(__dirname, 'analysisWorker.js');
    const idleFromEnv = Number(process.env.FACTMARK_ANALYSIS_THREAD_IDLE_MS);
    this.retireAfterMs = options.retireAfterMs ?? (Number.isFinite(idleFromEnv) && idleFromEnv > 0 ? idleFromEnv : RETIRE_AFTER_MS);
    if (!existsSync(this.workerFile)) this.disable(`${this.workerFile} is missing`);
  }

  /** The analysis of `text`, or null when a newer request for `uri` replaced this one first. */
  analyse(uri: string, text: string, options: AnalysisOptions): Promise<ArrivedAnalysis | null> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, uri, text, options, resolve, reject };
      const lane = this.laneOf(uri);
      this.dropQueued(lane, uri);
      lane.queue.push(job);
      this.pump(lane);
    });
  }

  /** The article was closed: its cache goes, and so does any analysis still waiting for it. */
  forget(uri: string): void {
    this.local.delete(uri);
    const lane = this.laneOf(uri);
    this.dropQueued(lane, uri);
    lane.worker?.postMessage({ kind: 'forget', uri } satisfies WorkerMessage);
  }

  private laneOf(uri: string): Lane {
    let h = 0;
    for (let i = 0; i < uri.length; i++) h = (h * 31 + uri.charCodeAt(i)) >>> 0;
    return this.lanes[h % this.lanes.length]!;
  }

  private dropQueued(lane: Lane, uri: string): void {
    const replaced = lane.queue.filter((j) => j.uri === uri);
    lane.queue = lane.queue.filter((j) => j.uri !== uri);
    for (const j of replaced) j.resolve(null);
  }

  private pump(lane: Lane): void {
    if (this.disabled) {
      for (let job = lane.queue.shift(); job; job = lane.queue.shift()) this.runHere(job, true);
      return;
    }
    if (lane.running || lane.queue.length === 0) return;
    if (lane.idleTimer) { clearTimeout(lane.idleTimer); lane.idleTimer = null; }
    const worker = lane.worker ?? this.start(lane);
    const job = lane.queue.shift()!;
    lane.running = job;
    worker.postMessage({ kind: 'analyse', id: job.id, uri: job.uri, text: job.text, options: job.options } satisfies WorkerMessage);
  }

  private start(lane: Lane): Worker {
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_HEAP_MB } });
    // The thread must not keep the server alive once the editor has gone.
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => this.answered(lane, answer));
    worker.on('error', (e) => {
      lane.lastError = e.stack ?? String(e);
      lane.outOfMemory = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    });
    worker.on('exit', (code) => this.exited(lane, worker, code));
    lane.worker = worker;
    lane.lastError = null;
    lane.outOfMemory = false;
    return worker;
  }

  private answered(lane: Lane, answer: WorkerAnswer): void {
    const job = lane.running;
    if (!job || job.id !== answer.id) return;
    lane.running = null;
    this.crashesInARow = 0;
    if (answer.ok) job.resolve(new AnalysisDecoder(answer.encoded, job.text));
    else job.reject(new AnalysisFailure(answer.message, answer.stack));
    this.pump(lane);
    if (!lane.running && lane.worker) {
      lane.idleTimer = setTimeout(() => this.retire(lane), this.retireAfterMs);
      lane.idleTimer.unref();
    }
  }

  /** The thread has been idle: it ends, and with it its heap and caches (a new one starts on demand). */
  private retire(lane: Lane): void {
    lane.idleTimer = null;
    const worker = lane.worker;
    if (!worker || lane.running || lane.queue.length > 0) return;
    lane.worker = null; // its exit is then no crash (see exited)
    void worker.terminate();
    const idle = this.retireAfterMs >= 1000 ? `${Math.round(this.retireAfterMs / 1000)} s` : `${this.retireAfterMs} ms`;
    this.options.log(`factmark: the analysis thread retired after ${idle} without work, giving its memory back; the next analysis starts a new one`);
  }

  private exited(lane: Lane, worker: Worker, code: number): void {
    if (lane.worker !== worker) return;
    lane.worker = null;
    const job = lane.running;
    lane.running = null;
    const why = lane.lastError ?? `exit code ${code}`;
    if (lane.outOfMemory && this.heapMb < MAX_HEAP_MB) this.heapMb *= 2;
    else this.crashesInARow++;
    if (this.crashesInARow >= MAX_CRASHES_IN_A_ROW) this.disable(`it stopped ${this.crashesInARow} times in a row (last: ${why})`);
    else this.options.log(`factmark: the analysis thread stopped (${why}); restarting it${job ? `, and analysing ${job.uri} on the main thread` : ''}`);
    if (job) this.runHere(job, false);
    this.pump(lane);
  }

  /** Analyses on this thread: with a kept analyser once threads are off, else a one-off. */
  private runHere(job: Job, keep: boolean): void {
    try {
      let analysis: Analysis;
      if (keep) {
        const analyzer = this.local.get(job.uri) ?? createAnalyzer();
        this.local.set(job.uri, analyzer);
        analysis = analyzer.analyze(job.text, job.options);
      } else {
        analysis = analyze(job.text, job.options);
      }
      job.resolve({ step: () => analysis });
    } catch (e) {
      job.reject(new AnalysisFailure((e as Error).message ?? String(e), (e as Error).stack ?? ''));
    }
  }

  private disable(why: string): void {
    this.disabled = why;
    this.options.log(`factmark: analysing on the main thread from now on (no analysis thread: ${why})`);
  }
}

/** FACTMARK_ANALYSIS_THREADS: a whole number, or `auto` for one per core but one (at least 1). */
export function sizeFromEnv(value: string | undefined): number {
  if (value === 'auto') return Math.max(1, availableParallelism() - 1);
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 1;
}
