// People after an edit inside one paragraph, without linking the whole document again.
//
// Linking is global (a surname links to a person named anywhere), but what creates and shapes a
// person is local: full names, single names with a title, and the roles found next to them, each
// judged from at most 120 characters of context. So the recogniser runs twice on a small window
// (the edited paragraph and its neighbours within reach), before and after the edit, together with
// "seed" paragraphs that name the known people whose names resemble a word of the paragraph (so
// a lone surname links as it would in the whole text). When both runs agree on everything but the
// single-name mentions inside the edited paragraph, the people of the document are unchanged and
// only those mentions are replaced; otherwise the caller must re-link everything (null).
import { isTitleCase, type ParagraphFacts } from './analyze';
import { ROLE_NOUNS } from './lexicon/words';
import { editDistance, foldName } from './names';
import { ownCopy } from './ownCopy';
import { findPeople } from './people';
import type { Range } from './segment';
import { firstAtOrAfter } from './sorted';
import type { Token } from './tokens';
import type { Person, Span } from './types';

/** A paragraph with its facts in absolute offsets of one text. */
export interface Para extends Omit<ParagraphFacts, 'sentences'> {
  range: Range;
  sentences: Range[];
  title: boolean;
}

export interface PeopleEdit {
  /** The edited paragraph before and after, and the window around it, in old and new offsets. */
  oldText: string;
  newText: string;
  oldPara: Para;
  newPara: Para;
  oldWindow: Para[];
  newWindow: Para[];
  /** The paragraph of the new text holding an offset, with its facts (for seeds, outside the edit). */
  paraAt(offset: number): Para;
  /** Offset in the old text of an offset of the new text outside the edit, or null inside it. */
  toOld(offset: number): number | null;
  toNew(offset: number): number;
  people: Person[];
  /** `relevantPeople` of the edited paragraph, found first (it may decline the edit at once). */
  relevant: Person[];
}

/** Mentions the edited paragraph now holds, by person id, or null when people must be re-linked. */
export function relinkParagraph(e: PeopleEdit, why: (reason: string) => void): Map<string, Span[]> | null {
  const relevant = e.relevant;
  // The window is what its paragraphs keep after clipping (a neighbour keeps only its sentences near
  // the edit): a person introduced in a clipped-off sentence is read from a seed sentence instead.
  const first = e.oldWindow[0]!;
  const last = e.oldWindow[e.oldWindow.length - 1]!;
  const windowStart = first.sentences[0]?.start ?? first.range.start;
  const windowEnd = last.sentences[last.sentences.length - 1]?.end ?? last.range.end;
  const seeds = seedSentences(e, relevant, windowStart, windowEnd);
  const oldSeeds = seeds.map((p) => shiftPara(p, e.toOld(p.range.start)! - p.range.start));
  const newSeeds = seeds;
  const before = localPeople(e.oldText, [...oldSeeds, ...e.oldWindow]);
  const after = localPeople(e.newText, [...newSeeds, ...e.newWindow]);
  const inOld = (m: Span): boolean => m.start >= e.oldPara.range.start && m.end <= e.oldPara.range.end;
  const inNew = (m: Span): boolean => m.start >= e.newPara.range.start && m.end <= e.newPara.range.end;
  const known = knownForms(relevant, windowStart, windowEnd);
  const sigBefore = signature(before, inOld, (o) => o, known);
  const sigAfter = signature(after, inNew, e.toOld, known);
  if (sigBefore === null || sigAfter === null || sigBefore !== sigAfter) return (why('names or roles changed'), null);
  // The window read alone must find the paragraph's old mentions as the whole text did: a person
  // whose evidence lies elsewhere ("Saoirse Brennan", a given name no list knows, with a "who" three
  // paragraphs on) would otherwise lose her mentions here until the full analysis.
  if (!sameSpans(relevant.flatMap((p) => p.mentions.filter(inOld)), before.flatMap((p) => p.mentions.filter(inOld)))) {
    return (why('the paragraph read alone finds other mentions'), null);
  }

  // The same local people before and after: map each to the document's person through its old mentions.
  const byLocalId = new Map(before.map((p) => [p.id, p]));
  const out = new Map<string, Span[]>();
  for (const p of after) {
    const mentions = p.mentions.filter(inNew);
    if (mentions.length === 0) continue;
    const twin = byLocalId.get(p.id);
    const global = twin ? globalPersonOf(e.people, twin.mentions) : undefined;
    if (!global) return (why('a person the document does not know'), null);
    out.set(global.id, [...(out.get(global.id) ?? []), ...mentions]);
  }
  return out;
}

/** Whether two lists of spans hold the same stretches (in any order). */
function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  const key = (m: Span): string => `${m.start}:${m.end}`;
  const have = new Set(a.map(key));
  return b.every((m) => have.has(key(m)));
}

