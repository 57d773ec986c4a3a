// Claims: every quotation is one; so is every sentence of reported speech without a quotation; a claim
// the text itself contests ("despite its denials", "allegedly", "denied that ...") is proposed as
// disputed, with the phrase that says so.
import { CALLED_FALSE, CUE_FORMS, DISPUTE_CUES, H, PRECEDING_SOURCE_CUES } from './lexicon/words';
import { isRegexSpace, piecesBetweenSpaces, type Range } from './segment';
import type { Claim, Quote } from './types';

const CLAUSE_BREAK = /;|:\s|,\s+(?=(?:while|whereas|but|although|though|and|yet)\s)|\s+(?=(?:while|whereas)\s)/g;

export function findClaims(text: string, sentences: Range[], quotes: Quote[]): Claim[] {
  const claims: Omit<Claim, 'id'>[] = [];
  for (const q of quotes) {
    claims.push({ start: q.start, end: q.end, text: q.text, status: 'pending', origin: 'detected', cue: null, cueSpan: null, quote: q.id, note: null, updated: null });
  }
  let qi = 0;
  type SentenceState = { range: Range; disputed: boolean; pendingIndex: number };
  let previous: SentenceState | null = null;
  // The last sentence of reported speech, while only sentences that open with a quotation have followed it: an
  // allegation, then the accuser's own words, then "X rejected the accusation" contests the allegation.
  let reportedBeforeQuotes: SentenceState | null = null;
  const headline = headlineEnd(text);
  // Both cheap tests run once over the whole text; a sentence only looks at the hits inside it.
  // Only the stretch the sentences cover is scanned: the editor passes one paragraph of a long text.
  const from = sentences[0]?.start ?? 0;
  const to = sentences[sentences.length - 1]?.end ?? 0;
  const { hints, reported } = scanHits(text, from, to);
  for (const s of sentences) {
    while (qi < quotes.length && quotes[qi]!.end <= s.start) qi++;
    const hasQuote = qi < quotes.length && quotes[qi]!.start < s.end;
    // (A headline announces a dispute; the disputed claims are in the body, except what a headline's
    // subject denies doing: "Dealer denies selling forged landscapes as trial opens".)
    let disputed = !hints.within(s) ? NO_DISPUTES : s.end > headline ? disputesIn(text, s, hints.bitsWithin(s, text)) : headlineDenial(text, s);
    // "X has been accused of Y. X has denied the accusations.": the denial points back at the claim
    // before it; that sentence is the disputed claim (once), not the denial.
    // (A plain loop, and only for the few sentences with a dispute: a filter with its closure, and the
    // sentence before looked for, cost more per sentence than the rest of this loop.)
    let pointedBack = false;
    if (disputed.length) {
      const pastQuotes = previous !== reportedBeforeQuotes ? reportedBeforeQuotes : null;
      let before = previous && isSentenceBefore(text, previous.range, s, headline, pastQuotes !== null) ? pastQuotes ?? previous : null;
      // ("X did not respond to requests for comment. Its founder has denied receiving special treatment.")
      if (before && !before.disputed) {
        const said = text.slice(before.range.start, before.range.end);
        if (NO_ANSWER.test(said) && !REPORTS.test(said)) before = null;
      }
      const opening = wordsStart(text, s);
      const kept: Dispute[] = [];
      for (const d of disputed) {
        if (!d.anaphoric || (d.claim.start > opening && !d.restated)) { kept.push(d); continue; }
        // (With no claim before it to point at, a sentence that only contests one is no claim either.)
        // (Nor when the sentence names what it contests itself: "denies any wrongdoing and has rejected the claim that ...".)
        if (!before) {
          const overlaps = (o: Dispute): boolean => o.claim.start < d.claim.end && o.claim.end > d.claim.start;
          if (!d.claimless && !kept.some(overlaps) && !disputed.some((o) => o !== d && !o.anaphoric && overlaps(o))) kept.push(d);
          continue;
        }
        if (d.claimless) pointedBack = true;
        // "The video has not been verified" after a claim already contested: the video is its own claim.
        // ("Those allegations could not be verified" after the allegations: the same claim, contested once.)
        if (d.bySubject && before.disputed) { if (!SPEECH_NOUN_SUBJECT.test(text.slice(wordsStart(text, s), d.cue.start))) kept.push(d); continue; }
        if (!before.disputed) {
          const r = reportedContent(text, before.range);
          const claim: Omit<Claim, 'id'> = { start: r.start, end: r.end, text: text.slice(r.start, r.end), status: 'disputed', origin: 'detected', cue: text.slice(d.cue.start, d.cue.end), cueSpan: { start: d.cue.start, end: d.cue.end }, quote: null, note: null, updated: null };
          if (before.pendingIndex >= 0) claims[before.pendingIndex] = claim;
          else claims.push(claim);
          before.disputed = true;
        }
      }
      disputed = kept;
    }
    for (const d of disputed) {
      claims.push({ start: d.claim.start, end: d.claim.end, text: text.slice(d.claim.start, d.claim.end), status: 'disputed', origin: 'detected', cue: text.slice(d.cue.start, d.cue.end), cueSpan: { start: d.cue.start, end: d.cue.end }, quote: null, note: null, updated: null });
    }
    // (A sentence that contests the one before it has dealt with that dispute: a denial after it points no further back.)
    const current = { range: s, disputed: disputed.length > 0 || pointedBack, pendingIndex: -1 };
    previous = current;
    // (A sentence that opens with a quotation keeps the allegation before it in reach; a contested one is the allegation.)
    // (So does one that goes on inside a quotation: "… incident. That is a safety failure.\"")
    if (!hasQuote) reportedBeforeQuotes = disputed.length ? current : null;
    else if (disputed.length || !(opensWithQuotation(text, s) || quotes[qi]!.start < s.start)) reportedBeforeQuotes = null;
    if (disputed.length) continue;
    // A headline announces; the claims are in the body.
    if (!hasQuote && s.end > headline && reported.within(s) && piecesBetweenSpaces(text, s.start, s.end, 6) >= 6) {
      current.pendingIndex = claims.length;
      reportedBeforeQuotes = current;
      const end = s.end;
      claims.push({ start: s.start, end, text: text.slice(s.start, end), status: 'pending', origin: 'detected', cue: null, cueSpan: null, quote: null, note: null, updated: null });
    }
  }
  // (Written out, in the order a spread of `c` would give: a spread builds the object key by key.)
  return inClaimOrder(claims, quotes.length).map((c, i) => ({
    id: `claim:${i + 1}`, start: c.start, end: c.end, text: c.text, status: c.status, origin: c.origin, cue: c.cue, cueSpan: c.cueSpan,
    quote: c.quote, note: c.note, updated: c.updated,
  }));
}

