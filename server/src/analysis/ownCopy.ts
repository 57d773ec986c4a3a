// A slice of a string in V8 may point into the string it was cut from, keeping all of it alive.
// The memos and caches below outlive the text their strings come from: a memoised word or a cached
// paragraph, sliced from one version of a 1 MB article, kept that version (2 MB) alive, and the
// server's heap held one more version for every new long word typed (heap snapshots showed eight
// extra versions after the edit path's warm-up alone). What outlives its text is copied.

import type { Range } from './segment';
import type { Analysis } from './types';

/** `s` as a string of its own, holding no reference to a longer string it may be a slice of. */
export function ownCopy(s: string): string {
  return structuredClone(s);
}

/**
 * Gives the strings of the spans starting in `range`, and of the people mentioned there, copies of
 * their own (in place: the copies are equal, so objects shared with an earlier analysis stay valid).
 * An analysis updated after a keystroke slices them from that keystroke's version of the text; kept
 * as slices, every version typed into another paragraph stayed alive until the next full analysis
 * (nine 2 MB versions after sixty keystrokes across a 1 MB article).
 */
export function ownTextsWithin(analysis: Analysis, range: Range): void {
  const inside = (s: Range): boolean => s.start >= range.start && s.start <= range.end;
  for (const d of analysis.dates) if (inside(d)) d.text = ownCopy(d.text);
  for (const q of analysis.quotes) {
    if (!inside(q)) continue;
    q.text = ownCopy(q.text);
    if (q.source !== null) q.source = ownCopy(q.source);
    if (q.cue !== null) q.cue = ownCopy(q.cue);
  }
  for (const c of analysis.claims) {
    if (!inside(c)) continue;
    c.text = ownCopy(c.text);
    if (c.cue !== null) c.cue = ownCopy(c.cue);
  }
  for (const p of analysis.people) {
    let mentioned = false;
    for (const m of p.mentions) if (inside(m)) { m.text = ownCopy(m.text); mentioned = true; }
    if (!mentioned) continue;
    p.name = ownCopy(p.name);
    p.aliases = p.aliases.map(ownCopy);
    p.roles = p.roles.map(ownCopy);
  }
}
