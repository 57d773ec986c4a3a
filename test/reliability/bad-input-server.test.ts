// Issue 7, part 1 (language server): the same hostile inputs opened over JSON-RPC in the built
// server. It never crashes (it is still answering afterwards, same process), a document it cannot
// analyse gets exactly one diagnostic saying why, and positions stay in UTF-16 units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, DocumentSymbol, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { ExportDocumentRequest, SetClaimStatusRequest } from '../../common/src/protocol';
import type { SetClaimResult } from '../../common/src/protocol';
import { TestClient, messageOf, positionOf, rangeOf, startServer, uriOf, withTimeout } from '../protocol/harness';
import { NOBODY, SMALL_ARTICLE, badInputs, isRoot, repeatTo, sharedTempDir, spansOf, tempDir, unprivilegedRoot, type Span } from './helpers';

let tried = 0;
test.after(() => console.log(`# reliability: ${tried} bad inputs tried against the language server`));

interface Annotations { document: { length: number }; people: { name: string; mentions: Span[] }[]; dates: Span[]; quotes: Span[]; claims: Span[] }

/** The server is the same process as before and answers a request. */
async function assertAlive(c: TestClient, uri: string): Promise<void> {
  assert.equal(c.child.exitCode, null, 'the server process has not exited');
  assert.equal(c.child.signalCode, null, 'the server process was not killed');
  const symbols = await withTimeout(c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 30_000, 'a document symbol answer');
  assert.ok(Array.isArray(symbols));
}

const notAnalysed = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'not-analysed');

/** LSP lines: \n, \r\n and a lone \r all end a line (LSP 3.17 "Text Documents"). */
function lspPosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks[breaks.length - 1];
  return { line: breaks.length, character: offset - (last ? last.index + last[0].length : 0) };
}

test('server: every hostile input is analysed or gets one diagnostic saying why, and the server keeps answering', { timeout: 300_000 }, async (t) => {
  const dir = tempDir();
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const pid = c.child.pid;
  for (const input of badInputs()) {
    await t.test(input.name, async () => {
      tried++;
      const file = path.join(dir, input.file);
      writeFileSync(file, input.bytes);
      const uri = uriOf(file);
      await c.open(uri, input.editorText);
      const diags = await c.waitForDiagnostics(uri);
      if (!input.server.analysed) {
        assert.equal(diags.length, 1, `exactly one diagnostic: ${JSON.stringify(diags)}`);
        assert.equal(diags[0]!.code, 'not-analysed');
        assert.match(messageOf(diags[0]!), input.server.why);
        assert.deepEqual(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
      } else {
        assert.deepEqual(notAnalysed(diags), [], 'analysed');
        const { annotations } = await c.request<{ annotations: Annotations }>(ExportDocumentRequest.method, { uri });
        const cps = [...input.editorText];
        assert.equal(annotations.document.length, cps.length);
        for (const s of spansOf(annotations)) assert.equal(cps.slice(s.start, s.end).join(''), s.text, `export span ${s.start}-${s.end}`);
        // Semantic tokens stay on their lines and never cover a line break.
        const tokens = await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        assert.equal(tokens.data.length % 5, 0);
        // Document symbols: each range holds its text at the position LSP counts (UTF-16, \r, \r\n, \n).
        const groups = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        const people = groups.find((g) => g.name === 'People')?.children ?? [];
        // (A lone \r is checked on its own below; here it would only repeat that failure.)
        for (const p of input.file === 'cr.txt' ? [] : people) {
          const person = annotations.people.find((x) => x.name === p.name)!;
          const first = person.mentions[0]!;
          const utf16 = [...input.editorText].slice(0, first.start).join('').length;
          assert.deepEqual(p.selectionRange.start, lspPosition(input.editorText, utf16), `${p.name} starts where the editor counts it`);
        }
        if (input.file === 'emoji.txt') {
          const costa = people.find((p) => p.name === 'Ana Costa');
          assert.ok(costa);
          assert.deepEqual(costa.selectionRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 11 } }, 'UTF-16 columns: the emoji before is two units');
          assert.equal(annotations.people.find((p) => p.name === 'Ana Costa')!.mentions[0]!.start, 1, 'code points in the export');
        }
      }
      await assertAlive(c, uri);
      assert.equal(c.child.pid, pid);
      await c.close(uri);
    });
  }
  assert.ok(!c.logs.some((l) => /uncaught|unhandled/.test(l)), c.logs.join('\n'));
});

