// Finding a tag's text again. While the user types, tags are shifted through each edit (see
// liveTags.ts); after a change made elsewhere only the text is left to go by, so we look for the
// exact text and prefer the occurrence whose surroundings match the recorded prefix/suffix best,
// then the one nearest the recorded position. No exact occurrence means orphaned: a tag is never
// attached to text it did not tag.

/** How much context is recorded on each side of a tag. */
export const CONTEXT_LENGTH = 32;

export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The anchor of [start, end) in `text` (UTF-16 offsets). */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Where `anchor.exact` stands in `text` now (UTF-16 start), or null when it is gone.
 * `hint` is the UTF-16 offset it was last known at.
 */
export function findAnchor(text: string, anchor: Anchor, hint: number): number | null {
  const { exact } = anchor;
  if (!exact) return null;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, anchor);
    const distance = Math.abs(at - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best < 0 ? null : best;
}

/** Characters of recorded context that still stand next to the occurrence [start, end). */
function contextScore(text: string, start: number, end: number, anchor: Anchor): number {
  let score = 0;
  const p = anchor.prefix;
  while (score < p.length && start - score - 1 >= 0 && text.charCodeAt(start - score - 1) === p.charCodeAt(p.length - score - 1)) score++;
  const s = anchor.suffix;
  let k = 0;
  while (k < s.length && end + k < text.length && text.charCodeAt(end + k) === s.charCodeAt(k)) k++;
  return score + k;
}
