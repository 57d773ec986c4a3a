// Commands that change claims: mark verified / disputed / pending, add a note, go to the next
// pending claim. The server owns the claims and writes the sidecar; we only ask it.
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

/** Tags are written to a sidecar file, which the server refuses in a restricted workspace. */
function refuseIfUntrusted(): boolean {
  if (vscode.workspace.isTrusted) return false;
  const manage = 'Manage Workspace Trust';
  void vscode.window
    .showWarningMessage('factmark: tagging claims writes a file beside the article, so it needs a trusted workspace.', manage)
    .then((c) => (c === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return true;
}

export async function markClaim(server: ServerConnection, store: ClaimsStore, status: ClaimStatus, arg?: unknown): Promise<void> {
  if (refuseIfUntrusted()) return;
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
}

/** `note` lets tests and keybindings pass the text; otherwise an input box asks for it. */
export async function addNote(server: ServerConnection, store: ClaimsStore, arg?: unknown, note?: string): Promise<void> {
  if (refuseIfUntrusted()) return;
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
