// The annotation store over LSP: tags reach the sidecar, survive restarts, follow edits, re-anchor
// after external changes, become orphans (never dropped) when their text goes, are never written
// over a corrupt or newer sidecar, and two writers keep each other's tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { ListClaimsRequest, SetClaimStatusRequest } from '../../common/src/protocol';
import type { ClaimInfo, SetClaimResult } from '../../common/src/protocol';
import { SAMPLE, startServer, tempDir, uriOf, rangeOf, positionOf, poll, messageOf } from './harness';
import type { TestClient } from './harness';

const SENTENCE = 'The two men did not meet physically, however.';
const OTHER = 'With AFP';

function article(): { dir: string; file: string; uri: string; text: string } {
  const dir = tempDir();
  const file = path.join(dir, 'libya.txt');
  copyFileSync(SAMPLE, file);
  return { dir, file, uri: uriOf(file), text: readFileSync(file, 'utf8') };
}

async function tag(c: TestClient, uri: string, text: string, needle: string, status: 'verified' | 'disputed' | 'pending' = 'verified'): Promise<ClaimInfo> {
  const r = await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(text, needle), status });
  return r.claim;
}

async function claims(c: TestClient, uri: string): Promise<ClaimInfo[]> {
  return c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri });
}

async function userClaim(c: TestClient, uri: string, id: string): Promise<ClaimInfo | undefined> {
  return (await claims(c, uri)).find((x) => x.id === id);
}

test('tag → sidecar on disk → restart → tag still there', async (t) => {
  const a = article();
  let c = await startServer({ workspace: a.dir }, t);
  await c.open(a.uri, a.text);
  const claim = await tag(c, a.uri, a.text, SENTENCE, 'verified');
  assert.equal(claim.origin, 'user');
  assert.equal(claim.status, 'verified');
  assert.deepEqual(claim.range, rangeOf(a.text, SENTENCE));
  const sidecar = a.file + '.factmark.json';
  const onDisk = JSON.parse(readFileSync(sidecar, 'utf8'));
  assert.equal(onDisk.version, 1);
  assert.equal(onDisk.claims.length, 1);
  const rec = onDisk.claims[0];
  assert.equal(rec.text, SENTENCE);
  assert.equal(rec.origin, 'user');
  assert.equal(rec.start, [...a.text.slice(0, a.text.indexOf(SENTENCE))].length);
  assert.ok(a.text.slice(0, a.text.indexOf(SENTENCE)).endsWith(rec.prefix) && rec.prefix.length > 0);
  assert.ok(a.text.slice(a.text.indexOf(SENTENCE) + SENTENCE.length).startsWith(rec.suffix) && rec.suffix.length > 0);
  assert.ok(rec.updated && rec.by);
  await c.stop();

  c = await startServer({ workspace: a.dir }, t);
  await c.open(a.uri, a.text);
  const again = await userClaim(c, a.uri, claim.id);
  assert.ok(again, 'tag is listed after a restart');
  assert.equal(again.status, 'verified');
  assert.equal(again.orphaned, false);
  assert.deepEqual(again.range, claim.range);
  await c.stop();
});

test('tags follow typing: edits before and inside the tag shift and grow it', async (t) => {
  const a = article();
  const c = await startServer({ workspace: a.dir, settings: { debounceMs: 50 } }, t);
  await c.open(a.uri, a.text);
  const claim = await tag(c, a.uri, a.text, SENTENCE);
  // Insert a line at the top of the document.
  await c.change(a.uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'BREAKING\n' }]);
  let text = 'BREAKING\n' + a.text;
  let now = await userClaim(c, a.uri, claim.id);
  assert.deepEqual(now?.range, rangeOf(text, SENTENCE));
  // Type inside the tag: "did not" → "did not ever".
  const inside = rangeOf(text, 'did not').end;
  await c.change(a.uri, [{ range: { start: inside, end: inside }, text: ' ever' }]);
  text = text.replace('did not', 'did not ever');
  now = await userClaim(c, a.uri, claim.id);
  const grown = 'The two men did not ever meet physically, however.';
  assert.equal(now?.text, grown);
  assert.deepEqual(now?.range, rangeOf(text, grown));
  assert.equal(now?.orphaned, false);
  await c.stop();
});

