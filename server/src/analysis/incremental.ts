// The analysis after one edit, without analysing the document again. An edit inside one paragraph
// (no line break typed or deleted) changes what that paragraph holds and shifts everything after it;
// the document-level passes (quotations, people, attribution, claims) are redone only for the
// paragraph and checked against its neighbours. Whenever the edit could change something elsewhere
// (a paragraph break, a quotation over several paragraphs, a full name that may re-link, the
// headline or the dateline), the answer is null and the caller analyses the whole text instead.
// The full analysis stays the reference: callers run it later to correct what this approximates
// (the roles and aliases of people keep their old values until then).
import { isQuotation, isUnattributedTerm, paragraphFacts, resolveAll, type ParagraphFacts } from './analyze';
import { attributeQuotes, type Attribution } from './attribution';
import { contestsWhatCameBefore, findClaims, mayGoOnQuoting, pointsPastQuotations } from './claims';
import {
  LINE_BREAK, hasBlankLine, isBlank, lineEndAt, lineStartAt, paragraphAt, paragraphOfLine, paragraphsAfter, paragraphsBefore, trimRange,
} from './editLayout';
import { FROM_PARAGRAPH_BEFORE, leadEventDay } from './dates';
import { clip, paraFacts, relevantPeople, relinkParagraph, shiftPara, type Para } from './editPeople';
import { ownCopy, ownTextsWithin } from './ownCopy';
import { findQuotations, type QuoteSpan } from './quotes';
import type { Range } from './segment';
import { firstAtOrAfter } from './sorted';
import type { Analysis, AnalysisOptions, Claim, DateMention, Person, Quote, Span } from './types';

/** One replacement, in UTF-16 offsets of the old text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface EditResult {
  analysis: Analysis;
  /** The stretch of the new text whose annotations may differ from the old ones shifted by the edit. */
  changed: Range;
}

