// A lock file beside the sidecar so that two writers (two windows, the CLI and the editor) take
// turns at read-merge-write. Creating with O_EXCL is atomic on local file systems. The lock names
// its holder (pid and host): a lock whose holder is a process of this machine that no longer
// exists (killed mid-write, a crash) is taken over at once; any other lock once it is older than
// STALE_MS (a holder on another machine, or a lock file from an older factmark).
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

const STALE_MS = 10_000;
const WAIT_MS = 8_000;

export async function withFileLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  let delay = 5;
  for (;;) {
    try {
      await createLock(lockPath);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (await takeOverIfStale(lockPath)) continue;
      if (Date.now() > deadline) throw new Error(`${lockPath} is held by another writer; try again, or delete it if no factmark is running`, { cause: e });
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}

/**
 * Creates the lock already holding its content, so that no lock without a holder exists even if
 * the process is killed right then: the content goes to a file of our own, which is then linked
 * to the lock's name (atomic, EEXIST when taken). File systems without hard links get O_EXCL.
 */
async function createLock(lockPath: string): Promise<void> {
  const content = `${process.pid} ${hostname()} ${new Date().toISOString()}\n`;
  const mine = `${lockPath}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  await fs.writeFile(mine, content, { flag: 'wx' });
  try {
    await fs.link(mine, lockPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
    const h = await fs.open(lockPath, 'wx');
    try {
      await h.writeFile(content);
    } finally {
      await h.close();
    }
  } finally {
    await fs.rm(mine, { force: true });
  }
}

/** What a writer killed while locking or writing can leave beside `lockPath`'s file: see removeLeftovers. */
export function leftoverPrefixes(lockPath: string): string[] {
  return [`${lockPath}.new-`, `${lockPath}.stale-`];
}

/** The holder a lock file names: `PID HOST TIME` (older factmarks wrote `PID TIME`). */
export function lockHolder(content: string): { pid: number; host: string | null } | null {
  const parts = content.trim().split(/\s+/);
  const pid = Number(parts[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, host: parts.length >= 3 ? parts[1]! : null };
}

/** Whether a process of this machine with this pid exists (EPERM: it does, just not ours). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the lock when its holder is gone; true when the caller should try again at once.
 * The lock is moved aside before it is removed and checked to be the one judged stale, so a
 * writer that took the lock in between keeps it.
 */
async function takeOverIfStale(lockPath: string): Promise<boolean> {
  let content: string;
  let mtimeMs: number;
  try {
    content = await fs.readFile(lockPath, 'utf8');
    mtimeMs = (await fs.stat(lockPath)).mtimeMs;
  } catch {
    return true; // gone already: the next attempt will take it
  }
  const holder = lockHolder(content);
  // A lock naming no holder (its writer died between creating and filling it, or is filling it
  // now) or a holder elsewhere goes by age only.
  const deadHere = holder !== null && holder.host === hostname() && !processAlive(holder.pid);
  if (!deadHere && Date.now() - mtimeMs <= STALE_MS) return false;
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return true; // someone else moved it first
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => '');
  if (moved !== content) {
    // A live writer's fresh lock: put it back unless yet another writer holds the lock now.
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
  return true;
}
