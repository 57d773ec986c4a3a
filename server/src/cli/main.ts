// factmark CLI: `export` prints the annotations JSON (one object, or JSON Lines for several files);
// `scan` prints a report for a person. This file only parses and dispatches; progress and
// messages go to stderr so stdout stays clean JSON.
import { runExport } from './exportCommand';
import { expandTargets } from './files';
import type { CliIo } from './io';
import { parseOptions } from './options';
import { runScan } from './scanCommand';
import { version } from '../../../package.json';

export type { CliIo } from './io';

const USAGE = `factmark ${version}: people, dates, quotations and claims in news articles

usage:
  factmark export [--published YYYY-MM-DD] [--jobs N] FILE|FOLDER...   annotations JSON (JSON Lines for several files)
  factmark scan   [--published YYYY-MM-DD] FILE|FOLDER...            a readable report
  factmark --version | --help

Folders are searched for *.txt and *.news articles. A file that cannot be read is reported
(an error line in the export, a message on stderr) and the exit status is 1; the others are still done.
export runs on N worker threads (default: one per core once the articles add up to 1 MB); the
output keeps the argument order.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') { io.out(`${version}\n`); return 0; }
  if (command !== 'export' && command !== 'scan') {
    io.err(`factmark: unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }
  const parsed = parseOptions(command, rest);
  if (!parsed.ok) { io.err(parsed.message); return parsed.code; }
  const { options } = parsed;
  if (options.paths.length === 0) {
    io.err(`factmark: no file given\n${USAGE}\n`);
    return 2;
  }
  const targets = expandTargets(options.paths);
  if (targets.length === 0) {
    io.err('factmark: no articles (*.txt, *.news) found\n');
    return 1;
  }
  return command === 'export' ? runExport(options, targets, io) : runScan(options, targets, io);
}

/** Entry point of bin/factmark.js: runs with the process's arguments and streams. */
export function runCli(): void {
  // A reader that stops early (`factmark export … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  }).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`factmark: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}
