// The factmark language server: wires LSP messages to the features in ./features. No logic here
// beyond routing; each feature converts one analysis snapshot (a DocumentModel) into its answer.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node';
import type { InitializeResult } from 'vscode-languageserver/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DocumentStatsNotification,
  ExportDocumentRequest,
  ListClaimsRequest,
  SetClaimNoteRequest,
  SetClaimStatusRequest,
} from '../../common/src/protocol';
import { SIDECAR_SUFFIX } from './store';
import { Configuration } from './features/configuration';
import { Documents } from './features/documents';
import { Tagging } from './features/tagging';
import { guarded, guardedRequest, describe } from './features/guard';
import { SemanticTokensProvider, legend } from './features/semanticTokens';
import { hoverAt } from './features/hover';
import { codeActionsFor } from './features/codeActions';
import { diagnosticsFor } from './features/diagnostics';
import { documentSymbols } from './features/symbols';
import { highlightsAt, referencesAt } from './features/highlights';
import { WorkspaceSymbols } from './features/workspaceSymbols';
import { listClaims } from './features/claimInfo';
import { exportDocument } from './features/exportDocument';
import { executeCommand, serverCommands } from './features/commands';
import { documentStats } from './features/stats';

const connection = createConnection(ProposedFeatures.all);
const log = (message: string) => connection.console.error(message);
const config = new Configuration();
const tokens = new SemanticTokensProvider();
const workspaceSymbols = new WorkspaceSymbols();
const documents = new Documents({
  settings: () => config.settings,
  log,
  analysed(model) {
    const sent = [
      connection.sendDiagnostics({ uri: model.uri, version: model.version, diagnostics: diagnosticsFor(model, config.settings) }),
      connection.sendNotification(DocumentStatsNotification, documentStats(model)),
    ];
    // The full analysis may correct what the per-keystroke fast path approximated: have editors re-ask.
    if (config.canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
    return Promise.all(sent);
  },
});
const tagging = new Tagging(documents, () => config.trusted);
/** Tags changed without a text edit: editors only re-ask for tokens (status modifiers) when told. */
const tagsChanged = () => {
  if (config.canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
};

let listening = false;
process.on('uncaughtException', (e) => {
  log(`factmark: uncaught: ${describe(e)}`);
  if (!listening) process.exit(1); // failed while starting: say so with the exit status
});
process.on('unhandledRejection', (e) => log(`factmark: unhandled rejection: ${describe(e)}`));

connection.onInitialize((params): InitializeResult => {
  config.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      semanticTokensProvider: { legend, full: { delta: true }, range: true },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
      documentSymbolProvider: true,
      documentHighlightProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: serverCommands },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'factmark' },
  };
});

