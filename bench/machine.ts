// Facts about the machine a benchmark ran on, printed beside the numbers: without them the
// numbers cannot be compared with anyone else's.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  date: string;
  nproc: string;
  node: string;
  cpu: string;
  memory: string;
  os: string;
  load: string;
}

export function machineFacts(): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: run('nproc', []) ?? String(availableParallelism()),
    node: run(process.execPath, ['-v']) ?? process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    load: loadNow(),
  };
}

/** The 1-minute load average: other work on the machine slows every number down. */
export function loadNow(): string {
  return loadavg()[0]!.toFixed(2);
}

function run(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
