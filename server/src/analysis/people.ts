// People: runs of capitalised words are name candidates; titles, roles, given names, speech verbs and
// appositions are the evidence that a candidate is an individual human. Mentions of one person
// (full name, spelling variants, surname alone) are linked into one entity.
import {
  CHINESE_FAMILY_NAMES, CUE_FORMS, DEMONYMS, FUNCTION_WORDS, GIVEN_NAMES, HONORIFICS, MONTHS, ORG_WORDS, PLACES, PINYIN_GIVEN_NAME, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS,
} from './lexicon/words';
import { WordSet } from './lexicon/wordSet';
import { genderOfHonorific, genderOfPerson, type Gender } from './gender';
import { editDistance, foldName, isPrintableAscii } from './names';
import type { Person, Span } from './types';
import { onlySpaceBetween, type Token } from './tokens';
import { ownCopy } from './ownCopy';
import { isLetterOrDot, isRegexSpace } from './segment';

// The word lists below are WordSets: each is asked about words of every run, and a word a list cannot
// hold is turned away by its shape, before any hashing.
/** Nouns that make a name before them a thing or a group named after a person. */
const NAMED_AFTER = new WordSet(['shares', 'stock', 'stocks', 'subsidiary', 'brand', 'brands', 'factory', 'plant', 'dealership', 'dealerships', 'headquarters', 'employees', 'government', 'governments', 'administration', 'cabinet', 'era', 'doctrine', 'family', 'families', 'foundation', 'centre', 'center', 'museum', 'prize', 'award', 'plan', 'rule', 'regime', 'camp', 'campaign', 'brothers', 'sisters', 'estate', 'trust', 'institute', 'school', 'law', 'act', 'years']);
const PURE_HONORIFICS = new WordSet(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'signor', 'signora', 'don', 'doña']);
// (The run finder asks about every lower-case word after a name, and most fail the shape test.)
const PARTICLES = new WordSet(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ter', 'y', 'mac', 'ap']);
/** Company legal forms, as written ("Brandauer Automobil AG"; the Tuareg "Ag" of "Mohamed Ag Alher" is a name). */
const LEGAL_FORMS = new WordSet(['AG', 'SA', 'S.A', 'NV', 'N.V', 'BV', 'B.V', 'SE', 'SpA', 'S.p.A', 'Srl', 'SRL', 'Oyj', 'ASA', 'AB', 'Pty', 'Bhd', 'Tbk', 'KGaA', 'SAS', 'PLC', 'LLC', 'LLP']);
const PLACE_PREFIXES = new WordSet(['rio', 'san', 'santa', 'santo', 'sao', 'são', 'saint', 'st', 'port', 'fort', 'mount', 'lake', 'cape', 'new', 'los', 'las', 'el', 'la', 'puerto', 'costa', 'porto', 'bahia', 'sierra', 'monte', 'villa', 'ciudad', 'upper', 'lower', 'quebrada', 'cerro', 'laguna', 'arroyo', 'valle', 'playa', 'isla', 'ilha', 'isola',
  'vila', 'vilar', 'castelo', 'castillo', 'alto', 'alta', 'ponte', 'puente', 'nova', 'nuevo', 'nueva',
  // Welsh and Scottish Gaelic landforms: mountain, lake, river, valley, loch (not "Ben" or "Glen": given names too).
  'mynydd', 'llyn', 'afon', 'cwm', 'loch']);
/** Months, weekdays and festivals ("Eid al-Fitr", "Diwali"): never a person's name. */
const CALENDAR_WORDS = new WordSet([...MONTHS, ...WEEKDAYS, 'eid', 'ramadan', 'diwali', 'hanukkah', 'christmas', 'easter', 'passover', 'thanksgiving', 'halloween', 'nowruz']);
/** "I'm", "It's", "We're": sentence openers, not names. */
const CONTRACTION = /^(?:i|you|he|she|it|we|they|that|what|there|here|let|who)'(?:m|s|re|ve|ll|d)$/;
/** CONTRACTION, asked only of words with an apostrophe (the pattern costs more than the test). */
const isContraction = (w: string): boolean => w.includes("'") && CONTRACTION.test(w);
const PLURAL_OF_NAME = /^\p{Lu}\p{Ll}+[^s’'\s]s$/u;
const FAMILY_BEFORE = new WordSet(['the', 'two', 'three', 'both', 'all']);
const CLOSED_APPOSITION_THEN_SPEECH = /^,\s+(?:a|an|the)\s+(?:(?!said\b|says\b|told\b)[^,.;:"“”()])+,\s+(?:said|says|told|added|recalled|explained)\b/;
// ("Save Mynydd Garw": a campaign named after what it would save.)
const NAMED_THINGS = new WordSet(['comet', 'asteroid', 'hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation', 'save']);
/** Written in capitals before the name of a firm or a ship (Indonesian "PT", "KM"; "MV", "HMS"). */
const THING_PREFIXES = new WordSet(['PT', 'CV', 'KM', 'MV', 'MT', 'SS', 'HMS', 'USS', 'RMS', 'FV', 'SV']);
const PREPOSITIONS_BEFORE_PLACES = new WordSet(['for', 'of', 'in', 'from', 'at', 'to', 'on', 'near', 'across', 'outside', 'inside']);
/** Landforms and settlement words that end English place names ("Ashby Vale", "Kellan Banks"); surnames too ("Emma Green"). */
const PLACE_SUFFIXES = new WordSet(['vale', 'cross', 'marsh', 'banks', 'heath', 'moor', 'green', 'common', 'fell', 'hill', 'hills', 'park', 'bay', 'point', 'bridge', 'wood', 'woods',
  'gate', 'brook', 'haven', 'mills', 'creek', 'springs', 'falls', 'ridge', 'grove', 'heights', 'junction', 'crossing', 'valley', 'downs', 'flats', 'sands', 'dale', 'end', 'fields', 'meadows', 'wharf', 'quay']);
/** Words that stand before a place, not before a person: "a plant in Ashby Cross", "at its Ashby Marsh works", "off the Kellan Banks". */
const BEFORE_A_PLACE_ONLY = new WordSet(['in', 'at', 'near', 'off', 'outside', 'inside', 'across', 'its', 'their', 'the']);
/** Prepositions that put a name in a place: "in Elsbury, one student, ... said". */
const IN_A_PLACE = new WordSet(['in', 'at', 'near']);
const VIETNAMESE_FAMILY_NAMES = new WordSet(['nguyen', 'nguyễn', 'tran', 'trần', 'le', 'lê', 'pham', 'phạm', 'hoang', 'hoàng', 'huynh', 'huỳnh', 'phan', 'vu', 'vũ', 'vo', 'võ', 'dang', 'đặng', 'bui', 'bùi', 'do', 'đỗ', 'ho', 'hồ', 'ngo', 'ngô', 'duong', 'dương', 'ly', 'lý']);
const VIETNAMESE_MIDDLE_NAMES = new WordSet(['van', 'văn', 'thi', 'thị']);
/** ", 34," / ", aged 34,": an age in apposition (group 1 the years). */
const AGE_APPOSITION = /^,\s*(?:aged\s+)?(\d{1,3})(?:,|[.;)](?!\d))/;
/** Letters after a name that are no part of it: counsel's ranks and honours (as written, in capitals). */
const POST_NOMINALS = new WordSet(['SC', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD', 'MEP', 'MSP', 'TD', 'MLA', 'MPP']);
/** Generational suffixes that belong to the name ("Robert F. Kennedy Jr."). */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/**
 * A capitalised run and what was read around it. It holds offsets and words, not token indexes, so
 * an analysis can drop each paragraph's tokens once its runs are read.
 */
export interface Candidate {
  /** Where the whole run starts and ends. */
  start: number;
  end: number;
  /** The words of the name part (titles stripped) as written. */
  nameWords: string[];
  /** Where the name part's first word and last word start. */
  nameStart: number;
  nameLastStart: number;
  /** A lower-case noun right after the run makes it a thing named after a person ("the Monti government"). */
  namedAfter: boolean;
  /** Title words before the name inside the run ("Russian Foreign Minister"). */
  titles: string[];
  honorific: boolean;
  /** The run ended in a possessive ("Sunak's"): the mention drops it. */
  possessive: boolean;
  evidence: number;
  isPerson: boolean;
  roles: string[];
  /** A word of a Title Case headline: it may only link to a person named elsewhere. */
  headline?: boolean;
  /** The folded name parts (memo of `partsOf`). */
  parts?: string[];
  /** Already linked to a person as a mention. */
  linked?: boolean;
  /** A given name alone that the text itself shows to be a person ("Carmen, 71, said"). */
  standalone?: boolean;
}

export interface PeopleResult {
  people: Person[];
  /** Person id of each mention, by mention start offset. */
  personAt: Map<number, string>;
}

/** Lower case without diacritics, for comparing name parts. */
const fold = foldName;
/** Ends in a possessive ("Sunak's", "Jones'"). */
const hasPossessive = (s: string): boolean => stripPossessive(s).length !== s.length;
/** Without a final full stop ("Gen." → "gen"). */
const withoutDot = (s: string): string => (s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s);
/** Typographic apostrophes as straight ones. */
const straightApostrophes = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);
const stripPossessive = (s: string): string => {
  const last = s.charCodeAt(s.length - 1);
  // Only words ending in s or an apostrophe can carry a possessive ending.
  if (last === 39 || last === 0x2019) return s.slice(0, -1);
  if (last !== 115 || s.length < 2) return s;
  const before = s.charCodeAt(s.length - 2);
  return before === 39 || before === 0x2019 ? s.slice(0, -2) : s;
};

// What the word lists say of a lower-case word, as bits, memoised: a capitalised run asks up to a dozen
// list questions of each of its words, and the same words recur all through a text.
const HONORIFIC = 1, TITLE = 2, ROLE = 4, DEMONYM = 8, FUNCTION = 16, GIVEN = 32, ORG = 64, PLACE = 128, CALENDAR = 256,
  PARTICLE = 512, CUE = 1024, FOLDED_PLACE = 2048;
/** The bits above that say the word is in a list. */
const IN_LISTS = 4095;
// Two facts of the word's shape, memoised with the lists: it holds a digit; folded, it is the first word
// of a place's name of several words ("new" of "new york"; or it holds a space, and may be), which is
// the only way a run opening with it can be such a place.
const DIGIT = 4096, PLACE_HEAD = 8192;
/** The first words of the places of several words. */
const PLACE_HEADS = new Set<string>();
for (const p of PLACES) if (p.includes(' ')) PLACE_HEADS.add(p.slice(0, p.indexOf(' ')));
/**
 * Numbers memoised by word: an open-addressed table whose hash is read in JS. The words asked are fresh
 * strings (each token's own lower case, never hashed yet), and a Map hashing them in its lookup cost
 * about twice as much (flagsOf's Map lookups took 2.7 % of the analysis).
 */
class WordMemo {
  private keys: (string | null)[] = new Array<string | null>(4096).fill(null);
  private values = new Int32Array(4096);
  private count = 0;

  constructor(private readonly maxCount: number) {}

  /** The number kept for `word`, or -1. */
  get(word: string): number {
    const mask = this.keys.length - 1;
    for (let i = hashOf(word) & mask; ; i = (i + 1) & mask) {
      const key = this.keys[i];
      if (key === null) return -1;
      if (key === word) return this.values[i]!;
    }
  }

  /** Keeps `value` (not negative) for `word`, which is not kept yet. */
  set(word: string, value: number): void {
    if (this.count >= this.maxCount) this.resize(this.keys.length, []);
    else if (2 * (this.count + 1) > this.keys.length) this.resize(2 * this.keys.length, this.keys);
    this.put(word, value);
  }

  private put(word: string, value: number): void {
    const mask = this.keys.length - 1;
    let i = hashOf(word) & mask;
    while (this.keys[i] !== null) i = (i + 1) & mask;
    this.keys[i] = word;
    this.values[i] = value;
    this.count++;
  }

  /** A table of `size` slots holding what `keys` (with this.values) held. */
  private resize(size: number, keys: readonly (string | null)[]): void {
    const values = this.values;
    this.keys = new Array<string | null>(size).fill(null);
    this.values = new Int32Array(size);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== null) this.put(keys[i]!, values[i]!);
  }
}

function hashOf(word: string): number {
  let h = word.length;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

const flagsMemo = new WordMemo(100000);
function flagsOf(w: string): number {
  let f = flagsMemo.get(w);
  if (f < 0) {
    const folded = fold(w);
    f = (HONORIFICS.has(w) ? HONORIFIC : 0) | (TITLE_WORDS.has(w) ? TITLE : 0) | (ROLE_NOUNS.has(w) ? ROLE : 0)
      | (DEMONYMS.has(w) ? DEMONYM : 0) | (FUNCTION_WORDS.has(w) ? FUNCTION : 0) | (GIVEN_NAMES.has(w) ? GIVEN : 0)
      | (ORG_WORDS.has(w) ? ORG : 0) | (PLACES.has(w) ? PLACE : 0) | (CALENDAR_WORDS.has(w) ? CALENDAR : 0)
      | (PARTICLES.has(w) ? PARTICLE : 0) | (CUE_FORMS.has(w) ? CUE : 0) | (PLACES.has(folded) ? FOLDED_PLACE : 0)
      | (hasDigit(w) ? DIGIT : 0) | (PLACE_HEADS.has(folded) || folded.includes(' ') ? PLACE_HEAD : 0);
    flagsMemo.set(ownCopy(w), f); // the memo outlives the text `w` was sliced from
  }
  return f;
}

/**
 * The flags of each token of the paragraph being read (findCandidates), filled on first use: the run
 * finder asks about a word as the next word, then as the current one, and analyseRun asks again, two or
 * three times; a Map lookup each time cost more than the rules. The low half is for the word as written
 * (in lower case), the high half for it without a possessive ending ("Sunak's" → "sunak"); -1: not read yet.
 */
let tokenFlags = new Int32Array(256);
function forgetTokenFlags(n: number): void {
  if (tokenFlags.length < n) tokenFlags = new Int32Array(Math.max(n, tokenFlags.length * 2));
  tokenFlags.fill(-1, 0, n);
}
/** In either half of a token's flags: that form of the word ends in a dot (no token does; kept exact all the same). */
const DOT_END = 0x8000;
function packedFlags(tokens: readonly Token[], x: number): number {
  let f = tokenFlags[x]!;
  if (f < 0) {
    const lower = tokens[x]!.lower;
    const plain = flagsOf(lower) | (lower.charCodeAt(lower.length - 1) === 46 ? DOT_END : 0);
    const stripped = stripPossessive(lower);
    const possessiveLess = stripped === lower ? plain : flagsOf(stripped) | (stripped.charCodeAt(stripped.length - 1) === 46 ? DOT_END : 0);
    f = plain | (possessiveLess << 16);
    tokenFlags[x] = f;
  }
  return f;
}
/** flagsOf(tokens[x].lower), read from tokenFlags. */
const lowerFlagsAt = (tokens: readonly Token[], x: number): number => packedFlags(tokens, x) & 0x7fff;
/** flagsOf(stripPossessive(tokens[x].lower)), read from tokenFlags. */
const wordFlagsAt = (tokens: readonly Token[], x: number): number => (packedFlags(tokens, x) >>> 16) & 0x7fff;
/** flagsOf(withoutDot(tokens[x].lower)). */
function lowerFlagsWithoutDotAt(tokens: readonly Token[], x: number): number {
  const f = packedFlags(tokens, x);
  return (f & DOT_END) !== 0 ? flagsOf(withoutDot(tokens[x]!.lower)) : f & 0x7fff;
}
/** flagsOf(withoutDot(stripPossessive(tokens[x].lower))). */
function wordFlagsWithoutDotAt(tokens: readonly Token[], x: number): number {
  const f = packedFlags(tokens, x) >>> 16;
  return (f & DOT_END) !== 0 ? flagsOf(withoutDot(stripPossessive(tokens[x]!.lower))) : f & 0x7fff;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A title or honorific that is no given name (isTitle, from flags). */
const titleFlags = (f: number): boolean => (f & (TITLE | HONORIFIC)) !== 0 && (f & GIVEN) === 0;

function isNameLike(text: string, t: Token): boolean {
  if (t.upper) return true;
  // al-Sarraj, el-Sisi, bin-Salman: a lower-case particle joined to a capitalised name.
  // (The word is read in `text`, at the token's offsets: every lower-case word of the text is asked,
  // and reading the text is cheaper than loading each token's own string.)
  const at = t.start;
  return t.end - at > 3 && (text.charCodeAt(at + 2) === 45 || text.charCodeAt(at + 3) === 45) && /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u.test(t.text);
}

/** " of the Chinese Academy of Sciences", " at Utrecht University": where a named person works or studies. */
const AFFILIATION = /^,?\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:University|Institute|Academy|College|School|Hospital|Clinic|Laboratory|Observatory|Museum|Foundation|Society|Centre|Center)\b/u;

/** A made-up company word ("semitech", "biologics"), tested by its last letter first: most words fail there. */
function isCompanyWord(w: string): boolean {
  if (w.length < 6) return false;
  const c = w.charCodeAt(w.length - 1);
  const suffix = c === 104 ? 'tech' : c === 116 ? 'soft' : c === 97 ? 'pharma' : c === 101 ? 'ware' : c === 112 ? 'corp'
    : c === 115 ? (w.endsWith('tronics') ? 'tronics' : 'logics') : null;
  return suffix !== null && w.endsWith(suffix) && /^\p{L}{2,}$/u.test(w.slice(0, -suffix.length));
}

/** "London-based", "German-born", "Saudi-backed": a place and a participle, describing what follows. */
const DESCRIPTOR = /-(?:based|born|led|backed|owned|funded|listed|registered|headquartered|made|run|controlled|allied|linked)$|-(?:year|month)-old$/;

/** Words shaped like an occupation or a role ("meteorologist", "photographer", "historian", "consultant", "fisherman"). */
const OCCUPATION = /^(?:co-|ex-|vice-)?[a-z]{3,}(?:ist|er|or|ian|ant|ent|man|woman)$/;
/** Common words shaped like occupations that are none ("a number of", "a matter for"). */
const SHAPED_LIKE_OCCUPATIONS = new WordSet(['number', 'other', 'quarter', 'matter', 'order', 'corner', 'letter', 'paper', 'water', 'power', 'river',
  'answer', 'border', 'summer', 'winter', 'murder', 'disaster', 'manner', 'chapter', 'character', 'register', 'weather', 'monster', 'cancer',
  'shelter', 'theatre', 'theater', 'center', 'offer', 'error', 'mirror', 'horror', 'sector', 'factor', 'element', 'moment', 'event']);
/** Occupations no name ends like, before names no list knows: "Volcanologist Kristján Þórðarson". */
const LEARNED_OCCUPATION = /^(?:co-|ex-|vice-)?[a-z]{4,}(?:ist|ician|grapher|eer)$/;

/** Organisation and place words that are common surnames too ("Mark Hall", "Margaret Court", "Shirley Temple"). */
const SURNAME_ORG_WORDS = new WordSet(['hall', 'street', 'bridge', 'castle', 'church', 'court', 'temple', 'law', 'lake', 'tower', 'station', 'gallery', 'guard', 'power', 'steel', 'house', 'pass']);
const AUXILIARIES = new WordSet(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could']);

/** Two or more letters, all capitals ("SPOKE", "U.S."): the second unit is tested first, as most words fail there. */
function isAllCaps(w: string): boolean {
  if (w.length < 2) return false;
  const c = w.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  // An ASCII word is read by hand (no lower-case letter, and a capital), sparing the two case copies.
  let capital = false;
  for (let i = 0; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (d > 127) return w === w.toUpperCase() && w !== w.toLowerCase();
    if (d >= 97 && d <= 122) return false;
    if (d >= 65 && d <= 90) capital = true;
  }
  return capital;
}

/** "J", "J.K", "AS": initials that stand for given names. */
const INITIALS = /^(?:\p{Lu}|\p{Lu}(?:\.\p{Lu})+)$/u;

function isInitials(s: string): boolean {
  // (Both patterns need a capital, a dot or the second half of a capital as the second unit: most names fail there.)
  const c = s.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return (/^\p{Lu}{1,3}$/u.test(s) && !/^(?:I|A)$/.test(s) && !NOT_INITIALS.has(s)) || INITIALS.test(s);
}
/** Capitals that stand for a country, a union or a sports club's form ("US Quevilly", "FC Porto", "UK Prime Minister"), not for given names. */
const NOT_INITIALS = new WordSet(['US', 'UK', 'UN', 'EU', 'USA', 'UAE', 'FC', 'AC', 'SC', 'SV', 'CF', 'CD', 'RC', 'PSV', 'SS', 'BK', 'IF', 'FK', 'NK', 'SK', 'KV', 'UD', 'SD', 'RB']);

/**
 * The name-bearing part of each capitalised run, with the evidence for it being a person, appended to
 * `out`. `before`: the last few tokens before `tokens` (of the paragraph before), which the evidence
 * for a run at the start reads.
 */
export function findCandidates(text: string, tokens: readonly Token[], titleCase: (offset: number) => boolean, before: readonly Token[] = [], out: Candidate[] = []): Candidate[] {
  forgetTokenFlags(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameLike(text, t)) { i++; continue; }
    // In a Title Case headline every word is capitalised: each word stands alone and can only link
    // to a person the body names ("President Obama Meets Pope Francis").
    if (titleCase(t.start)) {
      const c = analyseRun(text, tokens, before, i, i);
      if (c) {
        c.isPerson = false;
        c.headline = true;
        out.push(withNextWord(text, tokens, i, c));
      }
      i++;
      continue;
    }
    // Extend the run over single spaces; "Mr." keeps its dot; particles join when a name follows.
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j]!;
      const next = tokens[j + 1]!;
      if (cur.upper && hasPossessive(cur.text)) break;
      // A run never crosses a sentence end ("met the Pope. Charles left"); "Mr." and "Gen." end none.
      if (next.sentence !== cur.sentence) break;
      // Words in capitals before a name are shouted, not initials ("MY NAME IS Zorvan Quelk"; "TJ Watt" keeps "TJ").
      if (j > i && isAllCaps(cur.text) && isAllCaps(tokens[j - 1]!.text) && !isAllCaps(next.text)) break;
      let gapStart = cur.end;
      if (text[gapStart] === '.' && ((lowerFlagsAt(tokens, j) & (HONORIFIC | TITLE)) !== 0 || INITIALS.test(cur.text) || /^(?:Jr|Sr)$/.test(cur.text))) gapStart++;
      if (!onlySpaceBetween(text, gapStart, next.start)) break;
      const nameLike = isNameLike(text, next);
      // A lower-case word ends the run, unless it is a particle before a name ("van der Berg").
      if (!nameLike && !PARTICLES.has(next.lower)) break;
      // A capitalised function word ends a run ("Francis In Rome"); a title after a name starts a new one.
      const nextFlags = wordFlagsAt(tokens, j + 1);
      const curFlags = lowerFlagsAt(tokens, j);
      // ("Said" after a given name is a surname: "Omar Said".)
      // ("A." and "I." between name words are initials, not the article or the pronoun: "John A. Smith".)
      const initial = next.text.length === 1 && text.charCodeAt(next.end) === 46 && isNameLike(text, tokens[j + 2] ?? next);
      if ((nextFlags & FUNCTION) !== 0 && (nextFlags & PARTICLE) === 0 && !initial && !((curFlags & GIVEN) !== 0 && stripPossessive(next.lower) === 'said')) break;
      // ("Chief Fire Officer Deborah Hale": a word between two titles is part of the title.)
      if (titleFlags(nextFlags) && !titleFlags(lowerFlagsWithoutDotAt(tokens, j)) && (curFlags & DEMONYM) === 0
        && !(j === i + 1 && titleFlags(lowerFlagsWithoutDotAt(tokens, i)) && (curFlags & GIVEN) === 0)) break;
      // Honours and ranks after a name are no part of it ("Daniel O'Rourke SC", "Jane Smith OBE").
      if (next.text.length <= 3 && POST_NOMINALS.has(next.text)) break; // (each is two or three letters)
      if (nameLike) { j++; continue; }
      // Particles join when a capitalised name follows them: "van der Berg", "de la Cruz".
      let p = j + 1;
      while (p < tokens.length && PARTICLES.has(tokens[p]!.lower) && p - j <= 3 && onlySpaceBetween(text, tokens[p - 1]!.end, tokens[p]!.start)) p++;
      const after = tokens[p];
      if (p > j + 1 && after && after.upper && onlySpaceBetween(text, tokens[p - 1]!.end, after.start)) { j = p; continue; }
      break;
    }
    // "Ashcombe & Vine", "Procter & Gamble": names joined by an ampersand name a firm.
    // ("the General Workers’ Union": a plural owner before an organisation word names the organisation.)
    // (The mark after the run is read first: most runs are followed by a space.)
    const markAfter = text.charCodeAt(tokens[j]!.end);
    const ownedOrg = (markAfter === 0x2019 || markAfter === 39) && tokens[j]!.text.endsWith('s')
      && tokens[j + 1]?.upper === true && (lowerFlagsAt(tokens, j + 1) & ORG) !== 0;
    const joined = ownedOrg || ampersandAfter(text, tokens[j]!.end) || ampersandBefore(text, tokens[i]!.start);
    const c = joined ? null : analyseRun(text, tokens, before, i, j);
    if (c) out.push(withNextWord(text, tokens, j, c));
    i = j + 1;
  }
  return out;
}
/** " & Vine" after a run (read from code units: a regex per run of capitals cost 2 % of the analyser). */
function ampersandAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 38) return false;
  if (text.charCodeAt(i + 1) === 32) i++;
  const c = text.charAt(i + 1);
  return c !== '' && c !== c.toLowerCase();
}
/** "Ashcombe & " before a run. */
function ampersandBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 38) return false;
  if (text.charCodeAt(i - 1) === 32) i--;
  const c = text.charAt(i - 1);
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
}

