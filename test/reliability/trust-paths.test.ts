// Issue 7, part 5: trust and paths. Nothing in an article (or a sidecar) is executed or used as a
// path; the CLI export writes only to stdout, the server writes only the article's own sidecar
// (and only when trusted); the manifest says what works in an untrusted workspace. Symbolic links
// out of a scanned folder are covered in bad-input-cli/bad-input-server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExportDocumentRequest, SetClaimStatusRequest } from '../../common/src/protocol';
import type { SetClaimResult } from '../../common/src/protocol';
import { messageOf, rangeOf, startServer, uriOf } from '../protocol/harness';
import { ROOT, runCli, tempDir } from './helpers';

/** Every file under `dir`, relative, sorted (links listed, not followed). */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

function hostileArticle(dir: string): string {
  const pwned = path.join(dir, 'PWNED');
  return [
    'Tuesday, March 3, 2020',
    '',
    `Mayor Ana Costa said "../../etc/passwd is $(touch ${pwned}) and \`touch ${pwned}2\`" on Monday.`,
    `The company denied the charges in ../../../../tmp/${path.basename(dir)}/evil.factmark.json; rm -rf ~ && touch ${pwned}3.`,
    `Officials said file:///etc/shadow and %2e%2e%2fetc were \${process.exit(1)} {{constructor.constructor('return process')().exit()}}.`,
    '',
  ].join('\n');
}

test('CLI: an article full of paths and shell syntax exports normally, runs nothing and writes nothing', async () => {
  const dir = tempDir();
  const name = 'a $(touch PWNED4) `id` ; name.txt';
  const file = path.join(dir, name);
  const text = hostileArticle(dir);
  writeFileSync(file, text);
  const before = listing(dir);
  const r = await runCli(['export', file], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as { document: { uri: string }; claims: { text: string }[]; quotes: { text: string }[] };
  assert.equal(json.document.uri, pathToFileURL(file).href);
  assert.ok(json.quotes.some((q) => q.text.includes('../../etc/passwd')));
  assert.deepEqual(listing(dir), before, 'the export wrote nothing beside the article or in the working directory');
  for (const p of ['PWNED', 'PWNED2', 'PWNED3', 'PWNED4']) assert.ok(!existsSync(path.join(dir, p)), `${p} not created`);
  assert.ok(!existsSync(path.join(ROOT, 'PWNED4')));
  const scan = await runCli(['scan', file], { cwd: dir });
  assert.equal(scan.code, 0, scan.err);
  assert.deepEqual(listing(dir), before);
});

test('CLI: a sidecar with hostile ids, notes and text is read as data only', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'article.txt');
  const text = hostileArticle(dir);
  writeFileSync(file, text);
  const start = text.indexOf('The company denied');
  const tagged = text.slice(start, text.indexOf('\n', start));
  writeFileSync(`${file}.factmark.json`, JSON.stringify({
    version: 1,
    claims: [{ id: `../../${path.basename(dir)}/x $(touch ${dir}/PWNED5)`, start: [...text.slice(0, start)].length, end: [...text.slice(0, start)].length + [...tagged].length, text: tagged, status: 'disputed', note: `\`touch ${dir}/PWNED6\``, prefix: '', suffix: '' }],
  }));
  const before = listing(dir);
  const r = await runCli(['export', file], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as { claims: { id: string; origin: string; note: string | null }[] };
  assert.ok(json.claims.some((c) => c.origin === 'user' && c.id.startsWith('../../') && c.note?.includes('PWNED6')));
  assert.deepEqual(listing(dir), before);
  assert.ok(!existsSync(path.join(dir, 'PWNED5')) && !existsSync(path.join(dir, 'PWNED6')));
});

test('server: tagging a hostile article writes exactly its own sidecar, and its export writes nothing', async (t) => {
  const root = tempDir();
  const dir = path.join(root, 'ws');
  mkdirSync(dir);
  const file = path.join(dir, 'article.txt');
  const text = hostileArticle(dir);
  writeFileSync(file, text);
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const uri = uriOf(file);
  await c.open(uri, text);
  const beforeRoot = listing(root);
  const { annotations } = await c.request<{ annotations: unknown }>(ExportDocumentRequest.method, { uri });
  assert.ok(annotations);
  assert.deepEqual(listing(root), beforeRoot, 'the server export returns JSON and writes no file');
  const sentence = text.split('\n')[3]!;
  const r = await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(text, sentence), status: 'disputed' });
  assert.equal(r.claim.text, sentence);
  assert.deepEqual(listing(root), [...beforeRoot, 'ws/article.txt.factmark.json'].sort(), 'only the sidecar beside the article was written');
  for (const p of ['PWNED', 'PWNED2', 'PWNED3']) assert.ok(!existsSync(path.join(dir, p)));
  assert.ok(!existsSync(path.join(root, 'evil.factmark.json')));
});

test('server: a sidecar that is a symbolic link out of the workspace is replaced, never written through', async (t) => {
  const outside = tempDir();
  const victim = path.join(outside, 'victim.json');
  const victimBytes = JSON.stringify({ version: 1, claims: [] });
  writeFileSync(victim, victimBytes);
  const dir = tempDir();
  const file = path.join(dir, 'article.txt');
  const text = hostileArticle(dir);
  writeFileSync(file, text);
  symlinkSync(victim, `${file}.factmark.json`);
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  const uri = uriOf(file);
  await c.open(uri, text);
  await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(text, text.split('\n')[3]!), status: 'verified' });
  assert.equal(readFileSync(victim, 'utf8'), victimBytes, 'the file the link pointed to is untouched');
  assert.match(readFileSync(`${file}.factmark.json`, 'utf8'), /"status": "verified"/);
});

test('server, untrusted workspace: a hostile article is analysed (hover, export), tagging is refused and nothing is written', async (t) => {
  const dir = tempDir();
  const file = path.join(dir, 'article.txt');
  const text = hostileArticle(dir);
  writeFileSync(file, text);
  const c = await startServer({ workspace: dir, trusted: false, settings: { debounceMs: 0 } }, t);
  const uri = uriOf(file);
  await c.open(uri, text);
  const diags = await c.waitForDiagnostics(uri);
  assert.ok(!diags.some((d) => d.code === 'not-analysed'), diags.map(messageOf).join('; '));
  const { annotations } = await c.request<{ annotations: { people: { name: string }[] } }>(ExportDocumentRequest.method, { uri });
  assert.ok(annotations.people.some((p) => p.name === 'Ana Costa'));
  const before = listing(dir);
  await assert.rejects(c.request(SetClaimStatusRequest.method, { uri, range: rangeOf(text, text.split('\n')[3]!), status: 'verified' }), /not trusted/);
  assert.deepEqual(listing(dir), before);
});

test('manifest: untrusted workspaces are supported in a limited way, and the description says sidecars need trust', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: string; restrictedConfigurations?: string[] } } };
  const u = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(u?.supported, 'limited');
  assert.match(u?.description ?? '', /analys/i);
  assert.match(u?.description ?? '', /sidecar/i);
  assert.match(u?.description ?? '', /trusted/i);
});
