// Temporal expressions: find them (one regex pass per paragraph) and resolve them against a reference
// date. Spans are minimal (no prepositions) but keep approximators and relative words, as the
// annotation guidelines ask.
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon/words';
import { WordSet } from './lexicon/wordSet';
import { endsWithWord, isRegexSpace, splitParagraphs, type Range } from './segment';
import { containing } from './sorted';
import type { DateKind, DateMention } from './types';

/** What the text says, before any reference date is applied. Paragraph-local, so it can be cached. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Relative to the reference: unit and signed offset ("last year" = year -1, "yesterday" = day -1). */
  relative?: { unit: 'day' | 'week' | 'month' | 'year' | 'decade'; offset: number; afterDated?: boolean };
  /** Fixed-date holiday: month and day. */
  holiday?: { month: number; day: number };
  /** An approximator ("nearly", "about") makes an "ago" expression unresolvable to one unit. */
  approximate?: boolean;
  /** Tense around a date written without a year, when the text shows one (a bare weekday is past unless marked). */
  tense?: 'past' | 'future';
  /** "last March", "next March": the latest such month before the reference, the first after it ("March last year" is not). */
  nearest?: boolean;
  /** "the spring" in a future context, "last summer": the season's months, to place it in the year around the reference. */
  season?: { first: number; last: number };
}

