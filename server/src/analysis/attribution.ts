// Who said what: for each quotation, the attribution cue next to it ("said", "told", "according to"),
// the source as written, and the person that source is. Quotations with no cue of their own continue
// the speaker of their paragraph, or of the previous paragraph when they stand alone.
import { genderOfNamedPerson, genderOfPronoun, type Gender } from './gender';
import { CUE_FORMS, PRECEDING_SOURCE_CUES, ROLE_NOUNS } from './lexicon/words';
import { WordSet } from './lexicon/wordSet';
import type { Person } from './types';
import type { QuoteSpan } from './quotes';
import { endsWithWord, isRegexSpace, piecesBetweenSpaces, type Range } from './segment';
import { containing, lastEndingAtOrBefore, lastStartingAtOrBefore } from './sorted';
import { tokenize, type Token } from './tokens';

export interface Attribution {
  speaker: string | null;
  source: string | null;
  cue: string | null;
  /** Where the cue stands (for the editor), or null. */
  cueSpan: Range | null;
}

export interface AttributionContext {
  text: string;
  sentences: Range[];
  paragraphOfSentence: number[];
  paragraphs: Range[];
  quotes: QuoteSpan[];
  people: Person[];
  /** The text's word tokens over the sentences, when the caller has them (else they are found here). */
  tokens?: readonly Token[];
  /** The cues, when the caller found them already (`findCues`, paragraph by paragraph): then `tokens` is not read. */
  cues?: Range[];
}

interface Mention { start: number; end: number; text: string; person: Person }

/** "declared Thursday that ...": a time word after a cue is no inverted source. */
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Next|On|In|At)\b/;
/** The phrases by their first word ("in" → "in the words of"): "in" and "as" are among the commonest words. */
const PHRASES_BY_HEAD = new Map<string, string[]>();
for (const phrase of PRECEDING_SOURCE_CUES) {
  const head = phrase.split(' ')[0]!;
  PHRASES_BY_HEAD.set(head, [...(PHRASES_BY_HEAD.get(head) ?? []), phrase]);
}
/** The cue verbs' forms and the phrases' first words in one set: one test turns most words away. */
const CUE_WORDS = new WordSet([...CUE_FORMS, ...PHRASES_BY_HEAD.keys()]);
const PRONOUN_PERSON = /^(?:he|she|they)$/i;
const PRONOUN_THING = /^(?:it|this|that)$/i;
const SKIPPABLE = /^(?:also|then|later|further|again|once|has|have|had|would|will|had|previously|earlier|recently|repeatedly|publicly|\w+ly)$/i;

/** Whether an offset is inside the marks of one of the quotations (the closing mark itself is not inside). */
export function insideQuotation(quotes: readonly QuoteSpan[]): (offset: number) => boolean {
  return (o) => { const q = containing(quotes, o); return q !== undefined && o < q.end - 1; };
}

