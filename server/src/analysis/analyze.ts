// Orchestrates the recognisers over one document. Paragraph-local work (sentences, date expressions)
// is cached by paragraph text, so re-analysing after an edit redoes only the paragraphs
// that changed; the document-level passes (quotations, people, speakers, claims) are linear.
import { attributeQuotes, findCues, insideQuotation, type Attribution } from './attribution';
import { findClaims } from './claims';
import { findDates, leadEventDay, resolveAfterDated, resolveDate, resolveWhenSaid, timesOnTheirDay, type RawDate } from './dates';
import { findCandidates, linkPeople, RUN_CONTEXT, type Candidate } from './people';
import { findQuotations } from './quotes';
import { isRegexSpace, piecesBetweenSpaces, splitParagraphs, splitSentences, type Range } from './segment';
import { ownCopy } from './ownCopy';
import { firstEndingAtOrAfter, lastStartingAtOrBefore } from './sorted';
import { tokenize, type Token } from './tokens';
import type { Analysis, AnalysisOptions, DateMention, Quote, ReferenceSource } from './types';

export interface ParagraphFacts {
  /** Offsets relative to the paragraph start. */
  sentences: Range[];
  tokens: Token[];
  dates: RawDate[];
}

export interface Analyzer {
  /** Analyse a whole document; paragraphs seen before are served from a cache. */
  analyze(text: string, options?: AnalysisOptions): Analysis;
}

const CACHE_LIMIT = 20000;

/** What the cache keeps of a paragraph, at offsets relative to its start: tokens are cheap to redo and were most of its memory. */
type CachedFacts = Omit<ParagraphFacts, 'tokens'>;

/** Paragraph facts by paragraph text. */
interface FactsCache {
  get(paragraph: string): CachedFacts | undefined;
  /** `paragraph` and the facts' strings are own copies (ownCopy.ts): the cache outlives this text. */
  put(paragraph: string, facts: CachedFacts): void;
}

export function createAnalyzer(): Analyzer {
  // Keyed by own copies of the paragraphs (ownCopy.ts): a slice of one version of the text as a key
  // would keep that version alive as long as the paragraph stays unchanged.
  type Entry = { paragraph: string; facts: CachedFacts };
  let cache = new Map<string, Entry>();
  return {
    analyze(text, options = {}) {
      const next = new Map<string, Entry>();
      const result = analyzeWith(text, options, {
        get(p) {
          const hit = cache.get(p) ?? next.get(p);
          if (hit) next.set(hit.paragraph, hit);
          return hit?.facts;
        },
        put(p, facts) {
          if (next.size < CACHE_LIMIT) next.set(p, { paragraph: p, facts });
        },
      });
      cache = next; // keep only what the current text uses
      return result;
    },
  };
}

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return analyzeWith(text, options, null);
}

export function paragraphFacts(p: string): ParagraphFacts {
  return factsIn(p, { start: 0, end: p.length }, 0);
}

/** Sentences, tokens and date expressions of one paragraph of `text`, at the text's own offsets. */
function factsIn(text: string, p: Range, firstSentence: number): ParagraphFacts {
  const sentences = splitSentences(text, p.start, p.end);
  const tokens = tokenize(text, sentences, firstSentence);
  // (The first sentence ending at or after the offset, else the first: a binary search, not a scan per date.)
  const sentenceOf = (o: number): Range => sentences[Math.max(0, firstEndingAtOrAfter(sentences, o))] ?? p;
  return { sentences, tokens, dates: findDates(text, p.start, p.end, sentenceOf, tokens) };
}

/**
 * "between December and March": a stretch of months that runs backwards crosses a new year. Both ends
 * read as one year are moved apart: the first a year back when the stretch has ended by the
 * reference date (or there is none), else the second a year on. A stretch that runs forwards is
 * never read backwards: "between March and June" with June last year's is last year's March too.
 */
