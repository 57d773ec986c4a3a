// Comparing name parts. Shared by the people recogniser and the edit path (editPeople.ts), which
// must judge spelling variants exactly as the recogniser does. Both are memoised (bounded): a text
// names the same people again and again, and an edit asks about the same words on every keystroke.
// The memos outlive the texts their words come from, so they keep own copies (ownCopy.ts).
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

function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126 || s.charCodeAt(i) < 32) return false;
  return true;
}

const distanceMemo = new Map<string, number>();

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let d = distanceMemo.get(key);
  if (d === undefined) {
    d = levenshtein(a, b);
    if (distanceMemo.size > 50000) distanceMemo.clear();
    distanceMemo.set(ownCopy(key), d);
  }
  return d;
}

function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
