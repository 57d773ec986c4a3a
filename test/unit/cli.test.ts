import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { sidecarPathFor, updateSidecar } from '../../server/src/store';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, isTTY: false });
  return { code, out, err };
}

const sample = join(__dirname, '../../examples/libya-ceasefire-talks.txt');

describe('factmark CLI', () => {
  it('exports one object for one file, with the reference date it was given', async () => {
    const r = await run(['export', '--published', '2020-01-13', sample]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.document.published, '2020-01-13');
    assert.equal(json.dates.find((d: { text: string }) => d.text === 'January 13th').value, '2020-01-13');
    const disputed = json.claims.find((c: { status: string }) => c.status === 'disputed');
    assert.equal(disputed.cue, 'despite its denials');
    assert.match(json.document.sha256, /^[0-9a-f]{64}$/);
  });
  it('exports JSON Lines for several files, an error line for a bad one, and exits non-zero at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-cli-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x00, 0x01]));
    const r = await run(['export', sample, join(dir, 'binary.txt'), join(dir, 'missing.txt'), sample]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.ok(lines[0].people.length > 0);
    assert.match(lines[1].error, /binary/);
    assert.match(lines[2].error, /no such file/);
    assert.ok(lines[3].people.length > 0);
    assert.match(r.err, /binary\.txt: binary/);
  });
  it('expands folders to the articles inside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-dir-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Mayor Ana Costa said "yes".');
    writeFileSync(join(dir, 'sub', 'b.news'), 'Nothing here.');
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    const r = await run(['export', dir]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 2);
  });
  it('reports an unreadable file plainly', async (t) => {
    if (process.getuid?.() === 0) t.diagnostic('running as root: permission bits do not stop reads, checked by error text only');
    const dir = mkdtempSync(join(tmpdir(), 'factmark-perm-'));
    const f = join(dir, 'locked.txt');
    writeFileSync(f, 'text');
    chmodSync(f, 0o000);
    const r = await run(['export', f]);
    if (process.getuid?.() === 0) assert.equal(r.code, 0);
    else { assert.equal(r.code, 1); assert.match(r.err, /permission denied/); }
  });
  it('prints a readable scan report', async () => {
    const r = await run(['scan', sample]);
    assert.equal(r.code, 0);
    assert.match(r.out, /People \(\d+\)/);
    assert.match(r.out, /Sergei Lavrov\s+3\s+Russian Foreign Minister/);
    assert.match(r.out, /Who said what/);
    assert.match(r.out, /\[disputed\] Moscow, despite its denials/);
    assert.match(r.out, /2014, 2020, 2025/);
  });
  it('rejects a malformed reference date and unknown options', async () => {
    assert.equal((await run(['export', '--published', '13/01/2020', sample])).code, 2);
    assert.equal((await run(['export', '--frobnicate', sample])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
  });
  it('leaves the input file untouched', async () => {
    const before = readFileSync(sample);
    await run(['export', sample]);
    assert.deepEqual(readFileSync(sample), before);
  });
});

describe('factmark CLI with the user\'s tags', () => {
  const copySample = (): { path: string; text: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-tags-'));
    const path = join(dir, 'article.txt');
    const text = readFileSync(sample, 'utf8');
    writeFileSync(path, text);
    return { path, text };
  };
  const tag = (text: string, exact: string, status: 'verified' | 'disputed' | 'pending') => {
    const start = [...text.slice(0, text.indexOf(exact))].length;
    return {
      id: `tag:${start}`, start, end: start + [...exact].length, text: exact, status, origin: 'user' as const, cue: null, quote: null,
      note: 'checked against the AFP wire', updated: '2026-11-27T10:00:00.000Z', by: 'tester',
      prefix: text.slice(Math.max(0, text.indexOf(exact) - 32), text.indexOf(exact)), suffix: text.slice(text.indexOf(exact) + exact.length, text.indexOf(exact) + exact.length + 32),
    };
  };
  it('includes sidecar tags with origin user', async () => {
    const { path, text } = copySample();
    const exact = 'The two men did not meet physically, however.';
    await updateSidecar(path, text, 'factmark test', (records) => [...records, tag(text, exact, 'verified')]);
    const r = await run(['export', path]);
    assert.equal(r.code, 0, r.err);
    const claim = JSON.parse(r.out).claims.find((c: { origin: string }) => c.origin === 'user');
    assert.equal(claim.text, exact);
    assert.equal(claim.status, 'verified');
    assert.equal(claim.note, 'checked against the AFP wire');
  });
  it('lists a tag whose text is gone under orphaned and says so', async () => {
    const { path, text } = copySample();
    await updateSidecar(path, text, 'factmark test', (records) => [...records, tag(text, 'The two men did not meet physically, however.', 'disputed')]);
    writeFileSync(path, text.replace('The two men did not meet physically, however.', 'They met.'));
    const r = await run(['export', path]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.orphaned.length, 1);
    assert.equal(json.orphaned[0].status, 'disputed');
    assert.match(r.err, /no longer in the article/);
  });
  it('exports without tags, and says why, when the sidecar is corrupt; the sidecar stays as it was', async () => {
    const { path } = copySample();
    writeFileSync(sidecarPathFor(path), '{ not json');
    const r = await run(['export', path]);
    assert.equal(r.code, 0);
    assert.match(r.err, /tags not included/);
    assert.equal(readFileSync(sidecarPathFor(path), 'utf8'), '{ not json');
  });
});