const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_RE = "(?:1[5-9]\\d\\d|20\\d\\d|2100)";
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
/** Either capitalisation of a word's first letter ("Ten years ago", "ten years"). */
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const NUM_WORDS_LIST = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozen'.split('|');
const NUM_WORD_RE = `(?:${NUM_WORDS_LIST.map(anyCase).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
const NUM_RE = `(?:\\d+(?:[.,]\\d+)?|\\[?${NUM_WORD_RE}\\]?|(?:[Aa] few|[Ff]ew|[Ss]everal|[Mm]any|[Aa] couple of|couple of))`;
// (Nights only in the plural: "three night shifts" is no duration.)
const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights|weeks?|fortnights?|months?|years?|decades?|centuries|century)';
// Approximators and position words open sentences too ("Nearly one year ago", "Earlier this month").
/** Approximators a clock time keeps in its span ("about 4:30 am", "around 11 pm"), as the guidelines ask. */
const APPROX_TIME_RE = `(?:${'about|around|approximately|roughly'.split('|').map(anyCase).join('|')})`;
const APPROX_RE = `(?:${'about|around|approximately|roughly|nearly|almost|some|over|more than|less than|fewer than|at least|at most|up to|just over|just under|under|only|barely|well over|upwards of'.split('|').map(anyCase).join('|')})`;
/** "millions of years ago": a stretch with no number. */
const MAGNITUDES = ['hundreds', 'thousands', 'millions', 'billions'];
const MAGNITUDES_RE = `(?:${MAGNITUDES.map(anyCase).join('|')})`;
/** An hour of the clock, in figures or words. */
const CLOCK_HOUR_RE = `(?:1[0-2]|0?[1-9]|${'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve'.split('|').map(anyCase).join('|')})`;
const POSITION_RE = `(?:${'early|late|mid|earlier|later'.split('|').map(anyCase).join('|')})`;
const SEASON_RE = `(?:${'spring|summer|autumn|fall|winter'.split('|').map(anyCase).join('|')})`;
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
/** Fixed-date holidays by month and day; 'moveable' feasts fall in the year but on no fixed day; null, no single date. */
const HOLIDAYS: Record<string, [number, number] | 'moveable' | null> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26], "new year's day": [1, 1],
  "new year's eve": [12, 31], "valentine's day": [2, 14], 'halloween': [10, 31], 'bastille day': [7, 14],
  'anzac day': [4, 25], 'australia day': [1, 26], 'canada day': [7, 1], 'waitangi day': [2, 6], "st patrick's day": [3, 17],
  "st. patrick's day": [3, 17], 'may day': [5, 1], 'guy fawkes night': [11, 5], 'armistice day': [11, 11], 'remembrance day': [11, 11],
  'veterans day': [11, 11], 'independence day': null, /* each country has its own */ 'easter': 'moveable', 'thanksgiving': 'moveable', 'ramadan': 'moveable',
  'eid': 'moveable', 'hanukkah': 'moveable', 'diwali': 'moveable', 'passover': 'moveable', 'eid al-fitr': 'moveable', 'eid al-adha': 'moveable',
  'good friday': 'moveable', 'easter sunday': 'moveable', 'easter monday': 'moveable', 'labor day': 'moveable', 'labour day': 'moveable',
  'memorial day': 'moveable', "mother's day": 'moveable', "father's day": 'moveable',
};

const CENTURY_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
const ORDINAL_WORDS_RE = `(?:${CENTURY_ORDINALS.map(anyCase).join('|')})`;

/** "2000 people", "1500 troops": a count, not a year. */
const COUNT_NOUNS = '(?:people|persons|residents|troops|soldiers|police|officers|votes|voters|homes|houses|jobs|members|workers|students|children|cases|deaths|tonnes|tons|km|kilometres|kilometers|miles|metres|meters|feet|dollars|euros|pounds|yen|rupees|copies|units|signatures|refugees|migrants|fans|spectators|participants|employees|patients|animals|vehicles|cars|flights|passengers|hectares|acres|litres|liters|barrels|firefighters|volunteers|protesters|delegates|candidates|schools|families|cattle|sheep|shells|rockets|missiles|messages|emails|pages|words|points|runs|goals|metric)\\b';

// One alternation; at each position the first alternative that matches wins, so longer forms come first.
// (Written with named groups; compiled without them, see `unnamedGroups`.)
const NAMED_PATTERN = [
  // Thursday, May 7, 2015 | Thursday 7 May 2015 | May 7, 2015 | 7 May 2015 | May 7 | 7 May | January 13th
  `(?<full>(?:(?<fwd>${WEEKDAY_RE}),?\\s+)?(?:(?<fm>${MONTH_RE})\\s+(?<fd>${DAY_RE})(?![\\d:])(?:,?\\s+(?<fy>${YEAR_RE}))?|(?<fd2>${DAY_RE})\\s+(?:of\\s+)?(?<fm2>${MONTH_RE})(?:,?\\s+(?<fy2>${YEAR_RE}))?)(?![\\p{L}\\d]))`,
  // 2015-05-07
  `(?<iso>\\b(?<iy>${YEAR_RE})-(?<im>0[1-9]|1[0-2])-(?<id>[0-2]\\d|3[01])\\b)`,
  // the end of 2015 | early in 2016 | mid-2015 | May 2015 | the end of the year
  `(?<pos>(?:(?:[Tt]he\\s+)?(?:${'end|beginning|start|middle|first half|second half'.split('|').map(anyCase).join('|')}|${SEASON_RE})\\s+of\\s+(?:the\\s+(?:year|month|week)|(?:this|next|last)\\s+year|(?:${MONTH_RE}\\s+)?${YEAR_RE}|${MONTH_RE}(?![\\p{L}\\d]))|${POSITION_RE}(?:\\s+in|-)?\\s*(?:${MONTH_RE}\\s+)?${YEAR_RE}))(?![\\d]|s\\b)`,
  `(?<my>(?<mym>${MONTH_RE}),?\\s+(?<myy>${YEAR_RE}))(?![\\d])`,
  `(?<season>${SEASON_RE}\\s+(?:of\\s+)?${YEAR_RE})\\b`,
  `(?<seasonRel>\\bthe\\s+(?:spring|summer|autumn|winter|fall(?!\\s+of\\b))\\b)`,
  // decades
  `(?<decade>\\b[Tt]he\\s+(?:(?:early|late|mid)[- ]?)?(?:(?:1[5-9]|20)\\d0s|'\\d0s)|\\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]?(?:1[5-9]|20)\\d0s`
    // centuries and years before the common era, which have no value in the contract's calendar
    // ("the 10th century", "the second century AD", "around 300 BC"; not "a 17th-century chalice")
    + `|\\b[Tt]he\\s+(?:(?:early|late|mid)[- ]?)?(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS_RE})\\s+century(?:\\s+(?:AD|BC|BCE|CE)\\b)?(?!-)`
    + `|\\b\\d{1,4}(?:,\\d{3})?\\s+(?:BC|BCE)\\b)`,
  // relative
  // position words belong to the expression: "earlier today", "late Tuesday"
  `(?<rel1>\\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\\s+${PART_OF_DAY})?\\b)`,
  `(?<rel2>\\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing)\\s+(?:(?<rw>${WEEKDAY_RE})|(?<rm>${MONTH_RE})|week|weekend|month|year|years|decade|century|spring|summer|autumn|fall|winter|${PART_OF_DAY})\\b)`,
  // "later that day": the day the paragraph dated last
  // ("that night the police arrived"; not "that evening classes would close")
  `(?<thatDay>\\b(?:[Ll]ater|[Ee]arlier)\\s+that\\s+(?:day|night|morning|afternoon|evening)\\b|\\b[Tt]hat\\s+(?:day|night|morning|afternoon|evening)\\b(?=\\s*[,.;:!?)"”]|\\s+(?:on|at|in|he|she|they|it|we|I|the|a|an|his|her|their|police|officials|when|as|after|before|while|and|but)\\b|\\s*$))`,
  `(?<rel3>\\b[Tt]he\\s+(?:(?:next|following|previous|same)\\s+(?:day|week|month|year|morning|afternoon|evening|night)|(?:day|week|month|year|night)\\s+(?:before|after)|(?:past|last|next|coming|previous|following)\\s+(?:few\\s+|several\\s+|couple\\s+of\\s+)?(?:${NUM_RE}\\s+)?${UNIT_RE}))\\b`,
  // (nearly) ten years ago | six minutes later | [Ten] years ago
  `(?<ago>(?:\\b${APPROX_RE}\\s+)?(?:\\b|(?=\\[))(?:${NUM_RE}(?:\\s+(?:million|billion))?|[Aa]n?|${MAGNITUDES_RE}\\s+of)\\s+${UNIT_RE}\\s+(?:ago|later|earlier|(?:before|after)(?!\\s+[\\p{L}\\d])|from now)\\b)`,
  `(?<recent>\\b(?:[Ii]n\\s+)?recent\\s+(?:days|weeks|months|years|decades)\\b)`,
  // weekday, optional part of day
  `(?<wd>\\b(?:(?:[Ee]arly|[Ll]ate)\\s+(?:on\\s+)?)?${WEEKDAY_RE}(?:\\s+${PART_OF_DAY})?\\b)`,
  // June last year | March next year
  `(?<mrel>(?<mrm>${MONTH_RE})\\s+(?<mrw>last|next|this)\\s+year)\\b`,
  // month alone (capitalised; "may" the verb is lower-case)
  `(?<month>(?:\\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|to|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|of|[Ll]ast|[Nn]ext|[Tt]his|and)[- ])May\\b|(?<=\\b[Bb]etween )May(?= and (?:January|February|March|April|June|July|August|September|October|November|December)\\b))`,
  // times: 15:11 GMT | 3 p.m. | noon
  `(?<time>(?:\\b${APPROX_TIME_RE}\\s+)?(?<![€£$¥]\\s?)\\b(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?!\\s*(?:%|percent\\b|per\\s+cent\\b|metres?\\b|meters?\\b|km\\b|kg\\b|million\\b|billion\\b|points?\\b))(?:\\s*(?:[ap]\\.?m\\.?))?(?:\\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT|IST|JST|local time))?(?![\\d])|(?:\\b${APPROX_TIME_RE}\\s+)?\\b(?:1[0-2]|0?[1-9])\\s*(?:[ap]\\.m\\.|[ap]m\\b)|\\b(?:noon|midnight)\\b`
    // "half past two", "a quarter to seven", "six o'clock"
    + `|\\b(?:[Hh]alf|(?:[Aa]\\s+)?[Qq]uarter)\\s+(?:past|to)\\s+${CLOCK_HOUR_RE}\\b(?![.,]?\\d|\\s*(?:%|million|billion|thousand|hundred|per\\b|percent|dollars?|euros?|pounds?|points?|people|units?))`
    + `|\\b${CLOCK_HOUR_RE}\\s+o['’]clock\\b)`,
  // ("the evening of August 7": the date itself is read from the month.)
  `(?<partofday>\\bthe\\s+${PART_OF_DAY}\\b(?!\\s+of\\s+(?:${MONTH_RE}|${WEEKDAY_RE}|\\d)))`,
  `(?<weekend>\\bthe\\s+weekend\\b)`,
  // "for years to come"
  `(?<toCome>\\b(?:(?:[Mm]any|[Ss]everal)\\s+)?(?:days|weeks|months|years|decades)\\s+to\\s+come\\b)`,
  // "for years", "within days": a unit alone after a preposition of extent is a duration too.
  `(?<bare>(?<=\\b(?:[Ff]or|[Ww]ithin|[Aa]fter|[Oo]ver)\\s)(?:days|weeks|months|years|decades|hours)\\b(?!\\s+(?:ago|later|earlier|old|to\\s+come)\\b))`,
  // durations: more than nine months | 48 hours | an 11-year lull ("11-year") | two decades
  // ("two and a half years", "a year and a half")
  // "half an hour", "a quarter of a century", "another week": a stretch of time with no count
  `(?<part>(?:\\b${APPROX_RE}\\s+)?\\b(?:(?:[Hh]alf\\s+an?|(?:[Aa]\\s+)?[Qq]uarter\\s+of\\s+an?)\\s+(?:hour|day|week|month|year|decade|century)|[Aa]nother\\s+(?:day|week|fortnight|month|year|decade|hour|season))\\b)`,
  `(?<dur>(?:\\b${APPROX_RE}\\s+)?(?:\\b|(?=\\[))(?:${NUM_RE}|[Aa]n?)(?:\\s+and\\s+a\\s+half)?(?:\\s+(?:long|full|whole|entire|more|further|straight|consecutive))?\\s+${UNIT_RE}\\b(?:\\s+and\\s+a\\s+half\\b)?(?!-old|\\s+old\\b))`,
  `(?<durAdj>\\b(?:\\d+|${NUM_WORD_RE})-(?:year|month|week|day|hour|minute|second)\\b(?!-old))`,
  // named days and holidays
  `(?<holiday>\\b(?:(?!(?:The|A|An|On|In|By|For|Every|Each|That|This|Next|Last|One|Day|Election|Judgment|Doomsday)\\s)[A-Z][\\p{L}'’.]+\\s+){1,4}Day\\b|\\b(?:Christmas(?:\\s+(?:Day|Eve))?|Easter(?:\\s+(?:Sunday|Monday))?|Halloween|Thanksgiving|Ramadan|Eid(?:\\s+al-(?:Fitr|Adha))?|Hanukkah|Diwali|Passover|Good Friday|New Year's(?:\\s+(?:Day|Eve))?)\\b)`,
  // the third quarter | the fourth quarter of 2024 (a year's value only when the year is written)
  `(?<quarter>\\b[Tt]he\\s+(?:first|second|third|fourth|final|last|previous|next|current|same)\\s+quarter(?:\\s+of\\s+(?<qy>${YEAR_RE}))?)\\b`,
  // a plain year (1500–2100), not part of a longer number
  `(?<year>(?<![\\d,.$€£])\\b${YEAR_RE}\\b(?![,.]\\d|\\s*(?:%|percent|per cent)|\\s+${COUNT_NOUNS}))`,
].join('|');

/** The names of PATTERN's groups, as findDates reads them. */
const DATE_GROUPS = ['full', 'fwd', 'fm', 'fd', 'fy', 'fd2', 'fm2', 'fy2', 'iso', 'iy', 'im', 'id', 'pos', 'my', 'mym', 'myy', 'season',
  'seasonRel', 'decade', 'rel1', 'rel2', 'rw', 'rm', 'thatDay', 'rel3', 'ago', 'recent', 'wd', 'mrel', 'mrm', 'mrw', 'month', 'time',
  'partofday', 'weekend', 'toCome', 'bare', 'part', 'dur', 'durAdj', 'holiday', 'quarter', 'qy', 'year'] as const;

/**
 * A pattern's source with its named groups made plain, and the index of each named group. A match of a
 * pattern with named groups also builds an object of all the names (45 here), which cost as much as
 * the match itself; findDates reads the groups by index instead (`m[G.full]`).
 */
function unnamedGroups(source: string): { source: string; index: Map<string, number> } {
  const index = new Map<string, number>();
  let out = '';
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { out += source.slice(i, i + 2); i++; continue; }
    if (c === '[') {
      // A character class holds no group (its brackets and escapes are literal).
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(') {
      const named = /^\(\?<([A-Za-z]\w*)>/.exec(source.slice(i, i + 40));
      if (named) { index.set(named[1]!, ++n); out += '('; i += named[0].length - 1; continue; }
      if (source[i + 1] !== '?') n++; // a plain group; (?: (?= (?! (?<= (?<! capture nothing
    }
    out += c;
  }
  return { source: out, index };
}

const UNNAMED = unnamedGroups(NAMED_PATTERN);
// Sticky: tried only where a trigger word stands (see `mayStartDate`), not at every character.
const PATTERN = new RegExp(UNNAMED.source, 'yu');
/** The index of each group of PATTERN by name. */
const G = Object.fromEntries(DATE_GROUPS.map((name) => {
  const i = UNNAMED.index.get(name);
  if (i === undefined) throw new Error(`dates: no group ${name} in the pattern`);
  return [name, i];
})) as Record<(typeof DATE_GROUPS)[number], number>;
if (UNNAMED.index.size !== DATE_GROUPS.length) throw new Error('dates: a group of the pattern is not in DATE_GROUPS');
// Sub-patterns findDates reads a match with (compiled once, not per match).
const MONTH_IN = new RegExp(MONTH_RE);
const WEEKDAY_IN = new RegExp(WEEKDAY_RE);
const WEEKDAY_THEN_SPACE = new RegExp(`${WEEKDAY_RE}\\s`);
const UNIT_IN = new RegExp(UNIT_RE);
const APPROX_FIRST = new RegExp(`^${APPROX_RE}\\s`);

const SEASON_MONTHS: Record<string, { first: number; last: number } | undefined> = {
  spring: { first: 3, last: 5 }, summer: { first: 6, last: 8 }, autumn: { first: 9, last: 11 }, fall: { first: 9, last: 11 },
};
const UNIT_WORD_LIST = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries'];
/** Words between a count and its unit: "seven long months", "three straight days" (as in the `dur` pattern). */
const DURATION_ADJECTIVE_LIST = ['long', 'full', 'whole', 'entire', 'more', 'further', 'straight', 'consecutive'];
const ONE_LIST = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const THE_NEXT = new WordSet([...CENTURY_ORDINALS, 'early', 'late', 'mid', 'final', 'current', 'weekend', 'spring', 'summer', 'autumn', 'winter', 'fall', 'end', 'beginning', 'start', 'middle', 'first', 'second', 'next', 'following', 'previous', 'same', 'day', 'week', 'month', 'year', 'night', 'past', 'last', 'coming', 'morning', 'afternoon', 'evening']);
const TRIGGERS = new WordSet([
  ...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAYS,
  'yesterday', 'today', 'tomorrow', 'tonight', 'this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'earlier',
  'later', 'early', 'late', 'mid', 'recent', 'noon', 'midnight', 'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'eid',
  'hanukkah', 'diwali', 'passover', 'good', 'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'beginning', 'start', 'middle',
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'less', 'fewer', 'at', 'up', 'just',
  'under', 'only', 'barely', 'well', 'upwards', 'few', 'several', 'many', 'couple', 'dozen', ...NUM_WORDS_LIST,
  ...MAGNITUDES, 'half', 'quarter', 'another',
]);

// What the next word must be for a trigger to start an expression at all: each set holds every word
// that can follow the trigger in some alternative of PATTERN, so the pattern is only tried there.
const CALENDAR_NAMES = [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAYS];
const NUMBERISH = new Set([...NUM_WORDS_LIST, 'a', 'an', 'few', 'several', 'many', 'couple']);
const REL2_HEADS = ['this', 'last', 'next', 'past', 'coming', 'previous', 'following'];
const REL2_NEXT = new Set([...CALENDAR_NAMES, 'week', 'weekend', 'month', 'year', 'years', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'afternoon', 'evening', 'night']);
const POSITION_NEXT = new Set([...CALENDAR_NAMES, ...REL2_HEADS, 'yesterday', 'today', 'tomorrow', 'tonight', 'in', 'on']);
const SEASON_NEXT = new Set(['of']);
const startsWithDigit = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
/**
 * The words that may follow a trigger, or a number when `digit`. (Data, not a function per trigger: one
 * test for all, and the first letter turns away most next words before any lookup.)
 */
interface NextWordRule { words: WordSet; digit: boolean; firstLetters: number; then?: NextWordRule }
function nextWordRule(words: readonly string[], digit = false, then?: NextWordRule): NextWordRule {
  let firstLetters = 0;
  for (const w of words) firstLetters |= 1 << (w.charCodeAt(0) - 97); // (all start with a-z)
  return { words: new WordSet(words), digit, firstLetters, ...(then ? { then } : {}) };
}
const APPROX_NEXT = nextWordRule([...NUMBERISH, 'half'], true);
/** After "more than", "at least", "up to" ...: a count, as after a one-word approximator, or "thousands of". */
const COUNT_NEXT = nextWordRule([...NUMBERISH, ...MAGNITUDES, 'half'], true);
const THAN = nextWordRule(['than'], false, COUNT_NEXT);
const OF = nextWordRule(['of']);
const NUMBER_WORD_NEXT = nextWordRule([...UNIT_WORD_LIST, ...ONE_LIST, ...DURATION_ADJECTIVE_LIST, 'and', "o'clock", 'o’clock']);
const UNIT_NEXT = nextWordRule(UNIT_WORD_LIST);
const REL2_RULE = nextWordRule([...REL2_NEXT]);
const POSITION_RULE = nextWordRule([...POSITION_NEXT], true);
const EARLIER_RULE = nextWordRule([...POSITION_NEXT, 'that'], true);
const SEASON_RULE = nextWordRule([...SEASON_NEXT], true);
const NEXT_WORD: ReadonlyMap<string, NextWordRule> = new Map<string, NextWordRule>([
  ...['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'only', 'barely']
    .map((w) => [w, APPROX_NEXT] as const),
  ['at', nextWordRule(['least', 'most'], false, COUNT_NEXT)], ['up', nextWordRule(['to'], false, COUNT_NEXT)], ['more', THAN], ['less', THAN],
  ['fewer', THAN], ['just', nextWordRule(['over', 'under'], false, COUNT_NEXT)], ['well', nextWordRule(['over'], false, COUNT_NEXT)],
  ['upwards', nextWordRule(['of'], false, COUNT_NEXT)],
  ...NUM_WORDS_LIST.filter((w) => !w.includes(' ')).map((w) => [w, NUMBER_WORD_NEXT] as const),
  ...MAGNITUDES.map((w) => [w, OF] as const),
  ['half', nextWordRule(['past', 'to', 'an', 'a'])], ['quarter', nextWordRule(['past', 'to', 'of'])], ['another', nextWordRule(['day', 'week', 'fortnight', 'month', 'year', 'decade', 'hour', 'season'])],
  ...['few', 'several', 'many'].map((w) => [w, UNIT_NEXT] as const),
  ['couple', OF],
  ...REL2_HEADS.map((w) => [w, REL2_RULE] as const),
  ...['early', 'late', 'mid'].map((w) => [w, POSITION_RULE] as const),
  ...['earlier', 'later'].map((w) => [w, EARLIER_RULE] as const),
  ...['end', 'beginning', 'start', 'middle'].map((w) => [w, OF] as const),
  ...['spring', 'summer', 'autumn', 'fall', 'winter'].map((w) => [w, SEASON_RULE] as const),
  ['good', nextWordRule(['friday'])],
  ['recent', nextWordRule(['days', 'weeks', 'months', 'years', 'decades'])],
]);
/** What follows a number in the expressions that open with one ("7 May", "the 7th of May", "48 hours", "3 p.m."). */
const NUMBER_NEXT = nextWordRule([...CALENDAR_NAMES, 'of', ...UNIT_WORD_LIST, 'and', ...DURATION_ADJECTIVE_LIST, 'am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock',
  'million', 'billion', 'bc', 'bce']);
/** Words after "the" that start an expression only with a certain third word. */
const THE_NEXT_THEN: ReadonlyMap<string, NextWordRule> = new Map([
  // ("the second century AD", "the 10th century": the ordinals of centuries before "century".)
  ...CENTURY_ORDINALS.map((w) => [w, nextWordRule(w === 'first' || w === 'second' ? ['half', 'quarter', 'century'] : w === 'third' || w === 'fourth' ? ['quarter', 'century'] : ['century'])] as const),
  ...['final', 'current'].map((w) => [w, nextWordRule(['quarter'])] as const),
  ['same', nextWordRule(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'quarter'])],
]);
const TO_COME_UNITS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'hours']);
const EXTENT_BEFORE = new Set(['for', 'within', 'after', 'over']);
/** Month and weekday names start an expression only capitalised ("may" and "march" are verbs). */
const CAPITALISED_ONLY = new Set(CALENDAR_NAMES);

