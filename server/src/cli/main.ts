// factmark CLI: `export` prints the annotations JSON (one object, or JSON Lines for several files);
// `scan` prints a report for a person. Progress goes to stderr so stdout stays clean JSON.
import { analyze, GENERATOR_NAME, toAnnotations, type Analysis, type ErrorLine } from '../analysis';
import { expandTargets } from './files';
import { readArticle } from './readArticle';
import { ansiStyle, plainStyle, scanReport } from './scanReport';
import { mergeUserTags } from './userTags';
import { version } from '../../../package.json';

const USAGE = `factmark ${version}: people, dates, quotations and claims in news articles

usage:
  factmark export [--published YYYY-MM-DD] FILE|FOLDER...   annotations JSON (JSON Lines for several files)
  factmark scan   [--published YYYY-MM-DD] FILE|FOLDER...   a readable report
  factmark --version | --help

Folders are searched for *.txt and *.news articles. A file that cannot be read is reported
(an error line in the export, a message on stderr) and the exit status is 1; the others are still done.`;

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const command = args.shift();
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') { io.out(`${version}\n`); return 0; }
  if (command !== 'export' && command !== 'scan') {
    io.err(`factmark: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  let published: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--published') {
      const v = args[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        io.err(`factmark: --published needs a date as YYYY-MM-DD (got ${v ?? 'nothing'})\n`);
        return 2;
      }
      published = v;
    } else if (a.startsWith('--published=')) {
      args.splice(i + 1, 0, a.slice('--published='.length));
      args[i] = '--published';
      i--;
    } else if (a === '--') paths.push(...args.splice(i + 1));
    else if (a.startsWith('-') && a !== '-') {
      io.err(`factmark: unknown option '${a}'\n`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    io.err(`factmark: no file given\n${USAGE}\n`);
    return 2;
  }
  const targets = expandTargets(paths);
  if (targets.length === 0) {
    io.err('factmark: no articles (*.txt, *.news) found\n');
    return 1;
  }
  let failed = 0;
  const showProgress = targets.length > 20 && io.isTTY;
  const style = io.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle;
  for (let n = 0; n < targets.length; n++) {
    const t = targets[n]!;
    if (showProgress && n % 10 === 0) io.err(`\rfactmark: ${n}/${targets.length} articles`);
    const read = t.error ? { ok: false as const, path: t.path, uri: t.path, error: t.error } : readArticle(t.path);
    if (!read.ok) {
      failed++;
      if (command === 'export') {
        const line: ErrorLine = { version: 1, document: { uri: read.uri }, error: read.error };
        io.out(JSON.stringify(line) + '\n');
      }
      io.err(`factmark: ${read.path}: ${read.error}\n`);
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyze(read.text, { published });
    } catch (e) {
      failed++;
      const error = `analysis failed: ${(e as Error).message}`;
      if (command === 'export') io.out(JSON.stringify({ version: 1, document: { uri: read.uri }, error }) + '\n');
      io.err(`factmark: ${read.path}: ${error}\n`);
      continue;
    }
    const tags = await mergeUserTags(read.path, read.text, analysis);
    if (tags.warning) io.err(`factmark: ${read.path}: ${tags.warning}\n`);
    if (command === 'export') {
      const annotations = toAnnotations(read.text, tags.analysis, { uri: read.uri, sha256: read.sha256, generator: `${GENERATOR_NAME} ${version}` });
      const json = tags.orphaned.length
        ? { ...annotations, orphaned: tags.orphaned.map(({ id, text, status, note, updated }) => ({ id, text, status, note, updated })) }
        : annotations;
      io.out(targets.length === 1 ? JSON.stringify(json, null, 2) + '\n' : JSON.stringify(json) + '\n');
    } else {
      io.out(scanReport(read.path, tags.analysis, style) + (n + 1 < targets.length ? '\n' : ''));
    }
  }
  if (showProgress) io.err(`\rfactmark: ${targets.length}/${targets.length} articles\n`);
  if (failed) io.err(`factmark: ${failed} of ${targets.length} file(s) could not be analysed\n`);
  return failed ? 1 : 0;
}

/** Entry point of bin/factmark.js: runs with the process's arguments and streams. */
export function runCli(): void {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  }).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`factmark: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}
