// `factmark export`: every file's annotations on stdout in argument order, on worker threads when
// there are enough files for threads to pay off, else on this thread.
import { exportArticleSafely, type ExportedArticle } from './exportArticle';
import type { FileTarget } from './files';
import type { CliIo } from './io';
import type { CliOptions } from './options';
import { exportInParallel } from './parallel';
import { createProgress } from './progress';

// Starting a worker (a thread that loads the CLI bundle) costs tens of milliseconds, several
// small articles' worth; below this many files one thread is as fast.
export const PARALLEL_FROM = 16;

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
  const jobs = Math.min(options.jobs, targets.length);
  if (jobs > 1 && targets.length >= PARALLEL_FROM) {
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
