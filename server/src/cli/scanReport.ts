// The human-readable report of `factmark scan`: what a person at a terminal wants to see at a glance.
import type { Analysis } from '../analysis';

export interface ReportStyle { bold(s: string): string; dim(s: string): string }

export const plainStyle: ReportStyle = { bold: (s) => s, dim: (s) => s };
export const ansiStyle: ReportStyle = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd());
}

export function scanReport(path: string, a: Analysis, style: ReportStyle = plainStyle): string {
  const lines: string[] = [];
  const h = (s: string): void => { lines.push('', style.bold(s)); };
  lines.push(style.bold(path));
  lines.push(style.dim(`reference date: ${a.published ?? 'none'}${a.published ? ` (${a.publishedSource === 'caller' ? 'given' : `from the ${a.publishedSource}`})` : ''}`));

  h(`People (${a.people.length})`);
  if (a.people.length === 0) lines.push('  none found');
  else {
    lines.push(...table([
      ['  name', 'mentions', 'roles', 'also written'],
      ...a.people.map((p) => [`  ${p.name}`, String(p.mentions.length), p.roles.join('; ') || '-', p.aliases.join(', ') || '-']),
    ]));
  }

  h(`Dates (${a.dates.length})`);
  if (a.dates.length === 0) lines.push('  none found');
  else {
    lines.push(...table([
      ['  text', 'kind', 'value', 'how'],
      ...a.dates.map((d) => [`  ${clip(d.text, 40)}`, d.kind, d.value ?? '-', d.candidateYears ? `${d.resolution}: ${d.candidateYears.join(', ')}` : d.resolution]),
    ]));
  }

  const names = new Map(a.people.map((p) => [p.id, p.name]));
  h(`Who said what (${a.quotes.length})`);
  if (a.quotes.length === 0) lines.push('  no quotations');
  else {
    lines.push(...table([
      ['  speaker', 'cue', 'quote'],
      ...a.quotes.map((q) => [
        `  ${q.speaker ? names.get(q.speaker) ?? q.speaker : q.source ? `(${clip(q.source, 30)})` : '(unknown)'}`,
        q.cue ?? '-',
        clip(q.text, 70),
      ]),
    ]));
  }

  const by = (s: string): number => a.claims.filter((c) => c.status === s).length;
  h(`Claims (${a.claims.length}: ${by('disputed')} disputed, ${by('pending')} pending, ${by('verified')} verified)`);
  if (a.claims.length === 0) lines.push('  none');
  else {
    for (const c of a.claims) {
      const why = c.cue ? ` — the text says "${c.cue}"` : '';
      lines.push(`  [${c.status}${c.origin === 'user' ? ', tagged' : ''}] ${clip(c.text, 90)}${why}`);
    }
  }
  return lines.join('\n') + '\n';
}