function byClaimOrder(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}
/**
 * The claims in the order a stable sort by `byClaimOrder` gives. The quotations' claims come first and
 * the sentences' after them, each run mostly in order already: then the two runs are merged (the left
 * one first on a tie, as the stable sort keeps them), and only otherwise sorted.
 */
function inClaimOrder<T extends Range>(claims: T[], firstRun: number): T[] {
  if (ordered(claims, 0, claims.length)) return claims;
  if (!ordered(claims, 0, firstRun) || !ordered(claims, firstRun, claims.length)) return claims.sort(byClaimOrder);
  const out: T[] = [];
  let i = 0;
  let j = firstRun;
  while (i < firstRun && j < claims.length) out.push(byClaimOrder(claims[i]!, claims[j]!) <= 0 ? claims[i++]! : claims[j++]!);
  while (i < firstRun) out.push(claims[i++]!);
  while (j < claims.length) out.push(claims[j++]!);
  return out;
}
function ordered(claims: readonly Range[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (byClaimOrder(claims[i - 1]!, claims[i]!) > 0) return false;
  return true;
}

export const REPORTED = new RegExp(`\\b(?:${[...CUE_FORMS].filter((f) => /^(?:said|says|told|tells|stated|states|claimed|claims|announced|announces|reported|reports|added|argued|insisted|warned|confirmed|alleged|believes|noted|concluded)$/.test(f)).join('|')}|${PRECEDING_SOURCE_CUES.join('|')})\\b`, 'gi');

/**
 * Both word lists' matches in one scan of [from, to), reading one character past `to` so a final \b
 * sees what follows. Where a reported-speech word matches, the dispute hint is tried at the same
 * place too ("alleged", "confirmed" are both); no match of either can start inside the other's.
 */
export function scanHits(text: string, from: number, to: number): { hints: HitCursor; reported: HitCursor } {
  const hints = new HitCursor();
  const reported = new HitCursor();
  const scanned = to + 1 >= text.length ? text : text.slice(0, to + 1);
  EITHER.lastIndex = from;
  for (let m = EITHER.exec(scanned); m && m.index < to; m = EITHER.exec(scanned)) {
    if (m[1] === undefined) { hints.add(m.index, m.index + m[0].length); continue; }
    reported.add(m.index, m.index + m[0].length);
    HINT_HERE.lastIndex = m.index;
    const h = HINT_HERE.exec(scanned);
    if (h) hints.add(h.index, h.index + h[0].length);
  }
  return { hints, reported };
}

/** The matches of a word list over the text, read in order by ascending sentences. */
export class HitCursor {
  private readonly hits: number[] = []; // start, end pairs
  private next = 0;
  add(start: number, end: number): void { this.hits.push(start, end); }
  /** Every match as start, end pairs (for tests). */
  get spans(): readonly number[] { return this.hits; }
  /** Which groups of hint words (H) the matches wholly inside the range hold; after `within` for the same range. */
  bitsWithin(r: Range, text: string): number {
    let bits = 0;
    for (let i = this.next; i < this.hits.length && this.hits[i]! < r.end; i += 2) {
      if (this.hits[i + 1]! <= r.end) bits |= hintBits(text.slice(this.hits[i]!, this.hits[i + 1]!));
    }
    return bits;
  }
  /** Whether a match lies wholly inside the range; ranges must come in ascending order. */
  within(r: Range): boolean {
    while (this.next < this.hits.length && this.hits[this.next]! < r.start) this.next += 2;
    for (let i = this.next; i < this.hits.length && this.hits[i]! < r.end; i += 2) if (this.hits[i + 1]! <= r.end) return true;
    return false;
  }
}

/** A dispute cue with the claim it contests; `anaphoric` when that claim is the sentence before. */
interface Dispute {
  claim: Range;
  cue: Range;
  anaphoric: boolean;
  bySubject: boolean;
  claimless: boolean;
  /** A denial of "any such" thing: it points back even though its own claim follows its opening. */
  restated: boolean;
}
/** What a sentence without a dispute cue holds (shared: never added to). */
const NO_DISPUTES: readonly Dispute[] = [];

/**
 * Every dispute cue in a sentence with the claim it contests; one claim per clause, the first cue wins.
 * Only the cues that need a hint the sentence holds (`bits`, of H) are tried.
 */
export function disputesIn(text: string, s: Range, bits: number = ALL_HINTS): Dispute[] {
  const sentence = text.slice(s.start, s.end);
  const found: Dispute[] = [];
  for (const cue of GLOBAL_CUES) {
    if ((cue.needs & bits) === 0) continue;
    const pattern = cue.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      let cueRange = trimCue(text, { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length });
      if (found.some((f) => cueRange.start < f.cue.end && cueRange.end > f.cue.start)) continue;
      // "which his own lawyer has not denied", "did not dispute the figures": a denial denied contests nothing.
      const verbAt = m.index + m[0].search(DENIAL_VERB);
      if (verbAt >= m.index && NEGATION_BEFORE.test(sentence.slice(Math.max(0, verbAt - 24), verbAt))) continue;
      // ("Halvorsen, 47, denies two counts of fraud": a plea to the counts, whose claim the charge states elsewhere.)
      if (cue.scope === 'clause' && PLEA_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 48))) continue;
      // ("Nobody in Revenue questioned them": no one contests anything.)
      if (verbAt >= m.index && verbAt < 60 && NEGATIVE_SUBJECT.test(sentence.slice(0, verbAt))) continue;
      const clause = clauseAround(text, s, cueRange.start);
      let claim = clause;
      if (cue.scope === 'preceding') {
        // "The group's report, which Halas disputes, says that ...": what the subject says.
        const says = SAYS_AFTER_RELATIVE.exec(text.slice(cueRange.end, s.end));
        const before = says ? trimRange(text, { start: cueRange.end + says[0].length, end: s.end }) : trimRange(text, { start: s.start, end: cueRange.start });
        if (before.end - before.start > 8) claim = says ? before : reportedContent(text, before);
      }
      // "…, although a report disputed those figures": the figures are in the clause before.
      // ("X, but the report could not be confirmed": the clause before holds what the report said.)
      // ("..., although officials have not said so": the clause before, too.)
      const clauseText = text.slice(clause.start, clause.end);
      // ("..., but police said that sighting had not been confirmed": past who says so, too.)
      const clauseAboutReport = cue.scope === 'clause' && clause.start > s.start
        && (ANAPHORIC_SUBJECT.test(clauseText.replace(SAYS_FIRST, '')) || NOT_SAID_SO.test(clauseText));
      // A clause before about the source, reporting nothing ("The newspaper did not name its sources, and
      // the claim has not been verified"), is no claim: "the claim" is the sentence before.
      let leadReportsNothing = false;
      // ("The parents commissioned their own survey, ..., and disputed the council's figure": a clause with no
      // subject of its own shares the one before, which is who disputes; the figure is in the sentence before.)
      const sharesSubject = cue.scope === 'before' && clause.start > s.start && cueRange.start === clause.start;
      if (sharesSubject) claim = trimRange(text, s);
      if ((cue.scope === 'before' || cue.scope === 'previous' || clauseAboutReport) && clause.start > s.start && !sharesSubject) {
        const lead = text.slice(s.start, clause.start).replace(/[,;:]?\s*(?:while|whereas|but|although|though|and|yet)?\s*$/i, '');
        const before = trimRange(text, { start: s.start, end: s.start + lead.length });
        if (before.end - before.start > 8) claim = before;
        leadReportsNothing = clauseAboutReport && ABOUT_THE_SOURCE.test(lead) && !REPORTS.test(lead);
      }
      // "denied that X" contests X; "denied the charges" contests the clause itself.
      // ("Harrower denied that the offer carried any such condition": a denial of "any such" thing restates
      // the claim before it, which is what it contests.)
      let restated = false;
      if (cue.scope === 'that' && /\b(?:that|of|with|for|on|about|over|whether)\s*$/i.test(m[0])) {
        let rest = trimRange(text, { start: s.start + m.index + m[0].length, end: clause.end });
        // "the suggestion that we ignored a broken fence is simply untrue": the claim stops before what calls it
        // false, which is the cue.
        const calledFalse = CALLED_FALSE_AFTER.test(m[0]) ? FALSE_PREDICATE.exec(text.slice(rest.start, rest.end)) : null;
        if (calledFalse) {
          cueRange = trimRange(text, { start: rest.start + calledFalse.index, end: rest.start + calledFalse.index + calledFalse[0].length });
          rest = trimRange(text, { start: rest.start, end: rest.start + calledFalse.index });
        }
        if (rest.end - rest.start > 8) claim = rest;
        restated = clause.start === s.start && ANY_SUCH.test(text.slice(rest.start, rest.end)) && DENIAL_VERB.test(m[0]);
      }
      // "Aeroval denied the allegation.": a sentence that only denies has nothing of its own to contest.
      // ("... rejected the accusation in an interview with a broadcaster the following day.")
      const onlyDenies = (cue.scope === 'that' || cue.scope === 'before') && claim === clause && clause.start === s.start && ONLY_ADJUNCTS.test(text.slice(cueRange.end, clause.end))
        && /^(?:[\p{L}’'-]+\s+){0,4}$/u.test(text.slice(s.start, cueRange.start));
      // (A denial that points back at the sentence before claims nothing here: "denies any wrongdoing and has
      // rejected the claim that ..." keeps the claim after "that".)
      const namesItsClaim = cue.scope === 'that' && claim !== clause;
      if (found.some((f) => (!f.anaphoric || !namesItsClaim) && claim.start < f.claim.end && claim.end > f.claim.start)) continue;
      // "The video could not be independently verified.", "Critics called it a lie.": the sentence
      // before holds the claim.
      const bySubject = claim === clause && cue.scope === 'clause' && ANAPHORIC_SUBJECT.test(sentence);
      const pointsBack = bySubject || leadReportsNothing || onlyDenies || restated || sharesSubject || (claim === clause && (cue.scope === 'before' || cue.scope === 'previous'));
      // ("The claim has not been verified", "That is not true": the sentence says nothing else to contest.)
      // (A restating denial keeps what it denies as its claim for when no sentence stands before it.)
      found.push({ claim, cue: cueRange, anaphoric: pointsBack, bySubject, restated, claimless: bySubject || leadReportsNothing || onlyDenies || cue.scope === 'previous' });
    }
  }
  return found.sort((a, b) => a.claim.start - b.claim.start);
}

