// Claims as the protocol's ClaimInfo (LSP ranges), orphaned tags included, for ListClaims and the
// results of SetClaimStatus/SetClaimNote.
import type { ClaimInfo } from '../../../common/src/protocol';
import type { Claim } from '../analysis/types';
import type { DocumentModel } from './documentModel';

export function claimInfo(model: DocumentModel, c: Claim): ClaimInfo {
  return {
    id: c.id,
    range: model.lines.range(c.start, c.end),
    text: c.text,
    status: c.status,
    origin: c.origin,
    cue: c.cue,
    quote: c.quote,
    note: c.note,
    updated: c.updated,
    orphaned: false,
  };
}

export function listClaims(model: DocumentModel): ClaimInfo[] {
  const live = model.analysis.claims.map((c) => claimInfo(model, c));
  const orphans = model.orphaned.map((o): ClaimInfo => {
    const p = model.lines.positionAt(o.lastSeen);
    return { id: o.id, range: { start: p, end: p }, text: o.text, status: o.status, origin: 'user', cue: null, quote: null, note: o.note, updated: o.updated, orphaned: true };
  });
  return [...live, ...orphans];
}
