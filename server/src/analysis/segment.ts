// Paragraphs and sentences. A paragraph is a run of non-blank lines; a text with no blank line at all
// but several lines (one paragraph a line, as many news exports are) takes each line as a paragraph.

export interface Range { start: number; end: number }

/** Paragraph ranges (UTF-16 offsets), trimmed of surrounding white space. CR, LF and CRLF all end lines. */
export function splitParagraphs(text: string): Range[] {
  const lines = splitLines(text);
  const blank = (r: Range): boolean => {
    for (let i = r.start; i < r.end; i++) if (!isRegexSpace(text.charCodeAt(i))) return false;
    return true;
  };
  const hasBlank = lines.some(blank);
  const out: Range[] = [];
  let current: Range | null = null;
  for (const line of lines) {
    if (blank(line)) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current && hasBlank) current.end = line.end;
    else {
      if (current) out.push(current);
      current = { start: line.start, end: line.end };
    }
  }
  if (current) out.push(current);
  return out.map((r) => trim(text, r)).filter((r) => r.end > r.start);
}

/** The lines of the text, without their line breaks (CRLF, CR or LF). */
function splitLines(text: string): Range[] {
  const lines: Range[] = [];
  let pos = 0;
  if (text.indexOf('\r') < 0) {
    // (Most texts end their lines with LF alone: indexOf finds them faster than a regex.)
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', pos)) {
      lines.push({ start: pos, end: at });
      pos = at + 1;
    }
  } else {
    const lineBreak = /\r\n|\r|\n/g;
    for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
      lines.push({ start: pos, end: m.index });
      pos = m.index + m[0].length;
    }
  }
  lines.push({ start: pos, end: text.length });
  return lines;
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && isRegexSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Words before a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr gen lt col sgt capt cmdr adm maj sen rep gov pres rev fr mt ft no nos vs etc inc ltd co corp
  jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig al u.s u.k u.n e.g i.e a.m p.m ph.d d.c`
    .split(/\s+/).filter(Boolean),
);
/** (Lower-casing never shortens a word, so a longer one is none of them.) */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/**
 * Sentence ranges inside `[start, end)` of `text` (absolute offsets). A boundary is what
 * /([.!?]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/u matches there: a run of terminators,
 * closing quotes or brackets, white space, then something that can open a sentence. It is read by
 * hand from each terminator, which indexOf finds (the pattern tried every character of the text).
 */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let sentenceStart = start;
  // (indexOf on a slice stops at the paragraph's end instead of searching the rest of the text.)
  const upToEnd = end === text.length ? text : text.slice(0, end);
  const terminators = new TerminatorFinder(upToEnd, start);
  for (let at = terminators.next(start); at >= 0; at = terminators.next(at)) {
    const dot = at;
    let i = dot + 1;
    while (i < end && isTerminator(text.charCodeAt(i))) i++;
    const closersFrom = i;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const spacesFrom = i;
    while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
    at = closersFrom; // (a match that fails at a terminator fails at every later one of its run)
    if (i === spacesFrom || !opensSentence(text, i, end)) continue;
    at = i;
    if (closersFrom === dot + 1 && text.charCodeAt(dot) === 46 && spacesFrom === closersFrom && isAbbreviation(text, sentenceStart, dot)) continue;
    if (spacesFrom > sentenceStart) out.push({ start: sentenceStart, end: spacesFrom });
    sentenceStart = i;
  }
  if (sentenceStart < end) out.push({ start: sentenceStart, end });
  return out;
}

/** The next of '.', '!' and '?' at or after an offset: one indexOf per kind, asked again only once passed. */
class TerminatorFinder {
  private readonly text: string;
  private dot: number;
  private bang: number;
  private question: number;
  constructor(text: string, from: number) {
    this.text = text;
    this.dot = text.indexOf('.', from);
    this.bang = text.indexOf('!', from);
    this.question = text.indexOf('?', from);
  }

  /** The first terminator at or after `from`, or -1. */
  next(from: number): number {
    if (this.dot >= 0 && this.dot < from) this.dot = this.text.indexOf('.', from);
    if (this.bang >= 0 && this.bang < from) this.bang = this.text.indexOf('!', from);
    if (this.question >= 0 && this.question < from) this.question = this.text.indexOf('?', from);
    let first = this.dot;
    if (this.bang >= 0 && (first < 0 || this.bang < first)) first = this.bang;
    if (this.question >= 0 && (first < 0 || this.question < first)) first = this.question;
    return first;
  }
}

const isTerminator = (c: number): boolean => c === 46 /* . */ || c === 33 /* ! */ || c === 63; /* ? */
/** ["'”’»)\]] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** ["'“‘«([] */
const isOpener = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91;

/** Whether /["'“‘«([]?[\p{Lu}\p{N}]/u matches at `i`, reading no further than `end`. */
function opensSentence(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  if (isOpener(text.charCodeAt(i))) i++;
  return i < end && isCapitalOrDigitAt(text, i, end);
}

/** Whether the code point at `i` (a surrogate pair only whole, before `end`) is \p{Lu} or \p{N}. */
function isCapitalOrDigitAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d <= 0xdfff && CAPITAL_OR_DIGIT.test(String.fromCharCode(c, d));
  }
  let known = capitalOrDigitUnits[c]!;
  if (known === 0) capitalOrDigitUnits[c] = known = c < 0xdc00 || c > 0xdfff ? (CAPITAL_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2) : 2;
  return known === 1;
}
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]$/u;
/** 0 unknown, 1 \p{Lu} or \p{N}, 2 neither. */
const capitalOrDigitUnits = new Uint8Array(0x10000);

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return false;
  // (Each test first asks what its pattern needs, a length or a dot: most words end sentences.)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(isLowerAscii(word) ? word : word.toLowerCase());
}

/**
 * Whether the word has no ASCII capital and nothing outside ASCII, so that toLowerCase would return it
 * as it is. (toLowerCase on a slice of a text with a character outside Latin-1 takes V8's slow
 * two-byte path; most words before a full stop are in lower case already.)
 */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/** Whether one UTF-16 unit matches /[\p{L}.]/u (a surrogate half alone never does); non-ASCII answers are kept. */
export function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = letterUnits[c]!;
  if (known === 0) letterUnits[c] = known = /[\p{L}.]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
/** 0 unknown, 1 a letter, 2 not one. */
const letterUnits = new Uint8Array(0x10000);

/** Whether a UTF-16 unit is white space as a regex's \s sees it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How many pieces `text.slice(from, to).split(/\s+/)` would give, counted up to `enough` without
 * making them: one more than the runs of white space.
 */
export function piecesBetweenSpaces(text: string, from: number, to: number, enough: number): number {
  let pieces = 1;
  for (let i = from; i < to && pieces < enough; i++) {
    if (isRegexSpace(text.charCodeAt(i)) && (i === from || !isRegexSpace(text.charCodeAt(i - 1)))) pieces++;
  }
  return pieces;
}

/**
 * Whether `pattern` (\b, some words, white space, $) matches at the end of `s` at the start of a word.
 * \b also holds after a letter outside ASCII: "García " ends in "a ", which is no article.
 */
export function endsWithWord(pattern: RegExp, s: string): boolean {
  const m = pattern.exec(s);
  return m !== null && !/[\p{L}\p{M}\p{N}]/u.test(s.charAt(m.index - 1));
}
