// Quotation spans: straight and curly double quotes, guillemets, and single quotes (told apart from
// apostrophes by what stands on either side). A quotation left open at the end of a paragraph and
// re-opened at the start of the next one (double or single marks alike) is one quotation over several
// paragraphs. Marks nested inside a quotation belong to it.
import { isRegexSpace, type Range } from './segment';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Index of the paragraph the quotation opens in, and of the one it closes in. */
  firstParagraph: number;
  lastParagraph: number;
}

type Family = 'double' | 'single' | 'guillemet';
interface Mark { pos: number; family: Family; role: 'open' | 'close' | 'either' }

const isSpace = (c: string | undefined): boolean => c === undefined || isRegexSpace(c.charCodeAt(0));
/** Whether one UTF-16 unit is /[\p{L}\p{N}]/u (a lone surrogate half never is); read per quotation mark, so answers are kept. */
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = /[\p{L}\p{N}]/u.test(c) ? 1 : 2;
  return known === 1;
};
/** 0 unknown, 1 a letter or digit, 2 not one. */
const wordUnits = new Uint8Array(0x10000);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

function marksOf(text: string, p: Range): Mark[] {
  const marks: Mark[] = [];
  // Jump from mark to mark instead of visiting every character.
  const any = /["“”„«»‘’']/g;
  any.lastIndex = p.start;
  const body = p.end === text.length ? text : text.slice(0, p.end);
  // (test, not exec: no match object per mark; every mark is one character, so it ends at lastIndex.)
  while (any.test(body)) {
    const i = any.lastIndex - 1;
    const c = text[i]!;
    const before = i > p.start ? text[i - 1] : undefined;
    const after = i + 1 < p.end ? text[i + 1] : undefined;
    const atOpen = before === undefined || OPEN_CONTEXT.test(before) || before === '"' || before === '“';
    switch (c) {
      case '“': case '„': marks.push({ pos: i, family: 'double', role: 'open' }); break;
      case '”': marks.push({ pos: i, family: 'double', role: 'close' }); break;
      case '«': marks.push({ pos: i, family: 'guillemet', role: 'open' }); break;
      case '»': marks.push({ pos: i, family: 'guillemet', role: 'close' }); break;
      case '"':
        marks.push({ pos: i, family: 'double', role: atOpen && !isSpace(after) ? 'open' : !isSpace(before) ? 'close' : 'either' });
        break;
      case '‘':
        marks.push({ pos: i, family: 'single', role: 'open' });
        break;
      case '’': case "'": {
        // An apostrophe: inside a word (don't, we’re), or a possessive after s (Thomas').
        if (isWordChar(before) && isWordChar(after)) break;
        if (atOpen && isWordChar(after)) {
          // '90s, 'til: an elision, not an opening mark.
          if (/^\d\ds\b|^til\b|^em\b|^n\b/.test(text.slice(i + 1, i + 5))) break;
          marks.push({ pos: i, family: 'single', role: 'open' });
        } else if (!isSpace(before)) {
          marks.push({ pos: i, family: 'single', role: 'close' });
        }
        break;
      }
    }
  }
  return marks;
}

/**
 * "'The fans' support is huge.'": a mark after a plural's s, before a lower-case word, is a possessive
 * when a later closing mark of the paragraph has no opening mark of its own before it.
 */
function possessiveBeforeClose(text: string, marks: readonly Mark[], k: number): boolean {
  const pos = marks[k]!.pos;
  if (text[pos - 1] !== 's' || text[pos + 1] !== ' ' || !/\p{Ll}/u.test(text[pos + 2] ?? '')) return false;
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j]!;
    if (m.family !== 'single') continue;
    if (m.role === 'open') return false;
    return true;
  }
  return false;
}

/** Every quotation in the document, in order. */
export function findQuotations(text: string, paragraphs: Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: { start: number; family: Family; firstParagraph: number } | null = null;
  paragraphs.forEach((p, index) => {
    const marks = marksOf(text, p);
    let open: { start: number; family: Family; firstParagraph: number } | null = null;
    let pendingSingle: number | null = null; // a top-level single-quoted span
    let pendingFirst = index; // the paragraph it opened in
    let k = 0;
    if (carried) {
      // A continued quotation re-opens with a mark at the very start of the next paragraph.
      const first = marks[0];
      if (first && first.pos === p.start && first.family === carried.family && first.role !== 'close') {
        if (carried.family === 'single') { pendingSingle = carried.start; pendingFirst = carried.firstParagraph; }
        else open = { start: carried.start, family: 'double', firstParagraph: carried.firstParagraph };
        k = 1;
      }
      carried = null;
    }
    for (; k < marks.length; k++) {
      const m = marks[k]!;
      if (open) {
        // Any straight double quote closes an open double quotation: nested quotes use single marks.
        const closes = m.family === open.family && (m.role !== 'open' || text[m.pos] === '"');
        if (closes) {
          out.push({ start: open.start, end: m.pos + 1, firstParagraph: open.firstParagraph, lastParagraph: index });
          open = null;
        }
        continue; // nested marks belong to the open quotation
      }
      if (m.family === 'single') {
        if (m.role === 'open') { pendingSingle = m.pos; pendingFirst = index; }
        else if (pendingSingle !== null && !possessiveBeforeClose(text, marks, k)) {
          out.push({ start: pendingSingle, end: m.pos + 1, firstParagraph: pendingFirst, lastParagraph: index });
          pendingSingle = null;
        }
        continue;
      }
      if (m.role !== 'close') {
        open = { start: m.pos, family: m.family, firstParagraph: index };
        pendingSingle = null;
      }
    }
    const next = paragraphs[index + 1];
    if (open && open.family === 'double') {
      if (next && /^["“„]/.test(text[next.start] ?? '')) carried = { start: open.start, family: 'double', firstParagraph: open.firstParagraph };
    } else if (!open && pendingSingle !== null && next && /^[‘']\p{L}/u.test(text.slice(next.start, next.start + 2))) {
      carried = { start: pendingSingle, family: 'single', firstParagraph: pendingFirst };
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
