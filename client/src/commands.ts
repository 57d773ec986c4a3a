// Registers every contributed command. Each one reports its own failure (see errors.ts).
import * as vscode from 'vscode';
import { ClientCommands } from '../../common/src/protocol';
import { addNote, markClaim, nextPendingClaim } from './claimCommands';
import type { ServerConnection } from './client';
import type { ClaimsStore } from './claimsStore';
import { guarded } from './errors';
import { exportDocument, exportWorkspace, type WorkspaceExportOptions } from './export';
import { log } from './log';

export function registerCommands(server: ServerConnection, store: ClaimsStore): vscode.Disposable {
  const c = ClientCommands;
  const reg = (id: string, what: string, fn: (...args: unknown[]) => Promise<unknown>): vscode.Disposable =>
    vscode.commands.registerCommand(id, guarded(what, fn));
  return vscode.Disposable.from(
    reg(c.exportDocument, 'export failed', (article, target) => exportDocument(server, article, target)),
    reg(c.exportWorkspace, 'workspace export failed', (options) => exportWorkspace(server, (options ?? {}) as WorkspaceExportOptions)),
    reg(c.markVerified, 'marking the claim failed', (arg) => markClaim(server, store, 'verified', arg)),
    reg(c.markDisputed, 'marking the claim failed', (arg) => markClaim(server, store, 'disputed', arg)),
    reg(c.markPending, 'marking the claim failed', (arg) => markClaim(server, store, 'pending', arg)),
    reg(c.addNote, 'saving the note failed', (arg, note) => addNote(server, store, arg, typeof note === 'string' ? note : undefined)),
    reg(c.nextPendingClaim, 'finding the next pending claim failed', () => nextPendingClaim(store)),
    reg(c.showLog, 'showing the log failed', async () => log().show(true)),
    reg(c.restartServer, 'restarting the server failed', () => server.restart()),
  );
}
