// What the client told us at start (trust, workspace folders, capabilities) and the settings it
// serves under `factmark`, pulled again whenever the client says they changed.
import { fileURLToPath } from 'node:url';
import type { Connection, InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { defaultSettings } from '../../../common/src/protocol';
import type { FactmarkSettings } from '../../../common/src/protocol';
import { mergeSettings } from './settings';

export class Configuration {
  settings: FactmarkSettings = defaultSettings;
  trusted = true;
  canPullSettings = false;
  canWatchFiles = false;
  canRegisterConfiguration = false;
  canFollowFolders = false;
  canRefreshTokens = false;
  private folders: string[] = [];

  initialize(params: InitializeParams): void {
    const opts = params.initializationOptions as { trusted?: unknown; settings?: unknown } | undefined;
    // Clients without a notion of trust (Neovim, tests) do not send the flag: only an explicit false refuses writes.
    this.trusted = opts?.trusted !== false;
    if (opts?.settings) this.settings = mergeSettings(opts.settings);
    const ws = params.capabilities.workspace;
    this.canPullSettings = !!ws?.configuration;
    this.canRegisterConfiguration = !!ws?.didChangeConfiguration?.dynamicRegistration;
    this.canWatchFiles = !!ws?.didChangeWatchedFiles?.dynamicRegistration;
    this.canFollowFolders = !!ws?.workspaceFolders;
    this.canRefreshTokens = !!ws?.semanticTokens?.refreshSupport;
    this.setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
  }

  setFolders(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.flatMap((f) => {
      try {
        return f.uri.startsWith('file:') ? [fileURLToPath(f.uri)] : [];
      } catch {
        return [];
      }
    });
  }

  get roots(): readonly string[] {
    return this.folders;
  }

  /**
   * Pull `factmark` settings; `pushed` is what a didChangeConfiguration carried, if anything.
   * Resolves to whether they changed (re-analysing a 1 MB article for nothing costs a second).
   */
  async refresh(connection: Connection, pushed?: unknown): Promise<boolean> {
    const before = JSON.stringify(this.settings);
    if (this.canPullSettings) {
      const raw: unknown = await connection.workspace.getConfiguration('factmark');
      this.settings = mergeSettings(raw);
    } else if (pushed !== undefined) {
      this.settings = mergeSettings(pushed);
    }
    return JSON.stringify(this.settings) !== before;
  }
}