/** Whose names resemble a capitalised word of the paragraph; null when a word fits two people. */
export function relevantPeople(people: Person[], tokens: Token[]): Person[] | null {
  const words = new Set(tokens.filter((t) => t.upper).map((t) => fold(t.text)));
  // Parts that can be similar start with the same letter: index the people by the first letters of
  // their parts (in document order), so a word is compared with a few people, not all of them.
  const byInitial = new Map<string, Person[]>();
  for (const p of people) {
    for (const initial of namePartsOf(p).initials) {
      const list = byInitial.get(initial);
      if (list) list.push(p); else byInitial.set(initial, [p]);
    }
  }
  const relevant = new Set<Person>();
  for (const w of words) {
    let owner: Person | null = null;
    for (const p of byInitial.get(w[0] ?? '') ?? []) {
      const { parts, surnames } = namePartsOf(p);
      if (!parts.some((part) => similar(part, w, 1))) continue;
      relevant.add(p);
      if (!surnames.some((part) => similar(part, w, 0))) continue;
      // Two people answer to this word: which one a lone mention links to depends on the order of
      // mentions in the whole text, so an edit here could re-link mentions elsewhere.
      if (owner && owner !== p) return null;
      owner = p;
    }
  }
  return [...relevant];
}

interface NameParts {
  name: string;
  /** Every word of every form, folded. */
  parts: string[];
  /** The first letters of `parts`, once each. */
  initials: string[];
  surnames: string[];
}

// Keyed by the aliases array: an edit copies each person ({ ...p, mentions }) but keeps its arrays,
// so the names are split and folded once, not for every person on every keystroke.
const namePartsCache = new WeakMap<readonly string[], NameParts>();
// And by name, for the people of a new full analysis: they are new objects, but mostly the same
// names. Without it the first keystroke after each full analysis split and folded every name of the
// article again (about 3 ms for the 900 people of a 1 MB article).
const namePartsByName = new Map<string, NameParts & { aliases: readonly string[] }>();
const NAME_PARTS_KEPT = 20_000;
function namePartsOf(p: Person): NameParts {
  const cached = namePartsCache.get(p.aliases);
  if (cached && cached.name === p.name) return cached;
  const known = namePartsByName.get(p.name);
  if (known && known.aliases.length === p.aliases.length && known.aliases.every((a, i) => a === p.aliases[i])) {
    namePartsCache.set(p.aliases, known);
    return known;
  }
  const parts = [...new Set([p.name, ...p.aliases].flatMap((form) => form.split(/\s+/)).map(fold))];
  const made = { name: p.name, parts, initials: [...new Set(parts.map((part) => part[0] ?? ''))], surnames: surnamesOf(p) };
  namePartsCache.set(p.aliases, made);
  if (namePartsByName.size >= NAME_PARTS_KEPT) namePartsByName.clear();
  // Own copies: the names (and the parts split from them) may be slices of one version of the text,
  // which the memo would keep alive.
  const name = ownCopy(p.name);
  namePartsByName.set(name, {
    name, aliases: p.aliases.map(ownCopy), parts: made.parts.map(ownCopy), initials: made.initials.map(ownCopy), surnames: made.surnames.map(ownCopy),
  });
  return made;
}

/**
 * The parts a lone name links by (people.ts `findEntity`): the last word of each form, and the
 * first for a family name written first ("Kim Jong-un"). First names link only when unambiguous,
 * whatever the order of mentions, so they cannot re-link anything.
 */
function surnamesOf(p: Person): string[] {
  const out = new Set<string>();
  for (const form of [p.name, ...p.aliases]) {
    const words = form.split(/\s+/);
    out.add(fold(words[words.length - 1]!));
    if (/-\p{Ll}/u.test(words[words.length - 1]!) || (words.length === 3 && words.every((w) => w.length <= 4))) out.add(fold(words[0]!));
  }
  return [...out];
}

/**
 * Sentences outside the window that introduce each relevant person (new offsets): the first mention
 * of every full-name form, or for a person known by one name only, the first few (one has a title).
 * A sentence is enough: a name's evidence is its own words and 120 characters around them.
 */
function seedSentences(e: PeopleEdit, relevant: Person[], windowStart: number, windowEnd: number): Para[] {
  const starts: number[] = [];
  for (const p of relevant) {
    const seen = new Set<string>();
    let single = 0;
    for (const m of p.mentions) {
      if (m.start >= windowStart && m.start < windowEnd) continue;
      if (/\s/.test(m.text)) {
        if (seen.has(m.text)) continue;
        seen.add(m.text);
        starts.push(m.start);
      } else if (!/\s/.test(p.name) && single < 3) {
        single++;
        starts.push(m.start);
      }
    }
  }
  const out = new Map<number, Para>();
  for (const oldStart of starts) {
    const at = e.toNew(oldStart);
    const sentence = clip(e.paraAt(at), (s) => s.start <= at && s.end > at);
    out.set(sentence.range.start, sentence);
  }
  return [...out.values()].sort((a, b) => a.range.start - b.range.start);
}

