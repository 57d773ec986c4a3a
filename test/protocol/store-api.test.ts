// The store's plain-Node API that the CLI uses: user tags as Claims (UTF-16, origin 'user'),
// orphans reported, unreadable sidecars reported with the file's name, and the overlay rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadUserClaims, overlayUserClaims, updateSidecar, upsertRecord } from '../../server/src/store';
import type { TagRecord } from '../../server/src/store';
import type { Claim } from '../../server/src/analysis/types';
import { tempDir } from './harness';

const TEXT = '😀 Intro.\nThe minister denied the report. Another sentence here.\n';

function record(id: string, text: string, over: Partial<TagRecord> = {}): TagRecord {
  const at = TEXT.indexOf(text);
  const cp = [...TEXT.slice(0, at)].length;
  return { id, start: cp, end: cp + [...text].length, text, status: 'verified', origin: 'user', cue: null, quote: null, note: null, updated: '2024-01-01T00:00:00.000Z', by: 'ana', prefix: TEXT.slice(Math.max(0, at - 8), at), suffix: TEXT.slice(at + text.length, at + text.length + 8), ...over };
}

test('loadUserClaims: tags as user Claims in UTF-16, orphans reported, corrupt sidecar named', async () => {
  const dir = tempDir();
  const article = path.join(dir, 'a.txt');
  writeFileSync(article, TEXT);
  assert.deepEqual(await loadUserClaims(article, TEXT), { claims: [], orphaned: [] });
  await updateSidecar(article, TEXT, 'factmark test', (rs) => upsertRecord(upsertRecord(rs, record('user:1', 'The minister denied the report.')), record('user:2', 'Gone sentence.', { start: 3, end: 17 })));
  const loaded = await loadUserClaims(article, TEXT);
  assert.equal(loaded.error, undefined);
  assert.equal(loaded.claims.length, 1);
  const c = loaded.claims[0]!;
  assert.equal(c.origin, 'user');
  assert.equal(TEXT.slice(c.start, c.end), 'The minister denied the report.');
  assert.equal(c.start, TEXT.indexOf('The minister'), 'UTF-16 offsets (the emoji counts two)');
  assert.deepEqual(loaded.orphaned.map((o) => o.id), ['user:2']);

  const sidecar = article + '.factmark.json';
  writeFileSync(sidecar, '{"version":1,"claims":[{"id":1}]}');
  const before = readFileSync(sidecar);
  const bad = await loadUserClaims(article, TEXT);
  assert.ok(bad.error?.includes(sidecar));
  await assert.rejects(updateSidecar(article, TEXT, 'x', (rs) => rs), (e: Error) => e.message.includes(sidecar));
  assert.deepEqual(readFileSync(sidecar), before);
});

test('overlayUserClaims: a user status on a detected span replaces the status but keeps the cue', () => {
  const base = { text: 'x', quote: null, note: null, updated: null, cueSpan: null };
  const detected: Claim[] = [
    { ...base, id: 'claim:1', start: 10, end: 40, status: 'disputed', origin: 'detected', cue: 'denied', cueSpan: { start: 20, end: 26 } },
    { ...base, id: 'claim:2', start: 50, end: 60, status: 'pending', origin: 'detected', cue: null },
  ];
  const user: Claim[] = [
    { ...base, id: 'user:a', start: 10, end: 40, status: 'verified', origin: 'user', cue: null, note: 'checked', updated: '2024-01-02T00:00:00Z' },
    { ...base, id: 'user:b', start: 0, end: 5, status: 'pending', origin: 'user', cue: null },
  ];
  const merged = overlayUserClaims(detected, user);
  assert.deepEqual(merged.map((c) => [c.id, c.status, c.origin, c.cue]), [
    ['user:b', 'pending', 'user', null],
    ['user:a', 'verified', 'user', 'denied'],
    ['claim:2', 'pending', 'detected', null],
  ]);
  assert.equal(merged[1]!.note, 'checked');
  assert.deepEqual(merged[1]!.cueSpan, { start: 20, end: 26 });
});