/** Reads the word after the run's last token `last`: "the Monti government", "the Smith family". */
function withNextWord(text: string, tokens: readonly Token[], last: number, c: Candidate): Candidate {
  const next = tokens[last + 1];
  // "Monti's government" does name the person; "the Monti government" does not.
  c.namedAfter = !c.possessive && next !== undefined && !next.upper && onlySpaceBetween(text, tokens[last]!.end, next.start) && NAMED_AFTER.has(next.lower);
  return c;
}

export const SPEECH_AFTER = /^,?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(\p{Ll}+)/u;
const ADVERB_OR_AUXILIARY = new WordSet(['also', 'then', 'later', 'has', 'had']);
/**
 * The lower-case word after a name, past an adverb or auxiliary ("Basya said", "Basya, also said"):
 * SPEECH_AFTER on the next 40 characters, read by hand while the characters read are ASCII (names are
 * everywhere); the pattern reads the rest where one of them is not (\s and \p{Ll} reach beyond ASCII).
 */
export function wordAfterName(text: string, at: number): string | null {
  const end = Math.min(text.length, at + 40);
  let i = at;
  let c = asciiAt(text, i, end);
  if (c === 44 /* , */) c = asciiAt(text, ++i, end);
  const spaces = i;
  while (isSpaceCode(c)) c = asciiAt(text, ++i, end);
  if (c === NOT_ASCII) return wordAfterNameByPattern(text, at, end);
  if (i === spaces) return null;
  const first = i;
  while (isAsciiLower(c)) c = asciiAt(text, ++i, end);
  if (c === NOT_ASCII) return wordAfterNameByPattern(text, at, end);
  if (i === first) return null;
  const word = text.slice(first, i);
  if (!ADVERB_OR_AUXILIARY.has(word)) return word;
  const gap = i;
  while (isSpaceCode(c)) c = asciiAt(text, ++i, end);
  if (c === NOT_ASCII) return wordAfterNameByPattern(text, at, end);
  const second = i;
  while (isAsciiLower(c)) c = asciiAt(text, ++i, end);
  if (c === NOT_ASCII) return wordAfterNameByPattern(text, at, end);
  return i > gap && second > gap && i > second ? text.slice(second, i) : word;
}

