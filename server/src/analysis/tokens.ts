// Word tokens with their offsets. One hand-written scan per paragraph (a Unicode regex per word was
// the analyser's largest cost); everything else reads these.
import type { Range } from './segment';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence in the document's sentence list. */
  sentence: number;
  /** First word of its sentence (or right after an opening quotation mark that starts it). */
  sentenceStart: boolean;
}

// A word is letters/digits joined by inner hyphens, apostrophes or dots ("al-Sarraj", "don't",
// "U.S", "Secunia.com"): [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
const OTHER = 0;
const LETTER_OR_DIGIT = 1;
const MARK = 2;
const LN = /^[\p{L}\p{N}]$/u;
const M = /^\p{M}$/u;
/** Class of each BMP code unit outside ASCII, filled on first sight (0 = not yet known). */
const bmpClass = new Uint8Array(0x10000);

function classOfCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LN.test(ch) ? LETTER_OR_DIGIT : M.test(ch) ? MARK : OTHER;
}

/** The class of the character at i and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LETTER_OR_DIGIT : OTHER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | ASTRAL;
  }
  let k = bmpClass[c]!;
  if (k === 0) bmpClass[c] = k = (c >= 0xd800 && c <= 0xdfff ? OTHER : classOfCodePoint(c)) + 1;
  return k - 1;
}
/** Flag on a class: the character takes two code units. */
const ASTRAL = 4;

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46; /* . */
}

export function tokenize(text: string, sentences: Range[], firstSentenceIndex: number): Token[] {
  const out: Token[] = [];
  if (sentences.length === 0) return out;
  // One pass over the whole stretch; sentence indexes are assigned while walking.
  const from = sentences[0]!.start;
  const to = sentences[sentences.length - 1]!.end;
  let k = 0;
  let first = true;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Fast skip of ASCII that cannot start a word (spaces, punctuation).
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) { i++; continue; }
    let cls = classAt(text, i, to);
    if ((cls & 3) !== LETTER_OR_DIGIT) { i += cls & ASTRAL ? 2 : 1; continue; }
    const start = i;
    // Plain lower-case ASCII words need no toLowerCase (most words of a text).
    let plain = c >= 97 && c <= 122 || (c >= 48 && c <= 57);
    i += cls & ASTRAL ? 2 : 1;
    while (i < to) {
      const d = text.charCodeAt(i);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) { i++; continue; }
      if (d >= 65 && d <= 90) { plain = false; i++; continue; }
      if (isJoiner(d) && i + 1 < to) {
        const nextCls = classAt(text, i + 1, to);
        // The letter after the joiner is read by the loop itself (its case matters for `plain`).
        if ((nextCls & 3) === LETTER_OR_DIGIT) { if (d === 0x2019) plain = false; i++; continue; }
        break;
      }
      if (d < 128) break;
      cls = classAt(text, i, to);
      if ((cls & 3) === OTHER) break;
      plain = false;
      i += cls & ASTRAL ? 2 : 1;
    }
    while (k < sentences.length - 1 && start >= sentences[k]!.end) { k++; first = true; }
    const t = text.slice(start, i);
    out.push({
      start,
      end: i,
      text: t,
      lower: plain ? t : t.toLowerCase(),
      upper: isUpper(c, t),
      sentence: firstSentenceIndex + k,
      sentenceStart: first,
    });
    first = false;
  }
  return out;
}

function isUpper(code: number, word: string): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCodePoint(word.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when only spaces (no line break, no punctuation) stand between two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to < from) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
