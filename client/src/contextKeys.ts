// `factmark.activeArticle` gates menus and keybindings: true when the active editor is an article
// (a `news` document, or plaintext matching factmark.include).
import * as vscode from 'vscode';
import { activeArticleEditor } from './articles';

export function trackActiveArticle(): vscode.Disposable {
  const update = (): void => {
    void vscode.commands.executeCommand('setContext', 'factmark.activeArticle', activeArticleEditor() !== undefined);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factmark.include')) update();
    }),
    // A file whose language is switched to/from plaintext or news in the same editor.
    vscode.workspace.onDidOpenTextDocument(update),
  );
}
