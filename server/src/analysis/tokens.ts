// Word tokens with their offsets. One regex pass per paragraph; everything else reads these.
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

// Letters/digits joined by inner hyphens, apostrophes or dots ("al-Sarraj", "don't", "U.S", "Secunia.com").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string, sentences: Range[], firstSentenceIndex: number): Token[] {
  const out: Token[] = [];
  if (sentences.length === 0) return out;
  // One pass over the whole stretch; sentence indexes are assigned while walking.
  const from = sentences[0]!.start;
  const to = sentences[sentences.length - 1]!.end;
  const body = to === text.length ? text : text.slice(0, to);
  let k = 0;
  let first = true;
  WORD.lastIndex = from;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    while (k < sentences.length - 1 && m.index >= sentences[k]!.end) { k++; first = true; }
    const t = m[0];
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase(),
      upper: isUpper(t.charCodeAt(0), t[0]!),
      sentence: firstSentenceIndex + k,
      sentenceStart: first,
    });
    first = false;
  }
  return out;
}

function isUpper(code: number, ch: string): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when only spaces (no line break, no punctuation) stand between two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to < from) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