function monthRangesAcrossNewYear(text: string, raw: readonly RawDate[], out: DateMention[], published: string | null): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (a.month === undefined || b.month === undefined || a.day !== undefined || b.day !== undefined || a.year !== undefined || a.relative || b.relative) continue;
    if (a.month === b.month || !MONTH_RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    const first = out[i]!;
    const second = out[i + 1]!;
    if (!first.value || !second.value || !/^\d{4}-\d\d$/.test(first.value) || !/^\d{4}-\d\d$/.test(second.value)) continue;
    const year = parseInt(first.value.slice(0, 4), 10);
    // ("between March and June", past: June is last year's, and so is March.)
    if (a.month < b.month) {
      if (first.value > second.value) out[i] = { ...first, value: `${second.value.slice(0, 4)}${first.value.slice(4)}`, resolution: `the year of ${second.text} (${second.value}): a stretch of months` };
      continue;
    }
    if (first.value.slice(0, 4) !== second.value.slice(0, 4)) continue;
    if (published === null || second.value <= published.slice(0, 7)) {
      out[i] = { ...first, value: `${String(year - 1).padStart(4, '0')}${first.value.slice(4)}`, resolution: `the year before ${second.text} (${second.value}): a stretch of months across a new year` };
    } else if (b.year === undefined) {
      out[i + 1] = { ...second, value: `${String(year + 1).padStart(4, '0')}${second.value.slice(4)}`, resolution: `the year after ${first.text} (${first.value}): a stretch of months across a new year` };
    }
  }
}
/**
 * "next year, running from April to September", "in 2010, between May and June": months right after
 * a year the sentence states are that year's (and the month a range joins to them), whatever the tense.
 */
function monthsOfAStatedYear(text: string, raw: readonly RawDate[], out: DateMention[]): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const year = out[i]!.value;
    if (year === null || year.length !== 4 || raw[i]!.month !== undefined) continue;
    let j = i + 1;
    if (!isMonthAlone(raw[j]!) || !MONTHS_OF_THE_YEAR.test(text.slice(raw[i]!.end, raw[j]!.start))) continue;
    for (; j < raw.length && isMonthAlone(raw[j]!); j++) {
      if (j > i + 1 && !MONTH_RANGE_JOIN.test(text.slice(raw[j - 1]!.end, raw[j]!.start))) break;
      const m = out[j]!;
      if (m.value === null || m.value.slice(0, 4) === year) continue;
      out[j] = { ...m, value: `${year}${m.value.slice(4)}`, resolution: `the year the sentence states before it (${out[i]!.text}, ${year})` };
    }
  }
}
const isMonthAlone = (d: RawDate): boolean => d.month !== undefined && d.day === undefined && d.year === undefined && d.relative === undefined;
/** Between a year and its months: ", running from", " between", ", in". */
const MONTHS_OF_THE_YEAR = /^,?\s+(?:(?:running|lasting|starting|beginning|held|open)\s+)?(?:from|between|in|during)\s+(?:early\s+|late\s+|mid-)?$/i;
const MONTH_RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/;

/**
 * With a cache, paragraphs seen before are served from it; the others (and every paragraph without
 * one) are found in place in the text, at final offsets, so their tokens are never copied or shifted.
 * Each paragraph's tokens are read once, for its dates, name candidates and attribution cues, and
 * then dropped: the whole text's tokens were most of the memory an analysis of a long text needed.
 */
function analyzeWith(text: string, options: AnalysisOptions, cache: FactsCache | null): Analysis {
  const paragraphs = splitParagraphs(text);
  const quoteSpans = findQuotations(text, paragraphs).filter((q) => isQuotation(text, q, paragraphs));
  const inQuote = insideQuotation(quoteSpans);
  const titleCaseParagraphs: Range[] = [];
  for (const p of paragraphs) if (p.end - p.start <= TITLE_LONGEST && isTitleCase(text.slice(p.start, p.end))) titleCaseParagraphs.push(p);
  const titleCase = (o: number): boolean => {
    const i = lastStartingAtOrBefore(titleCaseParagraphs, o);
    return i >= 0 && o < titleCaseParagraphs[i]!.end;
  };
  const sentences: Range[] = [];
  const paragraphOfSentence: number[] = [];
  const rawDates: RawDate[] = [];
  const candidates: Candidate[] = [];
  const cues: Range[] = [];
  // The last words before the paragraph: the evidence for a run at its start reads back into them.
  let preceding: Token[] = [];
  const readTokens = (own: Token[]): void => {
    findCandidates(text, own, titleCase, preceding, candidates);
    findCues(text, own, inQuote, cues);
    if (own.length >= RUN_CONTEXT) preceding = own.slice(-RUN_CONTEXT);
    else if (own.length > 0) preceding = preceding.concat(own).slice(-RUN_CONTEXT);
  };
  paragraphs.forEach((p, pi) => {
    const base = sentences.length;
    const key = cache ? text.slice(p.start, p.end) : '';
    const hit = cache?.get(key);
    if (hit) {
      for (const s of hit.sentences) {
        sentences.push({ start: s.start + p.start, end: s.end + p.start });
        paragraphOfSentence.push(pi);
      }
      readTokens(tokenize(text, sentences.slice(base), base));
      for (const d of hit.dates) rawDates.push({ ...d, start: d.start + p.start, end: d.end + p.start });
      return;
    }
    const own = factsIn(text, p, base);
    for (const sentence of own.sentences) { sentences.push(sentence); paragraphOfSentence.push(pi); }
    readTokens(own.tokens);
    for (const d of own.dates) rawDates.push(d);
    cache?.put(ownCopy(key), {
      sentences: own.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start })),
      dates: own.dates.map((d) => ({ ...d, start: d.start - p.start, end: d.end - p.start, text: ownCopy(d.text) })),
    });
  });
  const { people } = linkPeople(text, candidates, titleCase);
  // Linking gave every candidate its name parts; nothing reads them after it. Let them go now, not at
  // the end of the analysis: they were most of what it held by then (6.5 of 10.2 MB for a 1 MB text).
  candidates.length = 0;

  const { published, publishedSource } = referenceDate(text, paragraphs, rawDates, options);
  const nowYear = options.nowYear ?? currentYear();
  // Without a reference date, "October 16" takes the year of the first full date the text writes.
  const anchor = published ? undefined : rawDates.find((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined);
  const anchorYear = anchor?.year ?? null;
  const dates = resolveAll(text, rawDates, published, nowYear, anchorYear, quoteSpans);

  const attributions = attributeQuotes({ text, sentences, paragraphOfSentence, paragraphs, quotes: quoteSpans, people, cues });
  const quotes: Quote[] = [];
  quoteSpans.forEach((q, i) => {
    const a = attributions[i]!;
    if (isUnattributedTerm(text, quoteSpans, i, a, sentences)) return;
    quotes.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), id: `quote:${quotes.length + 1}`, speaker: a.speaker, source: a.source, cue: a.cue });
  });
  const claims = findClaims(text, sentences, quotes);
  return { published, publishedSource, anchorYear, people, dates, quotes, claims };
}