/** "Cyclist denies using hidden motor after bike seized": the doing denied, up to where the headline goes on. */
const HEADLINE_DENIES_DOING = /\b(?:denies|denied|deny)\s+((?:ever\s+|knowingly\s+)?[a-z]+ing\b[^;:,]*?)(?=\s+(?:as|after|amid|while|when|over|despite|in\s+wake)\b|\s*[;:,–—-]|\s*$)/;
function headlineDenial(text: string, s: Range): readonly Dispute[] {
  const m = HEADLINE_DENIES_DOING.exec(text.slice(s.start, s.end));
  if (!m || m[1]!.split(/\s+/).length < 2) return NO_DISPUTES;
  const claimStart = s.start + m.index + m[0].length - m[1]!.length;
  const claim = { start: claimStart, end: claimStart + m[1]!.length };
  const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length - m[1]!.length - 1 };
  return [{ claim, cue: trimRange(text, cue), anaphoric: false, bySubject: false, restated: false, claimless: false }];
}

const ANY_SUCH = /\b(?:any such|any of (?:these|those))\b/i;

/** What is said to be false after "the suggestion that ...": the claim ends where it starts. */
const CALLED_FALSE_AFTER = /^(?:suggestion|claim|allegation|accusation|assertion|idea|notion|report)s?\s+that\s*$/i;
const FALSE_PREDICATE = new RegExp(String.raw`\s${CALLED_FALSE}`, 'i');