function wordAfterNameByPattern(text: string, at: number, end: number): string | null {
  return SPEECH_AFTER.exec(text.slice(at, end))?.[1] ?? null;
}

/** asciiAt's answer for a code unit beyond ASCII. */
const NOT_ASCII = -2;
/** The code unit at i, -1 at or past `end`, NOT_ASCII beyond ASCII. */
function asciiAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  return c > 127 ? NOT_ASCII : c;
}

/** Whether the gap [from, to) ends in an opening mark and spaces (/["“‘(]\s*$/, without slicing). */
function opensAfterMark(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

/** /,\s+$/ on text[from, to), read from the end. */
function endsWithCommaAndSpace(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  return i < to - 1 && i >= from && text.charCodeAt(i) === 44;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The characters of the regex class \s. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * "Minister of" when the run at `first` follows "<role or title> of " or "<role or title> for " and
 * does not open with a given name ("the son of Carlos Duarte"), else null.
 */
function rolePrefix(text: string, tokens: readonly Token[], preceding: readonly Token[], first: number): string | null {
  const of = tokenAt(tokens, preceding, first - 1);
  if (!of || (of.lower !== 'of' && of.lower !== 'for')) return null;
  const role = tokenAt(tokens, preceding, first - 2);
  if (!role || (lowerFlagsAt(tokens, first) & GIVEN) !== 0) return null;
  if (!onlySpaceBetween(text, of.end, tokens[first]!.start) || !onlySpaceBetween(text, role.end, of.start)) return null;
  return (flagsOf(role.lower) & (ROLE | TITLE)) !== 0 ? `${role.text} ${of.text}` : null;
}

/** Token x; a negative x reads back into `preceding`, the tokens before `tokens`. */
/**
 * A place's name alone, where a surname could stand ("Montenegro told the panel"): kept as a lone word,
 * which links only to a person named in full ("Ricardo Montenegro"); never after a preposition or an
 * article ("in Montenegro", "the Jordan"), nor with a title.
 */
function loneSurnameOfPlace(tokens: readonly Token[], preceding: readonly Token[], first: number, last: number, titles: number): boolean {
  if (first !== last || titles > 0) return false;
  const prev = tokenAt(tokens, preceding, first - 1);
  return !prev || !(PREPOSITIONS_BEFORE_PLACES.has(prev.lower) || prev.lower === 'the' || prev.lower === 'and' || prev.lower === 'or');
}

const KINSHIP = new WordSet(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'widower', 'partner', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'grandson', 'granddaughter',
  'brother-in-law', 'sister-in-law', 'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law', 'cousin', 'nephew', 'niece', 'uncle', 'aunt']);
const OWNERS = new WordSet(['his', 'her', 'their', 'whose', 'my', 'our']);

/** "his wife, " / "their son, " right before token `at`: the kinship word, or null. */
function kinshipBefore(text: string, tokens: readonly Token[], preceding: readonly Token[], at: number, restrictive = false): string | null {
  const kin = tokenAt(tokens, preceding, at - 1);
  const owner = tokenAt(tokens, preceding, at - 2);
  // ("his wife, Olena", "Hrytsenko's wife, Olena": a pronoun or a name's possessive owns the kin.)
  if (!kin || !owner || !KINSHIP.has(kin.lower) || !(OWNERS.has(owner.lower) || (owner.upper && hasPossessive(owner.text)))) return null;
  // ("whose son Tobias has been taking": without a comma, a business "partner" could be a firm.)
  const gap = restrictive ? (kin.lower === 'partner' ? null : / $/) : /^,\s+$/;
  return gap && gap.test(text.slice(kin.end, tokens[at]!.start)) && /^\s+$/.test(text.slice(owner.end, kin.start)) ? kin.text : null;
}

function tokenAt(tokens: readonly Token[], preceding: readonly Token[], x: number): Token | undefined {
  return x >= 0 ? tokens[x] : preceding[preceding.length + x];
}

const VESSELS_AND_ANIMALS = new WordSet(['trawler', 'ship', 'vessel', 'ferry', 'tanker', 'yacht', 'boat', 'freighter', 'liner', 'frigate',
  'submarine', 'schooner', 'barge', 'tug', 'horse', 'racehorse', 'mare', 'colt', 'filly', 'gelding', 'stallion', 'greyhound']);

/** " resigned as mayor", " was appointed as the coach": the role word after "as". */
const AS_ROLE_AFTER = /^\s+(?:\p{Ll}+\s+){1,2}as\s+(?:the\s+|its\s+|their\s+)?(?:\p{Ll}+\s+)??(\p{Ll}+)\b/u;

/** How many tokens before a run its evidence reads at most (`before` of findCandidates needs no more). */
export const RUN_CONTEXT = 3;

/** "identified the passenger as ", "named him as " right before a run. */
const NAMED_AS = /\b(?:named|names|identified|identifies)\s+(?:him|her|(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:man|woman|boy|girl|child|victim|victims|suspect|deceased|dead|passenger|driver|pilot|gunman|attacker|body|teenager|worker|officer|soldier|rider|climber|hiker|swimmer|fisherman|captain))\s+as\s+$/u;
/** ", who spent the weekend at the base, said": a relative clause about a person, then a speech verb. */
const WHO_THEN_SPEECH = /^,\s+who\s[^.;:"“”]{1,120}?,\s+(?:said|says|told|tells|added|recalled|explained)\b/;
/** "a student who gave her name only as ", "asked to be identified as " right before a lone name. */
const GAVE_NAME_AS = /\b(?:(?:(?:gave|give|gives|giving)\s+(?:his|her|their|only\s+(?:his|her|their))\s+(?:first\s+|given\s+)?names?|identified|named|(?:asked|wished|wanted)\s+to\s+be\s+(?:identified|named|called|known))\s+(?:only\s+)?as|(?:known|referred\s+to)\s+only\s+as)\s+$/;

/** Whether the text before `at` ends in "as " (cheap test before NAMED_AS and GAVE_NAME_AS). */
function endsInAsSpace(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 115 && text.charCodeAt(at - 3) === 97;
}

/** Role nouns a firm or a country can fill too ("its partner Siemens said"). */
// ("Commodities trader Glencore said", "Gold miner Newmont said", "the party's chief Whip, who")
const FIRMS_TOO = new WordSet(['partner', 'owner', 'founder', 'investor', 'member', 'successor', 'predecessor', 'counterpart', 'counterparts', 'leader', 'carrier',
  'guard', 'trader', 'miner', 'vendor', 'chief', 'agent', 'executive', 'broadcaster', 'keeper', 'driver', 'producer', 'rider', 'racer']);
/** Words that describe firms and never a person, read where they open a sentence before a name. */
// (Not "broadcaster", "publisher" or "brewer": "Broadcaster Eleri Vaughan" is a person.)
const FIRM_DESCRIPTORS = new WordSet(['drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'steelmaker', 'toymaker', 'insurer',
  'reinsurer', 'lender', 'retailer', 'airline', 'manufacturer', 'conglomerate', 'supermarket', 'shipbuilder', 'housebuilder', 'exporter',
  'importer', 'wholesaler', 'telecoms', 'pharmaceutical']);
const RUN_BY = /^,\s+(?:(?:which|that)\s+is\s+)?(?:run|operated|owned|managed|built|chartered|leased)\s+by\b/;
/** After one name that follows a role noun: ", who" or a speech verb. */
const ROLE_NAME_THEN = /^(?:,\s+who\b|\s+(?:said|says|told|tells|added)\b)/;

/** A compound ending in a role noun of five letters or more: "headteacher", "newsagent", "schoolteacher". */
function endsWithRoleNoun(w: string): boolean {
  for (let i = 3; i + 5 <= w.length; i++) if (ROLE_NOUNS.has(w.slice(i))) return true;
  return false;
}

/**
 * The tests of a run's name words tokens[k..last] that read only their flags (each makes the run no
 * person's name): a month or weekday ("May" after a given name is a surname: "Theresa May"); an
 * organisation, role or title word that is no given name (a common surname last excepted: "Mark
 * Hall"); a digit; function words only; more than four words besides particles; a nationality last; a
 * place before more words.
 */
function failsOnFlags(tokens: readonly Token[], k: number, last: number): boolean {
  const firstFlags = wordFlagsAt(tokens, k);
  let allFunction = true;
  let notParticles = 0;
  for (let x = k; x <= last; x++) {
    const f = x === k ? firstFlags : wordFlagsAt(tokens, x);
    if ((f & (ORG | ROLE | TITLE)) && !(f & GIVEN) && !(x === last && SURNAME_ORG_WORDS.has(stripPossessive(tokens[x]!.lower)))) return true;
    if ((f & CALENDAR) && (x === k || !(firstFlags & GIVEN))) return true;
    if (f & DIGIT) return true;
    if (!(f & FUNCTION)) allFunction = false;
    if (!(f & PARTICLE)) notParticles++;
  }
  const lastFlags = wordFlagsAt(tokens, last);
  return allFunction || notParticles > 4 || (lastFlags & DEMONYM) !== 0 || (last > k && (firstFlags & PLACE) !== 0 && (firstFlags & GIVEN) === 0);
}

/** Whether a title stands among `titles` that is no nationality ("Russian" alone is none). */
function hasTitleBesidesNationality(titles: readonly string[]): boolean {
  for (const t of titles) if (!DEMONYMS.has(t.toLowerCase())) return true;
  return false;
}

/** Whether any of `flags` has a bit of `bits` (a word of the run is in that list). */
function someFlagged(flags: readonly number[], bits: number): boolean {
  for (const f of flags) if ((f & bits) !== 0) return true;
  return false;
}

/** The candidate in tokens[first..last], or null when the run names no person (a place, a month, a title alone). */
function analyseRun(text: string, tokens: readonly Token[], preceding: readonly Token[], first: number, last: number): Candidate | null {
  // The candidate itself is made only once the run is known to be a possible name: half are not.
  const titles: string[] = [];
  let honorific = false;
  let k = first;
  // A sentence-initial word that is no name ("Yesterday", "Discussing", "The").
  const t0 = tokens[k]!;
  const t0Before = tokenAt(tokens, preceding, k - 1);
  const opening = t0.sentenceStart || (t0Before !== undefined && opensAfterMark(text, t0Before.end, t0.start));
  if (opening) {
    const w0 = straightApostrophes(t0.lower);
    const f0 = w0 === t0.lower ? lowerFlagsAt(tokens, k) : flagsOf(w0);
    // "Drugmaker Halvern said", "Insurer Calder Mutual": a word that only describes firms names a firm.
    if (first < last && FIRM_DESCRIPTORS.has(w0)) return null;
    // A gerund or an adverb opens sentences ("Discussing", "Clearly"); "King" and "Ming" are no gerunds.
    // ("Manning said", "Fleming told": a surname alone before a speech verb is no gerund.)
    if ((f0 & (FUNCTION | CUE)) !== 0 || isContraction(w0)
      || ((w0.endsWith('ing') || w0.endsWith('ly')) && w0.length >= 5 && (f0 & (ROLE | TITLE | GIVEN | HONORIFIC)) === 0
        && !(first === last && CUE_FORMS.has(wordAfterName(text, t0.end) ?? '')))) k++;
    // "Meteorologist Carlos Duarte said": an opening word no list knows, shaped like an occupation,
    // before a given name and a surname, is a role (capitalised only because it opens the sentence).
    // ("Headteacher Siobhán Ní Bhriain", "Newsagent Farhan Siddiqui": a compound of a role noun is one too.)
    // ("Farmer Eleri Vaughan", "Nurse Tomasz Nowak": a role noun of the lists before two name words is one too.)
    else if (first + 2 <= last && ((f0 & IN_LISTS) === ROLE
      || ((f0 & IN_LISTS) === 0 && OCCUPATION.test(w0) && ((lowerFlagsAt(tokens, first + 1) & GIVEN) !== 0 || LEARNED_OCCUPATION.test(w0) || endsWithRoleNoun(w0))))) {
      titles.push(t0.text);
      k++;
    }
    // "And I'm Mario Ritter": a contraction may follow the opening word.
    if (k <= last && k > first && isContraction(straightApostrophes(tokens[k]!.lower))) k++;
  }
  // "London-based Ember Books", "German-born John Smith", "Fifteen-year-old Kiran Rao": a descriptor, not part of the name.
  if (k < last && tokens[k]!.lower.indexOf('-') > 0 && DESCRIPTOR.test(tokens[k]!.lower)) k++;
  while (k <= last) {
    const f = wordFlagsWithoutDotAt(tokens, k);
    if (f & HONORIFIC) { honorific = true; titles.push(tokens[k]!.text); k++; continue; }
    // Titles, nationalities and role nouns that open a sentence ("Pianist Marian Holt died").
    // (A nationality that is a given name too opens a name: "Christian Horner".)
    if ((f & TITLE) || ((f & ROLE) && k < last && !(f & GIVEN)) || ((f & DEMONYM) && k < last && !(f & GIVEN))) {
      titles.push(tokens[k]!.text); k++; continue;
    }
    if (k === first + 1 && titles.length === 1 && k + 1 < last && !(f & GIVEN) && titleFlags(lowerFlagsWithoutDotAt(tokens, k + 1))) {
      titles.push(tokens[k]!.text); k++; continue;
    }
    if ((f & FUNCTION) && k === first && !/^\p{Lu}{2,}$/u.test(tokens[k]!.text)) { k++; continue; }
    break;
  }
  // "Minister of Agriculture Femke Wiersma", "Secretary of State Marco Rubio": after "<role> of" or
  // "<role> for", the words before a given name complete the role, when a surname follows that name.
  const roleHead = k < last ? rolePrefix(text, tokens, preceding, first) : null;
  if (roleHead) {
    let g = k;
    while (g < last && (lowerFlagsAt(tokens, g) & GIVEN) === 0) g++;
    if (g < last) {
      titles.unshift(roleHead);
      for (let x = k; x < g; x++) titles.push(tokens[x]!.text);
      k = g;
    }
  }
  // "VOA National Security Correspondent Jeff Seldin": everything up to the last title word is the role.
  for (let t = last - 1; t >= k; t--) {
    const f = wordFlagsWithoutDotAt(tokens, t);
    // (A title that is a given name too, "Judge", still is one before two name words: "Special Judge Kavita Raghunathan".)
    if (titleFlags(f) || ((f & TITLE) !== 0 && t <= last - 2)) {
      for (let x = k; x <= t; x++) titles.push(tokens[x]!.text);
      if (f & HONORIFIC) honorific = true;
      k = t + 1;
      break;
    }
  }
  if (k > last) return null;
  // Most runs that name no one fail on their words' flags alone: those tests come before any array is made.
  if (failsOnFlags(tokens, k, last)) return null;
  // Sized up front: an array grown by push reserves 17 slots.
  const nameWords = new Array<string>(last - k + 1);
  for (let x = k; x <= last; x++) nameWords[x - k] = tokens[x]!.text;
  // Sized up front, like nameWords (a run is a few words; an array grown by push reserves 17 slots).
  const words = new Array<string>(last - k + 1);
  const flags = new Array<number>(last - k + 1);
  for (let x = k; x <= last; x++) {
    words[x - k] = stripPossessive(tokens[x]!.lower);
    flags[x - k] = wordFlagsAt(tokens, x);
  }
  const lastFlags = flags[flags.length - 1]!;
  const hasTitle = hasTitleBesidesNationality(titles);
  // "Hanbit Semitech", "Kente Biologics": a made-up company word ("-tech", "-soft", "-pharma").
  if (words.length > 1 && isCompanyWord(words[words.length - 1]!) && !hasTitle) return null;
  // "Mark Hall", "Charlotte Church": a place or organisation word that is also a common surname, after
  // a given name, or alone (then it can only link to a person named in full). (Every such word is an
  // organisation word: the set is asked only then.)
  const orgSurname = (lastFlags & ORG) !== 0 && SURNAME_ORG_WORDS.has(words[words.length - 1]!)
    && ((words.length === 1 && titles.length === 0) || (words.length === 2 && (flags[0]! & GIVEN) !== 0));
  // (The place name of several words is asked last: joining and folding them costs more than the other tests.)
  if (
    ((lastFlags & ORG) !== 0 && !orgSurname && !(words.length > 1 ? hasTitle : honorific))
    || (words.length === 1 ? (flags[0]! & FOLDED_PLACE) !== 0 && !loneSurnameOfPlace(tokens, preceding, first, last, titles.length)
      : (flags[0]! & PLACE_HEAD) !== 0 && PLACES.has(fold(words.join(' '))))
  ) {
    return null;
  }
  if (words.length > 1 && LEGAL_FORMS.has(withoutDot(nameWords[nameWords.length - 1]!))) return null;
  // "Comet Fuentes", "Hurricane Katrina", "PT Lautan Sejahtera", "KM Mutiara Timur": a named thing, a firm, a ship.
  if (words.length > 1 && (NAMED_THINGS.has(words[0]!) || THING_PREFIXES.has(nameWords[0]!))) return null;
  // "Het Nieuwsblad", "Het Parool": a Dutch article opens a title, not a name.
  if (words[0] === 'het' && words.length > 1) return null;
  // "Labour MPs", "the CEOs": a plural of capitals is a group.
  const lastWord = nameWords[nameWords.length - 1]!;
  // (Its last letter first: the Unicode regex costs more than most runs' whole test.)
  // (A lower-case ASCII second letter, as in most words, rules it out too.)
  if (lastWord.charCodeAt(lastWord.length - 1) === 115 /* s */ && !isAsciiLower(lastWord.charCodeAt(1)) && /^\p{Lu}{2,}s$/u.test(lastWord)) return null;
  // A run wholly in capitals is shouted words ("THE PRESIDENT SPOKE", "MY NAME IS"), unless it opens
  // with a given name and holds no function word or auxiliary ("JOHN SMITH").
  if (isAllCaps(tokens[last]!.text)) {
    let shouted = true;
    for (let x = first; x <= last && shouted; x++) shouted = isAllCaps(tokens[x]!.text);
    if (shouted && (!(flags[0]! & GIVEN) || words.some((w, x) => (flags[x]! & FUNCTION) !== 0 || AUXILIARIES.has(w)))) return null;
  }
  const c: Candidate = {
    start: tokens[first]!.start, end: tokens[last]!.end, nameWords, nameStart: tokens[k]!.start, nameLastStart: tokens[last]!.start, namedAfter: false,
    titles, honorific, possessive: hasPossessive(tokens[last]!.text), evidence: 0, isPerson: false, roles: [],
    // Set later, but present from the start: every candidate then has one shape, with no property
    // store beside it (a candidate lives until the whole text is linked; there are ten per paragraph).
    headline: false, parts: partsOfRun(tokens, k, last), linked: false, standalone: false,
  };
  // "the Col du Perthuis": a mountain pass, not a colonel.
  if (k > first && tokens[k - 1]!.text === 'Col' && text.charCodeAt(tokens[k - 1]!.end) !== 46 && PARTICLES.has(words[0]!)) return null;
  // "the two Whitmores", "the Smiths": a family or a pair, no one person.
  if (words.length === 1 && !c.titles.length && words[0]!.charCodeAt(words[0]!.length - 1) === 115 /* s */) {
    const prev = tokenAt(tokens, preceding, k - 1);
    if (prev && FAMILY_BEFORE.has(prev.lower) && PLURAL_OF_NAME.test(nameWords[0]!)) return null;
  }
  // "His wife, Adele, died in 2009": a given name alone, in apposition to a kinship word, is a person.
  const lone = first === last && words.length === 1 && c.titles.length === 0;
  if (lone && (flags[0]! & GIVEN) !== 0) {
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 5);
    // ("her son Tobias has been ...": with no comma, a verb or a stop must follow the name.)
    const kin = (/^(?:\s*[,.;]|\s+and\s)/.test(after) ? kinshipBefore(text, tokens, preceding, first) : null)
      ?? (/^(?:[,.;]|\s+\p{Ll})/u.test(after) ? kinshipBefore(text, tokens, preceding, first, true) : null);
    if (kin) { c.titles.push(kin); c.evidence += 3; }
    // "Anjali, who spent the weekend at the search base, said": a given name alone, then who it is and a speech verb.
    else if (after.charCodeAt(0) === 44 && WHO_THEN_SPEECH.test(text.slice(tokens[last]!.end, tokens[last]!.end + 160))) { c.standalone = true; c.evidence += 3; }
  }
  // "Carmen, 71, whose hip ...", "Nurlina, a 34-year-old market trader, said": a name alone with an age or
  // a role in apposition is a person (names of one word are common in Indonesia, and for first names).
  if (lone && !c.titles.length && !(flags[0]! & (ORG | PLACE | FOLDED_PLACE | CALENDAR | FUNCTION | DEMONYM))
    && text.charCodeAt(tokens[last]!.end) === 44 /* , */) {
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 120);
    // (Opening a sentence, a word no list knows needs its apposition closed before a speech verb:
    // "Meanwhile, a spokesman said ..." is no one.)
    const opensSentence = tokens[first]!.sentenceStart && (flags[0]! & GIVEN) === 0;
    // ("the University of Kessel-Arnau, Professor Miroslav Halas": the place an institution is of.)
    const ofInstitution = tokenAt(tokens, preceding, first - 1)?.lower === 'of' && ((flagsOf(tokenAt(tokens, preceding, first - 2)?.lower ?? '') & ORG) !== 0);
    // ("At Kingsgate Academy in Elsbury, one student, ... said": a place after "in", then who is there.)
    const inPlace = !tokens[first]!.sentenceStart && IN_A_PLACE.has(tokenAt(tokens, preceding, first - 1)?.lower ?? '');
    if (!ofInstitution && !inPlace && (AGE_APPOSITION.test(after)
      || ((!opensSentence || CLOSED_APPOSITION_THEN_SPEECH.test(after)) && namesAPersonsRole(roleAfter(after))))) c.standalone = true;
  }
  // "a student, who gave her name only as Priya", "identified only as Juma": a name someone goes by.
  if (lone && !c.titles.length && !c.standalone && endsInAsSpace(text, tokens[first]!.start) && !(flags[0]! & (ORG | PLACE | FOLDED_PLACE | CALENDAR | FUNCTION | DEMONYM))
    && GAVE_NAME_AS.test(text.slice(Math.max(0, tokens[first]!.start - 60), tokens[first]!.start))) {
    c.standalone = true;
    c.evidence += 3;
  }
  // "according to village head Suyatno, who ...", "the farmer Suyatno said": one name after a role noun,
  // then a relative "who" or a speech verb.
  if (lone && !c.titles.length && !c.standalone && !(flags[0]! & (ORG | PLACE | FOLDED_PLACE | CALENDAR | FUNCTION | DEMONYM))) {
    const role = tokenAt(tokens, preceding, first - 1);
    if (role && !role.upper && ROLE_NOUNS.has(role.lower) && !FIRMS_TOO.has(role.lower) && onlySpaceBetween(text, role.end, tokens[first]!.start)
      && ROLE_NAME_THEN.test(text.slice(tokens[last]!.end, tokens[last]!.end + 12))) {
      c.titles.push(role.text);
      c.standalone = true;
    }
  }
  // A lone word with no title can only link to a person named elsewhere: no evidence to gather.
  if (lone && !c.titles.length && !c.standalone) return c;
  if (someFlagged(flags, PLACE)) c.evidence -= 1;
  // "Rio Grande", "San Remo", "Port Said": words that begin place names more often than given names.
  if (words.length > 1 && PLACE_PREFIXES.has(words[0]!) && !hasTitle) c.evidence -= 3;
  if (words.length === 1 && c.honorific) c.evidence += 3;
  if (hasTitle) c.evidence += 2;
  const firstWord = words[0]!;
  // (Not for "Victoria Park": the given name proves nothing before a word that names places too.)
  if (words.length > 1 && !orgSurname && ((flags[0]! & GIVEN) !== 0 || isInitials(tokens[k]!.text))) c.evidence += 2;
  // A Chinese name, family name first ("Huang Wenjie", "Wang Jun", "Lim Wei Jie"); a Vietnamese one with
  // its middle name ("Tran Van Duc", "Nguyen Thi Lan").
  if ((words.length === 2 || words.length === 3) && CHINESE_FAMILY_NAMES.has(firstWord) && words.slice(1).every((w, x) => PINYIN_GIVEN_NAME.test(w) && !(flags[x + 1]! & (ORG | PLACE | ROLE | TITLE)))) c.evidence += 2;
  else if (words.length === 3 && VIETNAMESE_FAMILY_NAMES.has(firstWord) && VIETNAMESE_MIDDLE_NAMES.has(words[1]!)) c.evidence += 2;
  // East Asian names with a hyphenated given name ("Kim Jong-un", "Bong Young-shik", "Ban Ki-moon").
  if (words.length > 1 && tokens[last]!.text.includes('-') && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(stripPossessive(tokens[last]!.text))) c.evidence += 2;
  // Self-introduction: "I'm Bryan Lynn.", "My name is ...".
  // (Each form ends in "m" or "s" before the space: any other letter there rules them out unsliced.)
  if (endsInMOrSBeforeSpace(text, tokens[k]!.start) && /(?:\bI[’']m|\bI am|\bmy name is)\s+$/i.test(text.slice(Math.max(0, tokens[k]!.start - 12), tokens[k]!.start))) c.evidence += 3;
  // "identified the passenger as Anurak Phromsiri", "named the driver as ...": what police name someone as.
  if (words.length > 1 && endsInAsSpace(text, tokens[k]!.start) && NAMED_AS.test(text.slice(Math.max(0, tokens[k]!.start - 40), tokens[k]!.start))) c.evidence += 3;
  // "Fayez al-Sarraj", "Osama bin Laden": a given name before an Arabic name particle.
  if (words.length > 1 && hasArabicParticle(words)) c.evidence += 2;
  // "Siobhán Ní Bhriain", "Pádraig Ó Sé": an Irish patronymic particle between a given name and a surname.
  if (words.length > 2 && hasIrishParticle(words)) c.evidence += 2;
  // What follows: a speech verb ("Heald said"), or an apposition with a role ("X, spokesman for ...").
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 120);
  // "The Hanna Ostrander, run by the charity SeaBridge": what is run or owned by someone is a ship, a
  // firm or a building, no person.
  if (after.charCodeAt(0) === 44 /* , */ && RUN_BY.test(after)) return null;
  const speech = speechWordAfter(after);
  if (speech !== null && CUE_FORMS.has(speech.toLowerCase()) && !c.possessive) c.evidence += words.length > 1 ? 2 : 1;
  // "Zhang Wei of the Chinese Academy of Sciences", "Pieter de Vries of Utrecht University": an affiliation.
  if (words.length > 1 && opensWithOfFromOrAt(after) && AFFILIATION.test(after)) c.evidence += 2;
  // "Aoife Byrne, 34, and ...", "... drivers, Giorgos Papadakis, 51.": an age in apposition.
  const age = after.charCodeAt(0) === 44 /* , */ ? AGE_APPOSITION.exec(after) : null;
  if (age && +age[1]! >= 1 && +age[1]! <= 120) c.evidence += 3;
  const appositionAfter = after.charCodeAt(0) === 44 /* , */ ? roleAfter(after) : null;
  if (appositionAfter) { c.evidence += 3; c.roles.push(appositionAfter); }
  // What precedes: a lower-case role noun ("the mayor Luca Pastorino", "coauthor Colette Heald").
  const before = text.slice(Math.max(0, tokens[first]!.start - 120), tokens[first]!.start);
  // The word right before the run, read from the tokens (a regex anchored at the end of a slice is slow).
  const prev = tokenAt(tokens, preceding, first - 1);
  const prevGap = prev ? text.slice(prev.end, tokens[first]!.start) : '';
  // "Ricardo Montenegro, who governed ...": a relative "who" follows people (places and firms take
  // "which"), unless the name is governed by a preposition ("the MP for North Wealdon, who ...").
  if (words.length > 1 && after.charCodeAt(0) === 44 /* , */ && /^,\s+who\s/.test(after) && !c.possessive && !(prev && PREPOSITIONS_BEFORE_PLACES.has(prev.lower))) c.evidence += 2;
  // "Ethiopia's Yohannes Tsegaye", "Kenya's Eliud Kipchoge": a country's own, in sport and politics.
  if (words.length > 1 && prev && prev.upper && hasPossessive(prev.text) && PLACES.has(fold(stripPossessive(prev.lower))) && /^\s+$/.test(prevGap)) c.evidence += 2;
  // "his brother-in-law, Gareth Pryce,": a name in apposition to a kinship word.
  if (words.length > 1 && !hasTitle && kinshipBefore(text, tokens, preceding, first)) c.evidence += 3;
  // "Douglas Threlfall resigned as mayor", "was appointed as coach": a role the person takes or leaves.
  const asRole = words.length > 1 && isSpaceCode(after.charCodeAt(0)) && hasAsBetweenSpaces(after) ? AS_ROLE_AFTER.exec(after) : null;
  if (asRole && ROLE_NOUNS.has(asRole[1]!.toLowerCase())) c.evidence += 2;
  // Inverted attribution: '"It is a relief," said Aoife Murphy', "..., said Aoife Murphy".
  if (prev && !prev.upper && CUE_FORMS.has(prev.lower) && /^\s+$/.test(prevGap) && /[,"”’»]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start))) {
    c.evidence += words.length > 1 ? 2 : 1;
  }
  // "the Village Chronicle", "the Supreme Court": a person's name rarely follows "the" directly.
  if (prev && prev.lower === 'the' && /^\s+$/.test(prevGap) && !hasTitle) c.evidence -= 2;
  // "a plant in Ashby Cross": a given name before a landform, where places stand, names a place.
  if (words.length === 2 && PLACE_SUFFIXES.has(words[1]!) && !hasTitle && !c.possessive && prev && BEFORE_A_PLACE_ONLY.has(prev.lower) && /^\s+$/.test(prevGap)) c.evidence -= 3;
  if (prev && !prev.upper && /^(?:\s+|\s*[–—:]\s*)$/.test(prevGap)) {
    const w = prev.lower.replace(/s$/, '');
    // "the schools Santo Spirito" (not across a line break: "Flood hits town ¶ Maria Lopez visited")
    if (ORG_WORDS.has(w) && !ROLE_NOUNS.has(w) && !/[\r\n]/.test(prevGap)) c.evidence -= 3;
    // "the trawler Marisol Dawn", "the mare Duchess Anne": a ship's or an animal's name.
    if (VESSELS_AND_ANIMALS.has(prev.lower)) c.evidence -= 5;
    if (ROLE_NOUNS.has(prev.lower) || ROLE_NOUNS.has(w)) {
      c.evidence += 3;
      // The role with up to two words before it, in the same stretch of text ("the UN spokesman").
      let from = first - 1;
      while (from > first - RUN_CONTEXT && tokenAt(tokens, preceding, from - 1) !== undefined && /^ +$/.test(text.slice(tokenAt(tokens, preceding, from - 1)!.end, tokenAt(tokens, preceding, from)!.start))) from--;
      const phrase = text.slice(tokenAt(tokens, preceding, from)!.start, prev.end).replace(/^(?:(?:the|a|an|by|of|as|and|with|for|from|to|said|says|told)\s+)+/i, '');
      c.roles.push(phrase);
    }
  }
  // (Read backwards: the gap can be long when the tokens are a window of scattered sentences.)
  const appositionBefore = prev && endsWithCommaAndSpace(text, prev.end, tokens[first]!.start) ? roleBefore(before) : null;
  if (appositionBefore) { c.evidence += 3; c.roles.push(appositionBefore); }
  if (c.titles.length) {
    const titleRole = c.titles.join(' ').replace(/\.$/, '');
    // (The regex scans the whole window; only a window ending in a possessive can match.)
    const owner = /(?:'s|’s)\s+$/.test(before) ? /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?:'s|’s))\s+$/u.exec(before) : null;
    if (hasTitle && !c.honorific) c.roles.unshift(owner ? `${owner[1]} ${titleRole}` : titleRole);
    else if (hasTitle) {
      // "Professor", "Sheikh" say something about the person; "Mr." and "Dr." alone do not.
      const role = c.titles.filter((t) => !PURE_HONORIFICS.has(t.toLowerCase().replace(/\.$/, ''))).join(' ');
      if (role) c.roles.unshift(role);
    }
  }
  // "by AS Heagle", "J. K. Rowling"
  if (words.length > 1 && isInitials(tokens[k]!.text)) c.evidence += 1;
  c.isPerson = c.evidence >= 2;
  return c;
}

/**
 * The folded name parts of tokens[k..last], as linking's partsOf makes them from the words: the first
 * word, then each that is no generational suffix, folded without its possessive ending. A word in
 * printable ASCII folds to its token's lower case, shortened by the ending: that string is taken as it
 * is (no copy to lower-case again, and its hash is already known from the flags lookup).
 */
function partsOfRun(tokens: readonly Token[], k: number, last: number): string[] {
  const parts: string[] = [];
  for (let x = k; x <= last; x++) {
    const t = tokens[x]!;
    const word = t.text;
    if (x > k && isGenerationalSuffix(word)) continue;
    if (!isPrintableAscii(word)) { parts.push(fold(stripPossessive(word))); continue; }
    const cut = word.length - stripPossessive(word).length;
    parts.push(cut === 0 ? t.lower : t.lower.slice(0, t.lower.length - cut));
  }
  return parts;
}

/** SUFFIX, asked only of words opening with J, S or I. */
function isGenerationalSuffix(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 74 || c === 83 || c === 73) && SUFFIX.test(word);
}

/** The word after a name that may be a speech verb, past an adverb or auxiliary ("Heald said", "Heald, also said"). */
const SPEECH_WORD_AFTER = /^,?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+)?(\p{L}+)/u;
const BEFORE_SPEECH_WORD = new WordSet(['also', 'then', 'later', 'has', 'had', 'have']);

