// The user tags of one open document, in UTF-16 offsets of the current buffer. They follow the
// user's edits (shifted through each content change) and fall back to re-anchoring by text and
// context when an edit replaced their text wholesale (a reload from disk, a git checkout). A tag
// whose text cannot be found is kept, marked orphaned, at the place its text was last seen.
import { anchorAt, findAnchor } from './anchor';
import type { TagRecord } from './format';
import { createOffsetMapper } from '../analysis/offsets';

export interface LiveTag {
  record: TagRecord;
  /** UTF-16 offsets in the current text; for an orphan, where the text was last seen (start === end). */
  start: number;
  end: number;
  orphaned: boolean;
}

export class LiveTags {
  private tags = new Map<string, LiveTag>();

  /** Replace the set by the records read from disk, anchoring each in `text`. */
  static fromRecords(records: readonly TagRecord[], text: string): LiveTags {
    const set = new LiveTags();
    set.reconcile(records, text);
    return set;
  }

  all(): LiveTag[] {
    return [...this.tags.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  get(id: string): LiveTag | undefined {
    return this.tags.get(id);
  }

  /** The non-orphaned tag covering exactly [start, end), if any. */
  findSpan(start: number, end: number): LiveTag | undefined {
    for (const t of this.tags.values()) if (!t.orphaned && t.start === start && t.end === end) return t;
    return undefined;
  }

  /**
   * Adopt the records on disk: tags we already follow keep their live position (it knows about
   * unsaved edits) and take the record's status/note; new ones are anchored; ones gone from disk go.
   */
  reconcile(records: readonly TagRecord[], text: string): void {
    const next = new Map<string, LiveTag>();
    let map: ReturnType<typeof createOffsetMapper> | null = null;
    for (const record of records) {
      const live = this.tags.get(record.id);
      if (live) {
        next.set(record.id, { ...live, record: { ...record, text: live.record.text, prefix: live.record.prefix, suffix: live.record.suffix } });
        continue;
      }
      map ??= createOffsetMapper(text);
      next.set(record.id, anchorRecord(record, text, map.toUtf16(record.start)));
    }
    this.tags = next;
  }

  /**
   * Shift tags through one content change: [start, end) of the old text was replaced by
   * `inserted`; `text` is the whole new text. Edits inside a tag keep the tag (its text follows the
   * user's typing); an edit that replaced a tag's whole text makes it an orphan for now, and
   * `retryOrphans` may find the text again.
   */
  applyChange(start: number, end: number, inserted: string, text: string): void {
    const delta = inserted.length - (end - start);
    for (const t of this.tags.values()) {
      if (t.orphaned) {
        if (t.start >= end) t.start = t.end = t.start + delta;
        else if (t.start > start) t.start = t.end = start;
        continue;
      }
      if (end <= t.start) {
        // Wholly before the tag (an insertion at its start too): move along.
        t.start += delta;
        t.end += delta;
        continue;
      }
      if (start >= t.end) continue; // wholly after
      if (start <= t.start && end >= t.end) {
        // The tag's whole text was replaced.
        t.orphaned = true;
        t.start = t.end = start;
        continue;
      }
      if (start >= t.start && end <= t.end) {
        t.end += delta; // typing inside the tag
      } else if (start < t.start) {
        t.start = start + inserted.length; // the edit took the tag's head
        t.end += delta;
      } else {
        t.end = start; // the edit took the tag's tail
      }
      if (t.end <= t.start) {
        t.orphaned = true;
        t.start = t.end = Math.min(t.start, t.end);
        continue;
      }
      t.record = { ...t.record, text: text.slice(t.start, t.end) };
    }
  }

  /** Look for orphans' text again (after edits or a reload); returns whether any came back. */
  retryOrphans(text: string): boolean {
    let found = false;
    for (const t of this.tags.values()) {
      if (!t.orphaned) continue;
      const at = findAnchor(text, anchorOf(t.record), t.start);
      if (at === null) continue;
      t.start = at;
      t.end = at + t.record.text.length;
      t.orphaned = false;
      found = true;
    }
    return found;
  }

  /** Refresh the recorded context of live tags from `text` (before writing them out). */
  refreshContext(text: string): void {
    for (const t of this.tags.values()) {
      if (t.orphaned) continue;
      const a = anchorAt(text, t.start, t.end);
      t.record = { ...t.record, text: a.exact, prefix: a.prefix, suffix: a.suffix };
    }
  }
}

export function anchorOf(r: TagRecord): { exact: string; prefix: string; suffix: string } {
  return { exact: r.text, prefix: r.prefix, suffix: r.suffix };
}

/** Place a record from disk in `text`; `hint` is its recorded start converted to UTF-16. */
export function anchorRecord(record: TagRecord, text: string, hint: number): LiveTag {
  const at = findAnchor(text, anchorOf(record), hint);
  if (at === null) {
    const p = Math.min(hint, text.length);
    return { record, start: p, end: p, orphaned: true };
  }
  return { record, start: at, end: at + record.text.length, orphaned: false };
}
