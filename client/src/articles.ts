// Which documents are articles: every `news` document, and plaintext files matching the
// `factmark.include` globs. The same rule feeds the language client's document selector and the
// editor-side checks (status item, context keys, commands), so they never disagree.
import * as vscode from 'vscode';
import type { DocumentFilter as LspDocumentFilter } from 'vscode-languageclient/node';
import { defaultSettings } from '../../common/src/protocol';

export function includeGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration('factmark').get<string[]>('include', defaultSettings.include);
  return Array.isArray(globs) ? globs.filter((g) => typeof g === 'string' && g.trim() !== '') : defaultSettings.include;
}

/** Globs like `**\/*.txt` match anywhere; others are relative to each workspace folder. */
function anchored(glob: string): boolean {
  return glob.startsWith('**') || glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob);
}

export function lspSelector(globs = includeGlobs()): LspDocumentFilter[] {
  const filters: LspDocumentFilter[] = [{ language: 'news' }];
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const glob of globs) {
    if (anchored(glob) || folders.length === 0) {
      filters.push({ language: 'plaintext', pattern: glob });
      continue;
    }
    for (const f of folders) {
      filters.push({ language: 'plaintext', pattern: { baseUri: { uri: f.uri.toString(), name: f.name }, pattern: glob } });
    }
  }
  return filters;
}

export function editorSelector(globs = includeGlobs()): vscode.DocumentFilter[] {
  const filters: vscode.DocumentFilter[] = [{ language: 'news' }];
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const glob of globs) {
    if (anchored(glob) || folders.length === 0) filters.push({ language: 'plaintext', pattern: glob });
    else for (const f of folders) filters.push({ language: 'plaintext', pattern: new vscode.RelativePattern(f, glob) });
  }
  return filters;
}

export function isArticle(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc !== undefined && vscode.languages.match(editorSelector(), doc) > 0;
}

/** The active editor if it shows an article. */
export function activeArticleEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isArticle(editor.document) ? editor : undefined;
}