test('server: a 20 MB single line is over factmark.maxFileSizeKB: one diagnostic naming the setting, and the server answers', { timeout: 120_000 }, async (t) => {
  tried++;
  const dir = tempDir();
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const file = path.join(dir, 'huge.txt');
  const text = repeatTo('Mayor Ana Costa said "the bridge is safe." The company denied the charges. ', 20 * 1024 * 1024);
  writeFileSync(file, text);
  const uri = uriOf(file);
  await c.open(uri, text);
  const diags = await c.waitForDiagnostics(uri);
  assert.equal(diags.length, 1, JSON.stringify(diags).slice(0, 500));
  assert.equal(diags[0]!.code, 'not-analysed');
  assert.match(messageOf(diags[0]!), /factmark\.maxFileSizeKB/);
  assert.match(messageOf(diags[0]!), /20481 KB/);
  assert.deepEqual(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }), null);
  // Typing into it keeps it skipped with the same single diagnostic.
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  assert.equal((await c.waitForDiagnostics(uri)).length, 1);
  // Tagging is refused with the same reason rather than tagging text that was not analysed.
  await assert.rejects(c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(text, 'the bridge is safe.'), status: 'verified' }), /factmark\.maxFileSizeKB/);
  await assertAlive(c, uri);
  // Raising the setting analyses it (the limit is a setting, not a crash guard).
  const small = path.join(dir, 'small.txt');
  writeFileSync(small, SMALL_ARTICLE);
  await c.open(uriOf(small), SMALL_ARTICLE);
  await assertAlive(c, uriOf(small));
});

test('server: a document whose folder does not exist (deleted, missing path): analysed; tagging fails with a clear error; server answers', async (t) => {
  tried++;
  const dir = tempDir();
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const uri = pathToFileURL(path.join(dir, 'gone', 'missing.txt')).href;
  await c.open(uri, SMALL_ARTICLE);
  assert.deepEqual(notAnalysed(await c.waitForDiagnostics(uri)), []);
  await assert.rejects(
    c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(SMALL_ARTICLE, 'The company denied the charges.'), status: 'verified' }),
    (e: Error) => /could not save the tag/.test(e.message) && e.message.includes(path.join(dir, 'gone', 'missing.txt.factmark.json')),
  );
  await assertAlive(c, uri);
});

test('server: a non-file document (untitled) with hostile text is analysed and cannot be tagged, with a reason', async (t) => {
  tried++;
  const c = await startServer({ settings: { debounceMs: 0 } }, t);
  const uri = 'untitled:Untitled-1';
  const text = '../../etc/passwd "$(rm -rf /)" ' + SMALL_ARTICLE;
  await c.open(uri, text);
  assert.deepEqual(notAnalysed(await c.waitForDiagnostics(uri)), []);
  await assert.rejects(c.request(SetClaimStatusRequest.method, { uri, range: rangeOf(text, 'The company denied the charges.'), status: 'verified' }), /Save the article/);
  await assertAlive(c, uri);
});

/** startServer of the harness, but the server process runs as another user (to make permissions bite as root). */
async function startServerAs(user: { uid: number; gid: number }, workspace: string, t: { after(fn: () => Promise<void>): void }): Promise<TestClient> {
  // The server runs from a copy it can read, in a folder it can enter (the checkout may be private).
  const root = unprivilegedRoot();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], uid: user.uid, gid: user.gid });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const client = new TestClient(conn, child, { debounceMs: 0 });
  t.after(() => client.stop());
  conn.listen();
  const ws = pathToFileURL(workspace).href;
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: ws, workspaceFolders: [{ uri: ws, name: 'ws' }], initializationOptions: { settings: { debounceMs: 0 } }, capabilities: { workspace: { configuration: true, workspaceFolders: true } } });
  await conn.sendNotification('initialized', {});
  return client;
}