/** The current UTC year; the clock is read as a number, and a Date is made only when the year may have changed. */
function currentYear(): number {
  const now = Date.now();
  if (now < yearFrom || now >= yearUntil) {
    yearNow = new Date(now).getUTCFullYear();
    yearFrom = Date.UTC(yearNow, 0, 1);
    yearUntil = Date.UTC(yearNow + 1, 0, 1);
  }
  return yearNow;
}
let yearNow = 0;
let yearFrom = 0;
let yearUntil = -1;

/** Not every pair of marks is a quotation: titles and names in marks, headline scare quotes. */
export function isQuotation(text: string, q: { start: number; end: number; firstParagraph: number }, paragraphs: Range[]): boolean {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  if (!hasLetterOrDigit(inner)) return false;
  // A headline: the first paragraph, short and without a final full stop.
  if (q.firstParagraph === 0 && paragraphs.length > 1) {
    const head = text.slice(paragraphs[0]!.start, paragraphs[0]!.end);
    if (head.length < 200 && !endsSentence(head)) return false;
  }
  // A term being named or glossed ("the word “interstellar” means “between stars”", "so-called").
  const lead = text.slice(Math.max(0, q.start - 40), q.start);
  const follow = text.slice(q.end, q.end + 20);
  // Its words, counted without splitting a long quotation (`inner` is trimmed, so no piece is empty).
  const wordCount = piecesBetweenSpaces(inner, 0, inner.length, 9);
  // ("which Pedro Carvalho called “completely untrue”": called by a person, the words are theirs.)
  // (The patterns that end the lead are tried only where its last letter, before white space, ends one of their words.)
  const leadEnd = lastCodeBeforeSpace(lead);
  if (wordCount <= 4 && ((endsNamingWord(leadEnd) && /\b(?:word|term|phrase|expression|name|called|so-called|known as|dubbed|nicknamed|titled|entitled|means|meaning|or)\s*$/i.test(lead)
    && !/(?:\b\p{Lu}\p{L}+|\b(?:he|she|they|we|I))\s+called\s*$/u.test(lead)) || /^\s*(?:means|meaning|is a term)\b/i.test(follow))) return false;
  // A label before what it names: "its regional ‘community news’ website", "the “safe hands” cabinet".
  if (wordCount <= 4 && LABELLED_NOUN.test(follow)) return false;
  // A title of any length: "a paper titled “Why the ocean warmed so fast”".
  if (leadEnd === 100 /* d */ && /\b(?:titled|entitled|headlined|headed)\s*$/i.test(lead) && piecesBetweenSpaces(inner, 0, inner.length, 16) <= 15) return false;
  // A name or title: few words, every significant word capitalised, no sentence punctuation.
  if (wordCount > 8) return true;
  if (endsInPunctuation(inner)) return true;
  const words = inner.split(/\s+/);
  const significant = words.filter((w) => (w.length > 3 && !TITLE_SMALL_WORDS.has(w)) || /^\p{Lu}/u.test(w));
  // ("Lock him up" is no title: a title writes in lower case only its small words.)
  if (significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w))
    && words.every((w, i) => i === 0 || !/^\p{Ll}/u.test(w) || TITLE_SMALL_WORDS.has(w))) return false;
  return true;
}