/** The rule holds for the next word, or for its first part ("last year's", "two-year", "year-old"). */
function followedBy(rule: NextWordRule, next: string): boolean {
  const c = next.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return rule.digit && c >= 48 && c <= 57; // (also when there is no next word)
  // (The first part starts with the same letter.)
  if ((rule.firstLetters & (1 << (c - 97))) === 0) return false;
  if (rule.words.has(next)) return true;
  for (let i = 1; i < next.length; i++) {
    const d = next.charCodeAt(i);
    if (d === 45 || d === 39 || d === 0x2019 || d === 46) return rule.words.has(next.slice(0, i));
  }
  return false;
}

type DateToken = { end: number; text: string; lower: string; upper: boolean };

/** Short words that start an expression only before certain words ("the end of", "a year", "in recent days", "that night"). */
const enum FunctionWord { The, A, In, New, That }
const FUNCTION_WORD_STARTS: ReadonlyMap<string, FunctionWord> = new Map([
  ['the', FunctionWord.The], ['a', FunctionWord.A], ['an', FunctionWord.A], ['in', FunctionWord.In], ['new', FunctionWord.New], ['that', FunctionWord.That],
]);
/**
 * Every word that can start an expression by itself or with the next word: the trigger words and the
 * function words above. One (pre-tested) lookup turns away most words. (Lookups, not comparisons, in
 * this test every word takes: comparing a fresh word with a constant costs more than hashing it once.)
 */
const STARTERS = new WordSet([...TRIGGERS, ...FUNCTION_WORD_STARTS.keys()]);
/** "a full year", "a few days", "a quarter" (not "a long", "a more": frequent, and seldom before a unit). */
const A_NEXT = new Set([...UNIT_WORD_LIST, 'full', 'whole', 'entire', 'few', 'couple', 'dozen', 'quarter']);
/** "that night" ("that" is too frequent for the trigger list's longer road). */
const THAT_NEXT = new Set(['morning', 'afternoon', 'evening', 'night', 'day']);

/** Can a temporal expression start at token k? Cheap word tests, so the big pattern runs rarely. */
function mayStartDate(text: string, tokens: readonly DateToken[], k: number, namedDays: boolean): boolean {
  const t = tokens[k]!;
  const w = t.lower;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return mayStartWithNumber(text, tokens, k);
  if (STARTERS.has(w)) {
    const functionWord = FUNCTION_WORD_STARTS.get(w);
    if (functionWord !== undefined) return functionWordStarts(functionWord, tokens, k);
    const rule = NEXT_WORD.get(w);
    if (rule ? mayFollow(rule, tokens, k) : !CAPITALISED_ONLY.has(w) || t.upper) return true;
  } else if (w.length > 3 && mayStartWithLongWord(tokens, k, w, t.upper)) return true;
  return namedDays && t.upper && startsNamedDay(tokens, k);
}

/**
 * A number starts an expression only as a year (four digits), joined to more ("7th", "3pm", "10-year",
 * "2015-05-07"), as a time ("15:11") or a count ("1,200 years"), or before a word the expressions
 * that open with a number have next: a month, "of", a unit, "and (a half)", a count's adjective, a
 * mark of the clock.
 */
function mayStartWithNumber(text: string, tokens: readonly DateToken[], k: number): boolean {
  const t = tokens[k]!;
  const w = t.lower;
  if (w.length === 4) return true;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  const after = text.charCodeAt(t.end);
  if (after === 58 /* : */ || after === 44 /* , */) return true;
  return followedBy(NUMBER_NEXT, tokens[k + 1]?.lower ?? '');
}

/** The rule holds for the next word; a rule with `then` also for the word after it, when the next one is whole. */
function mayFollow(rule: NextWordRule, tokens: readonly DateToken[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  if (!followedBy(rule, next)) return false;
  return rule.then === undefined || !rule.words.has(next) || followedBy(rule.then, tokens[k + 2]?.lower ?? '');
}

/** A function word at token k. */
function functionWordStarts(w: FunctionWord, tokens: readonly DateToken[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  switch (w) {
    case FunctionWord.The: {
      if (startsWithDigit(next)) return true;
      if (THE_NEXT.has(next)) {
        // "the first half of", "the current quarter": these words need a third.
        const then = THE_NEXT_THEN.get(next);
        return then === undefined || followedBy(then, tokens[k + 2]?.lower ?? '');
      }
      // "the mid-1990s" (a word of THE_NEXT, a hyphen and more: five letters at least)
      const dash = next.length >= 5 ? next.indexOf('-') : -1;
      return dash > 0 && THE_NEXT.has(next.slice(0, dash));
    }
    case FunctionWord.A: return A_NEXT.has(next);
    case FunctionWord.In: return next === 'recent';
    case FunctionWord.New: return next.startsWith('year');
    case FunctionWord.That: return THAT_NEXT.has(next);
  }
}

/** The rarer starts, kept out of the test every token takes (it stays small enough to be inlined). */
function mayStartWithLongWord(tokens: readonly DateToken[], k: number, w: string, upper: boolean): boolean {
  // "mid-2015", "two-year": the part before a hyphen.
  const dash = w.indexOf('-', 2);
  if (dash > 0 && TRIGGERS.has(w.slice(0, dash))) return true;
  // (Read from code units: most words end in neither, and endsWith costs more than the test.)
  if (w.charCodeAt(w.length - 1) !== 115 /* s */) return false;
  const before = w.charCodeAt(w.length - 2);
  if (before === 39 || before === 0x2019) {
    // "Friday's election", "today's vote": the word before a possessive ending.
    const owner = w.slice(0, -2);
    return TRIGGERS.has(owner) && !NEXT_WORD.has(owner) && (!CAPITALISED_ONLY.has(owner) || upper);
  }
  // "years to come", "for years", "within days"
  return w.length <= 7 && TO_COME_UNITS.has(w) && (tokens[k + 1]?.lower === 'to' || (k > 0 && EXTENT_BEFORE.has(tokens[k - 1]!.lower)));
}

/** A named day: "Waitangi Day", "St Patrick's Day", "Martin Luther King Jr. Day" (every word capitalised). */
function startsNamedDay(tokens: readonly DateToken[], k: number): boolean {
  for (let n = 1; n <= 4; n++) {
    const u = tokens[k + n];
    if (!u?.upper) return false;
    if (u.text === 'Day') return true;
  }
  return false;
}

// Frequencies and ages are not dates: "per day", "every year", "a day" after a count; "aged 8", "10-year-old".
const FREQUENCY_BEFORE = /\b(?:per|every|each|a|an)\s+$/i;
// "aged 8", "at the age of four months", "aged 8–10 years", "aged between 8 and 10 years"
const AGE_BEFORE = new RegExp(`\\b(?:aged|age of|ages of)\\s+(?:between\\s+)?(?:(?:\\d+|${NUM_WORDS_LIST.join('|')})\\s*(?:[–-]|to|and)\\s*)?$`, 'i');
const AGE_AFTER = /^(?:-|\s+)old\b/;
/** AGE_BEFORE needs a "g" (the case-insensitive pattern matches no other letter for it): most text before a date has none near. */
const mayNameAnAge = (before: string): boolean => before.includes('g') || before.includes('G');
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const PERIOD_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:lull|hiatus|break|absence|gap|wait|delay|pause|drought|stint|spell|stretch|streak|period|interval|career|tenure|reign|term|exile|silence|standoff|stalemate|slump|history|lifetime|lifespan|span|window|run)s?\b/u;
const FREQUENCY_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|season)\b/i;
const FUTURE = /\b(?:will|shall|would|(?:could|might|should|can) be|may (?:not )?be|might(?! not\b| have\b)|could(?! (?:not|have|see|hear|feel|smell|sense|watch|only|barely|hardly|still|already|never|even|no longer)\b)|is to|are to|set to|(?:is|are) set for|must|ready to|ahead of|(?:has|have) until|(?:has|have) been (?:called|set|fixed|convened|rescheduled|moved|pushed back) (?:for|to|until)|to be held|to take place|scheduled|expected|planned|plans? to|going to|due to|(?:un)?likely to|expects?|(?:hope[sd]?|aim(?:s|ed)?|intend(?:s|ed)?) to|next|upcoming|coming)\b|(?<=[a-z])['’]ll\b/i;
// The scans below run on lower-cased text: a case-insensitive Unicode regex is several times slower.
// (FUTURE is ASCII only, and matches alike without the unicode flag, which costs time.)
const FUTURE_G = new RegExp(FUTURE.source, 'g');
const PAST = /\b(?:was|were|had|did|ago|last|said|told|met|began|came|went|took|gave|made|held|left|saw|won|lost|spoke|wrote|fell|rose|struck|broke|sent|brought|ran|drew|grew|threw|flew|led|fled|paid|sold|found|fought|caught|thought|bought|kept|felt|stood|became|chose|drove|rode|wore|got|shot|stole|froze|woke|hid|sat|fed|sought|sank|swam|sang|knew|meant|spent|built|heard|laid|dealt|forgot|ate|drank|slept|swore|tore|hung|dug|stuck|shook|taught|bent|lent|rang|swung|bled|leapt|knelt|crept|wept|swept|lit|beat|hit|cut|shut|quit|\p{L}{3,}ed)\b/iu;
const PAST_G = new RegExp(PAST.source, 'gu');
/**
 * PAST_G for text of ASCII only, where \p{L} is [A-Za-z]: the same matches, found about twice as fast
 * without the unicode flag. (Most text around a date is ASCII; see `pastMarkers`.)
 */
const PAST_ASCII_G = new RegExp(PAST.source.replace('\\p{L}', '[A-Za-z]'), 'g');
if (PAST_ASCII_G.source === PAST.source) throw new Error('dates: PAST has no \\p{L} to read as ASCII');
const NON_ASCII = /[^\0-\x7f]/;
/** The scan for past markers that suits `s`. */
const pastMarkers = (s: string): RegExp => (NON_ASCII.test(s) ? PAST_G : PAST_ASCII_G);
/** A present-tense schedule verb right before the date: "is sworn in on", "hands over to his successor on". */
const SCHEDULED_BEFORE_DATE = /\b(?:(?:is|are) sworn in|hands? over(?: \S+){0,4}|(?:resumes?|begins?|starts?|opens?|reopens?|closes?|ends?|finish(?:es)?|concludes?|takes? office|takes? place|kicks? off)(?: \S+){0,3}) (?:on|from|until|by)\s+(?:next\s+)?$/;
/** The verb of the subject a date stands in, right after it: past ("were halted") or future ("will resume"). */
const SUBJECT_VERB_AFTER = /^\s+(?:(was|were|had|did)|will|would)\s+(?!\p{Lu})\p{L}/u;
/** ", starting on Thursday": a clause of its own that opens a schedule. */
const STARTING_ON = /^\s*(?:starting|beginning)\s+(?:on|from)\s+$/;
/** Past forms that are base forms too: past only when no "to" or modal stands before them. */
const BASE_FORM_TOO = /^(?:last|beat|hit|cut|shut|quit)\b/;
const CALLED_FOR = /\b(?:(?:called|calls|scheduled|set|planned|(?<!had been )planning|plans|convened)\s+(?:\S+\s+){1,6}?for|(?:called|calls|convened|scheduled|planned|(?<!had been )planning|plans)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:meeting|session|vote|election|elections|strike|rally|protest|summit|hearing|referendum|march|talks|debate)\b[^.;]{0,60}?\sfor|called\s+for\s+(?:a|an|the)\s+(?:\S+\s+){0,3}?on)\s$/;
/** A stretch from now to the date: "close from today until at least Friday" (lower-cased text). */
const FROM_NOW_UNTIL = /\b(?:from|starting)\s+(?:today|tomorrow|now|tonight|this\s+week)\s+(?:until|till)\s+(?:at\s+least\s+)?$/;
/** A deferral right before the date, or a remand or bail that lasts until it (read on lower-cased text). */
const DEFERRED_UNTIL = /\b(?:adjourn|postpon|delay|defer|extend|prolong|remand|bail|put off|push(?:ed)? back)\w*\b[^.;]{0,40}?\b(?:until|till)\s+(?:next\s+)?$/;
/** Present-tense verbs of a schedule (read on lower-cased text, only when no past or future marker stands). */
const SCHEDULED = /(?<!\d\s|\bto\s)\b(?:is|are|resumes?|begins?|starts?|opens?|plays?|meets?|goes|go|travels?|visits?|hosts?|holds?|faces?|kicks? off|takes? place|returns?|arrives?|closes?|ends?|finish(?:es)?|concludes?|wraps? up|runs?|reopens?|launches?|debuts?|premieres?|moves? on)\b/;

