// `factmark export`: every file's annotations on stdout in argument order, on worker threads when
// asked (--jobs) or when there is enough text for threads to pay off, else on this thread.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { exportArticleSafely, type ExportedArticle } from './exportArticle';
import type { FileTarget } from './files';
import type { CliIo } from './io';
import type { CliOptions } from './options';
import { exportInParallel } from './parallel';
import { createProgress } from './progress';

// A worker answers its first article about 100 ms after it is started (it loads and compiles the
// bundle), and 48 short articles (0.2 MB) took 0.55 s on two workers against 0.36 s on one thread.
// Without --jobs, threads are used from this much text on.
export const AUTO_PARALLEL_BYTES = 1_000_000;

export async function runExport(options: CliOptions, targets: readonly FileTarget[], io: CliIo): Promise<number> {
  const progress = createProgress(targets.length, targets.length > 20 && io.isTTY, io.err);
  let failed = 0;
  const emit = (r: ExportedArticle): void => {
    if (r.failed) failed++;
    if (r.err.length) {
      progress.interrupt();
      for (const line of r.err) io.err(line);
    }
    io.out(r.out);
  };
  // Default: one worker per core the process may use (cgroup and affinity limits included).
  const jobs = Math.min(options.jobs ?? availableParallelism(), targets.length);
  if (jobs > 1 && (options.jobs !== null || bytesOf(targets) >= AUTO_PARALLEL_BYTES)) {
    await exportInParallel(targets, jobs, { published: options.published }, {
      emit,
      finished: (n) => progress.update(n),
      warn: (message) => { progress.interrupt(); io.err(message); },
    });
  } else {
    const pretty = targets.length === 1; // one file: one readable object; several: JSON Lines
    for (let n = 0; n < targets.length; n++) {
      emit(await exportArticleSafely(targets[n]!, options.published, pretty));
      progress.update(n + 1);
    }
  }
  progress.finish();
  if (failed) io.err(`factmark: ${failed} of ${targets.length} file(s) could not be analysed\n`);
  return failed ? 1 : 0;
}

/** Total size of the files (unreadable ones count nothing), stopping once past the threshold. */
function bytesOf(targets: readonly FileTarget[]): number {
  let total = 0;
  for (const t of targets) {
    if (total >= AUTO_PARALLEL_BYTES) break;
    try {
      total += t.error ? 0 : statSync(t.path).size;
    } catch {
      // reported when the file is read
    }
  }
  return total;
}