/**
 * What SPEECH_WORD_AFTER captures in `after`, read by hand while the text read is ASCII (the pattern ran
 * for every name with evidence to gather); the pattern itself reads anything else.
 */
function speechWordAfter(after: string): string | null {
  const byPattern = (): string | null => SPEECH_WORD_AFTER.exec(after)?.[1] ?? null;
  const spacesFrom = after.charCodeAt(0) === 44 /* , */ ? 1 : 0;
  const first = asciiRunEnd(after, spacesFrom, isSpaceCode);
  if (first < 0) return byPattern();
  if (first === spacesFrom) return null;
  const end = asciiRunEnd(after, first, isAsciiLetter);
  if (end < 0) return byPattern();
  if (end === first) return null;
  const word = after.slice(first, end);
  if (!BEFORE_SPEECH_WORD.has(word)) return word;
  // "also said": the adverb is passed over only when spaces and a word follow it.
  const second = asciiRunEnd(after, end, isSpaceCode);
  if (second < 0) return byPattern();
  if (second === end) return word;
  const last = asciiRunEnd(after, second, isAsciiLetter);
  if (last < 0) return byPattern();
  return last > second ? after.slice(second, last) : word;
}

/** Where the run of characters `inRun` takes, from `i`, ends in `s`; -1 at a character past ASCII (the pattern reads those). */
function asciiRunEnd(s: string, i: number, inRun: (c: number) => boolean): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    if (!inRun(c)) break;
  }
  return i;
}
const isAsciiLetter = (c: number): boolean => isAsciiLower(c) || (c >= 65 && c <= 90);

