// Claim status in the text itself: a tinted background, an underline and an overview-ruler mark
// per status. Colours come from the theme (contributes.colors, overridable in
// workbench.colorCustomizations) unless a factmark.colors.* setting names one.
import * as vscode from 'vscode';
import type { ClaimStatus } from '../../common/src/protocol';
import { isArticle } from './articles';
import { claimStatuses, toRange, type ClaimsStore } from './claimsStore';

type Types = Record<ClaimStatus, vscode.TextEditorDecorationType>;

function color(status: ClaimStatus, part: 'Background' | 'Border'): string | vscode.ThemeColor {
  const configured = vscode.workspace.getConfiguration('factmark.colors').get<string>(status, '').trim();
  if (configured === '') return new vscode.ThemeColor(`factmark.${status}Claim${part}`);
  if (part === 'Border') return configured;
  // One configured colour serves both: the fill is a translucent tint of it (#rgb and #rrggbb; a
  // colour that already has an alpha is used as it is).
  const hex = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(configured);
  const full = hex ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : configured;
  return /^#[0-9a-f]{6}$/i.test(full) ? `${full}26` : full;
}

function createTypes(): Types {
  const make = (status: ClaimStatus): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: color(status, 'Background'),
      borderColor: color(status, 'Border'),
      borderStyle: 'solid',
      borderWidth: '0 0 1px 0',
      overviewRulerColor: color(status, 'Border'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  return { verified: make('verified'), disputed: make('disputed'), pending: make('pending') };
}

export class ClaimDecorations implements vscode.Disposable {
  private types: Types = createTypes();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ClaimsStore) {
    this.subscriptions = [
      store.onDidChange(() => this.updateAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factmark.colors') || e.affectsConfiguration('factmark.decorations')) {
          this.disposeTypes();
          this.types = createTypes();
          this.updateAll();
        }
      }),
    ];
  }

  private updateAll(): void {
    const enabled = vscode.workspace.getConfiguration('factmark.decorations').get<boolean>('enabled', true);
    for (const editor of vscode.window.visibleTextEditors) {
      const claims = enabled && isArticle(editor.document) ? (this.store.claimsOf(editor.document.uri) ?? []) : [];
      for (const status of claimStatuses) {
        const ranges = claims.filter((c) => c.status === status && !c.orphaned).map((c) => toRange(c.range));
        editor.setDecorations(this.types[status], ranges);
      }
    }
  }

  private disposeTypes(): void {
    for (const status of claimStatuses) this.types[status].dispose();
  }

  dispose(): void {
    this.disposeTypes();
    for (const s of this.subscriptions) s.dispose();
  }
}
