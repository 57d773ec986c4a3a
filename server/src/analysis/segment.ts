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

/** Sentence ranges inside `[start, end)` of `text` (absolute offsets). */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let sentenceStart = start;
  // A terminator, then closing quotes/brackets, then white space, then something that can open a sentence.
  const boundary = /([.!?]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const dot = m.index;
    if (m[1] === '.' && !m[2] && isAbbreviation(text, sentenceStart, dot)) continue;
    const stop = dot + m[1]!.length + m[2]!.length;
    if (stop > sentenceStart) out.push({ start: sentenceStart, end: stop });
    sentenceStart = stop + m[3]!.length;
  }
  if (sentenceStart < end) out.push({ start: sentenceStart, end });
  return out;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return false;
  // (Each test first asks what its pattern needs, a length or a dot: most words end sentences.)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase());
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
