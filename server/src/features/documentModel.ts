// One analysed snapshot of an open article: the analysis with the user's tags laid over it, and
// the lookup structures every feature reads. Built once per analysis, never mutated afterwards,
// so a request may keep using the snapshot it started with while a newer one is built.
import type { Analysis, Claim, DateMention, Person, Quote, Span } from '../analysis/types';
import type { OrphanedTag } from '../store';
import { LineIndex } from './lineIndex';
import { SpanIndex } from './spanIndex';
import { spliceTokenCache } from './tokenSplice';

export interface MentionRef {
  start: number;
  end: number;
  person: Person;
}

export interface DocumentModel {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  analysis: Analysis;
  /** Why the text was not analysed (binary, over the size limit, analyser failure), or null. */
  skipped: string | null;
  /** Why the sidecar could not be read (names the file), or null. */
  sidecarError: string | null;
  orphaned: OrphanedTag[];
  /** Who set each user claim (by claim id). */
  setBy: Map<string, string | null>;
  personById: Map<string, Person>;
  quoteById: Map<string, Quote>;
  claimById: Map<string, Claim>;
  /** Quotes by speaker id and the claim of each quote, so a hover does no scanning. */
  quotesBySpeaker: Map<string, Quote[]>;
  claimByQuote: Map<string, Claim>;
  mentions: SpanIndex<MentionRef>;
  dates: SpanIndex<DateMention>;
  quotes: SpanIndex<Quote>;
  claims: SpanIndex<Claim>;
  /** Mentions standing as the attributed speaker of a quote (for the `speaker` token type). */
  speakerMentions: ReadonlySet<Span>;
  /** Filled by semanticTokens.ts on first use, so tokens are computed once per analysis. */
  tokenCache?: unknown;
  /**
   * Made by the fast path after an edit (analysis/incremental.ts) rather than by a full analysis:
   * good for answering requests at once, but the full analysis must still run.
   */
  provisional?: boolean;
}

export interface ModelInput {
  uri: string;
  version: number;
  text: string;
  analysis: Analysis;
  skipped: string | null;
  sidecarError: string | null;
  orphaned: OrphanedTag[];
  setBy: Map<string, string | null>;
}

/**
 * The lookup structures are built on first use: after a keystroke in a large article the editor
 * asks for semantic tokens (which need none of them when spliced) long before it asks for a hover.
 */
export function buildModel(input: ModelInput, lines?: LineIndex): DocumentModel {
  const { analysis } = input;
  const model = { ...input } as DocumentModel;
  lazy(model, 'lines', () => lines ?? new LineIndex(input.text));
  lazy(model, 'personById', () => new Map(analysis.people.map((p) => [p.id, p])));
  lazy(model, 'quoteById', () => new Map(analysis.quotes.map((q) => [q.id, q])));
  lazy(model, 'claimById', () => new Map(analysis.claims.map((c) => [c.id, c])));
  lazy(model, 'quotesBySpeaker', () => groupBy(analysis.quotes, (q) => q.speaker));
  lazy(model, 'claimByQuote', () => new Map(analysis.claims.flatMap((c) => (c.quote ? [[c.quote, c] as const] : []))));
  lazy(model, 'mentions', () => {
    const refs: MentionRef[] = [];
    for (const person of analysis.people) for (const m of person.mentions) refs.push({ start: m.start, end: m.end, person });
    return new SpanIndex(refs);
  });
  lazy(model, 'dates', () => new SpanIndex(analysis.dates));
  lazy(model, 'quotes', () => new SpanIndex(analysis.quotes));
  lazy(model, 'claims', () => new SpanIndex(analysis.claims));
  lazy(model, 'speakerMentions', () => speakerMentionsOf(analysis.quotes, analysis.people));
  return model;
}

/** A property computed on first read, then kept (the model never changes, so neither does it). */
function lazy<K extends keyof DocumentModel>(model: DocumentModel, key: K, compute: () => DocumentModel[K]): void {
  Object.defineProperty(model, key, {
    configurable: true,
    enumerable: true,
    get(): DocumentModel[K] {
      const value = compute();
      Object.defineProperty(model, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

/**
 * The model after an edit handled by the fast path: `changed` is the stretch of the new text whose
 * annotations may differ from the previous model's (shifted). The previous semantic tokens are
 * reused outside it, so that the tokens of a keystroke cost a paragraph, not the article.
 * `lines`, when given, is the line index of the new text (kept across the edit by the caller).
 */
export function editedModel(previous: DocumentModel | null, input: ModelInput, changed: { start: number; end: number } | null, lines?: LineIndex): DocumentModel {
  const model = buildModel(input, lines);
  model.provisional = true;
  if (previous && changed) {
    const cache = spliceTokenCache(previous.tokenCache, model, changed, (analysis) => buildModel({ ...input, analysis }, model.lines));
    if (cache) model.tokenCache = cache;
  }
  return model;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * For each quote with a speaker, that person's mention nearest the quote (the attribution). Read
 * from the speaker's own mentions, not from the index of every mention: semantic tokens need only
 * these, and the index (an object per mention, kept per open article) is then built only on hover.
 */
function speakerMentionsOf(quotes: readonly Quote[], people: readonly Person[]): Set<Span> {
  const out = new Set<Span>();
  let byId: Map<string, Person> | null = null;
  const REACH = 300; // attributions stand next to their quote, within a sentence or two
  for (const q of quotes) {
    if (!q.speaker) continue;
    byId ??= new Map(people.map((p) => [p.id, p]));
    const person = byId.get(q.speaker);
    if (!person) continue;
    const from = Math.max(0, q.start - REACH);
    const to = q.end + REACH;
    let best: Span | null = null;
    let bestDistance = Infinity;
    // (In text order, so that of two mentions as near, the earlier wins.)
    for (const m of person.mentions) {
      if (m.end <= from || m.start >= to) continue;
      const d = m.start >= q.end ? m.start - q.end : m.end <= q.start ? q.start - m.end : 0;
      if (d < bestDistance || (d === bestDistance && best !== null && m.start < best.start)) {
        best = m;
        bestDistance = d;
      }
    }
    if (best) out.add(best);
  }
  return out;
}

/** The innermost claim at an offset (also at its very end, where a cursor after the full stop sits). */
export function claimAt(model: DocumentModel, offset: number): Claim | undefined {
  return model.claims.at(offset, true)[0];
}