/** After a day of a month: "-20", " to 20th" (not "to 20 people", not "to 20:30"). */
/** "November 22 and 23": a second day, then punctuation or a preposition (not "May 5 and 6 police officers"). */
const SECOND_DAY = /^\s+and\s+(\d{1,2})(st|nd|rd|th)?(?=\s*[,.;:)]|\s+(?:in|at|on|of|this|last|next)\b)/;
const RANGE_END_DAY = /^\s*(?:-|–|to|through|until)\s*(\d{1,2})(st|nd|rd|th)?(?![\d:.,]\d|\s*(?:%|percent|per\b|people|\p{L}*s\b))/u;

/** Temporal expressions in one paragraph (absolute offsets). */
export function findDates(
  text: string, start: number, end: number, sentenceOf: (offset: number) => { start: number; end: number },
  tokens: readonly { start: number; end: number; text: string; lower: string; upper: boolean }[],
): RawDate[] {
  const out: RawDate[] = [];
  const slice = text.slice(0, end);
  let skipTo = start;
  // ("Waitangi Day": most paragraphs name no day, and then no capitalised word need be read on.)
  const namedDays = slice.includes('Day', start);
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.start < skipTo || !mayStartDate(text, tokens, k, namedDays)) continue;
    // "[Ten] years ago": the bracket belongs to the expression.
    PATTERN.lastIndex = tok.start > start && text[tok.start - 1] === '[' ? tok.start - 1 : tok.start;
    const m = PATTERN.exec(slice);
    if (!m) continue;
    skipTo = m.index + m[0].length;
    let s = m.index;
    let e = s + m[0].length;
    // Never keep trailing punctuation. (Most expressions end in a letter or a digit: no pattern is asked then.)
    while (e > s && !isAsciiLetterOrDigit(text.charCodeAt(e - 1)) && /[\s,.]/.test(text[e - 1]!) && !/\.m\.$/.test(m[0])) e--;
    const before = text.slice(Math.max(start, s - 24), s);
    const after = text.slice(e, Math.min(end, e + 6));
    if ((m[G.dur] || m[G.durAdj] || m[G.year]) && ((mayNameAnAge(before) && AGE_BEFORE.test(before)) || AGE_AFTER.test(after))) continue;
    // A compound modifier is no date ("a five-year contract", "a 48-hour strike"), unless what it
    // modifies is itself a stretch of time: "an 11-year lull" is eleven years (the dev gold's reading).
    if (m[G.durAdj] && !PERIOD_AFTER.test(text.slice(e, Math.min(end, e + 40)))) continue;
    // ("every 33 days" is a frequency whatever the number; "a day" after a count only without one.)
    if (m[G.dur] && endsWithWord(FREQUENCY_BEFORE, before) && (!/\d/.test(m[0]) || /\bevery\s+$/i.test(before))) continue;
    // "every September", "each Monday": a frequency, no date.
    if ((m[G.month] || m[G.wd]) && /\b(?:every|each)\s+$/i.test(before)) continue;
    // "six nights a week", "two hours per day": a frequency too.
    if (m[G.dur] && FREQUENCY_AFTER.test(text.slice(e, Math.min(end, e + 16)))) continue;
    // "a second dose", "a second round": an ordinal, not a duration.
    if (m[G.dur] && /^(?:a|an)\s+second$/i.test(m[0]) && /^\s+(?!or\b|and\b|later\b|earlier\b|ago\b)\p{Ll}/u.test(text.slice(e, e + 12))) continue;
    // "One day you win": "one day" is a duration only after a word of extent too.
    if (m[G.dur] && /^one\s+day$/i.test(m[0]) && !/\b(?:for|within|over|in|than|after|just|only|took|take|takes|lasted|lasts)\s+$/i.test(before)) continue;
    // "a year" is a duration only after a word of extent ("took a year"; "twice a year" is none); "a year and a half" always.
    if (m[G.dur] && /^(?:a|an)\s/i.test(m[0]) && !m[0].endsWith(' half') && !/\b(?:for|within|over|in|nearly|almost|about|than|after|spent|spend|spends|spending|took|take|takes|lasted|lasts|waited)\s+$/i.test(before)) continue;
    const raw: RawDate = { start: s, end: e, text: text.slice(s, e), kind: 'date' };
    if (m[G.full]) {
      raw.month = monthNumber(m[G.fm] ?? m[G.fm2]);
      raw.day = parseInt(m[G.fd] ?? m[G.fd2] ?? '', 10);
      const y = m[G.fy] ?? m[G.fy2];
      if (y) raw.year = parseInt(y, 10);
      else { const t = tenseAround(text, sentenceOf(s), s, e); if (t) raw.tense = t; }
      const fwd = m[G.fwd];
      if (fwd) raw.weekday = WEEKDAYS.indexOf(fwd.toLowerCase());
    } else if (m[G.iso]) {
      raw.year = parseInt(m[G.iy]!, 10); raw.month = parseInt(m[G.im]!, 10); raw.day = parseInt(m[G.id]!, 10);
    } else if (m[G.pos] || m[G.season]) {
      const y = /\d{4}/.exec(m[0]);
      if (y) raw.year = parseInt(y[0], 10);
      const mo = MONTH_IN.exec(m[0]);
      if (mo) raw.month = monthNumber(mo[0]);
      if (mo && !y) {
        // "by the end of May": the month's year, by tense as for the month alone.
        const t = tenseAround(text, sentenceOf(s), s, e);
        if (t) raw.tense = t;
      } else if (!y && /\bthe month$/i.test(m[0])) raw.relative = { unit: 'month', offset: 0 };
      else if (!y && /\bthe week$/i.test(m[0])) raw.kind = 'relative'; // weeks have no single calendar value
      // "the end of the year" / "the second half of next year"
      else if (!y) raw.relative = { unit: 'year', offset: /\bnext year\b/i.test(m[0]) ? 1 : /\blast year\b/i.test(m[0]) ? -1 : 0 };
    } else if (m[G.seasonRel]) {
      raw.relative = { unit: 'year', offset: 0 };
      // "wait until the spring" said in September is next year's; winter straddles two years. (Only the
      // future moves the year: a past tense is often reported speech, "was happy to keep him until the summer".)
      const months = SEASON_MONTHS[m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase()];
      // ("waiting since the summer" looks back: tenseAround reads "since" as past.)
      const t = months ? tenseAround(text, sentenceOf(s), s, e) : undefined;
      if (months && t === 'future') { raw.season = months; raw.tense = t; }
    } else if (m[G.quarter]) {
      const qy = m[G.qy];
      if (qy) raw.year = parseInt(qy, 10);
      else raw.relative = { unit: 'year', offset: 0, afterDated: true }; // which year's quarter the text alone does not say
    } else if (m[G.mrel]) {
      // "June last year": that month of the year the relative word names.
      raw.month = monthNumber(m[G.mrm]);
      raw.relative = { unit: 'year', offset: m[G.mrw] === 'last' ? -1 : m[G.mrw] === 'next' ? 1 : 0 };
    } else if (m[G.my]) {
      raw.month = monthNumber(m[G.mym]); raw.year = parseInt(m[G.myy]!, 10);
    } else if (m[G.decade]) {
      raw.kind = 'date';
    } else if (m[G.rel1]) {
      raw.kind = 'relative';
      const w = m[0].toLowerCase();
      raw.relative = { unit: 'day', offset: /\byesterday/.test(w) ? -1 : /\btomorrow/.test(w) ? 1 : 0 };
    } else if (m[G.rel2]) {
      raw.kind = 'relative';
      const w = m[0].toLowerCase();
      const dir = /\b(?:last|past|previous)\b/.test(w) ? -1 : /\b(?:next|coming|following)\b/.test(w) ? 1 : 0;
      const rw = m[G.rw];
      if (rw) { raw.weekday = WEEKDAYS.indexOf(rw.toLowerCase()); if (dir !== 0) raw.tense = dir > 0 ? 'future' : 'past'; }
      else if (m[G.rm]) { raw.month = monthNumber(m[G.rm]); raw.relative = { unit: 'year', offset: dir }; raw.nearest = true; }
      else if (/\byears\b/.test(w)) raw.relative = undefined; // "last years": a vague span
      else {
        const unit = /\b(week|weekend)\b/.test(w) ? 'week' : /\bmonth\b/.test(w) ? 'month' : /\bdecade\b/.test(w) ? 'decade'
          : /\b(year|spring|summer|autumn|fall|winter)\b/.test(w) ? 'year' : /\b(morning|afternoon|evening|night)\b/.test(w) ? 'day' : null;
        // ("last night" is the evening before; "this morning" the day itself.)
        if (unit) raw.relative = { unit, offset: unit === 'day' ? (dir < 0 && /\bnight\b/.test(w) ? -1 : 0) : dir };
        // "last summer" said in November is this year's; "next spring" said in January too.
        const season = unit === 'year' && dir !== 0 ? SEASON_MONTHS[w.slice(w.lastIndexOf(' ') + 1)] : undefined;
        if (season) raw.season = season;
      }
    } else if (m[G.rel3]) {
      raw.kind = 'relative';
      const w = m[0].toLowerCase();
      if (/\b(?:past|last|next|coming|previous|following)\s+(?:few|several|couple|\d|[a-z]+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?))/.test(w) && !/\b(?:next|following|previous|same)\s+(?:day|week|month|year)$/.test(w)) {
        raw.kind = 'duration';
      } else if (/\b(?:year before|previous year)\b/.test(w)) raw.relative = { unit: 'year', offset: -1 };
      // "rebuilt his serve the following year" (after "in 2012"): from the paragraph's last date, else the reference.
      else if (/\b(?:year after|next year|following year)\b/.test(w)) raw.relative = { unit: 'year', offset: 1, afterDated: true };
      // "the next day" depends on the event before it, not on the reference date: the day the
      // paragraph dated last, when it dated one (resolveAll); else no value.
      else if (/\b(?:(?:next|following)\s+(?:day|morning|afternoon|evening|night)|day\s+after)$/.test(w)) raw.relative = { unit: 'day', offset: 1, afterDated: true };
      else if (/\b(?:previous\s+(?:day|morning|afternoon|evening|night)|day\s+before)$/.test(w)) raw.relative = { unit: 'day', offset: -1, afterDated: true };
      else if (/\bsame\s+(?:day|morning|afternoon|evening|night)$/.test(w)) raw.relative = { unit: 'day', offset: 0, afterDated: true };
    } else if (m[G.recent]) {
      raw.kind = 'relative';
      if (/^in\s/i.test(m[0])) { s += 3; raw.start = s; raw.text = text.slice(s, e); }
    } else if (m[G.ago]) {
      raw.kind = 'relative';
      const w = m[0].toLowerCase();
      const approx = APPROX_FIRST.test(w);
      const unitMatch = UNIT_IN.exec(w);
      // ("90 million years ago" is geology, with no year of the calendar.)
      const n = /\b(?:million|billion)\b/.test(w) ? null : parseCount(w);
      const unit = unitMatch ? unitMatch[0].replace(/s$/, '').replace('centurie', 'century') : '';
      // "nearly one year ago" still falls in one year; "nearly a decade ago" does not.
      if (/\bago\b/.test(w) && unitMatch && n !== null && (!approx || unit === 'year' || unit === 'month' || unit === 'day')) {
        if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' || unit === 'decade') {
          raw.relative = { unit, offset: -n };
        }
      } else if (/\b(?:later|earlier|after|before)$/.test(w) && unitMatch && n !== null && !approx) {
        // "She married two years later", "six hours later": counted from the last date of the paragraph.
        const sign = /(?:later|after)$/.test(w) ? 1 : -1;
        if (unit === 'hour' || unit === 'minute' || unit === 'second') raw.relative = { unit: 'day', offset: 0, afterDated: true };
        else if (unit === 'day' || unit === 'week') raw.relative = { unit: 'day', offset: sign * n * (unit === 'week' ? 7 : 1), afterDated: true };
        else if (unit === 'month' || unit === 'year') raw.relative = { unit, offset: sign * n, afterDated: true };
      } else if (/\bfrom now$/.test(w) && unitMatch && n !== null && !approx && (unit === 'year' || unit === 'month' || unit === 'day' || unit === 'week' || unit === 'decade')) {
        // "Ten years from now": counted forward from the reference date.
        raw.relative = { unit, offset: n };
      }
      raw.approximate = approx;
    } else if (m[G.wd]) {
      raw.weekday = WEEKDAYS.indexOf(WEEKDAY_IN.exec(m[0])![0].toLowerCase());
      if (WEEKDAY_THEN_SPACE.test(m[0])) raw.kind = 'datetime'; // "Thursday afternoon"
      const t = tenseAround(text, sentenceOf(s), s, e);
      if (t) raw.tense = t;
    } else if (m[G.month]) {
      raw.month = monthNumber(/[A-Z][a-z]+$/.exec(m[0])![0]);
      // ("the lowest level since April" looks back: tenseAround reads "since" as past.)
      const t = tenseAround(text, sentenceOf(s), s, e);
      if (t) raw.tense = t;
    } else if (m[G.thatDay]) {
      raw.kind = 'relative';
      raw.relative = { unit: 'day', offset: 0, afterDated: true };
    } else if (m[G.weekend]) {
      raw.kind = 'relative'; // weekends have no single calendar value
    } else if (m[G.time] || m[G.partofday]) {
      raw.kind = 'time';
    } else if (m[G.toCome]) {
      raw.kind = 'relative'; // a vague stretch of the future: no calendar value
    } else if (m[G.dur] || m[G.durAdj] || m[G.bare] || m[G.part]) {
      raw.kind = 'duration';
    } else if (m[G.holiday]) {
      const key = m[0].toLowerCase().replace(/’/g, "'");
      if (!(key in HOLIDAYS) && !/ day$/.test(key)) continue;
      if (/ day$/.test(key) && !(key in HOLIDAYS) && !looksLikeNamedDay(m[0])) continue;
      const fixed = HOLIDAYS[key];
      if (Array.isArray(fixed)) {
        raw.holiday = { month: fixed[0], day: fixed[1] };
        const t = tenseAround(text, sentenceOf(s), s, e);
        if (t) raw.tense = t;
      } else if (fixed === 'moveable') {
        // A moveable feast ("Ramadan", "Easter"): its day is not computed, but the year contains it.
        raw.relative = { unit: 'year', offset: 0 };
      }
    } else if (m[G.year]) {
      raw.year = parseInt(m[0], 10);
    }
    out.push(raw);
    // "2020-2022": a range of years written as one word; its end year is a date too.
    if (m[G.year]) {
      const dash = e < end ? text.charCodeAt(e) : 0;
      const tail = dash === 45 /* - */ || dash === 0x2013 /* – */ ? /^[-–](\d{4})\b(?![-–]?\d)/.exec(text.slice(e, Math.min(end, e + 6))) : null;
      const y = tail ? parseInt(tail[1]!, 10) : 0;
      if (tail && y > raw.year! && y <= 2100) {
        out.push({ start: e + 1, end: e + 5, text: tail[1]!, kind: 'date', year: y });
        skipTo = e + 5;
      }
    }
    // "from May 18 to 20", "May 18-20", "November 22 and 23": the range's end is a day of the same month.
    if (m[G.full] && raw.day !== undefined && raw.year === undefined) {
      const ahead = text.slice(e, Math.min(end, e + 24));
      const tail = RANGE_END_DAY.exec(ahead) ?? SECOND_DAY.exec(ahead);
      const day = tail ? parseInt(tail[1]!, 10) : 0;
      if (tail && day > raw.day && day <= 31) {
        const at = e + tail[0].length - tail[1]!.length - (tail[2]?.length ?? 0);
        const dayEnd = at + tail[1]!.length + (tail[2]?.length ?? 0);
        out.push({ start: at, end: dayEnd, text: text.slice(at, dayEnd), kind: 'date', month: raw.month, day, ...(raw.tense ? { tense: raw.tense } : {}) });
        skipTo = dayEnd;
      }
    }
  }
  return out;
}

