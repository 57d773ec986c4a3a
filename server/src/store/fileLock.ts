// A lock file beside the sidecar so that two writers (two windows, the CLI and the editor) take
// turns at read-merge-write. Creating with O_EXCL is atomic on local file systems; a lock left
// behind by a crashed process is taken over once it is older than STALE_MS.
import { promises as fs } from 'node:fs';

const STALE_MS = 10_000;
const WAIT_MS = 8_000;

export async function withFileLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  let delay = 5;
  for (;;) {
    try {
      const h = await fs.open(lockPath, 'wx');
      await h.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await h.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (await isStale(lockPath)) {
        await fs.rm(lockPath, { force: true });
        continue;
      }
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

async function isStale(lockPath: string): Promise<boolean> {
  try {
    const st = await fs.stat(lockPath);
    return Date.now() - st.mtimeMs > STALE_MS;
  } catch {
    return false; // gone already: the next attempt will take it
  }
}
