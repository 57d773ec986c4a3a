// The user's tags of an article as `Claim`s of the analysis (origin 'user', UTF-16 offsets), for
// anyone holding the article's text: the CLI export and the language server alike.
import { anchorRecord } from './liveTags';
import type { LiveTag } from './liveTags';
import { readSidecar, sidecarPathFor } from './sidecarFile';
import type { TagRecord } from './format';
import type { Claim } from '../analysis/types';
import { createOffsetMapper } from '../analysis/offsets';

/** A tag whose text is no longer in the article: reported, never dropped. */
export interface OrphanedTag {
  id: string;
  /** The text that was tagged. */
  text: string;
  status: Claim['status'];
  note: string | null;
  updated: string | null;
  by: string | null;
  /** UTF-16 offset in the current text where it was last seen (clamped to the text). */
  lastSeen: number;
}

export interface UserClaims {
  claims: Claim[];
  orphaned: OrphanedTag[];
  /** Why the sidecar could not be read (it names the file); the lists are then empty. */
  error?: string;
}

export async function loadUserClaims(articlePath: string, text: string): Promise<UserClaims> {
  const read = await readSidecar(sidecarPathFor(articlePath));
  if (read.state === 'missing') return { claims: [], orphaned: [] };
  if (read.state === 'error') return { claims: [], orphaned: [], error: read.error };
  const map = createOffsetMapper(text);
  return splitTags(read.file.claims.map((r) => anchorRecord(r, text, map.toUtf16(r.start))));
}

export function splitTags(tags: readonly LiveTag[]): { claims: Claim[]; orphaned: OrphanedTag[] } {
  const claims: Claim[] = [];
  const orphaned: OrphanedTag[] = [];
  for (const t of tags) {
    if (t.orphaned) orphaned.push(orphanOf(t));
    else claims.push(claimOf(t.record, t.start, t.end));
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, orphaned };
}

export function claimOf(r: TagRecord, start: number, end: number): Claim {
  return { id: r.id, start, end, text: r.text, status: r.status, origin: 'user', cue: r.cue, cueSpan: null, quote: r.quote, note: r.note, updated: r.updated };
}

function orphanOf(t: LiveTag): OrphanedTag {
  const r = t.record;
  return { id: r.id, text: r.text, status: r.status, note: r.note, updated: r.updated, by: r.by, lastSeen: t.start };
}