connection.onInitialized(() => {
  if (config.canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factmark' });
  if (config.canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/*${SIDECAR_SUFFIX}` }] });
  if (config.canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const kept = config.roots.filter((r) => !e.removed.some((f) => f.uri.startsWith('file:') && fileURLToPath(f.uri) === r));
      config.setFolders([...kept.map((r) => ({ uri: pathToFileURL(r).href, name: r })), ...e.added]);
    });
  }
  if (config.canPullSettings) {
    void config.refresh(connection).then((changed) => changed && documents.reanalyseAll(), (e: unknown) => log(`factmark: cannot read settings: ${describe(e)}`));
  }
});

connection.onDidChangeConfiguration((p) => {
  const pushed = (p.settings as { factmark?: unknown } | null | undefined)?.factmark;
  void config.refresh(connection, pushed).then((changed) => changed && documents.reanalyseAll(), (e: unknown) => log(`factmark: cannot read settings: ${describe(e)}`));
});

connection.onDidChangeWatchedFiles(async (p) => {
  for (const change of p.changes) {
    if (!change.uri.endsWith(SIDECAR_SUFFIX)) continue;
    const article = pathToFileURL(fileURLToPath(change.uri).slice(0, -SIDECAR_SUFFIX.length)).href;
    const a = documents.get(article);
    if (!a) continue;
    try {
      await documents.refreshFromDisk(a);
      await documents.model(a.uri);
      tagsChanged();
    } catch (e) {
      log(`factmark: reloading tags of ${a.uri} failed: ${describe(e)}`);
    }
  }
});

// ---- documents ----
connection.onDidOpenTextDocument((p) => documents.didOpen(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text));
connection.onDidChangeTextDocument((p) => documents.didChange(p.textDocument.uri, p.textDocument.version, p.contentChanges));
connection.onDidCloseTextDocument((p) => {
  documents.didClose(p.textDocument.uri);
  tokens.forget(p.textDocument.uri);
  void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
});
connection.onDidSaveTextDocument(async (p) => {
  const a = documents.get(p.textDocument.uri);
  if (a) await tagging.saveAnchors(a).catch((e: unknown) => log(`factmark: updating tag positions after save failed: ${describe(e)}`));
});

// ---- standard features ----
const model = (uri: string) => documents.model(uri);

connection.languages.semanticTokens.on(guarded(log, 'semantic tokens', { data: [] }, async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? tokens.full(m) : { data: [] };
}));
connection.languages.semanticTokens.onDelta(guarded(log, 'semantic tokens delta', { data: [] }, async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? tokens.delta(m, p.previousResultId) : { data: [] };
}));
connection.languages.semanticTokens.onRange(guarded(log, 'semantic tokens range', { data: [] }, async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? tokens.range(m, p.range.start.line, p.range.end.line) : { data: [] };
}));
connection.onHover(guarded(log, 'hover', null, async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? hoverAt(m, m.lines.offsetAt(p.position)) : null;
}));
connection.onCodeAction(guarded(log, 'code actions', [], async (p) => {
  const m = await model(p.textDocument.uri);
  const a = documents.get(p.textDocument.uri);
  return m && a ? codeActionsFor(m, p.range, tagging.writeRefusal(a)) : [];
}));
connection.onDocumentSymbol(guarded(log, 'document symbols', [], async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? documentSymbols(m) : [];
}));
connection.onDocumentHighlight(guarded(log, 'document highlights', [], async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? highlightsAt(m, m.lines.offsetAt(p.position)) : [];
}));
connection.onReferences(guarded(log, 'references', [], async (p) => {
  const m = await model(p.textDocument.uri);
  return m ? referencesAt(m, m.lines.offsetAt(p.position)) : [];
}));
connection.onWorkspaceSymbol(guarded(log, 'workspace symbols', [], async (p, token) => {
  const open = (await Promise.all(documents.all().map((a) => model(a.uri)))).flatMap((m) => (m ? [m] : []));
  return workspaceSymbols.query(p.query, config.roots, config.settings, open, token);
}));
connection.onExecuteCommand(guardedRequest(log, 'command', async (p) => {
  const r = await executeCommand(connection, tagging, p);
  tagsChanged();
  return r;
}));

// ---- factmark requests ----
connection.onRequest(ListClaimsRequest, guardedRequest(log, 'list claims', async (p) => {
  const a = documents.get(p.uri);
  if (a) await documents.refreshFromDisk(a);
  const m = await model(p.uri);
  return m ? listClaims(m) : [];
}));
connection.onRequest(SetClaimStatusRequest, guardedRequest(log, 'set claim status', async (p) => {
  const claim = await tagging.setStatus(p);
  tagsChanged();
  return { claim };
}));
connection.onRequest(SetClaimNoteRequest, guardedRequest(log, 'set claim note', async (p) => {
  const claim = await tagging.setNote(p);
  tagsChanged();
  return { claim };
}));
connection.onRequest(ExportDocumentRequest, guardedRequest(log, 'export', async (p) => {
  const m = await model(p.uri);
  if (!m) throw new Error(`${p.uri} is not open`);
  return exportDocument(m);
}));

connection.listen();
listening = true;
