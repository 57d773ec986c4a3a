// A status-bar item with the active article's counts from the server's DocumentStats
// notification: people, quotes and claims by status. Clicking it opens the Claims view.
import * as vscode from 'vscode';
import type { DocumentStatsParams } from '../../common/src/protocol';
import { activeArticleEditor } from './articles';
import type { ClaimsStore } from './claimsStore';
import { ClaimsView } from './claimsView';

/** Spoken by screen readers (the icons are not); also how UI tests find the item. */
function statsLabel(s: DocumentStatsParams): string {
  const c = s.claims;
  return `factmark: ${s.people} people, ${s.dates} dates, ${s.quotes} quotes; claims: ${c.disputed} disputed, ${c.pending} pending, ${c.verified} verified`;
}

export function statsText(s: DocumentStatsParams): string {
  return `$(person) ${s.people}  $(quote) ${s.quotes}  $(warning) ${s.claims.disputed}  $(clock) ${s.claims.pending}  $(verified) ${s.claims.verified}`;
}

function statsTooltip(s: DocumentStatsParams): vscode.MarkdownString {
  const md = new vscode.MarkdownString(
    [
      '**factmark** — this article',
      '',
      '| | |',
      '|---|--:|',
      `| $(person) People | ${s.people} |`,
      `| $(calendar) Dates | ${s.dates} |`,
      `| $(quote) Quotes | ${s.quotes} |`,
      `| $(warning) Disputed claims | ${s.claims.disputed} |`,
      `| $(clock) Pending claims | ${s.claims.pending} |`,
      `| $(verified) Verified claims | ${s.claims.verified} |`,
      ...(s.orphaned ? [`| $(debug-disconnect) Tags whose text is gone | ${s.orphaned} |`] : []),
      '',
      'Click to open the Claims view.',
    ].join('\n'),
  );
  md.supportThemeIcons = true;
  return md;
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factmark.stats', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ClaimsStore) {
    this.item.name = 'factmark article counts';
    this.item.command = `${ClaimsView.id}.focus`;
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = activeArticleEditor();
    if (!editor) {
      this.item.hide();
      return;
    }
    const stats = this.store.statsOf(editor.document.uri);
    if (!stats) {
      this.item.text = '$(sync~spin) factmark';
      this.item.tooltip = 'factmark is analysing this article…';
      this.item.accessibilityInformation = { label: 'factmark: analysing' };
    } else if (stats.skipped) {
      this.item.text = '$(circle-slash) factmark';
      this.item.tooltip = `Not analysed: ${stats.skipped}`;
      this.item.accessibilityInformation = { label: `factmark: not analysed, ${stats.skipped}` };
    } else {
      this.item.text = statsText(stats);
      this.item.tooltip = statsTooltip(stats);
      this.item.accessibilityInformation = { label: statsLabel(stats) };
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
