// Write a file so that a reader sees either the old or the new content, never half of either:
// write a temporary file beside it, flush it, then rename over the target.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';

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