/** A subject that is what was said: "Those allegations ...", "The claims ...". */
const SPEECH_NOUN_SUBJECT = /^(?:the|this|that|these|those|such|their|his|her|its)\s+(?:\p{L}+\s+)?(?:claims?|allegations?|accounts?|reports?|statements?|accusations?|assertions?)\b/iu;

/** What a defendant denies in court: "two counts of fraud", "all eleven charges of forgery". */
const PLEA_AFTER = /^\s+(?:all\s+|both\s+)?(?:[a-z]+\s+)?(?:counts?|charges?)\s+(?:of|against)\b/i;

/** A sentence whose subject is no one: "Nobody in Revenue questioned them." */
const NEGATIVE_SUBJECT = /^\s*["“]?\s*(?:nobody|no one|no-one|none)\b[^,;:.!?"“”]*$/i;

/** A sentence that only says a source gave no answer: no claim for a denial after it to point at. */
const NO_ANSWER = /\b(?:(?:did|does|has|have|had) not (?:yet )?(?:respond|responded|reply|replied|return(?:ed)?)|could not (?:immediately )?be reached|declined (?:to|requests? (?:to|for)) (?:comment|respond|be interviewed)|(?:was|were) not (?:immediately )?available (?:for|to) comment)\b/i;

/** A sentence whose subject is what the sentence before reported: "The video ...", "It ...", "These figures ...". */
const ANAPHORIC_SUBJECT = /^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Nn]either|[Bb]oth|[Ee]ither|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{L}+\s+)?(?:claims?|reports?|accounts?|videos?|footage|images?|photos?|photographs?|figures?|numbers?|toll|statements?|allegations?|call|information|documents?|recordings?|posts?|messages?|sightings?|stor(?:y|ies))\b|(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]hey)\s)/u;

