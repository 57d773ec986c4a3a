// The Claims view in the explorer: the active article's claims grouped by status; clicking one
// selects it in the editor. Items carry a ClaimRef so the context-menu commands know their claim.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimInfo, ClaimStatus } from '../../common/src/protocol';
import { isArticle } from './articles';
import type { ClaimRef } from './claimTarget';
import { claimStatuses, toRange, type ClaimsStore } from './claimsStore';

type Node = { kind: 'status'; uri: string; status: ClaimStatus; claims: ClaimInfo[] } | ({ kind: 'claim' } & ClaimRef);

const statusLabel: Record<ClaimStatus, string> = { disputed: 'Disputed', pending: 'Pending', verified: 'Verified' };
export const statusIcon: Record<ClaimStatus, vscode.ThemeIcon> = {
  disputed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('factmark.disputedClaimBorder')),
  pending: new vscode.ThemeIcon('clock', new vscode.ThemeColor('factmark.pendingClaimBorder')),
  verified: new vscode.ThemeIcon('verified', new vscode.ThemeColor('factmark.verifiedClaimBorder')),
};

export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly id = 'factmark.claims';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[];
  /** The article shown; kept while focus is in a non-editor part (such as this view). */
  private document: vscode.TextDocument | undefined;

  constructor(private readonly store: ClaimsStore) {
    this.view = vscode.window.createTreeView(ClaimsView.id, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e) this.show(isArticle(e.document) ? e.document : undefined);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.show(undefined);
      }),
      store.onDidChange((uri) => {
        if (uri === this.document?.uri.toString()) this.refresh();
      }),
    ];
    const doc = vscode.window.activeTextEditor?.document;
    this.show(isArticle(doc) ? doc : undefined);
  }

  private show(doc: vscode.TextDocument | undefined): void {
    this.document = doc;
    this.refresh();
  }

  private refresh(): void {
    const doc = this.document;
    const stats = doc && this.store.statsOf(doc.uri);
    this.view.description = doc ? path.posix.basename(doc.uri.path) : undefined;
    this.view.message = stats?.skipped ? `Not analysed: ${stats.skipped}` : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const doc = this.document;
    if (!doc) return [];
    const uri = doc.uri.toString();
    if (!node) {
      const claims = this.store.claimsOf(doc.uri) ?? [];
      return claimStatuses.map((status) => ({ kind: 'status', uri, status, claims: claims.filter((c) => c.status === status) }));
    }
    return node.kind === 'status' ? node.claims.map((claim) => ({ kind: 'claim', uri, claim })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'status') {
      const item = new vscode.TreeItem(
        statusLabel[node.status],
        node.claims.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.description = String(node.claims.length);
      item.iconPath = statusIcon[node.status];
      item.id = `${node.uri}#${node.status}`;
      return item;
    }
    const { claim } = node;
    const text = claim.text.replace(/\s+/g, ' ');
    const item = new vscode.TreeItem(text.length > 90 ? `${text.slice(0, 89)}…` : text);
    item.id = `${node.uri}#${claim.id}`;
    item.iconPath = claim.orphaned ? new vscode.ThemeIcon('debug-disconnect') : statusIcon[claim.status];
    item.description = [claim.origin === 'user' ? 'tagged' : claim.cue, claim.note ? `“${claim.note}”` : null].filter(Boolean).join(' · ');
    item.tooltip = tooltip(claim);
    item.contextValue = 'factmark.claim';
    if (!claim.orphaned) {
      const selection = toRange(claim.range);
      item.command = { title: 'Go to claim', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri), { selection }] };
    }
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function tooltip(claim: ClaimInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${statusLabel[claim.status]}** claim${claim.origin === 'user' ? ' (tagged by you)' : ''}\n\n`);
  md.appendText(claim.text);
  if (claim.cue) md.appendMarkdown(`\n\nCue: *${claim.cue.replace(/[*_`]/g, '')}*`);
  if (claim.note) md.appendMarkdown('\n\nNote: ').appendText(claim.note);
  if (claim.updated) md.appendMarkdown(`\n\nUpdated ${claim.updated}`);
  if (claim.orphaned) md.appendMarkdown('\n\n$(debug-disconnect) The tagged text is no longer in the article.');
  md.supportThemeIcons = true;
  return md;
}
