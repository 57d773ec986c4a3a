// Semantic tokens after a fast-path edit: the previous model's tokens, with the lines around the
// edit computed again. Computing the tokens of a 1 MB article takes tens of milliseconds (more than
// a keystroke may cost); the lines around one paragraph take a fraction of one.
//
// The edit changed no line break (the fast path refuses those), so every token away from the edit
// keeps its line and character. What can change is the edited stretch itself and, through the
// "speaker" token (the mention nearest a quotation's speaker, within 300 characters; see
// documentModel.ts), mentions up to twice that far away. The tokens of those lines are computed by
// the real provider on a model holding only the annotations near them, so the rules stay in one place.
import type { Analysis, Person } from '../analysis/types';
import type { DocumentModel } from './documentModel';
import { lastEndingAtOrBefore } from '../analysis/sorted';
import { absoluteTokens, lowerBound, type TokenCache } from './semanticTokens';

/** How far a change can move a "speaker" token: a quotation's reach (300) over a mention's reach (300). */
const SPEAKER_REACH = 600;

function isTokenCache(x: unknown): x is TokenCache {
  // The shape belongs to semanticTokens.ts: if it ever changes, this declines and tokens are computed in full.
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<TokenCache>;
  return c.absolute instanceof Uint32Array;
}

/**
 * The token cache of `model`, reusing the previous model's outside the lines near `changed`, or
 * null when the previous one is missing or not in the expected shape. `build` makes a model of
 * some annotations over the same text and lines.
 */
export function spliceTokenCache(previous: unknown, model: DocumentModel, changed: { start: number; end: number }, build: (analysis: Analysis) => DocumentModel): TokenCache | null {
  if (!isTokenCache(previous)) return null;
  const { lines, text } = model;
  const firstLine = lines.lineOf(Math.max(0, changed.start - SPEAKER_REACH));
  const lastLine = lines.lineOf(Math.min(text.length, changed.end + SPEAKER_REACH));
  // Annotations this far out decide which mention near those lines is a speaker.
  const from = Math.max(0, lines.lineStart(firstLine) - SPEAKER_REACH);
  const to = lines.lineEnd(lastLine) + SPEAKER_REACH;
  const near = (s: { start: number; end: number }): boolean => s.end >= from && s.start <= to;
  const a = model.analysis;
  const part: Analysis = {
    ...a,
    people: peopleNear(a.people, from, to),
    dates: a.dates.filter(near),
    quotes: a.quotes.filter(near),
    claims: a.claims.filter(near),
  };
  // The part's tokens are in line order: those of the lines around the edit are one stretch.
  const partTokens = absoluteTokens(build(part));
  const n = partTokens.length / 5;
  const fresh = partTokens.subarray(lowerBound(partTokens, n, firstLine) * 5, lowerBound(partTokens, n, lastLine + 1) * 5);
  const old = previous.absolute;
  const lo = lowerBound(old, old.length / 5, firstLine);
  const hi = lowerBound(old, old.length / 5, lastLine + 1);
  const absolute = new Uint32Array(old.length - (hi - lo) * 5 + fresh.length);
  absolute.set(old.subarray(0, lo * 5), 0);
  absolute.set(fresh, lo * 5);
  absolute.set(old.subarray(hi * 5), lo * 5 + fresh.length);
  return { absolute };
}

/** Only the people named near [from, to], with those mentions (found by binary search: this runs on every keystroke). */
function peopleNear(people: readonly Person[], from: number, to: number): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    // A person's mentions are sorted and do not overlap: those reaching [from, to] are a run.
    const first = lastEndingAtOrBefore(p.mentions, from - 1) + 1;
    let end = first;
    while (end < p.mentions.length && p.mentions[end]!.start <= to) end++;
    if (end > first) out.push({ ...p, mentions: p.mentions.slice(first, end) });
  }
  return out;
}
