// Comparing name parts. Shared by the people recogniser and the edit path (editPeople.ts), which
// must judge spelling variants exactly as the recogniser does. Folding is memoised (bounded): a text
// names the same people again and again, and an edit asks about the same words on every keystroke.
// The memo outlives the texts its words come from, so it keeps own copies (ownCopy.ts).
import { ownCopy } from './ownCopy';

const foldMemo = new Map<string, string>();

/** Lower case without diacritics, typographic apostrophes made straight. */
export function foldName(s: string): string {
  if (isPrintableAscii(s)) return s.toLowerCase();
  let f = foldMemo.get(s);
  if (f === undefined) {
    const own = ownCopy(s);
    f = own.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
    if (foldMemo.size > 50000) foldMemo.clear();
    foldMemo.set(own, f);
  }
  return f;
}

/** Only printable ASCII (what foldName lower-cases and nothing more). */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126 || s.charCodeAt(i) < 32) return false;
  return true;
}

/** One row of the distance table, reused: name parts are short, and this runs thousands of times per article. */
let row = new Int32Array(64);

/**
 * Levenshtein distance. Not memoised: the words compared are a few letters long, and a memo keyed
 * by the pair held megabytes (every pair of similar name parts of every article read) for a
 * computation cheaper than its key.
 */
export function editDistance(a: string, b: string): number {
  if (row.length <= b.length) row = new Int32Array(b.length + 1);
  const prev = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}