/** Whether `after` opens as AFFILIATION needs: an optional comma, space, then "of", "from" or "at" (tested by first letter). */
function opensWithOfFromOrAt(after: string): boolean {
  let i = after.charCodeAt(0) === 44 /* , */ ? 1 : 0;
  if (!isSpaceCode(after.charCodeAt(i))) return false;
  while (isSpaceCode(after.charCodeAt(i))) i++;
  const c = after.charCodeAt(i);
  return c === 111 /* o */ || c === 102 /* f */ || c === 97 /* a */;
}

/** Whether "as" stands between white space somewhere in `s` (AS_ROLE_AFTER needs it). */
function hasAsBetweenSpaces(s: string): boolean {
  for (let at = s.indexOf('as', 1); at > 0; at = s.indexOf('as', at + 1)) {
    if (isSpaceCode(s.charCodeAt(at - 1)) && isSpaceCode(s.charCodeAt(at + 2))) return true;
  }
  return false;
}

/** A word after the first that is an Arabic name particle ("al-Sarraj", "bin"). */
/** "Ní", "Nic", "Ó", "Uí", "Mhic" inside a name of three words or more (never first or last). */
const IRISH_PARTICLES = new WordSet(['ní', 'nic', 'ó', 'uí', 'ua', 'mhic']);
function hasIrishParticle(words: readonly string[]): boolean {
  for (let i = 1; i < words.length - 1; i++) if (IRISH_PARTICLES.has(words[i]!)) return true;
  return false;
}

