// The analyser's output. Offsets here are UTF-16 code units into the JavaScript string (what LSP
// counts); `contract.ts` converts them to the code points of the annotations JSON in one pass.

export interface Span {
  /** UTF-16 offset, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  text: string;
}

export interface Person {
  /** Stable within one document: `person:` + slug of the canonical name. */
  id: string;
  /** The fullest form in the text. */
  name: string;
  /** Other surface forms linked to this person (spelling variants, surname alone). */
  aliases: string[];
  /** Titles and appositives found next to mentions ("Russian Foreign Minister"). */
  roles: string[];
  mentions: Span[];
}

export type DateKind = 'date' | 'time' | 'datetime' | 'duration' | 'range' | 'relative';

export interface DateMention extends Span {
  kind: DateKind;
  /** ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, or a time), or null when it cannot be resolved. */
  value: string | null;
  /** A sentence for people: how the value was obtained ("weekday before the reference date 2020-01-13"). */
  resolution: string;
  /** When the year was not written: the years in which the written day falls on the written weekday. */
  candidateYears?: number[];
}

export interface Quote extends Span {
  /** `quote:N`, numbered in document order. */
  id: string;
  /** The id of a person in `people`, or null when the source is not a person or is unknown. */
  speaker: string | null;
  /** The source as written near the quote ("the spokesman", "the draft agreement"), or null. */
  source: string | null;
  /** The attribution verb or phrase ("said", "according to"), or null. */
  cue: string | null;
}

export type ClaimStatus = 'verified' | 'disputed' | 'pending';
export type ClaimOrigin = 'detected' | 'user';

export interface Claim extends Span {
  /** `claim:N` for detected claims; user claims keep the id the store gave them. */
  id: string;
  status: ClaimStatus;
  origin: ClaimOrigin;
  /** The phrase that set a detected status ("despite its denials"), or null. */
  cue: string | null;
  /** Where the cue stands in the text, so an editor can show it. */
  cueSpan?: { start: number; end: number } | null;
  /** The id of the quote this claim is, or null. */
  quote: string | null;
  note: string | null;
  /** ISO time a person last set the status, or null. */
  updated: string | null;
}

export type ReferenceSource = 'caller' | 'dateline' | 'text' | 'none';

export interface Analysis {
  /** The reference date used for relative dates (YYYY-MM-DD), or null. */
  published: string | null;
  /** Where `published` came from. */
  publishedSource: ReferenceSource;
  /** Without a reference date: the year of the first full date the text writes, which dates without a year take. */
  anchorYear?: number | null;
  people: Person[];
  dates: DateMention[];
  quotes: Quote[];
  claims: Claim[];
}

export interface AnalysisOptions {
  /** Reference date (YYYY-MM-DD) given by the caller; wins over a date found in the text. */
  published?: string | null;
  /** The current year, which bounds the candidate years offered for a date written without one. Defaults to the clock's. */
  nowYear?: number;
}
