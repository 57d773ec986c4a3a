// Works out which claim a command is about: a Claims-view item, the claim under the cursor, or
// (for marking) a selection that may become a new user claim.
import * as vscode from 'vscode';
import type { ClaimInfo } from '../../common/src/protocol';
import { activeArticleEditor } from './articles';
import { toRange, type ClaimsStore } from './claimsStore';

/** What the Claims view passes to commands run from an item's context menu. */
export interface ClaimRef {
  uri: string;
  claim: ClaimInfo;
}

export function isClaimRef(arg: unknown): arg is ClaimRef {
  const a = arg as Partial<ClaimRef> | undefined;
  return typeof a === 'object' && a !== null && typeof a.uri === 'string' && typeof a.claim?.id === 'string';
}

export type Target =
  | { uri: string; claim: ClaimInfo }
  | { uri: string; range: vscode.Range };

/** The innermost claim containing the position (claims can nest: a quote inside a sentence). */
export function claimAt(claims: readonly ClaimInfo[], pos: vscode.Position): ClaimInfo | undefined {
  let best: ClaimInfo | undefined;
  for (const c of claims) {
    const r = toRange(c.range);
    if (!r.contains(pos)) continue;
    if (!best || toRange(best.range).contains(r)) best = c;
  }
  return best;
}

/**
 * Resolves the target or tells the user why there is none (returns undefined then).
 * `allowNew`: a selection that is no claim yet may be sent as a range.
 */
export async function resolveTarget(store: ClaimsStore, arg: unknown, allowNew: boolean): Promise<Target | undefined> {
  if (isClaimRef(arg)) return { uri: arg.uri, claim: arg.claim };
  const editor = activeArticleEditor();
  if (!editor) {
    void vscode.window.showWarningMessage('factmark: open an article (a news file, or a text file matching factmark.include) first.');
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const claims = await store.refresh(uri);
  const sel = editor.selection;
  if (!sel.isEmpty) {
    const same = claims.find((c) => toRange(c.range).isEqual(sel));
    if (same) return { uri, claim: same };
    if (allowNew) return { uri, range: sel };
  }
  const claim = claimAt(claims, sel.active);
  if (claim) return { uri, claim };
  void vscode.window.showInformationMessage(
    allowNew
      ? 'factmark: there is no claim at the cursor. Select the words of a claim to tag them.'
      : 'factmark: there is no claim at the cursor.',
  );
  return undefined;
}
