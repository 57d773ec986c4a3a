// Diagnostics: disputed and pending claims at the severities the user chose ('off' hides them),
// orphaned tags, and one diagnostic when the article was not analysed or its sidecar not read.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { DiagnosticLevel, FactmarkSettings } from '../../../common/src/protocol';
import type { DocumentModel } from './documentModel';
import { clip } from './markdown';

const SOURCE = 'factmark';

function severity(level: DiagnosticLevel): DiagnosticSeverity | null {
  switch (level) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
    default: return null;
  }
}

export function diagnosticsFor(model: DocumentModel, settings: FactmarkSettings): Diagnostic[] {
  const top = model.lines.range(0, 0);
  if (model.skipped) {
    return [{ range: top, severity: DiagnosticSeverity.Warning, source: SOURCE, code: 'not-analysed', message: model.skipped }];
  }
  const out: Diagnostic[] = [];
  if (model.sidecarError) {
    out.push({ range: top, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'sidecar', message: model.sidecarError });
  }
  const disputed = severity(settings.diagnostics.disputed);
  const pending = severity(settings.diagnostics.pending);
  for (const c of model.analysis.claims) {
    if (c.status === 'disputed' && disputed !== null) {
      const why = c.cue ? `the text says "${c.cue}"` : c.origin === 'user' ? 'marked disputed' : 'detected';
      out.push({ range: model.lines.range(c.start, c.end), severity: disputed, source: SOURCE, code: 'disputed', message: `Disputed claim (${why}): ${clip(c.text, 80)}`, data: { claimId: c.id } });
    } else if (c.status === 'pending' && pending !== null) {
      out.push({ range: model.lines.range(c.start, c.end), severity: pending, source: SOURCE, code: 'pending', message: `Claim not checked yet: ${clip(c.text, 80)}`, data: { claimId: c.id } });
    }
  }
  for (const o of model.orphaned) {
    const p = model.lines.positionAt(o.lastSeen);
    out.push({
      range: { start: p, end: p },
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      code: 'orphaned',
      message: `Orphaned tag (${o.status}): "${clip(o.text, 80)}" is no longer in the article; it stays in the sidecar until its text returns`,
      data: { claimId: o.id },
    });
  }
  return out;
}