/**
 * "The previous day", "the next day": counted from the last day the paragraph dated before it
 * (`dated`, resolved values in text order), never across a line break.
 */
/** How a resolution says its anchor is the paragraph before: the edit path must count it again when that paragraph changes. */
export const FROM_PARAGRAPH_BEFORE = 'before';

export function resolveAfterDated(text: string, raw: RawDate, dated: readonly { end: number; value: string | null }[]): Resolved | null {
  const rel = raw.relative?.afterDated ? raw.relative : null;
  if (!rel) return null;
  // The anchor must be as precise as the count: a day for days, a month for months, a year for years.
  const precise = rel.unit === 'day' ? /^\d{4}-\d\d-\d\d$/ : rel.unit === 'month' ? /^\d{4}-\d\d/ : /^\d{4}/;
  const { offset } = rel;
  // The last date of the paragraph, else of the paragraph before ("... on September 6. ¶ The rescue
  // began the following day").
  let breaks = 0;
  let gapFrom = raw.start;
  for (let i = dated.length - 1; i >= 0; i--) {
    const d = dated[i]!;
    const gap = text.slice(d.end, gapFrom);
    if (/[\r\n]/.test(gap)) {
      // (A gap with words between two line breaks crosses a whole paragraph.)
      breaks += crossesAParagraph(gap) ? 2 : 1;
      if (breaks > 1 || rel.unit !== 'day') break;
    }
    gapFrom = d.end;
    if (!d.value || !precise.test(d.value)) continue;
    const how = `${offset === 0 ? 'the same' : `${Math.abs(offset)} ${rel.unit}${Math.abs(offset) === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'}`} ${offset === 0 ? `${rel.unit} as ` : ''}${d.value}, the last date of the paragraph${breaks ? ` ${FROM_PARAGRAPH_BEFORE}` : ''}`;
    if (rel.unit === 'day') return { value: addDays(d.value.slice(0, 10), offset), resolution: how };
    const year = parseInt(d.value.slice(0, 4), 10);
    if (rel.unit === 'year') return year + offset < 1 ? null : { value: String(year + offset).padStart(4, '0'), resolution: how };
    return { value: addMonths(year, parseInt(d.value.slice(5, 7), 10), offset), resolution: how };
  }
  return null;
}

/** Words between two line breaks of `gap`: it crosses a whole paragraph. (One pass, no backtracking pattern.) */
function crossesAParagraph(gap: string): boolean {
  let first = -1;
  let last = -1;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (first < 0) first = i;
      last = i;
    }
  }
  for (let i = first + 1; i < last; i++) if (!isRegexSpace(gap.charCodeAt(i))) return true;
  return false;
}

