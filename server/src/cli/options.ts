// The command line of `factmark export|scan`: options and paths, or the reason (and exit status)
// to stop before reading any file.
export interface CliOptions {
  command: 'export' | 'scan';
  published: string | null;
  /** Worker threads for export as asked (1: all on the main thread); null: decide by the work. */
  jobs: number | null;
  paths: string[];
}

export type Parsed = { ok: true; options: CliOptions } | { ok: false; code: number; message: string };

/** `args` are the words after the command. Options may come as `--name value` or `--name=value`. */
export function parseOptions(command: 'export' | 'scan', args: readonly string[]): Parsed {
  let published: string | null = null;
  let jobs: number | null = null;
  const paths: string[] = [];
  const words = [...args];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : words[++i]);
    if (name === '--published') {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        return fail(`--published needs a date as YYYY-MM-DD (got ${v ?? 'nothing'})`);
      }
      published = v;
    } else if (name === '--jobs' || name === '-j') {
      const v = value();
      if (command !== 'export') return fail('--jobs applies to export only');
      if (!v || !/^[1-9]\d{0,3}$/.test(v)) return fail(`--jobs needs a whole number of worker threads, 1 or more (got ${v ?? 'nothing'})`);
      jobs = Number(v);
    } else if (a === '--') paths.push(...words.splice(i + 1));
    else if (a.startsWith('-') && a !== '-') return fail(`unknown option '${a}'`);
    else paths.push(a);
  }
  return { ok: true, options: { command, published, jobs, paths } };
}

function fail(message: string): Parsed {
  return { ok: false, code: 2, message: `factmark: ${message}\n` };
}
