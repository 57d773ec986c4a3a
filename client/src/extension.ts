// Entry point: wires the pieces together and starts the language server. Nothing else lives here.
import * as vscode from 'vscode';
import { ClaimDecorations } from './decorations';
import { ClaimsStore } from './claimsStore';
import { ClaimsView } from './claimsView';
import { ServerConnection } from './client';
import { registerCommands } from './commands';
import { trackActiveArticle } from './contextKeys';
import { log } from './log';
import { StatusItem } from './statusItem';

let server: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  log().info(`factmark ${String(context.extension.packageJSON.version)} activating (workspace trusted: ${vscode.workspace.isTrusted})`);
  server = new ServerConnection(context);
  const store = new ClaimsStore(server);
  context.subscriptions.push(
    log(),
    server,
    store,
    registerCommands(server, store),
    new ClaimDecorations(store),
    new ClaimsView(store),
    new StatusItem(store),
    trackActiveArticle(),
    // The server decides at start-up whether it may write sidecars.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void server?.restart()),
    // The document selector is fixed per client, so new globs need a new client.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factmark.include')) void server?.restart();
    }),
  );
  // Shows the Claims view only once there is something for it (package.json `views`).
  await vscode.commands.executeCommand('setContext', 'factmark.activated', true);
  await server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