/**
 * "3:47 a.m. on Tuesday", "Monday at 14:30 CET": a time of a stated day has that day's value; so has
 * a time in a sentence that states one day only ("turned back on Wednesday afternoon and raised the
 * alarm at about 9 pm"). A time with no day in its sentence keeps none, as the guidelines ask.
 */
export function timesOnTheirDay(text: string, out: DateMention[]): void {
  out.forEach((d, i) => {
    if (d.kind !== 'time' || d.value !== null) return;
    const next = out[i + 1];
    const prev = out[i - 1];
    const adjacent = next && isDayValue(next.value) && /^\s*(?:on\s+|,\s*)?$/.test(text.slice(d.end, next.start)) ? next
      : prev && isDayValue(prev.value) && /^\s*(?:at\s+|,\s*)?$/.test(text.slice(prev.end, d.start)) ? prev : undefined;
    const day = adjacent ?? (isClockTime(text, d) ? onlyDayOfSentence(text, out, i) : undefined);
    if (!day) return;
    // "left on Monday evening and crashed at around 03:30": small hours after an evening are the next day's.
    const hour = /^\D*(\d{1,2})[:.]\d\d(?!\s*p)|^\D*(\d{1,2})\s*a\.?m/i.exec(d.text);
    const overnight = !adjacent && hour !== null && +(hour[1] ?? hour[2] ?? 99) < 6 && /\b(?:evening|night)\b|^tonight$/i.test(day.text);
    const value = overnight ? addDays(day.value!, 1) : day.value;
    out[i] = { ...d, value, resolution: overnight ? `small hours after ${day.text} (${day.value})` : `a time of ${day.text} (${day.value})` };
  });
}

/** Marks of the clock rather than of a race result ("won in 2:06:48"): "p.m.", a time zone, "at about". */
function isClockTime(text: string, d: DateMention): boolean {
  return /[ap]\.?m\b|[ap]\.m\.|GMT|UTC|local time|o['’]clock|past|to\s|noon|midnight/i.test(d.text)
    || /\b(?:at|around|about|by|from|until|till|before|after|shortly|just|approximately|since)\s+$/i.test(text.slice(Math.max(0, d.start - 14), d.start));
}

const SENTENCE_BREAK = /[.!?]["'”’)]*\s+["“‘(]?\p{Lu}|[\r\n]/u;

/** The one day the sentence of `out[i]` states, if it states exactly one. */
function onlyDayOfSentence(text: string, out: readonly DateMention[], i: number): DateMention | undefined {
  let found: DateMention | undefined;
  // (Read two characters into the next date: the capital that opens a sentence is its first.)
  // ("at about 9 p.m. Rescuers ...": a time's own last full stop may end the sentence.)
  const breaks = (a: DateMention, b: DateMention): boolean => SENTENCE_BREAK.test(text.slice(text.charCodeAt(a.end - 1) === 46 ? a.end - 1 : a.end, b.start + 2));
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < out.length; j += step) {
      const o = out[j]!;
      if (step < 0 ? breaks(o, out[j + 1]!) : breaks(out[j - 1]!, o)) break;
      if (!isDayValue(o.value)) continue;
      if (found && found.value !== o.value) return undefined;
      found ??= o;
    }
  }
  return found;
}

/**
 * "Today", "tomorrow" and "yesterday" inside a quotation count from when the words were said, when
 * the text dates that: a day outside quotations in the quotation's own sentence ("Speaking late on
 * Sunday, Fuentes said: “Tomorrow ...”"), or in the sentence before for words said "after the match".
 * Only days of the same paragraph are read, so the edit path resolves a paragraph alone alike.
 */
export function resolveWhenSaid(text: string, raw: readonly RawDate[], out: DateMention[], quotes: readonly Range[], lazyEventDay: () => DateMention | null = () => null, published: string | null = null): void {
  // (Read only when some words need it: most articles have no "today" said after an event.)
  let eventDay: DateMention | null | undefined;
  const quoteAt = (o: number): Range | undefined => containing(quotes, o);
  const SENTENCE_END = /[.!?]["'”’)]*\s/;
  raw.forEach((d, i) => {
    const rel = d.relative;
    if (!rel || rel.unit !== 'day' || rel.afterDated || d.kind !== 'relative') return;
    const q = quoteAt(d.start);
    if (!q) return;
    let anchor: DateMention | undefined;
    // The quotation's own sentence: a day after it, then a day before it.
    for (let j = i + 1; j < out.length && !anchor; j++) {
      const o = out[j]!;
      if (o.start < q.end || quoteAt(o.start)) continue;
      const gap = text.slice(q.end, o.start);
      if (/[\r\n]/.test(gap) || SENTENCE_END.test(gap)) break;
      if (isDayValue(o.value)) anchor = o;
    }
    // ("... said after the match." or "... said after the hearing: “...”")
    const leadIn = text.slice(Math.max(0, q.start - 80), q.start).split(/[.!?]/).pop() ?? '';
    const afterMatch = AFTER_THE_EVENT.test(text.slice(q.end, q.end + 80).split(/[.!?]/)[0] ?? '') || AFTER_THE_EVENT.test(leadIn);
    // ("Outside the courtroom, residents sang as he emerged. “Today the court has said ...”")
    const paragraphStart = Math.max(text.lastIndexOf('\n', q.start) + 1, q.start - 600);
    const afterTheEvent = afterMatch || AT_THE_EVENT.test(text.slice(paragraphStart, q.start));
    for (let j = i - 1; j >= 0 && !anchor; j--) {
      const o = out[j]!;
      if (o.end > q.start || quoteAt(o.start)) continue;
      const gap = text.slice(o.end, q.start);
      if (/[\r\n]/.test(gap)) break;
      const ends = gap.split(SENTENCE_END).length - 1;
      // ('"...," Vörös told reporters on Sunday afternoon, standing there. "A police officer said to me
      // this morning ..."': the day of an attribution carries to the next sentence of the same speech.)
      const attributedDay = ends === 1 && SAID_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start).split(/[.!?]\s/).pop() ?? '');
      if (ends > (afterMatch || attributedDay ? 1 : 0)) break;
      if (isDayValue(o.value)) anchor = o;
    }
    // Words said after the event, with no day in their paragraph: the day the lead gives the event
    // ('Balasubramanian won the Open on Sunday ... ¶ “Today I did not play my best chess,” he said after the game').
    // Words of today's story said on the day its lead gives the event, a day or a few before the
    // reference date ("The bank cut rates on Wednesday ... ¶ “We are acting today,” the governor
    // told a news conference"): news quotes the event, not the day it is written up. Only "today",
    // "tonight", "this morning": "tomorrow" said on publication day about what comes is as common.
    const eventTheDayBefore = rel.offset === 0 && published !== null;
    if (!anchor && (afterTheEvent || eventTheDayBefore)) {
      if (eventDay === undefined) eventDay = lazyEventDay();
      if (eventDay && eventDay.end <= paragraphStart && (afterTheEvent || isShortlyBefore(eventDay.value!, published!))) anchor = eventDay;
    }
    if (!anchor) return;
    const value = addDays(anchor.value!, rel.offset);
    out[i] = { ...out[i]!, value, resolution: `${rel.offset === 0 ? 'the day' : `${Math.abs(rel.offset)} day ${rel.offset < 0 ? 'before' : 'after'} the day`} the words were said (${anchor.text}, ${anchor.value})` };
  });
}

/** A day one to seven days before the reference date: the news event an article written up later reports. */
function isShortlyBefore(day: string, published: string): boolean {
  const days = daysFromReference(published, parseInt(day.slice(0, 4), 10), parseInt(day.slice(5, 7), 10), parseInt(day.slice(8, 10), 10));
  return days >= -7 && days < 0;
}

/** Whole days from the reference date to a day of the calendar (negative before it). */
function daysFromReference(reference: string, year: number, month: number, day: number): number {
  const ref = Date.UTC(parseInt(reference.slice(0, 4), 10), parseInt(reference.slice(5, 7), 10) - 1, parseInt(reference.slice(8, 10), 10));
  return (Date.UTC(year, month - 1, day) - ref) / DAY_MS;
}

/** A speech verb before a day in the sentence that attributes a quotation ("told reporters on Sunday"). */
const SAID_BEFORE = /["”’]\s*,?\s[^"“”]*\b(?:said|says|told|tells|added|stated)\b/i;
/** "said after the match", "told reporters after the game": words said on the day of the event before them. */
const AFTER_THE_EVENT = /\b(?:after\s+(?:the|his|her|their|its|a|an)\s+(?:\p{L}+\s+)?(?:match|game|race|fight|bout|final|semi-final|semifinal|win|victory|defeat|loss|draw|stage|round|vote|ceremony|meeting|hearing|verdict|ruling|judgment|judgement|launch|landing)|after\s+the\s+(?:final\s+)?whistle|afterwards?)\b/iu;
/** Where words are said on the day of the event: "after the game" anywhere before them in the paragraph, "outside the courtroom". */
const AT_THE_EVENT = new RegExp(`${AFTER_THE_EVENT.source}|\\boutside\\s+(?:the\\s+)?(?:court|courtroom|courthouse|tribunal|stadium|ground|arena|venue)\\b`
  + `|\\bat\\s+the\\s+(?:finish(?:\\s+line)?|podium|scene)\\b|\\bin\\s+(?:her|his|their|a)\\s+(?:acceptance|victory|concession)\\s+speech\\b`, 'iu');

/** How much of a text's opening is read for its lead. */
const LEAD_READ = 3000;

/**
 * The day the lead says its news happened: the first day outside quotations in the first paragraphs
 * (headline, dateline, lead), not the dateline itself, and not after the reference date.
 */
export function leadEventDay(text: string, dates: readonly DateMention[], published: string | null): DateMention | null {
  // (The first three paragraphs, read from the opening of the text alone, so that a full analysis and a
  // fast edit, which has no paragraph list of the whole text, find the same.)
  const opening = text.slice(0, LEAD_READ);
  const paragraphs = splitParagraphs(opening);
  const leadEnd = paragraphs.length >= 3 && paragraphs[2]!.end < opening.length ? paragraphs[2]!.end : text.length;
  // (Read the same way from a full analysis's dates and a fast edit's: no times, whose values an
  // analysis adds after this is asked, and quotation marks read from the text itself.)
  for (const d of dates) {
    if (d.start >= leadEnd) return null;
    if (d.kind === 'time' || !isDayValue(d.value)) continue;
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    if (openingQuoteBefore(text, lineStart, d.start) >= 0) continue;
    // (The dateline is a paragraph of its own.)
    const lineEnd = text.indexOf('\n', d.end);
    if (text.slice(lineStart, d.start).trim() === '' && text.slice(d.end, lineEnd < 0 ? text.length : lineEnd).trim() === '') continue;
    return published === null || d.value! <= published ? d : null;
  }
  return null;
}

