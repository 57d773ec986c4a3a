// Drives the built server bundle (dist/server.js) as a child process over a real JSON-RPC stdio
// connection, playing a minimal LSP client: answers workspace/configuration, records diagnostics,
// stats and messages, and lets tests wait for a notification instead of sleeping.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  LogMessageNotification,
  RegistrationRequest,
  SemanticTokensRefreshRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeParams, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { DocumentStatsNotification } from '../../common/src/protocol';
import type { DocumentStatsParams, FactmarkSettings } from '../../common/src/protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const SAMPLE = path.join(ROOT, 'examples', 'libya-ceasefire-talks.txt');

export interface StartOptions {
  workspace?: string;
  trusted?: boolean;
  settings?: Partial<FactmarkSettings> & Record<string, unknown>;
  /** Node options for the server process (the extension's are common/src/serverProcess.ts). */
  nodeArgs?: readonly string[];
  /** Extra environment variables for the server process (test-only switches). */
  env?: Record<string, string>;
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly stats = new Map<string, DocumentStatsParams>();
  readonly messages: string[] = [];
  readonly logs: string[] = [];
  /** How often the server asked the client to re-fetch semantic tokens. */
  tokenRefreshes = 0;
  private diagWaiters: Waiter<{ uri: string; diagnostics: Diagnostic[] }>[] = [];
  private statWaiters: Waiter<DocumentStatsParams>[] = [];
  private versions = new Map<string, number>();
  private exited: Promise<number | null>;

  constructor(
    readonly conn: ProtocolConnection,
    readonly child: ChildProcess,
    public settings: Record<string, unknown>,
  ) {
    this.exited = new Promise((r) => child.once('exit', (code) => r(code)));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.diagWaiters = this.diagWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification(DocumentStatsNotification, (p) => {
      this.stats.set(p.uri, p);
      this.statWaiters = this.statWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification(ShowMessageNotification.type, (p) => void this.messages.push(p.message));
    conn.onNotification(LogMessageNotification.type, (p) => void this.logs.push(p.message));
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'factmark' ? this.settings : null)));
    conn.onRequest(RegistrationRequest.type, () => undefined);
    conn.onRequest(SemanticTokensRefreshRequest.type, () => void this.tokenRefreshes++);
    conn.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push(p.message);
      return null;
    });
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `test` (already received ones count). */
  waitForDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const have = this.diagnostics.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return withTimeout(new Promise((resolve) => this.diagWaiters.push({ test: (p) => p.uri === uri && test(p.diagnostics), resolve: (p) => resolve(p.diagnostics) })), timeoutMs, `diagnostics for ${uri}`);
  }

  /** Resolves with the next DocumentStats for `uri` that satisfies `test` (only new ones count). */
  nextStats(uri: string, test: (s: DocumentStatsParams) => boolean = () => true, timeoutMs = 10_000): Promise<DocumentStatsParams> {
    return withTimeout(new Promise((resolve) => this.statWaiters.push({ test: (p) => p.uri === uri && test(p), resolve })), timeoutMs, `stats for ${uri}`);
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<DocumentStatsParams> {
    const stats = this.nextStats(uri);
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return stats;
  }

  /** Sends one didChange with the given content changes; resolves once the server analysed it. */
  async change(uri: string, contentChanges: unknown[]): Promise<DocumentStatsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const stats = this.nextStats(uri, (s) => s.version >= version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return stats;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  private stopped: Promise<void> | null = null;

  /** Shuts the server down (idempotent: tests also register it as an `after` hook). */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    try {
      await withTimeout(this.conn.sendRequest('shutdown'), 5000, 'shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await withTimeout(this.exited, 5000, 'server exit').catch(() => this.child.kill('SIGKILL'));
    this.conn.dispose();
  }
}

/** Starts a server; with a test context `t`, it is stopped after the test even when the test fails. */
export async function startServer(opts: StartOptions = {}, t?: { after(fn: () => Promise<void>): void }): Promise<TestClient> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.once('exit', (code) => {
    if (code !== 0 && code !== null) process.stderr.write(`server exited with ${code}\n${stderr}`);
  });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(conn, child, { ...(opts.settings ?? {}) });
  t?.after(() => client.stop());
  conn.listen();
  const ws = opts.workspace ? pathToFileURL(opts.workspace).href : null;
  const params: InitializeParams = {
    processId: process.pid,
    rootUri: ws,
    workspaceFolders: ws ? [{ uri: ws, name: 'ws' }] : null,
    // Settings also go in initializationOptions so the first analysis already uses them.
    initializationOptions: { ...(opts.trusted === undefined ? {} : { trusted: opts.trusted }), settings: opts.settings ?? {} },
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, semanticTokens: { refreshSupport: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        codeAction: { isPreferredSupport: true, disabledSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite'] } } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  };
  await conn.sendRequest('initialize', params);
  await conn.sendNotification('initialized', {});
  return client;
}

export function tempDir(prefix = 'factmark-'): string {
  // realpath: macOS-style /tmp symlinks would otherwise make paths differ from the server's view.
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

/** Polls `check` until it returns a value (not undefined) or the time is up. */
export async function poll<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
  }
}

/** LSP position of a UTF-16 offset in `text` (lines split at \n, as LSP does). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function rangeOf(text: string, needle: string, from = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Decodes LSP relative semantic tokens into absolute ones. */
export function decodeTokens(data: number[]): { line: number; char: number; length: number; type: number; mods: number }[] {
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push({ line, char, length: data[i + 2]!, type: data[i + 3]!, mods: data[i + 4]! });
  }
  return out;
}
