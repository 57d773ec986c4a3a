// Document highlights and references: every mention of the person under the cursor (on a quote,
// its speaker's mentions).
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentHighlight, Location } from 'vscode-languageserver';
import type { Person } from '../analysis/types';
import type { DocumentModel } from './documentModel';

function personAt(model: DocumentModel, offset: number): Person | undefined {
  const mention = model.mentions.at(offset, true)[0];
  if (mention) return mention.person;
  const quote = model.quotes.at(offset)[0];
  return quote?.speaker ? model.personById.get(quote.speaker) : undefined;
}

export function highlightsAt(model: DocumentModel, offset: number): DocumentHighlight[] {
  const person = personAt(model, offset);
  if (!person) return [];
  return person.mentions.map((m) => ({ range: model.lines.range(m.start, m.end), kind: DocumentHighlightKind.Text }));
}

export function referencesAt(model: DocumentModel, offset: number): Location[] {
  const person = personAt(model, offset);
  if (!person) return [];
  return person.mentions.map((m) => ({ uri: model.uri, range: model.lines.range(m.start, m.end) }));
}