test('an external edit (whole text replaced) re-anchors the tag by its text and context', async (t) => {
  const a = article();
  const c = await startServer({ workspace: a.dir, settings: { debounceMs: 0 } }, t);
  await c.open(a.uri, a.text);
  const claim = await tag(c, a.uri, a.text, SENTENCE, 'disputed');
  // What a reload after a git checkout looks like: a full-text change, paragraphs moved around.
  const moved = 'Editor\'s note: updated.\n\n' + a.text.replace('Observation mission under discussion', 'Observation mission (updated)');
  await c.change(a.uri, [{ text: moved }]);
  const now = await userClaim(c, a.uri, claim.id);
  assert.ok(now);
  assert.equal(now.orphaned, false);
  assert.equal(now.status, 'disputed');
  assert.deepEqual(now.range, rangeOf(moved, SENTENCE));
  await c.stop();

  // And the file changed on disk while no editor had it open.
  writeFileSync(a.file, 'Correction appended at the top.\r\n\r\n' + a.text);
  const c2 = await startServer({ workspace: a.dir }, t);
  const disk = readFileSync(a.file, 'utf8');
  await c2.open(a.uri, disk);
  const reopened = await userClaim(c2, a.uri, claim.id);
  assert.equal(reopened?.orphaned, false);
  assert.deepEqual(reopened?.range, rangeOf(disk, SENTENCE));
  await c2.stop();
});

test('a repeated sentence: the tag stays on the copy whose context matches', async (t) => {
  const dir = tempDir();
  const file = path.join(dir, 'twice.txt');
  const para = (n: number) => `Paragraph ${n} opens here. The minister denied it. Paragraph ${n} closes here.\n\n`;
  const text = para(1) + para(2) + para(3);
  writeFileSync(file, text);
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  await c.open(uriOf(file), text);
  const second = text.indexOf('The minister denied it.', text.indexOf('Paragraph 2'));
  const r = await c.request<SetClaimResult>(SetClaimStatusRequest.method, {
    uri: uriOf(file),
    range: { start: positionOf(text, second), end: positionOf(text, second + 'The minister denied it.'.length) },
    status: 'pending',
  });
  // Remove paragraph 1 from outside: the tag must stay with paragraph 2's copy.
  const edited = para(2) + para(3);
  await c.change(uriOf(file), [{ text: edited }]);
  const now = await userClaim(c, uriOf(file), r.claim.id);
  assert.deepEqual(now?.range, rangeOf(edited, 'The minister denied it.'));
  assert.equal(now?.range.start.line, 0);
  await c.stop();
});

test('a tag whose text is gone is orphaned (list, diagnostic, hover), kept on disk, and comes back with its text', async (t) => {
  const a = article();
  const c = await startServer({ workspace: a.dir, settings: { debounceMs: 0 } }, t);
  await c.open(a.uri, a.text);
  const claim = await tag(c, a.uri, a.text, SENTENCE);
  const without = a.text.replace(SENTENCE, 'They met.');
  await c.change(a.uri, [{ text: without }]);
  const orphan = await userClaim(c, a.uri, claim.id);
  assert.ok(orphan, 'an orphan is listed, not dropped');
  assert.equal(orphan.orphaned, true);
  assert.equal(orphan.text, SENTENCE);
  const diags = await c.waitForDiagnostics(a.uri, (d) => d.some((x) => x.code === 'orphaned'));
  const d = diags.find((x) => x.code === 'orphaned')!;
  assert.match(messageOf(d), /no longer in the article/);
  const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: a.uri }, position: d.range.start });
  assert.match(hover?.contents.value ?? '', /Orphaned tag/);
  // Not moved to other text, and the sidecar still holds it.
  assert.equal((await claims(c, a.uri)).filter((x) => x.id === claim.id && !x.orphaned).length, 0);
  assert.equal(JSON.parse(readFileSync(a.file + '.factmark.json', 'utf8')).claims[0].text, SENTENCE);
  // An orphan's status can still be set (by id); it stays an orphan with its text.
  const set = await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri: a.uri, claimId: claim.id, status: 'disputed' });
  assert.equal(set.claim.orphaned, true);
  assert.equal(set.claim.status, 'disputed');
  assert.equal(JSON.parse(readFileSync(a.file + '.factmark.json', 'utf8')).claims[0].status, 'disputed');
  // Undo: the text returns and so does the tag.
  await c.change(a.uri, [{ text: a.text }]);
  const back = await userClaim(c, a.uri, claim.id);
  assert.equal(back?.orphaned, false);
  assert.equal(back?.status, 'disputed');
  assert.deepEqual(back?.range, rangeOf(a.text, SENTENCE));
  await c.stop();
});

