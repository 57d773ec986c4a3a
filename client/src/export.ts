// Export of the annotations JSON (the contract in schemas/annotations.schema.json): one article
// through a save dialog, or the whole workspace as one file per article or as JSON Lines.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportDocumentRequest } from '../../common/src/protocol';
import { activeArticleEditor, includeGlobs } from './articles';
import type { ServerConnection } from './client';
import { errorMessage, log } from './log';

const encoder = new TextEncoder();

/** `libya.txt` -> `libya.annotations.json` in the same folder. */
export function besideArticle(article: vscode.Uri, ext: string): vscode.Uri {
  const base = path.posix.basename(article.path).replace(/\.[^.]*$/, '');
  return vscode.Uri.joinPath(article, '..', `${base}${ext}`);
}

async function annotationsOf(server: ServerConnection, uri: vscode.Uri): Promise<unknown> {
  // The server analyses open documents; opening one (without an editor) sends it over.
  await vscode.workspace.openTextDocument(uri);
  const { annotations } = await server.request(ExportDocumentRequest, { uri: uri.toString() });
  if (annotations === null || typeof annotations !== 'object') throw new Error('the server returned no annotations');
  return annotations;
}

/**
 * Exports one article. `article` defaults to the active editor; `target` skips the save dialog
 * (used by tests and scripts). Returns the file written, or undefined when cancelled.
 */
export async function exportDocument(server: ServerConnection, article?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const source = article instanceof vscode.Uri ? article : activeArticleEditor()?.document.uri;
  if (!source) {
    void vscode.window.showWarningMessage('factmark: open an article to export its annotations.');
    return undefined;
  }
  const annotations = await annotationsOf(server, source);
  const interactive = !(target instanceof vscode.Uri);
  const defaultUri =
    source.scheme === 'untitled'
      ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), 'annotations.json')
      : besideArticle(source, '.annotations.json');
  const dest = interactive
    ? await vscode.window.showSaveDialog({ defaultUri, filters: { 'Annotations JSON': ['json'] }, saveLabel: 'Export', title: 'Export annotations as JSON' })
    : target;
  if (!dest) return undefined;
  await vscode.workspace.fs.writeFile(dest, encoder.encode(JSON.stringify(annotations, null, 2) + '\n'));
  log().info(`exported ${source.toString()} -> ${dest.toString()}`);
  if (interactive) {
    void vscode.window.showInformationMessage(`factmark: annotations exported to ${vscode.workspace.asRelativePath(dest)}`, 'Open').then((c) => {
      if (c === 'Open') void vscode.window.showTextDocument(dest);
    });
  }
  return dest;
}

export type WorkspaceExportFormat = 'perArticle' | 'jsonl';
export interface WorkspaceExportOptions {
  format?: WorkspaceExportFormat;
  /** The .jsonl file (format jsonl only); skips the save dialog. */
  target?: vscode.Uri;
}
export interface WorkspaceExportResult {
  exported: number;
  failed: number;
  files: vscode.Uri[];
}

async function findArticles(): Promise<vscode.Uri[]> {
  const globs = [...new Set([...includeGlobs(), '**/*.news'])];
  const found = await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/node_modules/**')));
  const unique = new Map<string, vscode.Uri>();
  for (const uri of found.flat()) unique.set(uri.toString(), uri);
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}

async function pickFormat(count: number): Promise<WorkspaceExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: WorkspaceExportFormat })[] = [
    { label: '$(files) One file per article', detail: 'Writes NAME.annotations.json beside each article.', format: 'perArticle' },
    { label: '$(list-flat) JSON Lines', detail: 'One .jsonl file, one line per article.', format: 'jsonl' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: `Export the annotations of ${count} articles`, placeHolder: 'Choose the output' });
  return pick?.format;
}

export async function exportWorkspace(server: ServerConnection, options: WorkspaceExportOptions = {}): Promise<WorkspaceExportResult | undefined> {
  const articles = await findArticles();
  if (articles.length === 0) {
    void vscode.window.showInformationMessage('factmark: no articles in this workspace (see the factmark.include setting).');
    return undefined;
  }
  const interactive = options.format === undefined;
  const format = options.format ?? (await pickFormat(articles.length));
  if (!format) return undefined;
  let jsonlTarget = options.target;
  if (format === 'jsonl' && !jsonlTarget) {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    jsonlTarget = await vscode.window.showSaveDialog({
      ...(root ? { defaultUri: vscode.Uri.joinPath(root, 'factmark-annotations.jsonl') } : {}),
      filters: { 'JSON Lines': ['jsonl'] },
      saveLabel: 'Export',
      title: 'Export the workspace annotations as JSON Lines',
    });
    if (!jsonlTarget) return undefined;
  }

  const result: WorkspaceExportResult = { exported: 0, failed: 0, files: [] };
  const lines: string[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'factmark: exporting annotations', cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of articles.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${articles.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / articles.length });
        try {
          const annotations = await annotationsOf(server, uri);
          if (format === 'jsonl') lines.push(JSON.stringify(annotations));
          else {
            const dest = besideArticle(uri, '.annotations.json');
            await vscode.workspace.fs.writeFile(dest, encoder.encode(JSON.stringify(annotations, null, 2) + '\n'));
            result.files.push(dest);
          }
          result.exported++;
        } catch (err) {
          result.failed++;
          log().error(`export of ${uri.toString()} failed: ${errorMessage(err)}`);
          // Same shape as the CLI's error lines, so downstream tools see which article is missing.
          if (format === 'jsonl') lines.push(JSON.stringify({ version: 1, document: { uri: uri.toString() }, error: errorMessage(err) }));
        }
      }
    },
  );
  if (format === 'jsonl' && jsonlTarget) {
    await vscode.workspace.fs.writeFile(jsonlTarget, encoder.encode(lines.map((l) => l + '\n').join('')));
    result.files.push(jsonlTarget);
  }
  const summary = `factmark: exported ${result.exported} of ${articles.length} articles`;
  log().info(`${summary} (${result.failed} failed)`);
  if (result.failed > 0) {
    void vscode.window.showWarningMessage(`${summary}; ${result.failed} failed.`, 'Show log').then((c) => {
      if (c) log().show(true);
    });
  } else if (interactive) {
    void vscode.window.showInformationMessage(`${summary}.`);
  }
  return result;
}
