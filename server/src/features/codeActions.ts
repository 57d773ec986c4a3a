// Code actions: set the status of the claim under the cursor (a preferred quick fix when the text
// itself says the claim is disputed), or tag a selection that is no claim yet. They run the
// server command `factmark.server.setClaimStatus`, so any LSP client can use them.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Range } from 'vscode-languageserver';
import { ServerCommands } from '../../../common/src/protocol';
import type { ClaimStatus, SetClaimStatusParams } from '../../../common/src/protocol';
import type { DocumentModel } from './documentModel';

const STATUSES: ClaimStatus[] = ['verified', 'disputed', 'pending'];

export function codeActionsFor(model: DocumentModel, range: Range, writeRefusal: string | null): CodeAction[] {
  const start = model.lines.offsetAt(range.start);
  const end = model.lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const disabled = writeRefusal ? { disabled: { reason: writeRefusal } } : {};
  const inside = model.claims.at(start, true);
  for (const claim of inside) {
    const claimRange = model.lines.range(claim.start, claim.end);
    for (const status of STATUSES) {
      const args: SetClaimStatusParams = { uri: model.uri, claimId: claim.id, range: claimRange, status };
      const cueFix = status === 'disputed' && claim.cue !== null;
      actions.push({
        title: cueFix ? `Mark as disputed: the text says '${claim.cue}'` : `Mark claim as ${status}`,
        kind: cueFix ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
        ...(cueFix ? { isPreferred: true } : {}),
        command: { title: `Mark claim as ${status}`, command: ServerCommands.setClaimStatus, arguments: [args] },
        ...disabled,
      });
    }
  }
  const isClaim = inside.some((c) => c.start === start && c.end === end);
  if (end > start && !isClaim && model.text.slice(start, end).trim() !== '') {
    const args: SetClaimStatusParams = { uri: model.uri, range, status: 'pending' };
    actions.push({
      title: 'Tag selection as a claim',
      kind: CodeActionKind.RefactorRewrite,
      command: { title: 'Tag selection as a claim', command: ServerCommands.setClaimStatus, arguments: [args] },
      ...disabled,
    });
  }
  return actions;
}