for (const [label, content] of [
  ['corrupt', '{ "version": 1, "claims": [ {"id": "user:1", "start": 0,'],
  ['newer-version', JSON.stringify({ version: 2, kind: 'factmark-tags', claims: [], future: { field: true } }, null, 2)],
] as const) {
  test(`a ${label} sidecar: the error names the file and the file stays byte-identical`, async (t) => {
    const a = article();
    const sidecar = a.file + '.factmark.json';
    writeFileSync(sidecar, content);
    const before = readFileSync(sidecar);
    const c = await startServer({ workspace: a.dir }, t);
    await c.open(a.uri, a.text);
    const diags = await c.waitForDiagnostics(a.uri, (d) => d.some((x) => x.code === 'sidecar'));
    assert.ok(messageOf(diags.find((x) => x.code === 'sidecar')!).includes(sidecar));
    await assert.rejects(tag(c, a.uri, a.text, SENTENCE), (e: Error) => e.message.includes(sidecar));
    await assert.rejects(
      c.request('workspace/executeCommand', { command: 'factmark.server.setClaimStatus', arguments: [{ uri: a.uri, range: rangeOf(a.text, OTHER), status: 'verified' }] }),
      (e: Error) => e.message.includes(sidecar),
    );
    assert.ok(c.messages.some((m) => m.includes(sidecar)), 'the user is shown the error');
    assert.deepEqual(readFileSync(sidecar), before);
    await c.stop();
    assert.deepEqual(readFileSync(sidecar), before);
  });
}

test('two writers (two servers on one article) keep both tags, also when they write at once', async (t) => {
  const a = article();
  const one = await startServer({ workspace: a.dir }, t);
  const two = await startServer({ workspace: a.dir }, t);
  await one.open(a.uri, a.text);
  await two.open(a.uri, a.text);
  const t1 = await tag(one, a.uri, a.text, SENTENCE, 'verified');
  // `two` read the sidecar before `one` wrote: its write must merge, not replace.
  const t2 = await tag(two, a.uri, a.text, OTHER, 'pending');
  const [t3, t4] = await Promise.all([
    tag(one, a.uri, a.text, 'Observation mission under discussion', 'disputed'),
    tag(two, a.uri, a.text, 'International conference possible on January 19', 'verified'),
  ]);
  const ids = [t1, t2, t3, t4].map((t) => t.id).sort();
  const onDisk = JSON.parse(readFileSync(a.file + '.factmark.json', 'utf8'));
  assert.deepEqual(onDisk.claims.map((r: { id: string }) => r.id).sort(), ids);
  // Each server sees the other's tags too.
  for (const c of [one, two]) {
    const listed = await poll(async () => {
      const l = (await claims(c, a.uri)).filter((x) => x.origin === 'user').map((x) => x.id).sort();
      return l.length === 4 ? l : undefined;
    }, 'both servers to list four tags');
    assert.deepEqual(listed, ids);
  }
  assert.equal(existsSync(a.file + '.factmark.json.lock'), false, 'the lock is released');
  await one.stop();
  await two.stop();
});

test('untrusted workspace: annotations work, writing a sidecar is refused with a clear message', async (t) => {
  const a = article();
  const c = await startServer({ workspace: a.dir, trusted: false }, t);
  await c.open(a.uri, a.text);
  await assert.rejects(tag(c, a.uri, a.text, SENTENCE), /not trusted/);
  assert.equal(existsSync(a.file + '.factmark.json'), false);
  const actions = await c.request<{ title: string; disabled?: { reason: string } }[]>('textDocument/codeAction', {
    textDocument: { uri: a.uri },
    range: rangeOf(a.text, SENTENCE),
    context: { diagnostics: [] },
  });
  const tagAction = actions.find((x) => x.title === 'Tag selection as a claim');
  assert.match(tagAction?.disabled?.reason ?? '', /not trusted/);
  assert.ok((await claims(c, a.uri)).every((x) => x.origin === 'detected'));
  await c.stop();
});
