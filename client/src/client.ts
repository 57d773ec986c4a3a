// Starts the bundled language server (dist/server.js) over Node IPC and restarts it on request,
// when the article globs change (the document selector is fixed per client) and when the workspace
// becomes trusted (the server decides at start-up whether it may write sidecars).
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type RequestParam,
  type RequestType,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DocumentStatsNotification, type DocumentStatsParams } from '../../common/src/protocol';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../common/src/serverProcess';
import { lspSelector } from './articles';
import { reportError } from './errors';
import { errorMessage, log } from './log';

/** More crashes than this within the window and the server stays down until the user restarts it. */
const maxCrashes = 4;
const crashWindowMs = 3 * 60_000;

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Serialises start/stop so a restart never races a start. */
  private queue: Promise<void> = Promise.resolve();
  private crashes: number[] = [];
  private readonly stats = new vscode.EventEmitter<DocumentStatsParams>();
  private readonly started = new vscode.EventEmitter<void>();
  /** Fired after each analysis of an open article. */
  readonly onStats = this.stats.event;
  /** Fired when a (re)started server is ready to answer requests. */
  readonly onStarted = this.started.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      log().info('Restarting the language server');
      await this.doStop();
      this.crashes = [];
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  /** Sends a custom request; waits for a start in progress and fails clearly when there is no server. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    await this.queue.catch(() => undefined);
    const client = this.client;
    if (!client || client.state !== State.Running) {
      throw new Error('the language server is not running (use "factmark: Restart server")');
    }
    // RequestParam<P> is a conditional type that a generic P cannot satisfy without help.
    return client.sendRequest(type, params as RequestParam<P>);
  }

  dispose(): void {
    void this.stop();
    this.stats.dispose();
    this.started.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step);
    return this.queue;
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    const module = this.context.asAbsolutePath('dist/server.js');
    if (!fs.existsSync(module)) {
      void reportError(`the language server is missing (${module}); run "npm run build"`);
      return;
    }
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env: { ...SERVER_ENVIRONMENT } } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENVIRONMENT } } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: lspSelector(),
      outputChannel: log(),
      // Read at each (re)start: the server only writes sidecars in a trusted workspace.
      initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
      // No `synchronize`: the server registers for factmark settings and sidecar changes itself.
      errorHandler: {
        error: (error, _message, count) => {
          log().error(`connection error (${count ?? 1}): ${errorMessage(error)}`);
          return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
        },
        closed: () => this.onClosed(),
      },
      initializationFailedHandler: (error) => {
        void reportError('the language server failed to initialise', error);
        return false;
      },
    };
    const client = new LanguageClient('factmark', 'factmark', serverOptions, clientOptions);
    client.onNotification(DocumentStatsNotification, (params) => this.stats.fire(params));
    client.onDidChangeState((e) => log().info(`language server: ${State[e.oldState]} -> ${State[e.newState]}`));
    this.client = client;
    try {
      await client.start();
      this.started.fire();
    } catch (err) {
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      void reportError('could not start the language server', err);
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (err) {
      log().warn(`stopping the language server: ${errorMessage(err)}`);
    }
  }

  private onClosed(): { action: CloseAction; handled: boolean } {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < crashWindowMs), now];
    if (this.crashes.length <= maxCrashes) {
      log().warn(`the language server stopped; restarting (${this.crashes.length}/${maxCrashes})`);
      return { action: CloseAction.Restart, handled: true };
    }
    void reportError(`the language server stopped ${this.crashes.length} times in 3 minutes and stays off`);
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
