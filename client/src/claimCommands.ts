// Commands that change claims: mark verified / disputed / pending, add a note, go to the next
// pending claim. The server owns the claims (and writes the sidecar); we only ask it.
import * as vscode from 'vscode';
import {
  SetClaimNoteRequest,
  SetClaimStatusRequest,
  type ClaimStatus,
  type SetClaimStatusParams,
} from '../../common/src/protocol';
import { activeArticleEditor } from './articles';
import type { ServerConnection } from './client';
import { resolveTarget } from './claimTarget';
import { toRange, type ClaimsStore } from './claimsStore';

let warnedUntrusted = false;

/** In a restricted workspace tags live only in memory; say so once rather than let work vanish. */
function warnIfUntrusted(): void {
  if (vscode.workspace.isTrusted || warnedUntrusted) return;
  warnedUntrusted = true;
  void vscode.window.showWarningMessage(
    'factmark: this workspace is not trusted, so claim tags are kept for this session only. Trust the workspace to save them beside the article.',
  );
}

export async function markClaim(server: ServerConnection, store: ClaimsStore, status: ClaimStatus, arg?: unknown): Promise<void> {
  const target = await resolveTarget(store, arg, true);
  if (!target) return;
  const params: SetClaimStatusParams =
    'claim' in target
      ? { uri: target.uri, claimId: target.claim.id, status }
      : {
          uri: target.uri,
          status,
          range: {
            start: { line: target.range.start.line, character: target.range.start.character },
            end: { line: target.range.end.line, character: target.range.end.character },
          },
        };
  const { claim } = await server.request(SetClaimStatusRequest, params);
  await store.refresh(target.uri);
  vscode.window.setStatusBarMessage(`$(check) factmark: claim marked ${claim.status}`, 4000);
  warnIfUntrusted();
}

/** `note` lets tests and keybindings pass the text; otherwise an input box asks for it. */
export async function addNote(server: ServerConnection, store: ClaimsStore, arg?: unknown, note?: string): Promise<void> {
  const target = await resolveTarget(store, arg, false);
  if (!target || !('claim' in target)) return;
  const text =
    note ??
    (await vscode.window.showInputBox({
      title: 'factmark: note on this claim',
      prompt: `"${target.claim.text.slice(0, 80)}${target.claim.text.length > 80 ? '…' : ''}" (leave empty to remove the note)`,
      value: target.claim.note ?? '',
      placeHolder: 'e.g. Checked with the ministry press office, no answer yet',
    }));
  if (text === undefined) return; // cancelled
  await server.request(SetClaimNoteRequest, { uri: target.uri, claimId: target.claim.id, note: text.trim() === '' ? null : text.trim() });
  await store.refresh(target.uri);
  vscode.window.setStatusBarMessage(text.trim() === '' ? '$(check) factmark: note removed' : '$(check) factmark: note saved', 4000);
  warnIfUntrusted();
}

/** Moves the selection to the next pending claim after the cursor, wrapping at the end. */
export async function nextPendingClaim(store: ClaimsStore): Promise<void> {
  const editor = activeArticleEditor();
  if (!editor) {
    void vscode.window.showWarningMessage('factmark: open an article first.');
    return;
  }
  const claims = await store.refresh(editor.document.uri.toString());
  const pending = claims.filter((c) => c.status === 'pending' && !c.orphaned);
  if (pending.length === 0) {
    void vscode.window.showInformationMessage('factmark: no pending claims in this article.');
    return;
  }
  const from = editor.selection.active;
  const next = pending.find((c) => toRange(c.range).start.isAfter(from)) ?? pending[0];
  if (!next) return;
  const range = toRange(next.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
