// Reading and changing a sidecar on disk. Every change is read-merge-write under the lock file:
// the file is read again inside the lock and the change applied to what is there now, so a tag
// another writer added a moment ago is kept. A file we cannot read is never written.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { emptySidecar, parseSidecar, serializeSidecar, SIDECAR_SUFFIX } from './format';
import type { SidecarFile, TagRecord } from './format';
import { removeLeftovers, writeFileAtomic } from './atomicWrite';
import { leftoverPrefixes, withFileLock } from './fileLock';
import { createOffsetMapper } from '../analysis/offsets';

export type SidecarRead =
  | { state: 'missing' }
  | { state: 'ok'; file: SidecarFile }
  | { state: 'error'; error: string };

/** `article.txt` → `article.txt.factmark.json`: says what it is and sorts next to the article. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export async function readSidecar(sidecarPath: string): Promise<SidecarRead> {
  let raw: string;
  try {
    raw = await fs.readFile(sidecarPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { state: 'missing' };
    return { state: 'error', error: `cannot read ${sidecarPath}: ${(e as Error).message}` };
  }
  const parsed = parseSidecar(raw, sidecarPath);
  return parsed.ok ? { state: 'ok', file: parsed.file } : { state: 'error', error: parsed.error };
}

/** A cheap fingerprint of the sidecar on disk, to notice another writer's change. */
export async function sidecarStamp(sidecarPath: string): Promise<string> {
  try {
    const st = await fs.stat(sidecarPath);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

export class SidecarError extends Error {}

/**
 * Apply `change` to the tags on disk and write the result atomically; returns the records now on
 * disk. `change` returns null to leave the file as it is. `articleText` is the text the records' positions refer to (for the document header).
 */
export async function updateSidecar(
  articlePath: string,
  articleText: string,
  generator: string,
  change: (records: TagRecord[]) => TagRecord[] | null,
): Promise<TagRecord[]> {
  const path = sidecarPathFor(articlePath);
  const lock = `${path}.lock`;
  return withFileLock(lock, async () => {
    const current = await readSidecar(path);
    if (current.state === 'error') throw new SidecarError(current.error);
    const file = current.state === 'ok' ? current.file : emptySidecar(generator);
    const claims = change(file.claims.map((r) => ({ ...r })));
    if (claims === null) return file.claims; // nothing to change: leave the file alone
    const next: SidecarFile = {
      ...file,
      generator,
      document: {
        uri: pathToFileURL(articlePath).href,
        sha256: createHash('sha256').update(articleText, 'utf8').digest('hex'),
        length: createOffsetMapper(articleText).codePointLength,
        published: file.document.published,
      },
      claims: claims.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id)),
    };
    await writeFileAtomic(path, serializeSidecar(next));
    await removeLeftovers([`${path}.tmp-`, ...leftoverPrefixes(lock)]);
    return next.claims;
  });
}

/** Put `record` in `records` (replacing the one with its id), keeping everything else. */
export function upsertRecord(records: TagRecord[], record: TagRecord): TagRecord[] {
  const i = records.findIndex((r) => r.id === record.id);
  if (i < 0) return [...records, record];
  const copy = records.slice();
  copy[i] = record;
  return copy;
}