/** Characters of context the people recogniser reads on either side of a name (see people.ts). */
const PEOPLE_REACH = 130;
/** At most this many paragraphs on either side are looked at before giving up. */
const MAX_NEIGHBOURS = 6;
/** A mark that may re-open a quotation carried over from the paragraph before (quotes.ts). */
const OPENS_CONTINUATION = /^["“„‘']/;

// Paragraph facts by paragraph text, kept across keystrokes: typing in a paragraph reads the same
// neighbours and the same sentences introducing its people on every keystroke, and the paragraph
// as it was before a keystroke is the one the keystroke before read. Facts depend on the
// paragraph's text alone and are only read (paraFacts copies them). The least recently used go.
const RECENT_PARAGRAPHS = 128;
/** Keyed by own copies (ownCopy.ts), from which the facts are sliced: not by slices of one version of the text. */
const recentFacts = new Map<string, { paragraph: string; facts: ParagraphFacts }>();

function recentParagraphFacts(paragraph: string): ParagraphFacts {
  let entry = recentFacts.get(paragraph);
  if (entry) {
    recentFacts.delete(entry.paragraph); // to the end: most recently used
  } else {
    const own = ownCopy(paragraph);
    entry = { paragraph: own, facts: paragraphFacts(own) };
    if (recentFacts.size >= RECENT_PARAGRAPHS) recentFacts.delete(recentFacts.keys().next().value!);
  }
  recentFacts.set(entry.paragraph, entry);
  return entry.facts;
}

export function applyEdit(previous: Analysis, oldText: string, newText: string, change: TextChange, options: AnalysisOptions = {}): Analysis | null {
  return updateAfterEdit(previous, oldText, newText, change, options)?.analysis ?? null;
}

/** Like `applyEdit`, also saying what changed; `why` hears the reason for a null (for logs and tests). */
export function updateAfterEdit(
  previous: Analysis, oldText: string, newText: string, change: TextChange, options: AnalysisOptions = {}, why: (reason: string) => void = () => undefined,
): EditResult | null {
  const no = (reason: string): null => {
    why(reason);
    return null;
  };
  const removed = oldText.slice(change.start, change.end);
  const delta = change.text.length - removed.length;
  const editEnd = change.start + change.text.length; // in the new text
  if (change.start < 0 || change.end < change.start || change.end > oldText.length || newText.length !== oldText.length + delta) return no('not this text');
  if (newText.slice(change.start, editEnd) !== change.text) return no('not this text');
  if (LINE_BREAK.test(change.text) || LINE_BREAK.test(removed)) return no('a line break'); // lines, hence paragraphs, may change
  const toOld = (o: number): number | null => (o < change.start ? o : o >= editEnd ? o - delta : null);
  const toNew = (o: number): number => (o < change.start ? o : o >= change.end ? o + delta : change.start);

  // The edited paragraph: the line must stay non-blank, or paragraphs split or join.
  const lineStart = lineStartAt(oldText, change.start);
  const lineEnd = lineEndAt(oldText, change.end);
  if (isBlank(oldText, lineStart, lineEnd) || isBlank(newText, lineStart, lineEnd + delta)) return no('a blank line');
  const hasBlank = hasBlankLine(oldText);
  const rawOld = paragraphOfLine(oldText, lineStart, lineEnd, hasBlank);
  const rawNew = { start: rawOld.start, end: rawOld.end + delta };
  const pOld = trimRange(oldText, rawOld);
  const pNew = trimRange(newText, rawNew);
  if (pNew.end <= pNew.start) return no('an empty paragraph');

  // The headline decides about quotations and names throughout.
  const above = paragraphsBefore(newText, rawNew, hasBlank, 4, () => true);
  if (above.length === 0) return no('the headline');

  const cache = new Map<number, Para>();
  const paraOf = (range: Range): Para => {
    let p = cache.get(range.start);
    if (!p) cache.set(range.start, (p = paraFacts(newText, range, recentParagraphFacts(newText.slice(range.start, range.end)))));
    return p;
  };
  const newPara = paraFacts(newText, pNew, recentParagraphFacts(newText.slice(pNew.start, pNew.end)));
  const oldPara = paraFacts(oldText, pOld, recentParagraphFacts(oldText.slice(pOld.start, pOld.end)));
  if (newPara.title || oldPara.title) return no('a Title Case paragraph'); // Title Case words link only as headline words
  // Whose names the paragraph's words resemble: asked first, as it declines a quarter of the
  // keystrokes in a long article of many people, before any neighbour is read.
  const relevant = relevantPeople(previous.people, [...oldPara.tokens, ...newPara.tokens]);
  if (relevant === null) return no('a name that fits two people');
  // The reference date is the first full date of a dateline among the first four paragraphs.
  const fullDate = (p: Para): boolean => p.dates.some((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined);
  if (above.length < 4 && previous.publishedSource !== 'caller' && (fullDate(oldPara) || fullDate(newPara))) return no('a possible dateline');
  // Without a reference date the first full date lends its year to the others.
  if (previous.published === null && (fullDate(oldPara) || fullDate(newPara))) return no('a full date that may anchor the year');

  // Neighbours: at least one on each side, and all the people recogniser can read from the paragraph.
  const before = paragraphsBefore(newText, rawNew, hasBlank, MAX_NEIGHBOURS, (p, n) => n < 1 || p.end >= pNew.start - PEOPLE_REACH);
  const after = paragraphsAfter(newText, rawNew, hasBlank, MAX_NEIGHBOURS, (p, n) => n < 2 || p.start <= pNew.end + PEOPLE_REACH);
  if (before.length === MAX_NEIGHBOURS || after.length === MAX_NEIGHBOURS) return no('too many short paragraphs around');
  const prev = before[0] ? paraOf(before[0]) : undefined;
  const next = after[0] ? paraOf(after[0]) : undefined;
  const nextNext = after[1];
  // A denial after a run of quotations in the paragraphs below may contest this paragraph's last claim.
  const deniedPastQuotationsAfter = (): boolean => {
    for (const range of after) {
      for (const s of paraOf(range).sentences) {
        if (contestsWhatCameBefore(newText, s)) return true;
        if (!mayGoOnQuoting(newText, range.start, s)) return false;
      }
    }
    return false;
  };

  // ---- quotations ----
  const oldQ = itemsWithin(previous.quotes, pOld, true);
  if (!oldQ) return no('a quotation over several paragraphs');
  if (OPENS_CONTINUATION.test(newText[pNew.start] ?? '') && prev && (OPENS_CONTINUATION.test(newText[prev.range.start] ?? '') || opensAtEnd(newText, prev.range))) return no('a continued quotation');
  if (next && OPENS_CONTINUATION.test(newText[next.range.start] ?? '') && opensAtEnd(newText, pNew)) return no('a quotation that may continue');
  // Whether a mark pair is a quotation reads 40 characters before it and 20 after: the neighbours' may change.
  const verdictChanges = (q: QuoteSpan, shift: number): boolean => isQuotation(newText, { ...q, firstParagraph: 1 }, [pNew]) !== isQuotation(oldText, { start: q.start - shift, end: q.end - shift, firstParagraph: 1 }, [pOld]);
  if (next && findQuotations(newText, [next.range]).some((q) => q.start < editEnd + 41 && verdictChanges(q, delta))) return no('a quotation next door');
  if (prev && (OPENS_CONTINUATION.test(newText[prev.range.start] ?? '') ? /["“”„«»‘’']/.test(newText.slice(Math.max(prev.range.start, change.start - 21), prev.range.end)) : findQuotations(newText, [prev.range]).some((q) => q.end > change.start - 21 && verdictChanges(q, 0)))) return no('a quotation next door');
  const spans: QuoteSpan[] = findQuotations(newText, [pNew]).filter((q) => isQuotation(newText, { ...q, firstParagraph: 1 }, [pNew]));

  // ---- people ----
  // Only what the people recogniser reads from the paragraph, or reads into it, is compared.
  const near = (r: Range): boolean => r.end >= pNew.start - PEOPLE_REACH && r.start <= pNew.end + PEOPLE_REACH;
  const newWindow = [...before.slice().reverse().map((r) => clip(paraOf(r), near)), newPara, ...after.map((r) => clip(paraOf(r), near))].filter((p) => p.sentences.length > 0);
  const oldWindow = newWindow.map((p) => (p === newPara ? oldPara : shiftPara(p, p.range.start > pNew.start ? -delta : 0)));
  const linked = relinkParagraph({
    oldText, newText, oldPara, newPara, oldWindow, newWindow, toOld, toNew, people: previous.people, relevant,
    paraAt: (o) => paraOf(paragraphAt(newText, o, hasBlank)),
  }, why);
  if (!linked) return null;
  const people = splicePeople(previous.people, pOld, delta, linked);
  if (!people) return no('a person no longer named');
  // A pronoun after the paragraph ("he said") resolves to the last person named before it.
  const lastOld = lastPersonIn(previous.people, pOld);
  const lastNew = lastPersonIn(people, pNew);
  if (lastOld !== lastNew && next && !lastPersonIn(people, next.range)) return no('a pronoun after the paragraph may re-link');

  // ---- attribution: the paragraph with its neighbours, which must agree with what they had ----
  const around = [prev, newPara, next].filter((p): p is Para => p !== undefined);
  const none = { from: 0, to: 0, items: [] as Quote[] };
  const prevQuotes = prev ? itemsWithin(previous.quotes, prev.range, true) : none;
  const nextQuotes = next ? itemsWithin(previous.quotes, { start: next.range.start - delta, end: next.range.end - delta }, true) : none;
  if (!prevQuotes || !nextQuotes) return no('a quotation over several paragraphs');
  const windowQuotes: QuoteSpan[] = [
    ...prevQuotes.items.map((q) => ({ start: q.start, end: q.end, firstParagraph: 0, lastParagraph: 0 })),
    ...spans,
    ...nextQuotes.items.map((q) => ({ start: q.start + delta, end: q.end + delta, firstParagraph: 0, lastParagraph: 0 })),
  ];
  const attributions = attributeQuotes({
    text: newText,
    sentences: around.flatMap((p) => p.sentences),
    paragraphOfSentence: around.flatMap((p, i) => p.sentences.map(() => i)),
    paragraphs: around.map((p) => p.range),
    quotes: windowQuotes,
    people: peopleNear(people, around[0]!.range.start, around[around.length - 1]!.range.end),
  });
  const prevResults = attributions.slice(0, prevQuotes.items.length);
  const ownResults = attributions.slice(prevQuotes.items.length, prevQuotes.items.length + spans.length);
  const nextResults = attributions.slice(prevQuotes.items.length + spans.length);
  if (prevResults.some((r, i) => !sameAttribution(r, prevQuotes.items[i]!))) return no('attribution reaches further back');
  const nextChanged = nextResults.some((r, i) => !sameAttribution(r, nextQuotes.items[i]!));
  // The next paragraph's speaker carries on into a quotation opening the one after it.
  if (nextChanged && nextNext && OPENS_CONTINUATION.test(newText[nextNext.start] ?? '')) return no('a speaker carries on past the next paragraph');

  const quoteBase = oldQ.from;
  // Scare quotes go as in the full analysis; theirs are the paragraph's own sentences and quotations.
  const ownQuotes: Quote[] = [];
  spans.forEach((q, i) => {
    const a = ownResults[i]!;
    if (isUnattributedTerm(newText, spans, i, a, newPara.sentences)) return;
    ownQuotes.push({ start: q.start, end: q.end, text: newText.slice(q.start, q.end), id: `quote:${quoteBase + ownQuotes.length + 1}`, speaker: a.speaker, source: a.source, cue: a.cue });
  });
  const renumber = ownQuotes.length !== oldQ.items.length;
  const quoteIds = new Map<string, string>();
  const nextFrom = nextQuotes.from;
  const quotes: Quote[] = [...previous.quotes.slice(0, oldQ.from), ...ownQuotes];
  previous.quotes.slice(oldQ.to).forEach((q, k) => {
    const id = renumber ? `quote:${quotes.length + 1}` : q.id;
    if (id !== q.id) quoteIds.set(q.id, id);
    // The next paragraph's attributions as found again, when they differ (else its own, equal: the
    // new ones are cut from this keystroke's text and would keep it alive).
    const r = nextChanged && next && oldQ.to + k >= nextFrom && oldQ.to + k < nextQuotes.to ? nextResults[oldQ.to + k - nextFrom]! : q;
    quotes.push({ start: q.start + delta, end: q.end + delta, text: q.text, id, speaker: r.speaker, source: r.source, cue: r.cue });
  });

  // ---- dates: the paragraph's own, resolved alone unless one stands right next to a neighbour's ----
  const nowYear = options.nowYear ?? new Date().getUTCFullYear();
  const touches = (a: { end: number } | undefined, b: { start: number } | undefined, text: string): boolean => a !== undefined && b !== undefined && /^[\s(,]*$/.test(text.slice(a.end, b.start));
  const prevLast = prev?.dates[prev.dates.length - 1];
  const nextFirst = next?.dates[0];
  if (touches(prevLast, newPara.dates[0], newText) || touches(prevLast, oldPara.dates[0], oldText)) return no('a date next to a neighbour');
  if (touches(newPara.dates[newPara.dates.length - 1], nextFirst, newText) || (nextFirst && touches(oldPara.dates[oldPara.dates.length - 1], { start: nextFirst.start - delta }, oldText))) return no('a date next to a neighbour');
  const oldD = itemsWithin(previous.dates, pOld, false)!;
  // Words said "after the game" count from the day the lead gives the game, paragraphs below it: the
  // one the full analysis found (moved if the edit stands before it), read only when words need it.
  let eventDay: DateMention | null | undefined;
  const lazyEventDay = (): DateMention | null => {
    if (eventDay === undefined) {
      const d = leadEventDay(oldText, previous.dates, previous.published);
      eventDay = d && d.start >= pOld.end ? shiftDate(d, delta) : d;
    }
    return eventDay;
  };
  const dates: DateMention[] = [
    ...previous.dates.slice(0, oldD.from),
    // ("The following day" opening the paragraph counts from the paragraph above, as in the full analysis.)
    ...resolveAll(newText, newPara.dates, previous.published, nowYear, previous.anchorYear ?? null, spans, lazyEventDay, { dates: previous.dates, count: oldD.from }),
    ...previous.dates.slice(oldD.to).map((d) => shiftDate(d, delta)),
  ];
  // A date of the paragraph below counted from this one's last date must be counted again: the full analysis does.
  for (let i = oldD.to; i < previous.dates.length; i++) {
    const d = previous.dates[i]!;
    if (!next || d.start + delta >= next.range.end) break;
    if (d.resolution.endsWith(`the last date of the paragraph ${FROM_PARAGRAPH_BEFORE}`)) return no('a date counted from this paragraph');
  }
  // The edit must not change that day. (The lead is the first three paragraphs: an edit below them cannot.)
  if (above.length < 3) {
    const oldDay = lazyEventDay();
    const newDay = leadEventDay(newText, dates, previous.published);
    if (newDay?.start !== oldDay?.start || newDay?.end !== oldDay?.end || newDay?.value !== oldDay?.value) return no('the day of the lead\'s event');
  }

  // ---- claims: per sentence, so the paragraph's own, numbered in document order ----
  // A paragraph that opens by contesting the sentence before it ("The defence disputed that
  // account.") changes a claim of the paragraph before: the full analysis finds those.
  const pointsBack = (text: string, p: Para | undefined): boolean => p?.sentences[0] !== undefined && contestsWhatCameBefore(text, p.sentences[0]);
  if (pointsBack(newText, newPara) || pointsBack(oldText, oldPara) || pointsBack(newText, next)) return no('a denial of the paragraph before');
  // ("The union said ... ¶ “...,” Asante said. The airline rejected the union's figures.")
  if (pointsPastQuotations(newText, newPara.sentences) || pointsPastQuotations(oldText, oldPara.sentences) || deniedPastQuotationsAfter()) {
    return no('a denial past quotations');
  }
  const oldC = itemsWithin(previous.claims, pOld, false)!;
  const ownClaims = findClaims(newText, newPara.sentences, ownQuotes);
  const claims: Claim[] = previous.claims.slice(0, oldC.from);
  for (const c of ownClaims) claims.push({ ...c, id: `claim:${claims.length + 1}` });
  const renumberClaims = ownClaims.length !== oldC.items.length;
  for (const c of previous.claims.slice(oldC.to)) {
    // Written out field by field: a spread of thousands of objects per keystroke costs milliseconds.
    claims.push({
      id: renumberClaims ? `claim:${claims.length + 1}` : c.id,
      start: c.start + delta, end: c.end + delta, text: c.text, status: c.status, origin: c.origin, cue: c.cue,
      cueSpan: c.cueSpan ? { start: c.cueSpan.start + delta, end: c.cueSpan.end + delta } : c.cueSpan ?? null,
      quote: c.quote ? quoteIds.get(c.quote) ?? c.quote : null, note: c.note, updated: c.updated,
    });
  }

  const changed = { start: pNew.start, end: nextChanged && next ? next.range.end : pNew.end };
  const analysis: Analysis = { published: previous.published, publishedSource: previous.publishedSource, anchorYear: previous.anchorYear ?? null, people, dates, quotes, claims };
  // What was found afresh is cut from this keystroke's text; kept as slices, it would keep that text alive.
  ownTextsWithin(analysis, changed);
  return { analysis, changed };
}

/**
 * The items starting inside a paragraph (sorted by start), as a slice [from, to). With `whole`,
 * null when an item reaches across the paragraph's edge (a quotation over several paragraphs).
 */
function itemsWithin<T extends Span>(items: readonly T[], p: Range, whole: boolean): { from: number; to: number; items: T[] } | null {
  const from = firstAtOrAfter(items, p.start);
  const to = firstAtOrAfter(items, p.end);
  if (whole) {
    const before = items[from - 1];
    if (before && before.end > p.start) return null;
    for (let i = from; i < to; i++) if (items[i]!.end > p.end) return null;
  }
  return { from, to, items: items.slice(from, to) };
}

/** Does a quotation open in this paragraph and stay open at its end (so it may carry on)? */
function opensAtEnd(text: string, p: Range): boolean {
  // Probe with a following paragraph that re-opens and closes, in double and in single marks: a
  // carried quotation spans both.
  const own = text.slice(p.start, p.end);
  return ['"a"', "'a'"].some((next) => {
    const probe = `${own}\n\n${next}`;
    return findQuotations(probe, [{ start: 0, end: own.length }, { start: own.length + 2, end: own.length + 5 }]).some((q) => q.firstParagraph === 0 && q.lastParagraph === 1);
  });
}

/** Replace each person's mentions inside the old paragraph by the new ones; shift the rest. */
function splicePeople(people: Person[], pOld: Range, delta: number, linked: Map<string, Span[]>): Person[] | null {
  const out: Person[] = [];
  for (const p of people) {
    const from = firstAtOrAfter(p.mentions, pOld.start);
    const to = firstAtOrAfter(p.mentions, pOld.end);
    const own = linked.get(p.id) ?? [];
    if (from === to && own.length === 0 && (delta === 0 || to === p.mentions.length)) {
      out.push(p);
      continue;
    }
    const mentions = p.mentions.slice(0, from);
    for (const m of own) mentions.push(m);
    for (let i = to; i < p.mentions.length; i++) {
      const m = p.mentions[i]!;
      mentions.push({ start: m.start + delta, end: m.end + delta, text: m.text });
    }
    if (mentions.length === 0) return null; // a person no longer named: the people change
    // A new array only when a form is new: caches elsewhere know a person's names by this array.
    let aliases = p.aliases;
    for (const m of own) {
      if (m.text === p.name || aliases.includes(m.text)) continue;
      if (aliases === p.aliases) aliases = [...p.aliases];
      aliases.push(m.text);
    }
    out.push({ ...p, aliases, mentions });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function lastPersonIn(people: Person[], p: Range): string | null {
  let best: { start: number; id: string } | null = null;
  for (const person of people) {
    const i = firstAtOrAfter(person.mentions, p.end) - 1;
    const m = person.mentions[i];
    if (m && m.start >= p.start && (!best || m.start > best.start)) best = { start: m.start, id: person.id };
  }
  return best ? best.id : null;
}

/**
 * Every person (roles count everywhere), with only the mentions attribution can reach from
 * [start, end): those inside it and the last one before it.
 */
function peopleNear(people: Person[], start: number, end: number): Person[] {
  let lastBefore = -1;
  for (const p of people) {
    const i = firstAtOrAfter(p.mentions, start) - 1;
    if (i >= 0) lastBefore = Math.max(lastBefore, p.mentions[i]!.start);
  }
  const from = lastBefore >= 0 ? lastBefore : start;
  return people.map((p) => ({ ...p, mentions: p.mentions.slice(firstAtOrAfter(p.mentions, from), firstAtOrAfter(p.mentions, end)) }));
}

function shiftDate(d: DateMention, by: number): DateMention {
  const out: DateMention = { start: d.start + by, end: d.end + by, text: d.text, kind: d.kind, value: d.value, resolution: d.resolution };
  if (d.candidateYears) out.candidateYears = d.candidateYears;
  return out;
}

function sameAttribution(a: Attribution, q: { speaker: string | null; source: string | null; cue: string | null }): boolean {
  return a.speaker === q.speaker && a.source === q.source && a.cue === q.cue;
}

/**
 * The analysis moved across an edit without re-reading anything: what lies before the edit stays,
 * what lies after it shifts, and what the edit touched is dropped. It always answers, so the editor
 * keeps showing the rest of the article while the full analysis (which the caller runs next) works
 * out what the edit really changed. For edits `updateAfterEdit` declines (a line break, a name that
 * may re-link, the headline).
 */
export function shiftAcrossEdit(previous: Analysis, oldText: string, newText: string, change: TextChange): EditResult | null {
  const delta = change.text.length - (change.end - change.start);
  if (change.start < 0 || change.end < change.start || change.end > oldText.length || newText.length !== oldText.length + delta) return null;
  const editEnd = change.start + change.text.length;
  let changedStart = change.start;
  let changedEnd = editEnd;
  /** The span in the new text, or null when the edit touched it (then the changed stretch grows). */
  const move = <T extends { start: number; end: number }>(s: T): T | null => {
    if (s.end <= change.start) return s;
    if (s.start >= change.end) return { ...s, start: s.start + delta, end: s.end + delta };
    changedStart = Math.min(changedStart, s.start);
    changedEnd = Math.max(changedEnd, s.end >= change.end ? s.end + delta : editEnd);
    return null;
  };
  const keep = <T extends { start: number; end: number }>(items: readonly T[]): T[] => {
    const out: T[] = [];
    for (const item of items) {
      const moved = move(item);
      if (moved) out.push(moved);
    }
    return out;
  };
  const people: Person[] = [];
  for (const p of previous.people) {
    // A person named only before the edit stays as it is (most of them, for an edit near the end).
    const last = p.mentions[p.mentions.length - 1];
    if (last && last.end <= change.start) { people.push(p); continue; }
    const mentions = keep(p.mentions);
    if (mentions.length) people.push({ ...p, mentions });
  }
  const quotes = keep(previous.quotes);
  const quoteIds = new Set(quotes.map((q) => q.id));
  const personIds = new Set(people.map((p) => p.id));
  const claims = keep(previous.claims)
    .filter((c) => c.quote === null || quoteIds.has(c.quote))
    .map((c) => (c.cueSpan && c.cueSpan.start >= change.end ? { ...c, cueSpan: { start: c.cueSpan.start + delta, end: c.cueSpan.end + delta } } : c));
  return {
    analysis: {
      published: previous.published,
      publishedSource: previous.publishedSource,
      anchorYear: previous.anchorYear ?? null,
      people,
      dates: keep(previous.dates),
      quotes: quotes.map((q) => (q.speaker && !personIds.has(q.speaker) ? { ...q, speaker: null } : q)),
      claims,
    },
    changed: { start: changedStart, end: Math.max(changedStart, changedEnd) },
  };
}
