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

/** What an ASCII character is to a word, read from a table (one load instead of a chain of range tests). */
const ASCII_OTHER = 0;
/** a-z and 0-9. */
const ASCII_SMALL = 1;
const ASCII_CAPITAL = 2;
/** - ' . : joins two letters or digits. */
const ASCII_JOINER = 3;
const asciiKind = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  asciiKind[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? ASCII_SMALL : c >= 65 && c <= 90 ? ASCII_CAPITAL
    : c === 45 || c === 39 || c === 46 ? ASCII_JOINER : ASCII_OTHER;
}

/** How a word's lower case is made: it is its own (a-z, 0-9, joiners), or one ASCII capital then that, or anything else. */
const SHAPE_PLAIN = 0;
const SHAPE_CAPITALISED = 1;
const SHAPE_OTHER = 2;
/** The small letter of each ASCII capital, as a string. */
const SMALL_LETTER: string[] = [];
for (let c = 0; c < 128; c++) SMALL_LETTER.push(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c));
/** Below this length V8 concatenates into a flat string (longer, it makes a rope that a later lookup flattens). */
const FLAT_CONCAT_BELOW = 13;

export function tokenize(text: string, sentences: Range[], firstSentenceIndex: number): Token[] {
  const out: Token[] = [];
  if (sentences.length === 0) return out;
  // One pass over the whole stretch; sentence indexes are assigned while walking.
  const from = sentences[0]!.start;
  const to = sentences[sentences.length - 1]!.end;
  const lastSentence = sentences.length - 1;
  let k = 0;
  let sentenceEnd = sentences[0]!.end;
  let first = true;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const start = i;
    let shape: number;
    if (c < 128) {
      const kind = asciiKind[c]!;
      if (kind === ASCII_SMALL) shape = SHAPE_PLAIN;
      else if (kind === ASCII_CAPITAL) shape = SHAPE_CAPITALISED;
      else { i++; continue; }
      i++;
    } else {
      const cls = classAt(text, i, to);
      if ((cls & 3) !== LETTER_OR_DIGIT) { i += cls & ASTRAL ? 2 : 1; continue; }
      shape = SHAPE_OTHER;
      i += cls & ASTRAL ? 2 : 1;
    }
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        const kind = asciiKind[d]!;
        if (kind === ASCII_SMALL) { i++; continue; }
        if (kind === ASCII_CAPITAL) { shape = SHAPE_OTHER; i++; continue; }
        if (kind === ASCII_OTHER) break;
      } else if (d !== 0x2019 /* ’ */) {
        const cls = classAt(text, i, to);
        if ((cls & 3) === OTHER) break;
        shape = SHAPE_OTHER;
        i += cls & ASTRAL ? 2 : 1;
        continue;
      }
      // A joiner (- ' ’ .) continues the word only before a letter or digit, which the loop reads next.
      // (’ changes no case: a word with it stays plain.)
      if (i + 1 < to && (classAt(text, i + 1, to) & 3) === LETTER_OR_DIGIT) { i++; continue; }
      break;
    }
    while (start >= sentenceEnd && k < lastSentence) { k++; sentenceEnd = sentences[k]!.end; first = true; }
    const t = text.slice(start, i);
    out.push({ start, end: i, text: t, lower: lowerCaseOf(t, shape, text, start, i), upper: isUpper(c, t), sentence: firstSentenceIndex + k, sentenceStart: first });
    first = false;
  }
  return out;
}

/**
 * The lower case of the word `t` (text[start, end)). A capitalised ASCII word is its small initial and
 * the rest: most texts hold a character outside Latin-1 (a curly quote is enough), and toLowerCase on
 * a slice of such a text takes V8's slow two-byte path.
 */
function lowerCaseOf(t: string, shape: number, text: string, start: number, end: number): string {
  if (shape === SHAPE_PLAIN) return t;
  if (shape === SHAPE_CAPITALISED && end - start < FLAT_CONCAT_BELOW) return SMALL_LETTER[text.charCodeAt(start)]! + text.slice(start + 1, end);
  return t.toLowerCase();
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