/** Tense of the clause around a date without a year: future markers first, then past verbs, else unknown. */
function tenseAround(text: string, sentence: { start: number; end: number }, s: number, e: number): 'past' | 'future' | undefined {
  // "all results since March 18", "closed since Monday": what has lasted since a day began before it.
  // (Not the "since" of a reason, which opens its clause: "Since June 1 is a public holiday, the vote moves".)
  if (text.charCodeAt(s - 1) === 32 && /\bsince $/i.test(text.slice(Math.max(sentence.start, s - 7), s))) {
    const opensClause = /(?:^|,)\s*$/.test(text.slice(sentence.start, s - 6));
    if (!opensClause || !/^\s+(?:is|was|falls|fell|will|would|marks|marked|coincides)\b/.test(text.slice(e, e + 12))) return 'past';
  }
  // "until Thursday at the earliest": a day no sooner than which something may happen is to come.
  if (text.charCodeAt(e) === 32 && /^ at the earliest\b/i.test(text.slice(e, e + 17))) return 'future';
  // The marker nearest the date wins: the last one before it in its clause ("a plan to build ...
  // divided the council on Wednesday" is past; "said a vote would take place on May 6" is future).
  const before = text.slice(Math.max(sentence.start, s - 80), s);
  // A date inside a quotation takes the tense of the quoted words, not of "he said" around them.
  const quoteCut = openingQuoteBefore(text, sentence.start, s) - (s - before.length) - 1;
  let comma = lastClauseComma(before, before.length);
  // ("would hold a meeting in Harrowgate Mills, the largest town in his district, on Saturday": past an
  // apposition, the clause it interrupts.)
  if (comma > 0 && !APPOSITION_AFTER_COMMA.test(before.slice(comma + 1))) {
    const previous = lastClauseComma(before, comma);
    if (previous >= 0 && APPOSITION_AFTER_COMMA.test(before.slice(previous + 1, comma)) && !hasTenseMarker(before.slice(comma + 1).toLowerCase())) comma = lastClauseComma(before, previous);
  }
  const cut = Math.max(comma, quoteCut);
  const lead = (cut >= 0 ? before.slice(cut + 1) : before).toLowerCase();
  // What is put off until a day is still to come: "adjourned the hearing until Tuesday".
  if (lead.includes('til') && (DEFERRED_UNTIL.test(lead) || FROM_NOW_UNTIL.test(lead))) return 'future';
  // '"until Friday, maybe longer"': a quotation that opens on "until" a day waits for it.
  if (quoteCut >= 0 && cut === quoteCut && /^\s*(?:until|till)\s+$/.test(lead)) return 'future';
  // "has called a second march for November 12": what is called for a day is to come.
  if ((lead.endsWith('for ') || lead.endsWith('on ')) && CALLED_FOR.test(lead)) return 'future';
  // "had been planned for Friday" is a plan that is over: the pluperfect is past.
  // ("faster than we expected in August": a comparison with what was expected looks back.)
  const f = lastIndexOf(FUTURE_G, lead, (at) => !/\bhad\s+been\s+$/.test(lead.slice(0, at))
    && !(/^[a-z]+ed\b/.test(lead.slice(at, at + 12)) && /\b(?:(?:than|as)(?:\s+(?:we|i|they|he|she|you|anyone|many|most|some|analysts|economists))?|had)\s+$/.test(lead.slice(0, at))));
  // "to be held" is no past; nor is an -ed word after an article ("an updated plan", "its revised budget").
  // Nor is a past that is also a base form, after "to" or a modal ("expected to last until June", "hope to beat").
  // ("will remain closed until May 1": a participle after a verb of state is no past either.)
  const p = lastIndexOf(pastMarkers(lead), lead, (at) => !endsWithModifier(lead.slice(0, at))
    && !(BASE_FORM_TOO.test(lead.slice(at, at + 5)) && /\b(?:to|will|would|could|may|might|should|must|can|cannot)\s+$/.test(lead.slice(0, at))));
  // "which had been due to take place on May 11, has been postponed": a plan that was made says nothing
  // of whether its day has passed (the nearest such day, for a month or a day of a month).
  if (f < 0 && p >= 0 && lead.includes('had been') && lastIndexOf(FUTURE_G, lead) > p - 12) return undefined;
  // ("said the town's population rises to 30,000 in August": a present after the verb of saying is what
  // was said, and says nothing of whether the date has passed.)
  if (p > f && SAID_AT.test(lead.slice(p, p + 8))) {
    if (PRESENT_AFTER_SAID.test(lead.slice(p + 4))) return undefined;
    // ("said strike dates for March would be announced": the reported clause's own verb, right after the date.)
    const reported = SUBJECT_VERB_AFTER.exec(text.slice(e, Math.min(sentence.end, e + 40)));
    if (reported) return reported[1] ? 'past' : 'future';
  }
  // A word both lists know ("scheduled", "planned") is the future one.
  if (f >= 0 || p >= 0) return f >= p ? 'future' : 'past';
  // The date's own clause in the scheduled present wins over what follows ("who is sworn in on Monday, has said he will ...",
  // "The championship moves on to Jerez on May 5, a race he has never won").
  // A date inside the subject takes the tense of the verb right after it: "trial runs in October were halted"
  // ("runs" is no schedule there).
  const rest = text.slice(e, Math.min(sentence.end, e + 100)).replace(/^\s*,/, '');
  const verbAfter = SUBJECT_VERB_AFTER.exec(rest);
  if (verbAfter) return verbAfter[1] ? 'past' : 'future';
  if (SCHEDULED_BEFORE_DATE.test(lead) || SCHEDULED.test(lead)) return 'future';
  // A fronted date ("In February, the agency said ...") takes the tense of the clause after its comma.
  // A relative clause is another clause: "eleven days before an election in which he is the challenger".
  const clauseEnd = rest.search(CLAUSE_END);
  const tail = (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)).toLowerCase();
  const tf = firstIndexOf(FUTURE_G, tail);
  const tp = firstIndexOf(pastMarkers(tail), tail);
  // News writes what is scheduled in the present tense: "Talks resume on Tuesday", "The vote is on Sunday".
  if (tf < 0 && tp < 0) return SCHEDULED.test(tail) || STARTING_ON.test(lead) ? 'future' : undefined;
  if (tf < 0) return 'past';
  if (tp < 0) return 'future';
  // (A word both lists know, "scheduled", is the future one, as before the date.)
  return tf <= tp ? 'future' : 'past';
}

/** The last comma before `end` that ends a clause: not one inside a number ("1,140 signatures"). */
function lastClauseComma(s: string, end: number): number {
  let i = s.lastIndexOf(',', end - 1);
  while (i > 0 && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) i = s.lastIndexOf(',', i - 1);
  return i;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What follows a comma in an apposition: "the largest town in his district", "a village near Trento". */
const APPOSITION_AFTER_COMMA = /^\s*(?:the|a|an)\s[^,]{3,60}$/i;
function hasTenseMarker(lead: string): boolean {
  return firstIndexOf(FUTURE_G, lead) >= 0 || firstIndexOf(pastMarkers(lead), lead) >= 0;
}

const SAID_AT = /^(?:said|told|added|stated)\b/;
/** A present verb of state or change in a reported clause: "rises", "is", "remains". */
const PRESENT_AFTER_SAID = /\b(?:is|are|remains|stays|rises|falls|grows|swells|doubles|triples|peaks|lasts)\b/;

/** Where the clause after a date ends. */
const CLAUSE_END = /[,;"“”]|\b(?:and|but|which|who|whom|whose|where)\b/;

/** Words after which an -ed word is no past: "be", an article or possessive, a verb of state ("remain closed"). */
const MODIFIER_BEFORE = /\b(?:be(?:ing|en)?(?:\s+\p{L}+ly)?|an?|the|its|their|his|her|our|a\s+new|long|stays?|remains?|keeps?|get|gets)[\s-]+$/u;
function endsWithModifier(s: string): boolean {
  return endsWithWord(MODIFIER_BEFORE, s); // ("Peña left" is past)
}

/** Just after the quotation mark that opens the quotation holding offset `at` in its sentence, or -1. */
function openingQuoteBefore(text: string, from: number, at: number): number {
  let open = -1;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i + 1;
    else if (c === 0x201d) open = -1;
    else if (c === 34) open = open < 0 ? i + 1 : -1;
  }
  return open;
}

/** Where the last match of `re` in `s` that `accept` takes starts, or -1. */
function lastIndexOf(re: RegExp, s: string, accept?: (at: number) => boolean): number {
  re.lastIndex = 0;
  let last = -1;
  // (Only the last accepted match counts: find them all, then ask `accept` from the last one back.)
  let earlier: number[] | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (last >= 0 && accept) (earlier ??= []).push(last);
    last = m.index;
  }
  if (last < 0 || !accept || accept(last)) return last;
  if (earlier) for (let i = earlier.length - 1; i >= 0; i--) if (accept(earlier[i]!)) return earlier[i]!;
  return -1;
}

