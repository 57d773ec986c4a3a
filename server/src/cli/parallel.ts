// The export on worker threads. Workers analyse articles; the main thread only hands out paths,
// puts the results back in argument order and writes them, so the output is the sequential one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportArticleSafely, failure, type ExportedArticle } from './exportArticle';
import type { FileTarget } from './files';
import { fileUri } from './readArticle';

/** Main thread → worker: one article to export. The pool stops workers with terminate(). */
export interface ExportTask { index: number; target: FileTarget }
/** Worker → main thread. */
export interface ExportDone { index: number; result: ExportedArticle }
/** What every worker gets at start. */
export interface ExportWorkerData { published: string | null }

// Two tasks in flight per worker: the next path is already waiting when one article is done, so a
// worker never idles for a round trip, and a crash loses at most the article being analysed.
const IN_FLIGHT = 2;
// Results that arrive ahead of a slow article wait in memory; this bounds how far ahead workers run.
const AHEAD_PER_WORKER = 64;

interface Slot { worker: Worker; tasks: ExportTask[]; answered: number }

export interface PoolEvents {
  /** Each result, in argument order. */
  emit(result: ExportedArticle): void;
  /** How many articles are done so far (in any order), for progress. */
  finished(count: number): void;
  /** A message for stderr (the pool fell back to this thread). */
  warn(message: string): void;
}

/** Exports `targets` on `jobs` worker threads. */
export function exportInParallel(targets: readonly FileTarget[], jobs: number, data: ExportWorkerData, on: PoolEvents): Promise<void> {
  let fresh = 0; // targets from here on have not been handed out yet
  const retry: number[] = []; // handed to a worker that died before answering; sorted
  const ready = new Map<number, ExportedArticle>();
  const window = AHEAD_PER_WORKER * jobs;
  const slots = new Set<Slot>();
  let next = 0; // the next index to emit
  let count = 0;
  let onThisThread = false;
  let whyNoWorker = '';

  return new Promise<void>((resolve, reject) => {
    const settle = (index: number, result: ExportedArticle): void => {
      ready.set(index, result);
      on.finished(++count);
      for (let r = ready.get(next); r; r = ready.get(next)) {
        ready.delete(next++);
        on.emit(r);
      }
      if (next < targets.length) return feed();
      const stopping = [...slots].map((s) => s.worker.terminate());
      slots.clear(); // before the exit events, so they are not taken for crashes
      Promise.all(stopping).then(() => resolve(), reject);
    };

    const requeue = (tasks: ExportTask[]): void => {
      retry.push(...tasks.map((t) => t.index));
      retry.sort((a, b) => a - b);
    };
    const pending = (): boolean => retry.length > 0 || fresh < targets.length;
    /** The lowest index still to do, if it is within the window; taken off the queue. */
    const take = (): number | undefined => {
      const index = retry.length ? retry[0]! : fresh;
      if (!pending() || index >= next + window) return undefined;
      if (retry.length) retry.shift();
      else fresh++;
      return index;
    };

    const feed = (): void => {
      for (const slot of slots) {
        while (slot.tasks.length < IN_FLIGHT) {
          const index = take();
          if (index === undefined) break;
          const task: ExportTask = { index, target: targets[index]! };
          slot.tasks.push(task);
          slot.worker.postMessage(task);
        }
      }
      if (slots.size === 0 && pending() && !onThisThread) {
        // No worker could start: finish on this thread rather than not at all.
        onThisThread = true;
        on.warn(`factmark: worker threads could not start (${whyNoWorker}); exporting on one thread\n`);
        void (async () => {
          for (let index = take(); index !== undefined; index = take()) {
            settle(index, await exportArticleSafely(targets[index]!, data.published, false));
          }
        })().catch(reject);
      }
    };

    const start = (): void => {
      let worker: Worker;
      try {
        worker = startWorker(data);
      } catch (e) {
        whyNoWorker = (e as Error).message;
        return;
      }
      const slot: Slot = { worker, tasks: [], answered: 0 };
      slots.add(slot);
      slot.worker.on('message', (m: ExportDone) => {
        slot.tasks.shift();
        slot.answered++;
        settle(m.index, m.result);
      });
      const lost = (why: string): void => {
        if (!slots.delete(slot)) return; // stopped on purpose, or already handled
        void slot.worker.terminate();
        if (slot.answered === 0) {
          // It never worked (a missing bundle, no memory for a thread): its tasks go to the others.
          whyNoWorker = why;
          requeue(slot.tasks);
          return feed();
        }
        // A worker runs its tasks in order, so the oldest is the article it stopped on.
        const [culprit, ...rest] = slot.tasks;
        requeue(rest);
        start();
        if (!culprit) return feed();
        const { path } = culprit.target;
        settle(culprit.index, failure(fileUri(path), path, `analysis failed: the worker thread stopped (${why})`));
      };
      slot.worker.on('error', (e) => lost(e.message));
      slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    };

    if (targets.length === 0) return resolve();
    for (let i = 0; i < jobs; i++) start();
    feed();
  });
}

/** A worker running the bundle beside dist/cli.js, or the TypeScript source when run under tsx. */
function startWorker(workerData: ExportWorkerData): Worker {
  const bundled = join(__dirname, 'exportWorker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData });
  // From the sources (tests run them with tsx): on Node 20 the main thread's loader hooks do not
  // reach worker threads, so the worker registers tsx itself before loading the entry point.
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  const source = join(__dirname, 'exportWorker.ts');
  return new Worker(`require(${JSON.stringify(tsx)});require(${JSON.stringify(source)});`, { eval: true, workerData });
}