/**
 * An unattributed scare quote or term in quotation marks ("so many “variants of concern”", "these
 * “gravity assists”"), which the guidelines do not count as a quotation: a few words with no
 * sentence punctuation of their own, no speaker, source or cue, and no other quotation in the
 * sentences it stands in (words a document is quoted as saying stand beside its longer quotations).
 * Judged after attribution, which dropping it cannot change: a quotation's cue is searched for
 * only within its own sentences, and this one shares them with no other.
 */
export function isUnattributedTerm(text: string, quotes: readonly Range[], i: number, a: Attribution, sentences: readonly Range[]): boolean {
  if (a.speaker !== null || a.source !== null || a.cue !== null) return false;
  const q = quotes[i]!;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  if (inner.length === 0 || endsInPunctuation(inner) || piecesBetweenSpaces(inner, 0, inner.length, 5) > 4) return false;
  const first = sentences[Math.max(0, lastStartingAtOrBefore(sentences, q.start))];
  const last = sentences[Math.max(0, lastStartingAtOrBefore(sentences, q.end - 1))];
  const from = first ? Math.min(first.start, q.start) : q.start;
  const to = last ? Math.max(last.end, q.end) : q.end;
  const before = quotes[i - 1];
  const after = quotes[i + 1];
  return !(before && before.end > from) && !(after && after.start < to);
}

/** Whether /[\p{L}\p{N}]/u finds a letter or digit in `s` (most quotations open with an ASCII one: no pattern for those). */
function hasLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || /[\p{L}\p{N}]/u.test(s);
}
/** Whether /[.,;:!?]$/ matches, read from the last character (the pattern was tried at every character). */
function endsInPunctuation(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** The last character of `s` before its final white space, an ASCII capital as its small letter; 0 when there is none. */
function lastCodeBeforeSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isRegexSpace(s.charCodeAt(i))) i--;
  if (i < 0) return 0;
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** Whether a word that names a term ("word", "term", "called", "known as", "means", "meaning", "or") can end in this letter. */
function endsNamingWord(c: number): boolean {
  return c === 100 /* d */ || c === 109 /* m */ || c === 101 /* e */ || c === 110 /* n */ || c === 115 /* s */ || c === 103 /* g */ || c === 114; /* r */
}

/** The words a title in Title Case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as', 'vs', 'de', 'la', 'le', 'du', 'des', 'von', 'van', 'der',
  'over', 'under', 'into', 'onto', 'upon', 'through', 'across', 'after', 'before', 'about', 'against', 'between', 'near', 'without']);
/** The nouns a label in quotation marks names: "the ‘community news’ website". */
const LABELLED_NOUN = /^\s+(?:website|site|page|label|brand|programme|program|scheme|campaign|initiative|app|hashtag|slogan|project|category|status|tag|feature|service|column|series|segment|newsletter|policy|cabinet|strategy|movement)s?\b/i;

/** A headline in Title Case: short, no final full stop, most words capitalised. */
export function isTitleCase(paragraph: string): boolean {
  if (paragraph.length > TITLE_LONGEST || endsSentence(paragraph)) return false;
  // The words are the pieces of split(/\s+/) that open with a letter (/^\p{L}/u), read where they start.
  let words = 0;
  let capitalised = 0;
  let afterSpace = true;
  for (let i = 0; i < paragraph.length; i++) {
    const space = isRegexSpace(paragraph.charCodeAt(i));
    const opens = afterSpace && !space;
    afterSpace = space;
    if (!opens) continue;
    const initial = initialOf(paragraph, i);
    if (initial === NO_LETTER) continue;
    words++;
    if (initial === UPPER_CASE) capitalised++;
  }
  if (words < 4) return false;
  return capitalised / words >= 0.75;
}

/** A headline is at most this long. */
const TITLE_LONGEST = 200;
/** Whether /[.!?]["'”’]?$/ matches (read from the end: the pattern was tried at every character). */
function endsSentence(s: string): boolean {
  let i = s.length - 1;
  const c = s.charCodeAt(i);
  if (c === 34 || c === 39 || c === 0x201d || c === 0x2019) i--;
  const d = s.charCodeAt(i);
  return d === 46 || d === 33 || d === 63;
}

