// UTF-16 ↔ code-point offset conversion. LSP and JavaScript strings count UTF-16 units; the
// annotations JSON counts code points. Only astral characters (surrogate pairs) make the two differ,
// so we record where the pairs are once and answer each conversion with a binary search.
import { firstAtLeast } from './sorted';

export interface OffsetMapper {
  /** Code-point offset of a UTF-16 offset (an offset inside a pair maps to the pair's start). */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number;
  /** Code points in the whole text. */
  readonly codePointLength: number;
}

export function createOffsetMapper(text: string): OffsetMapper {
  const pairs: number[] = []; // UTF-16 offsets where a surrogate pair starts
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - pairs.length;
  if (pairs.length === 0) {
    return { toCodePoint: (u) => u, toUtf16: (c) => c, codePointLength };
  }
  /** Number of pairs starting strictly before `u`. */
  const pairsBefore = (u: number): number => firstAtLeast(pairs, u);
  return {
    codePointLength,
    toCodePoint(u) {
      // Inside a pair, the pair is already counted, which lands on the pair's own start.
      return u - pairsBefore(u);
    },
    toUtf16(c) {
      // Each pair before the target adds one unit; find how many by walking pair positions in code points.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid]! - mid < c) lo = mid + 1;
        else hi = mid;
      }
      return c + lo;
    },
  };
}