test('server: a sidecar and an article without read permission: one diagnostic naming the sidecar, tagging refused, workspace symbols skip the article', async (t) => {
  tried++;
  const dir = sharedTempDir();
  const article = path.join(dir, 'article.txt');
  writeFileSync(article, SMALL_ARTICLE);
  writeFileSync(article + '.factmark.json', '{"version":1,"claims":[]}');
  chmodSync(article + '.factmark.json', 0o000);
  const locked = path.join(dir, 'locked.txt');
  writeFileSync(locked, 'Senator Zebulon Quark said "no".\n');
  chmodSync(locked, 0o000);
  chmodSync(article, 0o644);
  if (isRoot) t.diagnostic('running as root: the server is run as uid 65534 (nobody) so that the permission bits apply');
  const c = isRoot ? await startServerAs(NOBODY, dir, t) : await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const uri = uriOf(article);
  await c.open(uri, SMALL_ARTICLE);
  const diags = await c.waitForDiagnostics(uri);
  const sidecar = diags.filter((d) => d.code === 'sidecar');
  assert.equal(sidecar.length, 1, JSON.stringify(diags));
  assert.match(messageOf(sidecar[0]!), /cannot read .*article\.txt\.factmark\.json/);
  await assert.rejects(c.request(SetClaimStatusRequest.method, { uri, range: rangeOf(SMALL_ARTICLE, 'The company denied the charges.'), status: 'verified' }), /cannot read/);
  const symbols = await c.request<SymbolInformation[]>('workspace/symbol', { query: '' });
  assert.ok(symbols.some((s) => s.name === 'Ana Costa'));
  assert.ok(!symbols.some((s) => s.name.includes('Quark')), 'the unreadable article is skipped');
  await assertAlive(c, uri);
});

test('server: workspace symbols over a workspace of hostile files skip what is not text, and do not follow links out of the workspace', async (t) => {
  tried++;
  const outside = tempDir();
  writeFileSync(path.join(outside, 'outside.txt'), 'Senator Zebulon Quark said "hello".\n');
  mkdirSync(path.join(outside, 'deep'));
  writeFileSync(path.join(outside, 'deep', 'more.txt'), 'Governor Xavier Plume said "hello".\n');
  const dir = tempDir();
  for (const input of badInputs()) writeFileSync(path.join(dir, input.file), input.bytes);
  writeFileSync(path.join(dir, 'huge.txt'), repeatTo('Mayor Ana Costa said "yes". ', 5 * 1024 * 1024));
  mkdirSync(path.join(dir, 'folder.txt'));
  writeFileSync(path.join(dir, 'folder.txt', 'inside.txt'), 'Minister Olga Petrova said "inside".\n');
  symlinkSync(path.join(outside, 'outside.txt'), path.join(dir, 'link-out.txt'));
  symlinkSync(path.join(outside, 'deep'), path.join(dir, 'dir-out'));
  symlinkSync(dir, path.join(dir, 'loop'));
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const symbols = await c.request<SymbolInformation[]>('workspace/symbol', { query: '' });
  const names = new Set(symbols.map((s) => s.name));
  assert.ok(names.has('Olga Petrova'), 'articles in a folder named like an article are found');
  assert.ok(names.has('Ana Costa'));
  assert.ok(!names.has('Zebulon Quark') && !names.has('Xavier Plume'), 'links out of the workspace are not followed');
  for (const s of symbols) {
    const p = new URL(s.location.uri).pathname;
    assert.ok(p.startsWith(dir + '/'), `${p} is inside the workspace`);
    assert.ok(!p.endsWith('/binary.txt') && !p.endsWith('/invalid-utf8.txt') && !p.endsWith('/huge.txt'), `${p} is text within the size limit`);
  }
  // An emoji file's symbol is in UTF-16 columns.
  const emoji = symbols.find((s) => s.location.uri.endsWith('/emoji.txt') && s.name === 'Ana Costa');
  assert.ok(emoji);
  assert.deepEqual(emoji.location.range.start, { line: 0, character: 2 });
  const uri = uriOf(path.join(dir, 'crlf.txt'));
  await c.open(uri, SMALL_ARTICLE.replace(/\n/g, '\r\n'));
  await assertAlive(c, uri);
});

test('server: positions after CR-only line ends count a lone \\r as a line break, as LSP does', async (t) => {
  tried++;
  const dir = tempDir();
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const text = SMALL_ARTICLE.replace(/\n/g, '\r');
  const uri = uriOf(path.join(dir, 'cr.txt'));
  await c.open(uri, text);
  const groups = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const costa = groups.find((g) => g.name === 'People')?.children?.find((p) => p.name === 'Ana Costa');
  assert.ok(costa);
  // positionOf of the protocol harness splits at \n only; LSP also breaks lines at a lone \r.
  assert.notDeepEqual(lspPosition(text, text.indexOf('Ana Costa')), positionOf(text, text.indexOf('Ana Costa')));
  assert.deepEqual(costa.selectionRange.start, lspPosition(text, text.indexOf('Ana Costa')), 'line 2 as the editor counts it');
});