function firstIndexOf(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** "X Day" is a named day when X is not a person's or a product's name: one or two capitalised words. */
function looksLikeNamedDay(s: string): boolean {
  return !/^(?:The|A|On|In|Every|Each|That|This|Next|Last|One|Day)\s/.test(s);
}

function monthNumber(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const w = s.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  return i >= 0 ? i + 1 : MONTH_ABBREVIATIONS[w];
}

function parseCount(s: string): number | null {
  // "1,200 years ago" is twelve hundred; "2.5 years ago" names no whole count.
  const digits = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/.exec(s);
  if (digits) return digits[0].includes('.') ? null : parseInt(digits[0].replace(/,/g, ''), 10);
  let total = 0;
  for (const w of s.replace(/[[\]]/g, '').split(/[\s-]+/)) {
    const v = NUMBER_WORDS[w];
    if (v !== undefined && w !== 'a' && w !== 'an') total += v;
    else if ((w === 'a' || w === 'an') && total === 0) total = 1;
  }
  return total > 0 ? total : null;
}

// ---- resolution -------------------------------------------------------------------------------

export interface Resolved {
  value: string | null;
  resolution: string;
  candidateYears?: number[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const DAY_MS = 86400000;

function weekdayOf(y: number, m: number, d: number): number {
  // (Read from the day count, as Date does, without building a Date: 1 January 1970 was a Thursday.)
  const t = Date.UTC(y, m - 1, d);
  if (!(Math.abs(t) <= 8.64e15)) return NaN; // no such time: an invalid Date's weekday
  return ((Math.floor(t / DAY_MS) % 7) + 11) % 7;
}

/** YYYY-MM of the month `n` months after the given one. */
function addMonths(year: number, month: number, n: number): string {
  const total = year * 12 + (month - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** A day's value (YYYY-MM-DD), not a month's or a year's. */
const isDayValue = (v: string | null): v is string => v !== null && /^\d{4}-\d\d-\d\d$/.test(v);

function addDays(ref: string, n: number): string {
  // (A valid day of a year from 100 on is counted from its numbers; parsing the date string costs more.
  // Date.UTC reads the years 0-99 as 1900-1999, and Date's parser takes "2015-02-30" for March 2.)
  if (ref.length === 10 && ISO_DAY.test(ref)) {
    const y = parseInt(ref.slice(0, 4), 10);
    const m = parseInt(ref.slice(5, 7), 10);
    const d = parseInt(ref.slice(8, 10), 10);
    if (y >= 100 && validDay(y, m, d)) return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  }
  const t = new Date(`${ref}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

function validDay(y: number, m: number, d: number): boolean {
  // (An integer day of a year from 100 to 9999 is checked by the calendar's rule, without building a Date.)
  if (y >= 100 && y <= 9999 && m >= 1 && m <= 12 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) return d >= 1 && d <= daysInMonth(y, m);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Days in month `m` (1-12) of year `y` of the Gregorian calendar, as Date counts them. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Resolve one expression against the reference date (YYYY-MM-DD or null). `nowYear` bounds the
 * candidate years offered when the year is not written and no reference exists.
 */
export function resolveDate(raw: RawDate, reference: string | null, nowYear: number, anchorYear: number | null = null): Resolved {
  const refYear = reference ? parseInt(reference.slice(0, 4), 10) : null;
  const refMonth = reference ? parseInt(reference.slice(5, 7), 10) : null;
  if (raw.kind === 'duration' || raw.kind === 'time') return { value: null, resolution: raw.kind === 'duration' ? 'a duration has no calendar value' : 'a time of day without a stated day' };

  if (raw.month !== undefined && raw.day !== undefined) {
    if (raw.year !== undefined) {
      if (!validDay(raw.year, raw.month, raw.day)) return { value: null, resolution: 'no such calendar day' };
      const value = iso(raw.year, raw.month, raw.day);
      const check = raw.weekday !== undefined && weekdayOf(raw.year, raw.month, raw.day) !== raw.weekday ? ` (the written weekday does not match: ${WEEKDAYS[weekdayOf(raw.year, raw.month, raw.day)]})` : '';
      return { value, resolution: `written in full${check}` };
    }
    if (refYear !== null && reference) {
      // (Not a holiday's day: "the market was busy at Christmas", said on December 10, is last year's.)
      const year = yearByTense(reference, raw.month, raw.day, raw.tense, false, true);
      const how = year === refYear && raw.tense === 'past' && isWithinAMonthAfter(reference, raw.month, raw.day)
        ? `less than a month after the reference date ${reference}: a deadline or plan, whatever the tense`
        : year === refYear ? `the year of the reference date ${reference}` : `${raw.tense ?? 'no'} tense: the ${year > refYear ? 'next' : 'last'} ${cap(MONTHS[raw.month - 1]!)} ${raw.day} ${year > refYear ? 'after' : 'before'} the reference date ${reference}`;
      return { value: iso(year, raw.month, raw.day), resolution: `no year written: ${how}` };
    }
    if (anchorYear !== null) {
      return { value: iso(anchorYear, raw.month, raw.day), resolution: `no year written and no reference date: the year of the full date the text gives (${anchorYear})` };
    }
    const candidates = candidateYears(raw.month, raw.day, raw.weekday, nowYear);
    return {
      value: null,
      resolution: raw.weekday !== undefined ? 'no year written and no reference date: the weekday narrows the candidate years' : 'no year written and no reference date',
      ...(raw.weekday !== undefined ? { candidateYears: candidates } : {}),
    };
  }
  if (raw.holiday) {
    if (raw.year !== undefined) return { value: iso(raw.year, raw.holiday.month, raw.holiday.day), resolution: 'fixed-date holiday' };
    if (refYear !== null && reference && raw.tense) {
      const year = yearByTense(reference, raw.holiday.month, raw.holiday.day, raw.tense);
      return { value: iso(year, raw.holiday.month, raw.holiday.day), resolution: `fixed-date holiday, ${raw.tense} tense: the ${year > refYear ? 'next' : year < refYear ? 'last' : 'one'} ${year === refYear ? 'in the year of' : year > refYear ? 'after' : 'before'} the reference date ${reference}` };
    }
    if (refYear !== null) return { value: iso(refYear, raw.holiday.month, raw.holiday.day), resolution: `fixed-date holiday in the year of the reference date ${reference}` };
    return { value: null, resolution: 'fixed-date holiday, no year known' };
  }
  if (raw.month !== undefined && raw.year !== undefined) return { value: `${raw.year}-${pad(raw.month)}`, resolution: 'month and year written' };
  if (raw.month !== undefined) {
    if (refYear === null) {
      if (anchorYear !== null && !raw.relative) return { value: `${anchorYear}-${pad(raw.month)}`, resolution: `month in the year of the full date the text gives (${anchorYear})` };
      return { value: null, resolution: 'month without a year and no reference date' };
    }
    // "last March" is the latest March before the reference, "next March" the first after it.
    const { offset } = raw.relative ?? { offset: 0 };
    const year = !raw.relative ? yearByTense(reference!, raw.month, 1, raw.tense, true)
      : raw.nearest && ((offset === -1 && raw.month < refMonth!) || (offset === 1 && raw.month > refMonth!)) ? refYear : refYear + offset;
    // (Said as it was found: "the latest June before the reference date", not "the year of" it.)
    const resolution = year === refYear ? `month in the year of the reference date ${reference}`
      : `${raw.relative ? 'relative word' : `${raw.tense ?? 'no'} tense`}: the ${year < refYear ? 'latest' : 'next'} such month ${year < refYear ? 'before' : 'after'} the reference date ${reference}`;
    return { value: `${year}-${pad(raw.month)}`, resolution };
  }
  if (raw.year !== undefined) return { value: String(raw.year), resolution: 'year written' };
  if (raw.weekday !== undefined) {
    if (!reference) return { value: null, resolution: 'weekday with no reference date' };
    const refDow = weekdayOf(refYear!, refMonth!, parseInt(reference.slice(8, 10), 10));
    if (raw.tense === 'future') {
      const ahead = ((raw.weekday - refDow + 7) % 7) || 7; // "next Monday" said on a Monday is a week away
      return { value: addDays(reference, ahead), resolution: `future tense: the next ${cap(WEEKDAYS[raw.weekday]!)} after the reference date ${reference}` };
    }
    // The reference date's own weekday is that day: news says "on Thursday" for today.
    const back = (refDow - raw.weekday + 7) % 7;
    if (back === 0) return { value: reference, resolution: `the weekday of the reference date ${reference}` };
    return { value: addDays(reference, -back), resolution: `past tense: the last ${cap(WEEKDAYS[raw.weekday]!)} before the reference date ${reference}` };
  }
  // "down from ¥53.6 billion a year earlier": with no date in the paragraph, a year or a month earlier
  // than the reference (the comparison news makes); days, "later" and "two years earlier" (a story's
  // past: "had been removed as chief two years earlier") need the event they count from.
  if (raw.relative?.afterDated && reference && ((raw.relative.offset === -1 && (raw.relative.unit === 'year' || raw.relative.unit === 'month') && /\bearlier$/i.test(raw.text))
    || (raw.relative.unit === 'year' && raw.relative.offset > 0 && !/\blater$/i.test(raw.text)))) {
    return resolveDate({ ...raw, relative: { unit: raw.relative.unit, offset: raw.relative.offset } }, reference, nowYear, anchorYear);
  }
  if (raw.relative?.afterDated) return { value: null, resolution: 'counted from an event the paragraph does not date' };
  if (raw.relative) {
    if (!reference) return { value: null, resolution: 'relative expression with no reference date' };
    const { unit, offset } = raw.relative;
    if (unit === 'day') return { value: addDays(reference, offset), resolution: `${offset === 0 ? 'the reference date' : `${Math.abs(offset)} day(s) ${offset < 0 ? 'before' : 'after'} the reference date`} ${reference}` };
    if (unit === 'year') {
      let year = refYear! + offset;
      if (raw.season && raw.tense === 'future' && offset === 0 && raw.season.last < refMonth!) year++;
      if (raw.season && ((offset === -1 && raw.season.last < refMonth!) || (offset === 1 && raw.season.first > refMonth!))) year = refYear!;
      if (year < 1) return { value: null, resolution: 'before the first year of the calendar' };
      if (year !== refYear! + offset) {
        const how = offset < 0 ? 'the latest such season before' : offset > 0 ? 'the first such season after' : 'future tense: the next such season after';
        return { value: String(year), resolution: `${how} the reference date ${reference}` };
      }
      return { value: String(year).padStart(4, '0'), resolution: `year ${offset === 0 ? 'of' : `${offset > 0 ? '+' : ''}${offset} from`} the reference date ${reference}` };
    }
    if (unit === 'decade' && offset !== 0) return { value: String(refYear! + offset * 10), resolution: `${-offset * 10} years before the reference date ${reference}` };
    if (unit === 'month') {
      return { value: addMonths(refYear!, refMonth!, offset), resolution: `month ${offset === 0 ? 'of' : `${offset > 0 ? '+' : ''}${offset} from`} the reference date ${reference}` };
    }
    return { value: null, resolution: 'weeks have no single calendar value' };
  }
  if (raw.approximate) return { value: null, resolution: 'approximate: no single calendar value' };
  return { value: null, resolution: 'not resolvable to a calendar day, month or year' };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The year of a month (and day) written without one: in a past-tense clause the last such day on or
 * before the reference date, in a future-tense one the next on or after it (a year-in-review
 * published in January speaks of the October before); with no tense shown, the nearest one.
 */
function yearByTense(reference: string, month: number, day: number, tense: 'past' | 'future' | undefined, wholeMonth = false, soonIsAhead = false): number {
  const refYear = parseInt(reference.slice(0, 4), 10);
  const refMonth = parseInt(reference.slice(5, 7), 10);
  const refDay = parseInt(reference.slice(8, 10), 10);
  const after = wholeMonth ? month > refMonth : month > refMonth || (month === refMonth && day > refDay);
  const before = wholeMonth ? month < refMonth : month < refMonth || (month === refMonth && day < refDay);
  if (tense === 'past' && after && !(soonIsAhead && isWithinAMonthAfter(reference, month, day))) return refYear - 1;
  if (tense === 'future' && before) return refYear + 1;
  if (tense === undefined) {
    // Nearest: more than eight months away in one direction is closer in the neighbouring year.
    const ref = Date.UTC(refYear, refMonth - 1, refDay);
    const at = Date.UTC(refYear, month - 1, wholeMonth ? 15 : day);
    const limit = 245 * 86400000;
    if (at - ref > limit) return refYear - 1;
    if (ref - at > limit) return refYear + 1;
  }
  return refYear;
}

/**
 * A day of the reference date's year less than a month after it. Written without a year next to a
 * past verb it is still that day: a deadline or plan reported in the past ("unless a ransom was paid
 * by February 25", "proposals received before February 13"), since news gives a day eleven months
 * back its year or "last". (The probe gold reads 95 of 98 such days ahead, and the three
 * others more than a month ahead.)
 */
function isWithinAMonthAfter(reference: string, month: number, day: number): boolean {
  const days = daysFromReference(reference, parseInt(reference.slice(0, 4), 10), month, day);
  return days > 0 && days <= 31;
}

function candidateYears(month: number, day: number, weekday: number | undefined, nowYear: number): number[] {
  const out: number[] = [];
  for (let y = nowYear - 15; y <= nowYear + 1; y++) {
    if (!validDay(y, month, day)) continue;
    if (weekday === undefined || weekdayOf(y, month, day) === weekday) out.push(y);
  }
  return out;
}