const NO_LETTER = 0;
const LETTER = 1;
const UPPER_CASE = 2;
/** Whether the code point at `i` is a letter (\p{L}), and an upper-case one (\p{Lu}). */
function initialOf(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? UPPER_CASE : c >= 97 && c <= 122 ? LETTER : NO_LETTER;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return /^\p{Lu}/u.test(ch) ? UPPER_CASE : /^\p{L}/u.test(ch) ? LETTER : NO_LETTER;
}

/** The reference date: the caller's, else a dateline near the top of the article. */
function referenceDate(text: string, paragraphs: Range[], dates: RawDate[], options: AnalysisOptions): { published: string | null; publishedSource: ReferenceSource } {
  if (options.published) return { published: options.published, publishedSource: 'caller' };
  const top = paragraphs.slice(0, 4);
  for (const d of dates) {
    if (d.year === undefined || d.month === undefined || d.day === undefined) continue;
    const p = top.find((r) => d.start >= r.start && d.end <= r.end);
    if (!p) {
      if (d.start > (top[top.length - 1]?.end ?? 0)) break;
      continue;
    }
    const para = text.slice(p.start, p.end);
    const rest = (text.slice(p.start, d.start) + text.slice(d.end, p.end)).replace(/[\s,.\-–—:|()]/g, '');
    const datelineLead = /^[\p{Lu}][\p{Lu}\p{L} .'-]{1,40},\s*$/u.test(text.slice(p.start, d.start)) || /^(?:Published|Posted|Updated|Date)[:\s]/i.test(para);
    if (rest.length === 0 || (datelineLead && d.start - p.start < 60)) {
      return { published: `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, publishedSource: 'dateline' };
    }
  }
  return { published: null, publishedSource: 'none' };
}

/**
 * `eventDay`: the day the lead says the news happened, which words said after the event count from,
 * asked for only when some words need it; the edit path passes the one its previous analysis found.
 * Left out, it is read from these dates, which must then be the whole text's.
 */
export function resolveAll(text: string, raw: RawDate[], published: string | null, nowYear: number, anchorYear: number | null = null, quotes: readonly Range[] = [],
  eventDay?: () => DateMention | null, datesBefore?: { dates: readonly DateMention[]; count: number }): DateMention[] {
  const out: DateMention[] = [];
  raw.forEach((d, i) => {
    let r = d;
    // "Monday (January 13th)": a weekday next to a day of the month is that day.
    // (Read only inside the array: a load past either end takes a slower path.)
    const next = i + 1 < raw.length ? raw[i + 1] : undefined;
    const prev = i > 0 ? raw[i - 1] : undefined;
    if (d.weekday !== undefined && d.day === undefined && next && next.day !== undefined && /^[\s(,]*$/.test(text.slice(d.end, next.start))) {
      r = { ...next, start: d.start, end: d.end, text: d.text, kind: d.kind, weekday: d.weekday };
    } else if (d.day !== undefined && d.weekday === undefined && prev && prev.weekday !== undefined && prev.day === undefined && /^[\s(,]*$/.test(text.slice(prev.end, d.start))) {
      r = { ...d, weekday: prev.weekday };
    } else if (d.month !== undefined && d.year === undefined && !d.relative && next && next.month !== undefined && next.year !== undefined
      && MONTH_RANGE_JOIN.test(text.slice(d.end, next.start))) {
      // "between October and November 2017": the year written at the end is both months'.
      r = { ...d, year: next.year };
    }
    // (`datesBefore`: the edit path's dates above its paragraph, the first `count` of them, which "the
    // following day" opening it may count from; copied only for such a date, not at every keystroke.)
    const anchors = datesBefore && datesBefore.count > 0 && r.relative?.afterDated ? [...datesBefore.dates.slice(0, datesBefore.count), ...out] : out;
    const resolved = resolveAfterDated(text, r, anchors) ?? resolveDate(r, published, nowYear, anchorYear);
    const mention: DateMention = { start: d.start, end: d.end, text: d.text, kind: d.kind, value: resolved.value, resolution: resolved.resolution };
    // (Added, not spread in: a spread of an object, even an empty one, copies it key by key, for every date.)
    if (resolved.candidateYears) mention.candidateYears = resolved.candidateYears;
    out.push(mention);
  });
  monthsOfAStatedYear(text, raw, out);
  monthRangesAcrossNewYear(text, raw, out, published);
  if (quotes.length) resolveWhenSaid(text, raw, out, quotes, eventDay ?? (() => leadEventDay(text, out, published)), published);
  timesOnTheirDay(text, out);
  return out;
}