/** The attribution cues among the tokens, outside quotations, appended to `out` in text order. */
export function findCues(text: string, tokens: readonly Token[], inQuote: (offset: number) => boolean, out: Range[] = []): Range[] {
  for (const t of tokens) {
    const w = t.lower;
    if (!CUE_WORDS.has(w)) continue;
    const phrases = PHRASES_BY_HEAD.get(w);
    if (phrases) {
      // (A phrase ends where a word does: "according to", not "according tone".)
      for (const phrase of phrases) {
        if (startsWithLowerCase(text, t.start, phrase) && !startsWord(text, t.start + phrase.length) && !inQuote(t.start)) out.push({ start: t.start, end: t.start + phrase.length });
      }
    }
    // Cue verbs are written in lower case ("Post" in "The Huffington Post" is no verb): the case is
    // tested first, so capitalised words skip the list.
    if (!t.upper && CUE_FORMS.has(w) && !inQuote(t.start) && !isPassive(text, t.start) && !isNoun(text, t.start)) out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** A letter or digit at `at` (any script), which would continue the word a phrase ends with. */
function startsWord(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterOrDigitUnit(c);
}

/**
 * Whether `text.slice(at, at + phrase.length).toLowerCase() === phrase` for a phrase of ASCII
 * lower-case letters and spaces, without cutting the slice: besides A-Z, only the Kelvin sign
 * lower-cases to one of them (to k).
 */
function startsWithLowerCase(text: string, at: number, phrase: string): boolean {
  if (at + phrase.length > text.length) return false;
  for (let j = 0; j < phrase.length; j++) {
    const c = text.charCodeAt(at + j);
    const p = phrase.charCodeAt(j);
    if (c !== p && !(c >= 65 && c <= 90 && c + 32 === p) && !(c === 0x212a && p === 107)) return false;
  }
  return true;
}

export function attributeQuotes(ctx: AttributionContext): Attribution[] {
  const { text, quotes } = ctx;
  // (Plain loops: flatMap with a map inside cost more than the rest of this setup.)
  const mentions: Mention[] = [];
  for (const p of ctx.people) for (const m of p.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, person: p });
  mentions.sort((a, b) => a.start - b.start);
  const inQuote = insideQuotation(quotes);
  const sentenceIndexAt = (o: number): number => Math.max(0, lastStartingAtOrBefore(ctx.sentences, o));
  const paragraphAt = (o: number): number => ctx.paragraphOfSentence[sentenceIndexAt(o)] ?? 0;
  const genders = new Map<string, Gender | null>();
  const genderOf = (p: Person): Gender | null => {
    let g = genders.get(p.id);
    if (g === undefined) genders.set(p.id, (g = genderOfNamedPerson(p.name, p.roles)));
    return g;
  };
  /**
   * Whom "he", "she" or "they" before `o` stands for: the last person named outside quotations, in
   * this paragraph or the one before, whose gender does not contradict the pronoun; else the last
   * person named. (The edit path sees these two paragraphs and the last mention before them.)
   */
  const pronounReferent = (o: number, pronoun: string): Mention | undefined => {
    const wanted = genderOfPronoun(pronoun);
    const fits = (p: Person): boolean => {
      const g = wanted ? genderOf(p) : null;
      return !g || g === wanted;
    };
    const last = lastEndingAtOrBefore(mentions, o);
    const oldest = paragraphAt(o) - 1;
    let outsideQuotes: Mention | undefined;
    for (let i = last; i >= 0; i--) {
      const m = mentions[i]!;
      if (paragraphAt(m.start) < oldest) break;
      if (inQuote(m.start)) continue;
      outsideQuotes ??= m;
      if (fits(m.person)) return speakerOfSentenceBefore(i, fits) ?? m;
    }
    // No one in these two paragraphs whom the pronoun fits: the last person named before them, if it
    // fits ("Critics, including the health minister Desmond Ferreira, accused her ... “...,” she said"
    // goes to the judge named before). No further back: the edit path sees no more than that mention.
    const before = mentions[lastEndingAtOrBefore(mentions, ctx.paragraphs[Math.max(0, oldest)]?.start ?? 0)];
    if (before && !inQuote(before.start) && fits(before.person)) return before;
    return outsideQuotes ?? mentions[last];
  };
  /**
   * "Echeverría said she had trained ... and thanked her coach, Renata Oyarzún. “...,” she said": the one
   * who speaks in the sentence of the last person named, when another person is named after her there.
   */
  const speakerOfSentenceBefore = (i: number, fits: (p: Person) => boolean): Mention | undefined => {
    const from = ctx.sentences[sentenceIndexAt(mentions[i]!.start)]!.start;
    for (let j = i - 1; j >= 0 && mentions[j]!.start >= from; j--) {
      const m = mentions[j]!;
      if (m.person === mentions[i]!.person) return undefined;
      if (!inQuote(m.start) && fits(m.person) && cueFollows(m.end)) return m;
    }
    return undefined;
  };
  /**
   * A cue verb right after `end`, or after an apposition ("Echeverría said", "Dr Ricci, the first doctor to
   * reach them, said"), also past post-nominal letters ("Jonathan Ferrier QC, for Mr Halvorsen, told").
   */
  const cueFollows = (end: number): boolean => {
    // (Also the comma closing an apposition the name stands in: "Her mother, Chong Mei Fong, said".)
    const gap = /^(?:\s+\p{Lu}{2,4}\b)?(?:,[^,;.!?"“”]{1,100},|,)?\s+(?:also\s+|later\s+)?/u.exec(text.slice(end, end + 120));
    if (!gap) return false;
    const c = cues[lastStartingAtOrBefore(cues, end + gap[0].length)];
    return c !== undefined && c.start === end + gap[0].length;
  };

  // Every cue of the text, found once from the tokens: the lookups below only slice this list.
  const cues = ctx.cues ?? findCues(text, ctx.tokens ?? tokenize(text, ctx.sentences, 0), inQuote);
  /** Cue words outside quotations that start in [from, to). */
  const cuesIn = (from: number, to: number): Range[] => {
    const out: Range[] = [];
    for (let i = lastStartingAtOrBefore(cues, from - 1) + 1; i < cues.length && cues[i]!.start < to; i++) out.push(cues[i]!);
    return out;
  };

  /** Resolve who stands behind a cue: the subject before it, or the source after an inverted or preceding cue. */
  const resolveCue = (cue: Range, quote: QuoteSpan): Attribution => {
    const cueText = text.slice(cue.start, cue.end);
    const sentence = ctx.sentences[sentenceIndexAt(cue.start)]!;
    const lower = cueText.toLowerCase();
    const base: Attribution = { speaker: null, source: null, cue: cueText, cueSpan: cue };
    const afterCue = text.slice(cue.end, Math.min(sentence.end, cue.end + 120));
    const precedingCue = PRECEDING_SOURCE_CUES.includes(lower);
    // Inverted: `"...," said Sergey Lavrov` / `added KCNA`, and `according to X`.
    // After a comma, the name following the cue is its source ("..., said Lavrov") unless the cue has a
    // subject before it, through an apposition ("Its director, Jane Francis, told the BBC").
    // (Not a participle: '... of “moving the goalposts”, saying its officers ...' goes on with the subject before.)
    const nextToQuote = precedingCue || (cue.start >= quote.end && /^[\s,]*$/.test(text.slice(quote.end, cue.start)) && !lower.endsWith('ing'));
    const afterComma = !nextToQuote && /^[,;]\s*$/.test(text.slice(Math.max(sentence.start, cue.start - 2), cue.start));
    // (Read only where it may be the source: the pattern is slow, and most cues have their subject before them.)
    const sourceAfter = nextToQuote || afterComma ? SOURCE_AFTER.exec(afterCue) : null;
    const inverted = nextToQuote
      || (afterComma && sourceAfter !== null && /^\s*(?:the\s+)?\p{Lu}/u.test(sourceAfter[1]!)
        && !TIME_WORD.test(sourceAfter[1]!.trim()) && !mentionSubject(Math.max(sentence.start, lastQuoteEndBefore(quotes, cue.start)), cue.start));
    if (inverted && sourceAfter) {
      const src = sourceAfter[1]!.trim();
      const start = cue.end + afterCue.indexOf(src);
      const end = start + src.length;
      let k = lastStartingAtOrBefore(mentions, start - 1) + 1;
      // ("said Vermeulen's teammate Mateo Ferraz": an owner is not the source, the person after is.)
      while (k + 1 < mentions.length && mentions[k + 1]!.end <= end && /^['’]s\b/.test(text.slice(mentions[k]!.end, mentions[k]!.end + 3))) k++;
      const found = mentions[k];
      const m = found && found.end <= end ? found : undefined;
      // ("said Dante's sister, Marites Cruz", "said a spokeswoman for Kerr": an owner, or whom a role speaks
      // for, is not the speaker; the person the role names is, or no one.)
      if (m && (/^['’]s\b/.test(text.slice(m.end, m.end + 3)) || SPEAKS_FOR.test(text.slice(start, m.start)))) {
        return { ...base, source: src, speaker: roleSpeaker(src, end, m.person.id) };
      }
      return { ...base, source: src, speaker: m ? m.person.id : roleSpeaker(src, start + src.length) };
    }
    // Subject before the cue, in the same sentence and outside quotations. The farthest mention that
    // reaches the cue through an apposition wins ("Joe Biden, adversary of Donald Trump, declared").
    const clauseStart = Math.max(sentence.start, lastQuoteEndBefore(quotes, cue.start));
    const before = text.slice(clauseStart, cue.start);
    const subjectMention = mentionSubject(clauseStart, cue.start);
    if (subjectMention) {
      // ("a spokeswoman for Kerr said": whom a role speaks for is not the speaker.)
      const lead = text.slice(clauseStart, subjectMention.start);
      const role = ROLE_THEN_FOR.exec(lead);
      if (role && ROLE_NOUNS.has(role[1]!.toLowerCase())) {
        const np = nounPhraseBefore(before, subjectMention.text);
        return { ...base, source: np, speaker: roleSpeaker(np ?? role[0].trim(), cue.end, subjectMention.person.id) };
      }
      return { ...base, source: nounPhraseBefore(before, subjectMention.text), speaker: subjectMention.person.id };
    }
    const subject = lastWordBefore(before).replace(/[,]$/, '');
    if (PRONOUN_PERSON.test(subject)) {
      const prev = pronounReferent(cue.start - subject.length, subject);
      return { ...base, source: subject, speaker: prev ? prev.person.id : null };
    }
    // "Professor Ian Whitlock, a fire scientist, who said ...": the relative pronoun's person.
    if (subject === 'who') {
      const whoAt = clauseStart + before.lastIndexOf('who');
      const m = mentions[lastEndingAtOrBefore(mentions, whoAt)];
      if (m && m.start >= clauseStart && whoAt - m.end < 150 && !inQuote(m.start)) return { ...base, source: m.text, speaker: m.person.id };
    }
    if (PRONOUN_THING.test(subject)) return { ...base, source: subject };
    // A coordinated or participial cue ("He praised X and said ...", "..., saying") shares the subject of
    // the clause's first verb: an earlier cue in the sentence, or the sentence's own first mention.
    if (/^(?:and|but|or|then)$/i.test(subject) || /ing$/.test(lower)) {
      const earlier = cuesIn(sentence.start, cue.start - 1).filter((c) => c.end < cue.start);
      if (earlier.length) return { ...resolveCue(earlier[earlier.length - 1]!, quote), cue: cueText, cueSpan: cue };
      const opener = /^\s*(?:\p{Lu}\p{L}*\s+)?(he|she|they)\b/iu.exec(text.slice(sentence.start, cue.start));
      if (opener) {
        const prev = pronounReferent(sentence.start, opener[1]!);
        return { ...base, source: opener[1]!, speaker: prev ? prev.person.id : null };
      }
      const firstMention = mentionSubject(sentence.start, cue.start, true);
      if (firstMention) return { ...base, source: firstMention.text, speaker: firstMention.person.id };
    }
    const np = nounPhraseBefore(before, null);
    return { ...base, source: np, speaker: np ? roleSpeaker(np, cue.end) : null };
  };

  /**
   * The person mention that is the subject of a cue at `cueStart`: only an apposition, adverbs or
   * auxiliaries may stand between them. With `loose`, the first mention of the clause will do.
   */
  const mentionSubject = (from: number, cueStart: number, loose = false): Mention | undefined => {
    let k = lastEndingAtOrBefore(mentions, cueStart);
    const inClause: Mention[] = [];
    for (; k >= 0 && inClause.length < 4; k--) {
      const m = mentions[k]!;
      if (m.start < from) break;
      if (!inQuote(m.start)) inClause.unshift(m);
    }
    for (const m of inClause) {
      if (loose || SUBJECT_GAP.test(text.slice(m.end, cueStart))) return m;
    }
    return undefined;
  };

  /** "the spokesman" → the person the text names with that role right after, or earlier. */
  const roleSpeaker = (np: string, after: number, notThisPerson: string | null = null): string | null => {
    // ("a lawyer for the family": the role is the noun before whom it acts for.)
    const head = np.toLowerCase().replace(WHOM_FOR, '').replace(/[’']s$/, '').split(/\s+/).pop() ?? '';
    const p = ctx.paragraphs[paragraphAt(after)]!;
    const k = lastStartingAtOrBefore(mentions, after - 1) + 1;
    // "said the auctioneer, Sebastian Thorne": a noun shaped like an occupation, then a name in
    // apposition, is that person's role even where no list knows the noun.
    const apposition = mentions[k];
    const namedInApposition = apposition !== undefined && apposition.person.id !== notThisPerson && /^,\s+$/.test(text.slice(after, apposition.start))
      && OCCUPATION_SHAPED.test(head) && !inQuote(apposition.start);
    if (!ROLE_NOUNS.has(head) && !namedInApposition) return null;
    // Named right after, in the same paragraph ("the spokesman said. ONU, Stéphane Dujarric.").
    // Not a name right after the cue with no break between: that is whom the reported clause is about
    // ("a spokesman said Fonseca had followed the rules").
    const next = mentions.slice(k, k + 3).find((x) => x.start <= Math.min(p.end, after + 80) && !inQuote(x.start) && /[.,;:(–—]/.test(text.slice(after, x.start)));
    if (next && next.person.id !== notThisPerson) {
      // The text gives the person this role here: the hover should show it.
      const role = np.replace(/^(?:the|a|an)\s+/i, '');
      if (!next.person.roles.some((r) => r.toLowerCase().includes(head))) {
        next.person.roles.push(role);
        if (roleIndex) indexRole(roleIndex, next.person.id, role);
      }
      return next.person.id;
    }
    // Or introduced earlier with that role.
    const withRole = peopleWithRoleWord(head);
    const only = withRole?.size === 1 ? withRole.values().next().value! : null;
    return only === notThisPerson ? null : only;
  };

  // People by the words of their roles, built on first use: scanning every person's roles for each
  // unattributed "the spokesman" made attribution quadratic in a long text.
  let roleIndex: Map<string, Set<string>> | null = null;
  const peopleWithRoleWord = (word: string): Set<string> | undefined => {
    if (!roleIndex) {
      roleIndex = new Map();
      for (const person of ctx.people) for (const role of person.roles) indexRole(roleIndex, person.id, role);
    }
    return roleIndex.get(word);
  };

  // The cues of a paragraph, found once: looking back from each quotation must not rescan it.
  const cueCache = new Map<number, Range[]>();
  const paragraphCues = (index: number): Range[] => {
    let cues = cueCache.get(index);
    if (!cues) {
      const p = ctx.paragraphs[index]!;
      cues = cuesIn(p.start, p.end);
      cueCache.set(index, cues);
    }
    return cues;
  };
  /** The last cue of the paragraph that ends before `offset`. */
  const lastCueBefore = (index: number, offset: number): Range | undefined => {
    const cues = paragraphCues(index);
    const i = lastEndingAtOrBefore(cues, offset);
    return i >= 0 ? cues[i] : undefined;
  };

  /** The speaker a paragraph leaves behind: its last attribution cue, else a short paragraph's subject. */
  const speakerOfParagraph = (index: number, q: QuoteSpan): Attribution => {
    const p = ctx.paragraphs[index]!;
    const cues = paragraphCues(index);
    if (cues.length) return resolveCue(cues[cues.length - 1]!, q);
    const first = mentions[lastStartingAtOrBefore(mentions, p.start - 1) + 1];
    if (first && first.start < p.end && sentencesWithin(ctx.sentences, p, 3) <= 2 && !inQuote(first.start)) return { speaker: first.person.id, source: first.text, cue: null, cueSpan: null };
    return { speaker: null, source: null, cue: null, cueSpan: null };
  };

  const results: Attribution[] = [];
  let lastParagraph = -1;
  let paragraphSpeaker: Attribution | null = null; // last attribution seen in the current paragraph
  let previousParagraphSpeaker: Attribution | null = null;
  quotes.forEach((q, qi) => {
    const para = ctx.paragraphOfSentence[sentenceIndexAt(q.start)] ?? 0;
    if (para !== lastParagraph) {
      // Only the paragraph right before counts as "the previous speaker".
      previousParagraphSpeaker = lastParagraph === para - 1 ? paragraphSpeaker : null;
      paragraphSpeaker = null;
      lastParagraph = para;
    }
    const startSentence = ctx.sentences[sentenceIndexAt(q.start)]!;
    const endSentence = ctx.sentences[sentenceIndexAt(Math.max(q.start, q.end - 1))]!;
    const prevQuoteEnd = qi > 0 ? quotes[qi - 1]!.end : 0;
    const nextQuoteStart = qi + 1 < quotes.length ? quotes[qi + 1]!.start : text.length;
    const beforeFrom = Math.max(startSentence.start, prevQuoteEnd);
    const afterTo = Math.min(endSentence.end, nextQuoteStart);
    const after = cuesIn(q.end, afterTo);
    const before = cuesIn(beforeFrom, q.start);
    let chosen: Range | undefined;
    // The cue closest to the quotation wins, measured in words between them.
    const gapWords = (from: number, to: number): number => wordRuns(text, from, to);
    const nearAfter = after[0] && gapWords(q.end, after[0].start) <= 8 ? after[0] : undefined;
    const nearBefore = before[before.length - 1];
    if (nearAfter && nearBefore) chosen = gapWords(q.end, nearAfter.start) < gapWords(nearBefore.end, q.start) ? nearAfter : nearBefore;
    else chosen = nearAfter ?? nearBefore ?? after[0];
    let result: Attribution;
    const previousResult = qi > 0 ? results[qi - 1] : undefined;
    // 'Roy rejected the claim as "flatly untrue", and Sandhu said ...': words a subject calls something
    // by are that subject's, whatever cue follows.
    // ("He called for her to stand aside, a demand the hospital board dismissed as "...": the board's
    // words, no person's, and nearer the quotation than "called".)
    const characterisedBy = mayCharacterise(text.slice(Math.max(beforeFrom, q.start - 90), q.start)) ? CHARACTERISED_AS.exec(text.slice(beforeFrom, q.start)) : null;
    const characterisedAt = characterisedBy ? beforeFrom + characterisedBy.index : -1;
    const nearer = characterisedBy !== null && (!chosen || chosen.start >= q.end || chosen.end <= characterisedAt);
    const atTheVerb = characterisedBy !== null && chosen?.start === characterisedAt; // "dismissed" is a cue itself
    const byNounPhrase = nearer || atTheVerb ? NOUN_PHRASE_SUBJECT.exec(text.slice(beforeFrom, characterisedAt)) : null;
    const characterised = nearer && !byNounPhrase ? mentionSubject(beforeFrom, q.start, true) : undefined;
    if (byNounPhrase) {
      // ("a ceremony its director described as": a role the text gives a person is that person.)
      const source = byNounPhrase[1]!.trim();
      result = { speaker: roleSpeaker(source, characterisedAt), source, cue: null, cueSpan: null };
    } else if (characterised) {
      result = { speaker: characterised.person.id, source: characterised.text, cue: null, cueSpan: null };
    } else if (chosen && chosen.end <= q.start && previousResult?.cueSpan?.start === chosen.start) {
      // '"This is not a rebellion," said Sir Geoffrey Haldane, "it is a warning."': the second part of an
      // interrupted quotation has the first part's attribution.
      result = previousResult;
    } else if (chosen) {
      result = resolveCue(chosen, q);
    } else {
      // No cue of its own: a quotation that opens its sentence continues the paragraph's speaker,
      // or the previous paragraph's when it opens the paragraph.
      const opensSentence = !/\S/.test(text.slice(startSentence.start, q.start).replace(/[([]/g, ''));
      const earlierCue = opensSentence && !paragraphSpeaker ? lastCueBefore(para, q.start) : undefined;
      const opensParagraph = q.start === ctx.paragraphs[para]!.start;
      const previous = qi > 0 ? quotes[qi - 1]! : undefined;
      const sameSentenceAsPrevious = previous !== undefined && previous.end > startSentence.start && previous.end <= q.start;
      if (sameSentenceAsPrevious && results[qi - 1]) result = { ...results[qi - 1]!, cue: results[qi - 1]!.cue, cueSpan: results[qi - 1]!.cueSpan };
      else if (opensSentence && paragraphSpeaker) {
        // ('"...," she said. Her neighbour, Sanjay Mehrotra, said he had been checking on her. "Last summer ..."':
        // a person who spoke since the last quotation is the one who goes on.)
        const since = lastCueBefore(para, q.start);
        const newer = since && since.start > lastQuoteEndBefore(quotes, q.start) && since.start !== paragraphSpeaker.cueSpan?.start ? resolveCue(since, q) : null;
        result = { ...(newer?.speaker ? newer : paragraphSpeaker), cue: null, cueSpan: null };
      }
      else if (opensSentence && earlierCue) result = { ...resolveCue(earlierCue, q), cue: null, cueSpan: null };
      else if (opensParagraph && previousParagraphSpeaker) result = { ...previousParagraphSpeaker, cue: null, cueSpan: null };
      else if (opensParagraph && para > 0) result = { ...speakerOfParagraph(para - 1, q), cue: null, cueSpan: null };
      else {
        // "Councillor Tom Hale disagreed: "…"": a colon hands the quotation to its clause's subject.
        const lead = text.slice(beforeFrom, q.start);
        const subject = /:\s*$/.test(lead) ? mentionSubject(beforeFrom, q.start, true) : undefined;
        result = subject
          ? { speaker: subject.person.id, source: subject.text, cue: null, cueSpan: null }
          : { speaker: null, source: null, cue: null, cueSpan: null };
      }
    }
    // A cue inside a reported clause ("X added that Y's longevity suggests “...”", "X said the volunteers
    // reported ...") is not the attribution when an earlier cue of the sentence names a person.
    if (chosen && result.speaker === null && !byNounPhrase && !PRONOUN_THING.test(result.source ?? '')) {
      const earlier = cuesIn(startSentence.start, chosen.start).filter((c) => c.end <= chosen!.start);
      for (let k = earlier.length - 1; k >= 0; k--) {
        const r = resolveCue(earlier[k]!, q);
        if (r.speaker) { result = r; break; }
      }
    }
    if (result.source || result.speaker) paragraphSpeaker = result;
    results.push(result);
  });
  return results;
}

/**
 * How many sentences lie wholly inside `p`, counted up to `enough`: they are one run of the sorted,
 * non-empty sentences, found by a binary search (a filter of all sentences per paragraph was quadratic).
 */
function sentencesWithin(sentences: readonly Range[], p: Range, enough: number): number {
  let count = 0;
  for (let i = lastStartingAtOrBefore(sentences, p.start - 1) + 1; i < sentences.length && sentences[i]!.start < p.end && count < enough; i++) {
    if (sentences[i]!.end <= p.end) count++;
  }
  return count;
}

/**
 * The last of `before`'s words (its pieces between white space) that SKIPPABLE does not match, or '':
 * what trim, split(/\s+/) and popping the skippable words would leave last, read from the end.
 */
function lastWordBefore(before: string): string {
  let end = before.length;
  for (;;) {
    while (end > 0 && isRegexSpace(before.charCodeAt(end - 1))) end--;
    if (end === 0) return '';
    let start = end - 1;
    while (start > 0 && !isRegexSpace(before.charCodeAt(start - 1))) start--;
    const word = before.slice(start, end);
    if (!SKIPPABLE.test(word)) return word;
    end = start;
  }
}

/** How many runs of letters and digits stand in [from, to): `text.slice(from, to).match(/[\p{L}\p{N}]+/gu)`'s count, without the matches. */
function wordRuns(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let runs = 0;
  let inRun = false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else word = isLetterOrDigitUnit(c);
    if (word && !inRun) runs++;
    inRun = word;
  }
  return runs;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether one BMP unit (a lone surrogate half never is) is \p{L} or \p{N}; answers are kept. */
function isLetterOrDigitUnit(c: number): boolean {
  let known = letterOrDigitUnits[c]!;
  if (known === 0) letterOrDigitUnits[c] = known = (c & 0xf800) !== 0xd800 && LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
/** 0 unknown, 1 a letter or digit, 2 not one. */
const letterOrDigitUnits = new Uint8Array(0x10000);

/** A cheap test before CHARACTERISED_AS, which is slow where it fails: one of its words near the end. */
function mayCharacterise(end: string): boolean {
  const w = end.trimEnd(); // (the words it looks for stand in lower case inside a sentence)
  if (w.endsWith(' of')) return w.includes('accus'); // (the caller passes 90 characters: "accused ... of" spans five words)
  return w.endsWith(' as') || w.includes('call') || w.includes('brand') || w.includes('label') || w.includes('term') || w.includes('dub');
}
/** A relative clause's own subject right before its verb: "a demand the hospital board (dismissed as)". */
const NOUN_PHRASE_SUBJECT = /\b(?:a|an|the)\s+[a-z][\p{L}-]*\s+((?:the|its|their)\s+(?:[a-z][\p{L}-]*\s+){0,3})$/u;
/** What comes right before words someone calls a thing: "rejected the claim as", "called it", "accused the board of". */
const CHARACTERISED_AS = /\b(?:(?<!\b(?:was|were|been|being|is|are|be)\s+)accus(?:ed|es|ing)\s+(?:\S+\s+){1,5}?of|(?:rejected|dismissed|described|denounced|condemned|branded|characteri[sz]ed|labell?ed)\s+(?:\S+\s+){0,4}as|(?<!so-)(?:called|branded|labell?ed|termed|dubbed)(?:\s+(?:it|them|this|that|(?:the|this|that|these|those|his|her|their|its)(?:\s+[\p{L}’'-]+){1,2}))?)\s*$/iu;

/** What may stand between a subject and its cue: an apposition, adverbs, auxiliaries. */
const SUBJECT_GAP = /^(?:[’']s?)?(?:\s+(?:MP|MEP|MSP|MLA|MPP|MNA|MLC|MHK|TD|QC|KC|SC|OBE|CBE|MBE|KBE|DBE)\b)*(?:\s+(?:of|from|at)\s+[^,;"“”]{1,60}?)?\s*(?:(?:,[^,;"“”]{1,120}){1,2},\s*|,\s*)?(?:(?:on|last|this|late|early|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week|weekend|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?\s+|(?:yesterday|today|tonight)\s+)?(?:(?:also|then|later|further|again|once|still|now|soon|often|never|ever|first|has|have|had|would|will|previously|earlier|recently|repeatedly|publicly|\p{L}+ly)\s+)*$/u;

function lastQuoteEndBefore(quotes: QuoteSpan[], offset: number): number {
  const i = lastEndingAtOrBefore(quotes, offset);
  return i >= 0 ? quotes[i]!.end : 0;
}

/** "the report", "his statement": after a determiner the word is a noun, not a cue verb. */
function isNoun(text: string, at: number): boolean {
  // ("Echeverría said", "García said" are no nouns: the slice starts a word early for endsWithWord.)
  return endsWithWord(DETERMINER_BEFORE, text.slice(Math.max(0, at - 9), at));
}

const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|his|her|its|their|our|my|your|whose|one|no|any|some|every|each|another)\s+$/i;

/** "has been told" is not somebody telling. */
function isPassive(text: string, at: number): boolean {
  return /\b(?:been|be|being|is|are|was|were)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * The source written after a cue, up to the clause's end: "said the spokesman", "said Dr. John F. Smith,
 * R-Texas" (a full stop after an initial or an abbreviated title ends nothing).
 */
const ABBREVIATED = String.raw`(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Rev|Hon|Supt|Insp|Det|Fr|Sr|Jr)\.`;
const SOURCE_AFTER = new RegExp(String.raw`^,?\s+((?:the\s+|a\s+|an\s+)?(?:[^,.;:"“”«»()]|\.(?<=${ABBREVIATED})){1,90}?)(?=\s*(?:[,;:"“”«»()]|\.(?<!${ABBREVIATED})|$|\s+(?:that|on|in|at|to|after|before|while|when)\b))`, 'u');

/** The noun phrase that ends a clause ("PC World's recent analysis", "The city", "the spokesman"). */
function nounPhraseBefore(before: string, fallback: string | null): string | null {
  // The last piece split() would cut at CLAUSE_SEPARATOR, found without making the others.
  let clauseStart = 0;
  CLAUSE_SEPARATOR.lastIndex = 0;
  for (let m = CLAUSE_SEPARATOR.exec(before); m; m = CLAUSE_SEPARATOR.exec(before)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  const opened = clause.replace(/^[\s,]*(?:as|and|but|while|when|also)\s+/i, '');
  const trimmed = opened.slice(0, trailingAuxiliaryStart(opened)).trim();
  if (!trimmed) return fallback;
  // (`trimmed` has no white space at either end: its words are split's pieces.)
  if (piecesBetweenSpaces(trimmed, 0, trimmed.length, 13) <= 12) return trimmed;
  return trimmed.split(/\s+/).slice(-12).join(' ') || fallback;
}
const CLAUSE_SEPARATOR = /[;:"“”«»]|,\s+(?=(?:and|but|while|as|who|which)\b)/g;

/**
 * Where /\s*,?\s*(?:also|then|later|has|have|had)?\s*$/i first matches in `s`, read from the end (the
 * pattern, anchored only at the end, was tried at every position of the clause). With one of the words
 * last (no \b before it, as in the pattern), the match starts before it; else before a final comma.
 */
function trailingAuxiliaryStart(s: string): number {
  let end = s.length;
  while (end > 0 && isRegexSpace(s.charCodeAt(end - 1))) end--;
  for (const word of TRAILING_AUXILIARIES) {
    if (endsWithLowerCase(s, end, word)) { end -= word.length; break; }
  }
  while (end > 0 && isRegexSpace(s.charCodeAt(end - 1))) end--;
  if (end > 0 && s.charCodeAt(end - 1) === 44 /* , */) {
    end--;
    while (end > 0 && isRegexSpace(s.charCodeAt(end - 1))) end--;
  }
  return end;
}
const TRAILING_AUXILIARIES = ['also', 'then', 'later', 'has', 'have', 'had'];

/** Whether `s.slice(0, end)` ends with `word` (ASCII lower case) in either case, as /word$/i reads it. */
function endsWithLowerCase(s: string, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < 0) return false;
  for (let j = 0; j < word.length; j++) {
    const c = s.charCodeAt(from + j);
    if (c !== word.charCodeAt(j) && c + 32 !== word.charCodeAt(j)) return false;
  }
  return true;
}

/** The end of a source that names whom a role acts for: "a spokeswoman for Kerr", "a friend of the family". */
const SPEAKS_FOR = /\s(?:for|of|representing)\s+(?:the\s+)?$/i;
/** The role noun before whom it acts for, at the end of a clause's lead: "a spokeswoman for ". */
const ROLE_THEN_FOR = /(\p{L}+)\s+(?:for|of|representing)\s+(?:the\s+)?$/iu;
const WHOM_FOR = /\s+(?:for|of|representing|acting\s+for)\s+.*$/;
/** A noun shaped like an occupation ("auctioneer", "sculler", "curator", "guardian"). */
const OCCUPATION_SHAPED = /^[a-z]{4,}(?:er|or|ist|ian|ant|ent|eer|man|woman|person)$/;

function indexRole(index: Map<string, Set<string>>, personId: string, role: string): void {
  for (const word of role.toLowerCase().split(/\s+/)) {
    const ids = index.get(word);
    if (ids) ids.add(personId);
    else index.set(word, new Set([personId]));
  }
}
