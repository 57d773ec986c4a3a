// The claims and counts of each open article, kept fresh from the server's DocumentStats
// notification (sent after every analysis). Decorations, the Claims view, the status item and the
// commands all read from here, so they show the same thing.
import * as vscode from 'vscode';
import {
  ListClaimsRequest,
  type ClaimInfo,
  type ClaimStatus,
  type DocumentStatsParams,
} from '../../common/src/protocol';
import type { ServerConnection } from './client';
import { isArticle } from './articles';
import { errorMessage, log } from './log';

export const claimStatuses: readonly ClaimStatus[] = ['disputed', 'pending', 'verified'];

export function toRange(r: ClaimInfo['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class ClaimsStore implements vscode.Disposable {
  private readonly claims = new Map<string, ClaimInfo[]>();
  private readonly stats = new Map<string, DocumentStatsParams>();
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fired with a document URI (string) when its claims or counts changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: ServerConnection) {
    this.subscriptions.push(
      server.onStats((p) => {
        const key = vscode.Uri.parse(p.uri).toString();
        this.stats.set(key, p);
        this.refresh(key).catch(() => undefined); // logged in refresh
      }),
      // A restarted server knows nothing of what we showed: fetch everything again.
      server.onStarted(() => {
        for (const doc of vscode.workspace.textDocuments) if (isArticle(doc)) this.refresh(doc.uri.toString()).catch(() => undefined);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        if (this.claims.delete(key) || this.stats.delete(key)) this.changed.fire(key);
      }),
      this.changed,
    );
  }

  claimsOf(uri: vscode.Uri): ClaimInfo[] | undefined {
    return this.claims.get(uri.toString());
  }

  statsOf(uri: vscode.Uri): DocumentStatsParams | undefined {
    return this.stats.get(uri.toString());
  }

  /** Asks the server for the current claims of one document (also used by commands, which need fresh data). */
  async refresh(uri: string): Promise<ClaimInfo[]> {
    try {
      const list = await this.server.request(ListClaimsRequest, { uri });
      const sorted = [...list].sort((a, b) => toRange(a.range).start.compareTo(toRange(b.range).start));
      this.claims.set(uri, sorted);
      this.changed.fire(uri);
      return sorted;
    } catch (err) {
      log().error(`listing the claims of ${uri}: ${errorMessage(err)}`);
      throw err;
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