/** Only the sentences of a paragraph that `keep` says (the range still names the whole paragraph). */
export function clip(p: Para, keep: (s: Range) => boolean): Para {
  const sentences = p.sentences.filter(keep);
  if (sentences.length === p.sentences.length) return p;
  const from = sentences[0]?.start ?? p.range.end;
  const to = sentences[sentences.length - 1]?.end ?? p.range.end;
  return { ...p, sentences, tokens: p.tokens.filter((t) => t.start >= from && t.end <= to), dates: p.dates.filter((d) => d.start >= from && d.end <= to) };
}

function localPeople(text: string, paras: Para[]): Person[] {
  const sorted = [...paras].sort((a, b) => a.range.start - b.range.start);
  const titles = sorted.filter((p) => p.title).map((p) => p.range);
  const tokens = sorted.flatMap((p) => p.tokens);
  return findPeople(text, tokens, (o) => titles.some((r) => o >= r.start && o < r.end)).people;
}

/**
 * Full names of the relevant people also written outside the window: one more or one fewer of
 * them in the paragraph adds nothing to what the person is known by (names, name parts).
 */
function knownForms(relevant: Person[], windowStart: number, windowEnd: number): Set<string> {
  const owner = new Map<string, Person>();
  const shared = new Set<string>();
  for (const p of relevant) {
    for (const m of p.mentions) {
      if (!/\s/.test(m.text) || (m.start >= windowStart && m.start < windowEnd)) continue;
      const o = owner.get(m.text);
      if (o && o !== p) shared.add(m.text);
      owner.set(m.text, p);
    }
  }
  return new Set([...owner.keys()].filter((t) => !shared.has(t)));
}

/**
 * What the document's people depend on, as one string: names, role nouns and every mention outside the
 * edited paragraph (in old offsets), plus the full-name mentions inside it that are not written
 * elsewhere too. Lone names inside the paragraph are left out: those are what the edit may change.
 */
function signature(people: Person[], inPara: (m: Span) => boolean, toOld: (o: number) => number | null, known: Set<string>): string | null {
  const lines: string[] = [];
  for (const p of people) {
    const mentions: string[] = [];
    for (const m of p.mentions) {
      if (inPara(m) && (!/\s/.test(m.text) || known.has(m.text))) continue;
      const at = toOld(m.start);
      if (at === null) return null;
      mentions.push(`${at}:${m.text}`);
    }
    lines.push(`${p.id}|${p.name}|${roleWords(p)}|${mentions.join(',')}`);
  }
  return lines.sort().join('\n');
}

/**
 * Of a person's roles, what attribution reads ("the spokesman said" finds the one person whose roles
 * hold "spokesman"): the role nouns. The rest of a role's wording may change with the edit; the
 * person keeps the old wording until the full analysis.
 */
function roleWords(p: Person): string {
  const words = new Set(p.roles.flatMap((r) => r.toLowerCase().split(/\s+/)).filter((w) => ROLE_NOUNS.has(w)));
  return [...words].sort().join(' ');
}

/** The document's person holding one of these (old-text) mentions. */
function globalPersonOf(people: Person[], mentions: Span[]): Person | undefined {
  for (const m of mentions) {
    for (const p of people) {
      const i = firstAtOrAfter(p.mentions, m.start);
      if (i < p.mentions.length && p.mentions[i]!.start === m.start && p.mentions[i]!.text === m.text) return p;
    }
  }
  return undefined;
}


export function shiftPara(p: Para, by: number): Para {
  if (by === 0) return p;
  const s = <T extends Range>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return { range: s(p.range), sentences: p.sentences.map(s), tokens: p.tokens.map(s), dates: p.dates.map(s), title: p.title };
}

export function paraFacts(text: string, range: Range, facts: ParagraphFacts): Para {
  const o = range.start;
  const s = <T extends Range>(x: T): T => ({ ...x, start: x.start + o, end: x.end + o });
  return { range, sentences: facts.sentences.map(s), tokens: facts.tokens.map(s), dates: facts.dates.map(s), title: isTitleCase(text.slice(range.start, range.end)) };
}

/** Lower case without diacritics or a possessive ending, for comparing name parts. */
function fold(s: string): string {
  const f = foldName(s);
  return f.endsWith("'") || f.endsWith("'s") ? f.replace(/'s?$/, '') : f;
}

/**
 * Spelling variants of one name part as people.ts links them (same first letter, a few edits
 * apart); `slack` more edits make a generous test, for choosing seeds.
 */
function similar(a: string, b: string, slack: number): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 3 + slack) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4)) + slack;
}
