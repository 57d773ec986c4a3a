// Hover: what factmark knows about the person, date, quote or claim under the cursor. The most
// specific thing wins (a name inside a quote shows the person); orphaned tags last seen on the
// line are listed too, since they have no text left to hover.
import type { Hover } from 'vscode-languageserver';
import type { Claim, DateMention, Person, Quote } from '../analysis/types';
import type { DocumentModel } from './documentModel';
import { claimAt } from './documentModel';
import { clip, esc } from './markdown';

export function hoverAt(model: DocumentModel, offset: number): Hover | null {
  const sections: string[] = [];
  let span: { start: number; end: number } | null = null;
  const mention = model.mentions.at(offset)[0];
  const date = mention ? undefined : model.dates.at(offset)[0];
  const quote = mention || date ? undefined : model.quotes.at(offset)[0];
  const claim = mention || date || quote ? undefined : claimAt(model, offset);
  if (mention) {
    sections.push(personHover(model, mention.person));
    span = mention;
  } else if (date) {
    sections.push(dateHover(date));
    span = date;
  } else if (quote) {
    sections.push(quoteHover(model, quote));
    span = quote;
  } else if (claim) {
    sections.push(claimHover(model, claim));
    span = claim;
  }
  const line = model.lines.lineOf(offset);
  for (const o of model.orphaned) {
    if (model.lines.lineOf(o.lastSeen) !== line) continue;
    sections.push(`**Orphaned tag** · ${o.status}\n\n"${esc(clip(o.text))}" is no longer in the article; the tag is kept in the sidecar until its text returns.`);
  }
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, ...(span ? { range: model.lines.range(span.start, span.end) } : {}) };
}

function personHover(model: DocumentModel, p: Person): string {
  const out = [`**${esc(p.name)}** · person`];
  if (p.roles.length) out.push(`Role: ${p.roles.map(esc).join('; ')}`);
  if (p.aliases.length) out.push(`Also written: ${p.aliases.map(esc).join(', ')}`);
  out.push(`Mentions: ${p.mentions.length}`);
  const quotes = model.quotesBySpeaker.get(p.id) ?? [];
  if (quotes.length) {
    out.push(`Quotes (${quotes.length}):`);
    const lines = quotes.slice(0, 10).map((q) => `- ${esc(clip(q.text, 90))} — ${quoteStatus(model, q)}`);
    if (quotes.length > 10) lines.push(`- … and ${quotes.length - 10} more`);
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

function dateHover(d: DateMention): string {
  const out = [`**${esc(d.text)}** · ${d.kind}`];
  out.push(d.value ? `Value: \`${d.value}\`` : 'Value: not resolved');
  if (d.resolution) out.push(`Resolved: ${esc(d.resolution)}`);
  if (d.candidateYears?.length) out.push(`Candidate years: ${d.candidateYears.join(', ')}`);
  return out.join('\n\n');
}

function quoteHover(model: DocumentModel, q: Quote): string {
  const out = ['**Quote**'];
  const speaker = q.speaker ? model.personById.get(q.speaker) : undefined;
  if (speaker) out.push(`Speaker: ${esc(speaker.name)}${speaker.roles.length ? ` (${esc(speaker.roles[0]!)})` : ''}`);
  else out.push(`Source: ${q.source ? esc(q.source) : 'unknown'}`);
  if (q.cue) out.push(`Cue: "${esc(q.cue)}"`);
  const claim = claimOfQuote(model, q);
  if (claim) {
    out.push(`Claim: ${claim.status}${claim.origin === 'user' ? ' (set by a person)' : ''}`);
    if (claim.status === 'disputed' && claim.cue) out.push(`Disputed: the text says "${esc(claim.cue)}"`);
    if (claim.note) out.push(`Note: ${esc(claim.note)}`);
  }
  return out.join('\n\n');
}

function claimHover(model: DocumentModel, c: Claim): string {
  const out = [`**Claim** · ${c.status}`];
  if (c.origin === 'user') {
    const by = model.setBy.get(c.id);
    out.push(`Set by ${by ? esc(by) : 'a person'}${c.updated ? ` on ${c.updated}` : ''}`);
  } else {
    out.push('Detected by factmark');
  }
  if (c.cue) out.push(`${c.status === 'disputed' ? 'Disputed: the' : 'The'} text says "${esc(c.cue)}"`);
  if (c.note) out.push(`Note: ${esc(c.note)}`);
  return out.join('\n\n');
}

function claimOfQuote(model: DocumentModel, q: Quote): Claim | undefined {
  return model.claimByQuote.get(q.id);
}

function quoteStatus(model: DocumentModel, q: Quote): string {
  return claimOfQuote(model, q)?.status ?? 'no claim';
}
