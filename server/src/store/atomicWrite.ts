// Write a file so that a reader sees either the old or the new content, never half of either:
// write a temporary file beside it, flush it, then rename over the target.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './fileLock';

/** Temp files older than this are a dead writer's even if their pid is in use again. */
const LEFTOVER_MS = 10_000;

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // `.tmp-` names are git-ignored (*.factmark.json.tmp-*).
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Removes what killed writers left beside a file: temp files (`PATH.tmp-PID-…`, died between
 * writing and renaming) and lock helpers (`PATH.lock.new-PID-…`, `PATH.lock.stale-PID-…`). Call it
 * holding the file's lock: a file whose process is gone, or that is old, belongs to nobody.
 */
export async function removeLeftovers(prefixes: readonly string[]): Promise<void> {
  const dirs = new Map<string, string[]>();
  for (const p of prefixes) dirs.set(dirname(p), [...(dirs.get(dirname(p)) ?? []), basename(p)]);
  for (const [dir, starts] of dirs) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const prefix = starts.find((s) => name.startsWith(s));
      if (!prefix) continue;
      const pid = Number(name.slice(prefix.length).split('-')[0]);
      const full = join(dir, name);
      try {
        const old = Date.now() - (await fs.stat(full)).mtimeMs > LEFTOVER_MS;
        if (old || !Number.isInteger(pid) || (pid !== process.pid && !processAlive(pid))) await fs.rm(full, { force: true });
      } catch {
        // gone meanwhile: nothing to do
      }
    }
  }
}
