// Document symbols: an outline with three groups (people, quotes, claims), each entry at its
// first (or only) place in the text.
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { DocumentModel } from './documentModel';
import { clip } from './markdown';

export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  const a = model.analysis;
  const whole = model.lines.range(0, model.text.length);
  const at = (start: number, end: number) => model.lines.range(start, end);
  const group = (name: string, children: DocumentSymbol[]): DocumentSymbol => ({
    name,
    detail: String(children.length),
    kind: SymbolKind.Namespace,
    range: whole,
    selectionRange: children[0]?.selectionRange ?? model.lines.range(0, 0),
    children,
  });
  const people = a.people
    .filter((p) => p.mentions.length > 0)
    .map((p): DocumentSymbol => {
      const first = p.mentions[0]!;
      return { name: p.name, detail: [p.roles.join('; '), `${p.mentions.length} mentions`].filter(Boolean).join(' · '), kind: SymbolKind.Class, range: at(first.start, first.end), selectionRange: at(first.start, first.end) };
    });
  const quotes = a.quotes.map((q): DocumentSymbol => {
    const speaker = q.speaker ? model.personById.get(q.speaker)?.name : q.source;
    return { name: clip(q.text, 60) || '(empty quote)', detail: speaker ?? 'unknown source', kind: SymbolKind.String, range: at(q.start, q.end), selectionRange: at(q.start, q.end) };
  });
  const claims = a.claims.map((c): DocumentSymbol => ({
    name: clip(c.text, 60) || '(empty claim)',
    detail: c.status + (c.origin === 'user' ? ' (tagged)' : ''),
    kind: SymbolKind.Event,
    range: at(c.start, c.end),
    selectionRange: at(c.start, c.end),
  }));
  return [group('People', people), group('Quotes', quotes), group('Claims', claims)].filter((g) => g.children && g.children.length > 0);
}
