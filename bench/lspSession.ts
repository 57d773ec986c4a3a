// A minimal LSP client for the benchmark: spawns the built server (dist/server.js --stdio) and talks
// JSON-RPC to it over pipes, as an editor does. It answers the server's own requests (settings,
// registrations) and lets the benchmark wait for the analysis of a document version.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { DocumentStatsNotification, type DocumentStatsParams } from '../common/src/protocol';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../common/src/serverProcess';
import { ROOT } from './corpus';

/** The server bundle; FACTMARK_BENCH_SERVER points at another build (to compare two builds on one machine). */
export const SERVER = process.env.FACTMARK_BENCH_SERVER ?? join(ROOT, 'dist', 'server.js');

export class LspSession {
  private readonly waiting: { uri: string; version: number; resolve: () => void }[] = [];
  private readonly analysed = new Map<string, number>();

  private constructor(readonly conn: ProtocolConnection, readonly child: ChildProcess) {
    conn.onNotification(DocumentStatsNotification, (p: DocumentStatsParams) => {
      this.analysed.set(p.uri, Math.max(p.version, this.analysed.get(p.uri) ?? 0));
      for (const w of [...this.waiting]) {
        if (w.uri === p.uri && p.version >= w.version) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    conn.onNotification('textDocument/publishDiagnostics', () => {});
    conn.onNotification('window/logMessage', () => {});
    conn.onNotification('window/showMessage', () => {});
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
  }

  /** Spawns the server and completes the handshake; `initializeMs` is spawn → initialize result. */
  static async start(workspace: string): Promise<{ session: LspSession; initializeMs: number }> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const started = process.hrtime.bigint();
    // The Node options the extension starts the server with, then FACTMARK_SERVER_NODE_ARGS: more
    // of them, for profiling (e.g. `--cpu-prof`).
    const nodeArgs = [...SERVER_NODE_OPTIONS, ...(process.env.FACTMARK_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...SERVER_ENVIRONMENT } });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(conn, child);
    conn.listen();
    const root = pathToFileURL(workspace).href;
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      initializationOptions: { trusted: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          codeAction: { isPreferredSupport: true, disabledSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite'] } } },
        },
      },
    };
    await conn.sendRequest('initialize', params);
    const initializeMs = Number(process.hrtime.bigint() - started) / 1e6;
    await conn.sendNotification('initialized', {});
    return { session, initializeMs };
  }

  /** Resolves when the server has published its analysis of `version` (or a later one) of `uri`. */
  analysedVersion(uri: string, version: number): Promise<void> {
    if ((this.analysed.get(uri) ?? 0) >= version) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ uri, version, resolve }));
  }

  async open(uri: string, text: string): Promise<void> {
    const done = this.analysedVersion(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await done;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  /** Peak and current resident memory of the server process (Linux /proc), in bytes. */
  memory(): { peakRss: number; rss: number } | null {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
      return { peakRss: kb('VmHWM'), rss: kb('VmRSS') };
    } catch {
      return null;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', () => r())));
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((_, reject) => setTimeout(() => reject(new Error('shutdown timed out')), 5000))]);
      await this.conn.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}
