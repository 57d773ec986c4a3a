// The annotations JSON, version 1 (schemas/annotations.schema.json): the shape every export has.
// Offsets become code points here, in one place, so nothing else has to think about it.
import { createOffsetMapper } from './offsets';
import type { Analysis, Claim, DateKind, Span } from './types';

export interface ContractSpan { start: number; end: number; text: string }

export interface Annotations {
  version: 1;
  generator: string;
  document: { uri: string; sha256: string; length: number; published: string | null };
  people: { id: string; name: string; aliases: string[]; roles: string[]; mentions: ContractSpan[] }[];
  dates: (ContractSpan & { kind: DateKind; value: string | null })[];
  quotes: (ContractSpan & { id: string; speaker: string | null; source: string | null; cue: string | null })[];
  claims: (ContractSpan & Omit<Claim, keyof Span | 'cueSpan'>)[];
}

export interface ErrorLine {
  version: 1;
  document: { uri: string };
  error: string;
}

export const GENERATOR_NAME = 'factmark';

export interface DocumentMeta {
  uri: string;
  sha256: string;
  generator: string;
}

export function toAnnotations(text: string, analysis: Analysis, meta: DocumentMeta): Annotations {
  const map = createOffsetMapper(text);
  const span = (s: Span): ContractSpan => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), text: s.text });
  return {
    version: 1,
    generator: meta.generator,
    document: { uri: meta.uri, sha256: meta.sha256, length: map.codePointLength, published: analysis.published },
    people: analysis.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, roles: p.roles, mentions: p.mentions.map(span) })),
    dates: analysis.dates.map((d) => ({ ...span(d), kind: d.kind, value: d.value })),
    quotes: analysis.quotes.map((q) => ({ ...span(q), id: q.id, speaker: q.speaker, source: q.source, cue: q.cue })),
    claims: analysis.claims.map((c) => ({
      ...span(c), id: c.id, status: c.status, origin: c.origin, cue: c.cue, quote: c.quote, note: c.note, updated: c.updated,
    })),
  };
}