function hasArabicParticle(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (/^(?:al|el|ad|as|ash|bin|ibn|abu)-/.test(w) || w === 'bin' || w === 'ibn') return true;
  }
  return false;
}

/**
 * Whether, within the 12 characters before `at` that the self-introduction regex reads, white space
 * ends there and the character before it is m or s, in either case.
 */
function endsInMOrSBeforeSpace(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let i = at - 1;
  while (i >= from && isRegexSpace(text.charCodeAt(i))) i--;
  if (i === at - 1 || i < from) return false;
  const c = text.charCodeAt(i) | 32;
  return c === 109 || c === 115;
}

/** ", the State Department Spokesperson," → "State Department Spokesperson" (a role must be named). */
function roleAfter(after: string): string | null {
  // (A long relative clause may follow: the role ends where it begins.)
  const m = /^,\s+(?:(?:the|a|an|who is|who was)\s+)?([^,.;:"“”()]{2,90}?)(?=,|\.(?:\s|$)|;|\)|\s+(?:who|whose|which|whom)\s)/u.exec(after);
  if (!m) return null;
  // "the pianist whose recordings shaped a generation": the role ends where a relative clause begins.
  // (The relative clause is cut only where a space comes before w or t: most phrases have none.)
  const phrase = (mayHoldRelative(m[1]!) ? m[1]!.replace(/\s+(?:whose|who|which|that|whom)\b.*$/i, '') : m[1]!).trim();
  const words = phrase.split(/\s+/);
  if (words.length > 10) return null;
  if (/^(?:has|had|have|is|was|were|are|who|which|that|and|but|or|he|she|it|they|said|says|according)\b/i.test(phrase)) return null;
  // ", appeared before Magistrate Leung": a verb opens the next clause, not an apposition.
  if (/^\p{Ll}+ed\s+(?:before|after|in|at|on|to|the|a|an|with|from|by|for)\b/u.test(phrase)) return null;
  // ", leaving one guard wounded": a participle with no article opens a clause ("the acting governor" is a role).
  if (/^,\s+(?!acting\b)\p{Ll}+ing\s/u.test(after)) return null;
  const head = words.slice(0, 4).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  // (After an article, a word shaped like an occupation no list holds: ", a regional organiser,".)
  const article = /^,\s+(?:a|an)\s/i.test(after);
  if (!head.some((w) => ROLE_NOUNS.has(w) || (TITLE_WORDS.has(w) && w.length > 3) || (article && OCCUPATION.test(w) && !SHAPED_LIKE_OCCUPATIONS.has(w)))) return null;
  // "…in Rio Grande do Sul, officials said": a plural is the next clause's subject, not an apposition.
  if (/^(?:officials|officers|ministers|leaders|experts|analysts|police|authorities|witnesses|residents|critics|scientists|researchers)$/i.test(words[0]!)) return null;
  return phrase;
}

/** Whether white space comes before a w or t (either case) in `s`: where a relative pronoun can start. */
function mayHoldRelative(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if ((c === 119 || c === 116) && isSpaceCode(s.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** An apposed role that only a person holds: a role noun among its first words ("a market trader"; not "the state news agency"). */
function namesAPersonsRole(phrase: string | null): boolean {
  return phrase !== null && phrase.split(/\s+/, 4).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[’']s$/, '')));
}

/** "the UN spokesman, " / "Malaysia's Prime Minister, " before a name → the role. */
const ROLE_BEFORE = /(?:^|[,;(:]\s+|[.\n]\s*|\b)((?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+[^,.;:"“”]{2,70}?|\p{Lu}[\p{L}.]*(?:'s|’s)\s+[^,.;:"“”()]{2,50}?),\s+$/gu;

/**
 * Where a match of ROLE_BEFORE in `before` (which ends in a comma and spaces) can start at the
 * earliest. The role holds none of , ; : " “ ” nor a full stop followed by a space, so a match starts
 * at the last of them before the final comma, or later. (Searching from there, not from the start of
 * the window, finds the same leftmost match: the pattern tried every start of 120 characters.)
 */
function roleBeforeSearchStart(before: string): number {
  let i = before.length - 1;
  while (i >= 0 && before.charCodeAt(i) !== 44) i--; // the final comma
  for (i--; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d) return i;
    if (c === 46 && isSpaceCode(before.charCodeAt(i + 1))) return i;
  }
  return 0;
}

function roleBefore(before: string): string | null {
  ROLE_BEFORE.lastIndex = roleBeforeSearchStart(before);
  const m = ROLE_BEFORE.exec(before);
  if (!m) return null;
  // "a verdict the paper's editor, X": the role starts at the last determiner not inside a phrase
  // like "head of the government".
  let phrase = m[1]!;
  const inner = /^(.*\S)\s+(?:the|a|an|their|his|her|its)\s+(.+)$/i.exec(phrase);
  if (inner && !/\b(?:of|for|to|in|at|by|with|from|on)$/i.test(inner[1]!)) phrase = inner[2]!;
  phrase = phrase.replace(/^(?:the|a|an|their|his|her|its)\s+/i, '').trim();
  const words = phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  if (words.length > 9) return null;
  const isRole = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''));
  // The head is the last word ("the UN spokesman") or comes before a post-modifier ("the head of government ...").
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'to');
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  if (!isRole(head)) return null;
  return phrase;
}

/** Adds a role unless an existing one already says it ("Jazz pianist" covers "pianist"); a fuller one replaces it. */
function addRole(roles: string[], role: string): void {
  if (!role) return;
  const lower = role.toLowerCase();
  for (let i = 0; i < roles.length; i++) {
    const have = roles[i]!.toLowerCase();
    if (have === lower || have.endsWith(` ${lower}`) || have.includes(lower)) return;
    if (lower.endsWith(` ${have}`)) { roles[i] = role; return; }
  }
  roles.push(role);
}

/** "Russian and Turkish presidents" → ["Russian president", "Turkish president"]; "Turkish counterparts" → both singular. */
function distributeRole(plural: string): [string, string] | null {
  const role = plural.replace(/^(?:two|both|three|four|the two)\s+/i, ''); // "two presidents" → "president"
  const m = /^(.*?)(\S+?)(?:ies|s)$/.exec(role);
  if (!m || !/s$/.test(role)) return null;
  const head = role.endsWith('ies') ? `${m[2]}y` : m[2]!;
  const both = /^(\S+) and (\S+) $/.exec(m[1]!);
  if (both) return [`${both[1]} ${head}`, `${both[2]} ${head}`];
  return [`${m[1]}${head}`, `${m[1]}${head}`];
}

// ---- linking -----------------------------------------------------------------------------------

interface Entity {
  person: Person;
  firstNames: Set<string>;
  surnames: Set<string>;
  lastSeen: number;
  /** Where the person is first named. */
  introduced: number;
}

/** Spelling or transliteration variants of one name part (Sergei/Sergey, Buchtmann/Bauchtman). */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 3) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

/** The folded name's runs of a–z and 0–9, joined by hyphens (read by hand: two global replaces cost more). */
function slug(s: string): string {
  const f = fold(s);
  const isSlugChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  let out = '';
  let i = 0;
  while (i < f.length) {
    while (i < f.length && !isSlugChar(f.charCodeAt(i))) i++;
    const start = i;
    while (i < f.length && isSlugChar(f.charCodeAt(i))) i++;
    if (i > start) out = out ? `${out}-${f.slice(start, i)}` : f.slice(start, i);
  }
  return out || 'person';
}

export function findPeople(text: string, tokens: readonly Token[], titleCase: (offset: number) => boolean = () => false): PeopleResult {
  return linkPeople(text, findCandidates(text, tokens, titleCase), titleCase);
}

/** The people among the candidates (in text order), their mentions linked. */
export function linkPeople(text: string, candidates: Candidate[], titleCase: (offset: number) => boolean): PeopleResult {
  for (const c of candidates) titleWrittenInLowerCase(text, c);
  // News names a person in full once and by surname after: "Fuad Basya ... Basya said" makes the full
  // name a person even when nothing next to it said so.
  const speakingSurnames = new Set<string>();
  for (const c of candidates) {
    if (c.nameWords.length !== 1 || c.possessive) continue;
    const word = c.nameWords[0]!;
    const verb = wordAfterName(text, c.nameLastStart + word.length);
    if (verb !== null && CUE_FORMS.has(verb)) speakingSurnames.add(fold(word));
  }
  for (const c of candidates) {
    if (c.isPerson || c.headline || c.nameWords.length === 1) continue;
    if (c.evidence < 0) continue;
    if (speakingSurnames.has(fold(stripPossessive(c.nameWords[c.nameWords.length - 1]!)))) c.isPerson = true;
    // "Xi Jinping met Kim Jong Un. Xi said ...": a family name written first, and no given name.
    else if (c.nameWords.length === 2 && speakingSurnames.has(fold(c.nameWords[0]!)) && (flagsOf(c.nameWords[0]!.toLowerCase()) & GIVEN) === 0) c.isPerson = true;
  }
  // Coordination: "Vladimir Putin and Recep Tayyip Erdogan", "Xi Jinping, Shinzo Abe and Narendra
  // Modi" — a neighbour in a list shares the verdict. Names joined by commas alone are no list but an
  // apposition ("a lawyer for Goldman Sachs, John Smith,"). Read forwards, then backwards, so a verdict
  // reaches the whole list.
  const inList = listPairs(text, candidates);
  const multi = (c: Candidate): boolean => c.nameWords.length > 1;
  for (let n = candidates.length - 2; n >= 0; n--) {
    const a = candidates[n]!;
    if (inList[n] && candidates[n + 1]!.isPerson && !a.isPerson && multi(a)) { a.isPerson = true; a.roles.push(...candidates[n + 1]!.roles); }
  }
  for (let n = 0; n + 1 < candidates.length; n++) {
    const a = candidates[n]!;
    const b = candidates[n + 1]!;
    if (!inList[n]) continue;
    if (a.isPerson && !b.isPerson && multi(b)) { b.isPerson = true; b.roles.push(...a.roles); }
    else if (b.isPerson && !a.isPerson && multi(a)) { a.isPerson = true; a.roles.push(...b.roles); }
    else if (a.isPerson && b.isPerson && a.roles.length && !b.roles.length) b.roles.push(...a.roles);
    // "the Russian and Turkish presidents, Putin and Erdogan": one role each, in order.
    if (a.isPerson && b.isPerson && a.roles.length && a.roles[0] === b.roles[0]) {
      const split = distributeRole(a.roles[0]!);
      if (split) { a.roles[0] = split[0]; b.roles[0] = split[1]; }
    }
  }
  const entities: Entity[] = [];
  /** Bumped whenever a person or a name part is added: the lookup memos below are valid until then. */
  let nameVersion = 0;
  const mentions: { start: number; end: number; text: string; entity: Entity }[] = [];

  const partsOf = (c: Candidate): string[] => {
    let parts = c.parts;
    if (!parts) {
      parts = [];
      for (let k = 0; k < c.nameWords.length; k++) {
        const word = c.nameWords[k]!;
        if (k === 0 || !SUFFIX.test(word)) parts.push(fold(stripPossessive(word)));
      }
      c.parts = parts;
    }
    return parts;
  };
  const spanOf = (c: Candidate): Span => {
    const s = c.nameStart;
    const lastWord = c.nameWords[c.nameWords.length - 1]!;
    let e = c.nameLastStart + stripPossessive(lastWord).length;
    if (text[e] === '.' && (lastWord.length === 1 || lastWord === 'Jr' || lastWord === 'Sr')) e++; // "Kennedy Jr.", "Dariusz K." keep their dot
    const suffix = /^,\s(?:Jr|Sr)\./.exec(text.slice(e, e + 6)); // "Mario Ritter, Jr."
    if (suffix) e += suffix[0].length;
    return { start: s, end: e, text: text.slice(s, e) };
  };
  // Entities by surname, and surnames by first letter: a variant is looked for only among surnames
  // that start alike, so thousands of people in one long text are not compared pairwise.
  const holders = new Map<string, Entity[]>();
  const byInitial = new Map<string, string[]>();
  const indexSurname = (surname: string, e: Entity): void => {
    const list = holders.get(surname);
    if (list) { if (!list.includes(e)) list.push(e); return; }
    holders.set(surname, [e]);
    const bucket = byInitial.get(surname[0]!);
    if (bucket) bucket.push(surname); else byInitial.set(surname[0]!, [surname]);
  };
  // Variants are looked up for every capitalised word; the answer only changes when a name part is added.
  // (A surname with no variant is memoised as its holders' own list: holders change only with nameVersion,
  // which drops the memo.)
  let surnameMemo = new Map<string, readonly Entity[]>();
  let surnameMemoVersion = -1;
  const entitiesWithSurname = (surname: string): readonly Entity[] => {
    if (surname.length < 4) return holders.get(surname) ?? NO_ENTITIES;
    if (surnameMemoVersion !== nameVersion) { surnameMemo = new Map(); surnameMemoVersion = nameVersion; }
    const known = surnameMemo.get(surname);
    if (known) return known;
    const exact = holders.get(surname) ?? NO_ENTITIES;
    let out: Entity[] | null = null;
    for (const other of byInitial.get(surname[0]!) ?? []) {
      if (other === surname || Math.abs(other.length - surname.length) > 3 || !similar(other, surname)) continue;
      out ??= [...exact];
      for (const e of holders.get(other)!) if (!out.includes(e)) out.push(e);
    }
    const found = out ?? exact;
    surnameMemo.set(surname, found);
    return found;
  };
  const firstSeen = (e: Entity): number => e.introduced;
  /**
   * The person a name refers to. With a gendered honorific ("Mr Stein"), people of that gender come
   * first and those of the other are passed over, but only when that leaves someone: the honorific chooses between people sharing
   * a surname, and never turns a person's only mention away on the word of a name list.
   */
  const findEntity = (parts: string[], gender: Gender | null = null): Entity | undefined => {
    if (gender) {
      // Someone known to be of that gender first ("Ms Bautista" is Liza, not Rodel, whose name no list
      // knows), then anyone not known to be of the other.
      const known = findEntityWhere(parts, (e) => genderOfPerson(e.person.roles, e.firstNames) === gender);
      if (known) return known;
      const matching = findEntityWhere(parts, (e) => genderOfPerson(e.person.roles, e.firstNames) !== (gender === 'female' ? 'male' : 'female'));
      if (matching) return matching;
    }
    return findEntityWhere(parts, ANYONE);
  };
  const findEntityWhere = (parts: string[], admits: (e: Entity) => boolean): Entity | undefined => {
    const surname = parts[parts.length - 1]!;
    // Particles are no given name: "Van Keimpema" is Sieta van Keimpema.
    let g = 0;
    while (g < parts.length - 1 && PARTICLES.has(parts[g]!)) g++;
    const given = g < parts.length - 1 ? parts[g]! : null;
    let best: Entity | undefined;
    for (const e of entitiesWithSurname(surname)) {
      if (admits !== ANYONE && !admits(e)) continue;
      if (given && e.firstNames.size > 0 && !someOf(e.firstNames, (f) => similar(f, given) || (f[0] === given[0] && (f.length === 1 || given.length === 1)))) continue;
      // Two people sharing a surname: news calls the one introduced first by the surname alone and the
      // other by first name ("Holt ... her son, Daniel Holt ... Daniel said").
      if (!best || (given ? e.lastSeen > best.lastSeen : firstSeen(e) < firstSeen(best))) best = e;
    }
    return best;
  };
  const byCompactName = new Map<string, Entity>();
  // Lone first names are looked up by the thousand in a long article; the answer only changes when
  // a person or a name part is added.
  let firstMemo = new Map<string, Entity | null>();
  let memoParts = -1;
  const firstNameMemo = (): Map<string, Entity | null> => {
    if (nameVersion !== memoParts) { firstMemo = new Map(); memoParts = nameVersion; }
    return firstMemo;
  };
  const addMention = (c: Candidate, entity: Entity): void => {
    const span = c.nameWords.length === 1 ? withParticles(text, spanOf(c), entity.person.name) : spanOf(c);
    mentions.push({ start: span.start, end: span.end, text: span.text, entity });
    entity.lastSeen = span.start;
    c.linked = true;
    const form = span.text;
    if (form !== entity.person.name && !entity.person.aliases.includes(form)) entity.person.aliases.push(form);
    for (const r of c.roles) addRole(entity.person.roles, r);
  };

  /**
   * "Luiz Henrique himself" after "Luiz Henrique Carvalho": a name that is the given names of someone
   * named in full before is that person (Brazilian and Portuguese usage).
   */
  const byLeadingParts = new Map<string, Entity>(); // "luiz henrique" → Luiz Henrique Carvalho
  const leadingPartsOf = (parts: readonly string[]): Entity | undefined => byLeadingParts.get(parts.join(' '));
  // Full names first, in order, so surnames link to the right person afterwards.
  for (const c of candidates) {
    if (!c.isPerson) continue;
    const parts = partsOf(c);
    if (parts.length < 2) continue;
    // "Kim Jong Un" and "Kim Jong-Un" are one name written two ways: compare without spaces and hyphens.
    const joined = parts.join('');
    const compact = joined.includes('-') ? joined.replace(/-/g, '') : joined;
    let entity = byCompactName.get(compact) ?? findEntity(parts) ?? leadingPartsOf(parts);
    const span = spanOf(c);
    if (!entity) {
      entity = {
        person: { id: '', name: span.text, aliases: [], roles: [], mentions: [] },
        firstNames: new Set(), surnames: new Set(), lastSeen: span.start, introduced: span.start,
      };
      entities.push(entity);
    } else if (span.text.length > entity.person.name.length && span.text.split(/\s+/).length > entity.person.name.split(/\s+/).length) {
      // The fullest form is the canonical name.
      const old = entity.person.name;
      entity.person.name = span.text;
      if (!entity.person.aliases.includes(old)) entity.person.aliases.push(old);
    }
    // Every part before the surname is a given name: "Tayyip Erdogan" is "Recep Tayyip Erdogan".
    for (let p = 0; p < parts.length - 1; p++) if (!PARTICLES.has(parts[p]!)) entity.firstNames.add(parts[p]!);
    const addSurname = (part: string): void => { entity!.surnames.add(part); indexSurname(part, entity!); };
    const surname = parts[parts.length - 1]!;
    addSurname(surname);
    // "Bashar al-Assad ... Assad": the surname is used without its Arabic article too.
    // (The hyphen is third or fourth: most surnames are turned away there.)
    const article = surname.charCodeAt(2) === 45 || surname.charCodeAt(3) === 45 ? /^(?:al|el|ad|as|ash|an|ar|at|az)-(\p{L}{3,})$/u.exec(surname) : null;
    if (article) addSurname(article[1]!);
    byCompactName.set(compact, entity);
    // Its given names, two or more, as a name of their own (looked up when no one has the surname).
    for (let n = 2; n < parts.length; n++) {
      const key = parts.slice(0, n).join(' ');
      if (!byLeadingParts.has(key)) byLeadingParts.set(key, entity);
    }
    // Family name first ("Kim Jong-un", "Kim Jong Un"): the first part is the one used alone.
    const nameTokens = c.nameWords;
    const lastToken = nameTokens[nameTokens.length - 1]!;
    if ((lastToken.includes('-') && /-\p{Ll}/u.test(lastToken)) || (nameTokens.length === 3 && nameTokens.every((t) => t.length <= 4))) {
      addSurname(parts[0]!);
    } else if (parts.length >= 3) {
      // Two surnames ("Claudia Sheinbaum Pardo", "Andrés Manuel López Obrador"): the first is used alone too.
      const first = parts[parts.length - 2]!;
      if (first.length > 2 && !first.includes('.') && !PARTICLES.has(first) && (flagsOf(first) & GIVEN) === 0) addSurname(first);
    }
    nameVersion++;
    addMention(c, entity);
  }
  // Single names with a title or an honorific ("Mr. Toccafondi", "Marshal Haftar").
  for (const c of candidates) {
    if (c.linked || c.namedAfter) continue;
    const parts = partsOf(c);
    if (parts.length !== 1) continue;
    const entity = findEntity(parts, honorificGender(c)) ?? firstNameEntity(entities, parts[0]!, firstNameMemo());
    if (entity) { addMention(c, entity); continue; }
    if (!(c.honorific || c.titles.length > 0 || c.standalone) || !c.isPerson) continue;
    const span = spanOf(c);
    const created: Entity = { person: { id: '', name: span.text, aliases: [], roles: [], mentions: [] }, firstNames: new Set(), surnames: new Set([parts[0]!]), lastSeen: span.start, introduced: span.start };
    entities.push(created);
    indexSurname(parts[0]!, created);
    nameVersion++;
    addMention(c, created);
  }
  // Every other occurrence of a known surname or unambiguous first name, in order.
  // (Candidates come in text order from findCandidates: the sort is only for callers that mix them.)
  const order = inTextOrder(candidates) ? candidates : candidates.slice().sort((a, b) => a.start - b.start);
  for (const c of order) {
    if (c.linked || c.namedAfter) continue;
    const parts = partsOf(c);
    // A known person's name without the evidence a new name needs ("Tayyip Erdogan" after "Recep Tayyip Erdogan").
    const entity = findEntity(parts, honorificGender(c)) ?? (parts.length === 1 ? firstNameEntity(entities, parts[0]!, firstNameMemo()) : undefined);
    if (entity) addMention(c, entity);
  }

  // Ids, mentions in order.
  const used = new Set<string>();
  const personAt = new Map<number, string>();
  for (const e of entities) {
    const base = `person:${slug(e.person.name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    e.person.id = id;
    e.person.aliases = e.person.aliases.filter((a) => a !== e.person.name);
  }
  mentions.sort((a, b) => a.start - b.start);
  // Headline words linked one by one ("Joe" + "Biden") form one mention again.
  for (let k = mentions.length - 1; k > 0; k--) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (a.entity === b.entity && titleCase(a.start) && onlySpaceBetween(text, a.end, b.start)) {
      a.end = b.end;
      a.text = text.slice(a.start, a.end);
      mentions.splice(k, 1);
    }
  }
  for (const m of mentions) {
    m.entity.person.mentions.push({ start: m.start, end: m.end, text: m.text });
    personAt.set(m.start, m.entity.person.id);
  }
  const people = entities.map((e) => e.person).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { people, personAt };
}

/**
 * A surname alone with the lower-case particles written before it that the person's name has before
 * it too: "von der Leyen" and "van Keimpema" are the mentions, not "Leyen" and "Keimpema".
 */
function withParticles(text: string, span: Span, name: string): Span {
  // (Most surnames follow no lower-case word: a space and a lower-case ASCII letter before it, or nothing to do.)
  const c = text.charCodeAt(span.start - 2);
  if (text.charCodeAt(span.start - 1) !== 32 || !((c >= 97 && c <= 122) || c > 127)) return span;
  let start = span.start;
  for (let n = 0; n < 3; n++) {
    const m = /(?:^|\s)(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 8), start));
    if (!m || !PARTICLES.has(m[1]!)) break;
    start -= m[1]!.length + 1;
  }
  if (start === span.start) return span;
  const form = text.slice(start, span.end);
  // Only the particles the full name has ("Ursula von der Leyen"), in the same order.
  if (!name.toLowerCase().endsWith(` ${form.toLowerCase()}`)) return span;
  return { start, end: span.end, text: form };
}

/**
 * "Taoiseach Simon Harris ... Martin, who served as taoiseach": a first word no list knows, before a
 * given name and a surname, is a role when the text also writes it in lower case (a common noun).
 */
function titleWrittenInLowerCase(text: string, c: Candidate): void {
  if (c.nameWords.length < 3 || c.headline) return;
  const first = c.nameWords[0]!;
  const lower = first.toLowerCase();
  if (lower === first || (flagsOf(lower) & IN_LISTS) !== 0 || (flagsOf(c.nameWords[1]!.toLowerCase()) & GIVEN) === 0) return;
  if (!hasLowerCaseWord(text, lower)) return;
  let second = c.nameStart + first.length;
  while (second < text.length && isSpaceCode(text.charCodeAt(second))) second++;
  c.nameWords = c.nameWords.slice(1);
  c.nameStart = second;
  c.parts = undefined;
  c.titles.push(first);
  if (!c.roles.some((r) => r.toLowerCase().includes(lower))) c.roles.unshift(first);
  c.evidence += 2; // a title, as in analyseRun
  c.isPerson = c.evidence >= 2;
}

/** Whether the text holds `word` (lower case) as a whole word, written exactly so. */
function hasLowerCaseWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isWordUnit(before) && !isWordUnit(after)) return true;
  }
  return false;
}

/** Letters and digits, as far as telling a whole word goes (ASCII, or any non-ASCII letter). */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && isLetterOrDot(c) && c !== 46);
}

/** The gender a candidate's honorific states ("Mrs Stein"), if it has one. */
function honorificGender(c: Candidate): Gender | null {
  if (!c.honorific) return null;
  for (const t of c.titles) {
    const g = genderOfHonorific(t);
    if (g) return g;
  }
  return null;
}

/**
 * For each pair of neighbouring candidates, whether they stand in one list: joined by commas or
 * "and", in a chain where "and" joins at least one pair.
 */
function listPairs(text: string, candidates: readonly Candidate[]): boolean[] {
  const joint = (n: number): 'comma' | 'and' | null => jointBetween(text, candidates[n]!.end, candidates[n + 1]!.start);
  const out: boolean[] = [];
  for (let n = 0; n + 1 < candidates.length; n++) out.push(false);
  let n = 0;
  while (n + 1 < candidates.length) {
    let m = n;
    let and = false;
    for (let j = joint(m); j !== null; j = m + 1 < candidates.length ? joint(m) : null) {
      if (j === 'and') and = true;
      m++;
      if (m + 1 >= candidates.length) break;
    }
    if (and) for (let p = n; p < m; p++) out[p] = true;
    n = Math.max(m, n + 1);
  }
  return out;
}

/**
 * What joins two names, read from text[from, to) without cutting it out: "comma" for /^,\s*$/, "and"
 * for /^(?:\s+and\s+|,\s+and\s+)$/, else null.
 */
function jointBetween(text: string, from: number, to: number): 'comma' | 'and' | null {
  if (to <= from) return null;
  let i = from;
  const comma = text.charCodeAt(i) === 44;
  if (comma) i++;
  const spaces = i;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === to) return comma ? 'comma' : null;
  if (i === spaces || text.charCodeAt(i) !== 97 || text.charCodeAt(i + 1) !== 110 || text.charCodeAt(i + 2) !== 100) return null;
  i += 3;
  const gap = i;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i > gap && i === to ? 'and' : null;
}

function inTextOrder(candidates: readonly Candidate[]): boolean {
  for (let n = 1; n < candidates.length; n++) if (candidates[n]!.start < candidates[n - 1]!.start) return false;
  return true;
}

const ANYONE = (): boolean => true;

/** What a surname no one holds is looked up to (most capitalised words): one shared empty list. */
const NO_ENTITIES: readonly Entity[] = Object.freeze([]);

function someOf<T>(items: Set<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}

/** A lone first name refers to a person when exactly one known person has it and it is no one's surname. */
function firstNameEntity(entities: Entity[], name: string, memo: Map<string, Entity | null>): Entity | undefined {
  let found = memo.get(name);
  if (found === undefined) {
    const withFirst = entities.filter((e) => e.firstNames.has(name));
    const nobodysSurname = !entities.some((e) => e.surnames.has(name));
    found = withFirst.length === 1 && nobodysSurname ? withFirst[0]! : null;
    // "Zhang Wei and Zhang Min ... Zhang said": a word that opens several names and is no given name is
    // a family name written first; as with surnames, news means the one introduced first.
    if (withFirst.length > 1 && nobodysSurname && (flagsOf(name) & GIVEN) === 0) {
      found = withFirst.reduce((a, b) => (b.introduced < a.introduced ? b : a));
    }
    memo.set(name, found);
  }
  return found ?? undefined;
}
