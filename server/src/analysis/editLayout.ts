// Where an edit sits in the paragraph structure, found by walking lines outward from it instead of
// splitting the whole document: an editor edit must cost the size of a paragraph, not of the article.
// The rules are those of `splitParagraphs` (segment.ts): lines end at CR, LF or CRLF; a paragraph is
// a run of non-blank lines when the text has a blank line anywhere, else each line is one; paragraphs
// are trimmed of white space.
import type { Range } from './segment';

/** A blank line anywhere (also an empty last line after a final line break). */
const BLANK_LINE = /(?:^|\r\n|\r(?!\n)|\n)[^\S\r\n]*(?=\r|\n|$)/;

export const LINE_BREAK = /[\r\n]/;

export function hasBlankLine(text: string): boolean {
  return BLANK_LINE.test(text);
}

export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** End of the line's content (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

export function isBlank(text: string, start: number, end: number): boolean {
  return !/\S/.test(text.slice(start, end));
}

/** End of the previous line's content, or -1 at the first line. */
function prevLineEnd(text: string, lineStart: number): number {
  if (lineStart === 0) return -1;
  const e = lineStart - 1;
  return text.charCodeAt(e) === 10 && e > 0 && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
}

/** Start of the next line, or -1 at the last line. */
function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return -1;
  return lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
}

/** The untrimmed extent (first line start, last line end) of the paragraph holding a non-blank line. */
export function paragraphOfLine(text: string, lineStart: number, lineEnd: number, hasBlank: boolean): Range {
  let start = lineStart;
  let end = lineEnd;
  if (!hasBlank) return { start, end };
  for (let pe = prevLineEnd(text, start); pe >= 0; pe = prevLineEnd(text, start)) {
    const ps = lineStartAt(text, pe);
    if (isBlank(text, ps, pe)) break;
    start = ps;
  }
  for (let ns = nextLineStart(text, end); ns >= 0; ns = nextLineStart(text, end)) {
    const ne = lineEndAt(text, ns);
    if (isBlank(text, ns, ne)) break;
    end = ne;
  }
  return { start, end };
}

export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Trimmed paragraphs before the untrimmed extent `from` (nearest first), while `more` says so and
 * at most `limit` of them. Each is returned with its untrimmed extent, to continue from.
 */
export function paragraphsBefore(text: string, from: Range, hasBlank: boolean, limit: number, more: (p: Range, count: number) => boolean): Range[] {
  const out: Range[] = [];
  let at = from.start;
  while (out.length < limit) {
    let pe = prevLineEnd(text, at);
    while (pe >= 0 && isBlank(text, lineStartAt(text, pe), pe)) pe = prevLineEnd(text, lineStartAt(text, pe));
    if (pe < 0) break;
    const raw = paragraphOfLine(text, lineStartAt(text, pe), pe, hasBlank);
    const p = trimRange(text, raw);
    if (!more(p, out.length)) break;
    out.push(p);
    at = raw.start;
  }
  return out;
}

/** Trimmed paragraphs after the untrimmed extent `from` (nearest first); see `paragraphsBefore`. */
export function paragraphsAfter(text: string, from: Range, hasBlank: boolean, limit: number, more: (p: Range, count: number) => boolean): Range[] {
  const out: Range[] = [];
  let at = from.end;
  while (out.length < limit) {
    let ns = nextLineStart(text, at);
    while (ns >= 0 && isBlank(text, ns, lineEndAt(text, ns))) ns = nextLineStart(text, lineEndAt(text, ns));
    if (ns < 0) break;
    const raw = paragraphOfLine(text, ns, lineEndAt(text, ns), hasBlank);
    const p = trimRange(text, raw);
    if (!more(p, out.length)) break;
    out.push(p);
    at = raw.end;
  }
  return out;
}

/** The trimmed paragraph holding a non-blank offset. */
export function paragraphAt(text: string, offset: number, hasBlank: boolean): Range {
  return trimRange(text, paragraphOfLine(text, lineStartAt(text, offset), lineEndAt(text, offset), hasBlank));
}