/** What may follow a bare denial: when, where or to whom it was made, no clause of its own. */
const ONLY_ADJUNCTS = /^(?:\s+(?:in|on|at|during|through|via|to|with|when|after|before|late|early|earlier|later|again|yesterday|today|last|this)\b[^,;:"“”]*)?\s*[.!?]?\s*$/i;
/** A cue that opens with a verb of denial, and a negation right before it. */
const DENIAL_VERB = /\b(?:deni|deny|disput|reject|refut|contest|dismiss|challeng|question|doubt)/i;
// ("Nobody disputes that", "no one denies it": a denial no one makes.)
const NEGATION_BEFORE = /(?:(?<![\p{L}\p{M}\p{N}])(?:not|never|nobody|no one|no-one)|n['’]t)\s+(?:(?:yet|publicly|explicitly|directly|formally|seriously|really)\s+)?$/iu;
/** After a relative clause that contests its subject: ", says that", ", concluded". */
const SAYS_AFTER_RELATIVE = /^,\s+(?:says|said|claims|claimed|states|stated|alleges|alleged|concludes|concluded|argues|argued|shows|showed|finds|found)\s+(?:that\s+)?/i;
/** "but police said ...": the subject and verb before what a clause says. */
const SAYS_FIRST = /^(?:(?:and|but|yet|although|though|while)\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:said|says|added|noted|stressed)\s+/iu;
/** "officials have not said so", "police have not confirmed it": about what the clause before says. */
const NOT_SAID_SO = /\bnot (?:yet )?(?:said|confirmed|verified) (?:so|it|this|that)\b/i;
/** A clause about the source itself: "The newspaper did not name its sources", "Neither side responded to requests for comment". */
const ABOUT_THE_SOURCE = /^(?:(?:the|that|this)\s+(?:newspaper|paper|daily|tabloid|magazine|outlet|report|agency|broadcaster|channel|station|website|newsletter|blog)\b|.{0,60}\b(?:responded to requests? for comment|declined to comment|could not be reached|did not respond)\b)/i;
/** A reported-speech word (REPORTED, without the global flag, for a single test). */
const REPORTS = new RegExp(REPORTED.source, 'i');

/** The dispute cues compiled once with the global flag, to find every occurrence in a sentence. */
const GLOBAL_CUES = DISPUTE_CUES.map((c) => ({ ...c, pattern: new RegExp(c.pattern.source, c.pattern.flags.includes('g') ? c.pattern.flags : `${c.pattern.flags}g`) }));

/**
 * Whether a denial in `s` may point back at `previous`: the sentence before in the same paragraph or,
 * for a paragraph's first sentence, a sentence of six words or more ending the paragraph before, after
 * the headline ("Ibarra said he delivered cash. ¶ The defence disputed Ibarra's account."), of any
 * length when it ends quotations that an allegation stands before (`anyLength`).
 */
function isSentenceBefore(text: string, previous: Range, s: Range, headline: number, anyLength = false): boolean {
  let lineBreak = false;
  for (let i = previous.end; i < s.start && !lineBreak; i++) lineBreak = text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
  if (!lineBreak) return true;
  const gap = text.slice(previous.end, s.start);
  return previous.start > headline && gap.length < 12 && /^[ \t]*(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*$/.test(gap)
    && (anyLength || piecesBetweenSpaces(text, previous.start, previous.end, 6) >= 6);
}

/**
 * Whether a sentence after quotations that open a paragraph contests what came before them ('"...,"
 * Asante told a rally. The airline rejected the union's figures.'): the allegation it points at may
 * stand in an earlier paragraph, which the edit fast path does not read.
 */
export function pointsPastQuotations(text: string, sentences: readonly Range[]): boolean {
  const paragraphStart = sentences[0]?.start ?? 0;
  for (let i = 1; i < sentences.length; i++) {
    if (!mayGoOnQuoting(text, paragraphStart, sentences[i - 1]!)) return false;
    if (contestsWhatCameBefore(text, sentences[i]!)) return true;
  }
  return false;
}

/** A sentence that opens with a quotation mark. */
export function opensWithQuotation(text: string, s: Range): boolean {
  // /^\s*["“‘'«]/ on the sentence's first three characters, read without slicing.
  const end = Math.min(text.length, s.start + 3);
  for (let i = s.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 0xab) return true;
    if (!isRegexSpace(c)) return false;
  }
  return false;
}

/**
 * For the edit path, which reads no quotation spans: a sentence that opens with a quotation mark, or
 * may go on inside a quotation opened earlier in its paragraph (a mark or apostrophe stands before it
 * there). It holds wherever findClaims keeps an allegation in reach across quotations, and more often.
 */
export function mayGoOnQuoting(text: string, paragraphStart: number, s: Range): boolean {
  return opensWithQuotation(text, s) || ANY_QUOTE_MARK.test(text.slice(paragraphStart, s.start));
}
const ANY_QUOTE_MARK = /["“”‘’'«»]/;

/** A sentence that contests the claim before it ("The airline rejected the union's figures."). */
export function contestsWhatCameBefore(text: string, s: Range): boolean {
  DISPUTE_HINT.lastIndex = 0;
  return DISPUTE_HINT.test(text.slice(s.start, s.end)) && disputesIn(text, s).some((d) => d.anaphoric && (d.restated || d.claim.start <= wordsStart(text, s)));
}

/** Where a sentence's words start: after the marks of a quotation it opens with ('"That is simply not true," he said.'). */
function wordsStart(text: string, s: Range): number {
  // /^["“‘'«\s]*/ on the sentence's first four characters, read without slicing.
  const end = Math.min(text.length, s.start + 4);
  let i = s.start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 0xab || isRegexSpace(c))) break;
  }
  return i;
}

/** Where a headline (a first line without a full stop, followed by more text) ends, else 0. */
function headlineEnd(text: string): number {
  const m = /^[^\r\n]{1,200}(?=\r?\n|\r)/.exec(text);
  return m && !/[.!?]["'”’]?\s*$/.test(m[0]) && m[0].length < text.length ? m[0].length : 0;
}

/**
 * A cheap test that a sentence may hold a dispute cue at all, before the cue patterns run: a word
 * start that some cue pattern needs (every pattern holds one of these).
 */
export const DISPUTE_HINT = /\b(?:deni|deny|alleg|reportedly|purportedly|supposedly|accus|unconfirm|verif|confirm|pretext|lie|evidence|charg|indict|doubt|reject|disput|refut|dismiss|contest|question|challeng|baseless|false|unfounded|unsubstantiated|fabricat|fake|officials have|untrue|not true|nonsense|fiction|invention|myth|fantasy|groundless|without (?:any )?foundation|misleading|insist|assert|lying|(?:have|has|had) not (?:yet )?said|accept|exaggerat|inflated|inaccurate|speculative|invented|wrong\b)/gi;

const ALL_HINTS = Object.values(H).reduce((a, b) => a | b, 0);
/** The group (H) of a hint word as DISPUTE_HINT matched it. */
const HINT_GROUPS = new Map<string, number>([
  ['deni', H.DENY], ['deny', H.DENY], ['alleg', H.ALLEGE], ['reportedly', H.REPORTEDLY], ['purportedly', H.REPORTEDLY],
  ['supposedly', H.REPORTEDLY], ['accus', H.ACCUSE], ['unconfirm', H.CONFIRM], ['verif', H.CONFIRM], ['confirm', H.CONFIRM],
  ['pretext', H.PRETEXT], ['lie', H.LIE], ['lying', H.LIE], ['evidence', H.EVIDENCE], ['charg', H.CHARGE], ['indict', H.CHARGE],
  ['doubt', H.DOUBT], ['reject', H.REJECT], ['disput', H.DISPUT], ['refut', H.REFUT], ['dismiss', H.DISMISS], ['contest', H.CONTEST],
  ['question', H.QUESTION], ['challeng', H.CHALLENGE], ['insist', H.INSIST], ['assert', H.INSIST], ['officials have', H.OFFICIALS],
  ['accept', H.REJECT],
  ...['baseless', 'false', 'unfounded', 'unsubstantiated', 'fabricat', 'fake', 'untrue', 'not true', 'nonsense', 'fiction', 'myth',
    'fantasy', 'invention', 'misleading', 'groundless', 'without foundation', 'without any foundation', 'exaggerat', 'inflated', 'inaccurate', 'speculative', 'invented', 'wrong'].map((w) => [w, H.FALSE] as [string, number]),
]);
function hintBits(hit: string): number {
  const w = hit.toLowerCase();
  // ("have not said", "had not yet said": the one hint written with alternatives inside.)
  return HINT_GROUPS.get(w) ?? (w.endsWith('said') ? H.OFFICIALS : ALL_HINTS);
}

// The two lists as one alternation (group 1 the reported-speech words), and the hint alone, sticky.
const EITHER = new RegExp(`\\b(?:(${REPORTED.source.slice(5, -3)})\\b|${DISPUTE_HINT.source.slice(5, -1)})`, 'gi');
const HINT_HERE = new RegExp(DISPUTE_HINT.source, 'iy');

function trimCue(text: string, r: Range): Range {
  let start = r.start;
  // (", a claim the union rejected": the comma that opens the comment is no part of the cue.)
  while (start < r.end && (text[start] === ',' || isRegexSpace(text.charCodeAt(start)))) start++;
  r = { start, end: r.end };
  let end = r.end;
  // ('called "completely untrue': the cue stops before a quotation it reaches into.)
  const mark = text.slice(r.start, end).search(/\s*["“]/);
  if (mark > 0) end = r.start + mark;
  const word = text.slice(r.start, end);
  const stripped = word.replace(/\s+(?:that|of)$/i, '');
  end = r.start + stripped.length;
  return { start: r.start, end };
}

/**
 * What a report says, without who reports it: "Farage said Starmer had lost control" → "Starmer had
 * lost control", "X told reporters that Y" → "Y". The claim is the range itself when no reporting verb
 * opens it (within its first 80 characters) or too little would be left.
 */
function reportedContent(text: string, r: Range): Range {
  // (A sentence opening with a quotation is the quotation's: '"...," she said from her hospital bed'.)
  if (/^["“'‘]/.test(text[r.start] ?? '')) return r;
  const m = REPORT_OPENING.exec(text.slice(r.start, Math.min(r.end, r.start + 120)));
  if (!m || m.index > 80) return r;
  let start = r.start + m.index + m[0].length;
  // "said last week that ...": the report starts after "that".
  const that = /^[^,.;"“”]{0,30}?\bthat\s+/.exec(text.slice(start, Math.min(r.end, start + 40)));
  if (that) start += that[0].length;
  else if (/^(?:from|to|in|at|on|after|before|during|while|when|with)\b/i.test(text.slice(start, start + 8))) return r;
  return r.end - start > 8 ? { start, end: r.end } : r;
}
const REPORT_OPENING = /\b(?:(?:said|says|reported|reports|claimed|claims|argued|argues|alleged|alleges|wrote|insisted|insists|stated|states|announced|suggested)\s+(?:that\s+)?|told\s+[^,.;"“”]{1,40}?\s+that\s+)(?=[\p{L}\p{N}"“])/u;

/** The clause holding `at`: the sentence cut at semicolons and at ", while/but/and ..." joints. */
function clauseAround(text: string, s: Range, at: number): Range {
  const sentence = text.slice(s.start, s.end);
  let start = s.start;
  let end = s.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    const breakStart = s.start + m.index;
    const breakEnd = breakStart + m[0].length;
    if (breakEnd <= at) {
      start = breakEnd;
      // Drop the conjunction itself ("while Moscow ..." → "Moscow ...").
      const conj = /^(?:while|whereas|but|although|though|and|yet)\s+/.exec(text.slice(start, s.end));
      if (conj) start += conj[0].length;
    } else if (breakStart > at) {
      end = breakStart;
      break;
    }
  }
  return trimRange(text, { start, end });
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,"“”]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}
