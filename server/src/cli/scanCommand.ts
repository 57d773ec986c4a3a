// `factmark scan`: a readable report per file, one after the other (it is read by a person, so
// there is no parallel path to keep in order).
import { analyze, type Analysis } from '../analysis';
import type { FileTarget } from './files';
import type { CliIo } from './io';
import type { CliOptions } from './options';
import { readArticle } from './readArticle';
import { ansiStyle, plainStyle, scanReport } from './scanReport';
import { mergeUserTags } from './userTags';

export async function runScan(options: CliOptions, targets: readonly FileTarget[], io: CliIo): Promise<number> {
  let failed = 0;
  const style = io.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle;
  for (let n = 0; n < targets.length; n++) {
    const t = targets[n]!;
    const read = t.error ? { ok: false as const, path: t.path, error: t.error } : readArticle(t.path);
    if (!read.ok) {
      failed++;
      io.err(`factmark: ${read.path}: ${read.error}\n`);
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(read.text, { published: options.published });
    } catch (e) {
      failed++;
      io.err(`factmark: ${read.path}: analysis failed: ${(e as Error).message}\n`);
      continue;
    }
    const tags = await mergeUserTags(read.path, read.text, analysis);
    if (tags.warning) io.err(`factmark: ${read.path}: ${tags.warning}\n`);
    io.out(scanReport(read.path, tags.analysis, style) + (n + 1 < targets.length ? '\n' : ''));
  }
  if (failed) io.err(`factmark: ${failed} of ${targets.length} file(s) could not be analysed\n`);
  return failed ? 1 : 0;
}
