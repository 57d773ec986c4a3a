// Quotation spans: straight and curly double quotes, guillemets, and single quotes (told apart from
// apostrophes by what stands on either side). A quotation left open at the end of a paragraph and
// re-opened at the start of the next one is one quotation over several paragraphs. Marks nested
// inside a quotation belong to it.
import type { Range } from './segment';

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

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s\u00a0]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

function marksOf(text: string, p: Range): Mark[] {
  const marks: Mark[] = [];
  // Jump from mark to mark instead of visiting every character.
  const any = /["“”„«»‘’']/g;
  any.lastIndex = p.start;
  const body = p.end === text.length ? text : text.slice(0, p.end);
  for (let found = any.exec(body); found; found = any.exec(body)) {
    const i = found.index;
    const c = found[0];
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

/** Every quotation in the document, in order. */
export function findQuotations(text: string, paragraphs: Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: { start: number; firstParagraph: number } | null = null;
  paragraphs.forEach((p, index) => {
    const marks = marksOf(text, p);
    let open: { start: number; family: Family; firstParagraph: number } | null = null;
    let k = 0;
    if (carried) {
      // A continued quotation re-opens with a mark at the very start of the next paragraph.
      const first = marks[0];
      if (first && first.pos === p.start && first.family === 'double' && first.role !== 'close') {
        open = { start: carried.start, family: 'double', firstParagraph: carried.firstParagraph };
        k = 1;
      }
      carried = null;
    }
    let pendingSingle: number | null = null; // a top-level single-quoted span, closed within the paragraph
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
        if (m.role === 'open') pendingSingle = m.pos;
        else if (pendingSingle !== null) {
          out.push({ start: pendingSingle, end: m.pos + 1, firstParagraph: index, lastParagraph: index });
          pendingSingle = null;
        }
        continue;
      }
      if (m.role !== 'close') {
        open = { start: m.pos, family: m.family, firstParagraph: index };
        pendingSingle = null;
      }
    }
    if (open && open.family === 'double') {
      const next = paragraphs[index + 1];
      if (next && /^["“„]/.test(text[next.start] ?? '')) carried = { start: open.start, firstParagraph: open.firstParagraph };
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
