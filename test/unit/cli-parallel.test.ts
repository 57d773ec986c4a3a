// The parallel export (worker threads) against the sequential one: same lines, same order, same
// exit status, including an unreadable file and a sidecar warning in the middle of the run. An
// explicit --jobs 2 takes the parallel path however little text there is.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { parseOptions } from '../../server/src/cli/options';
import { sidecarPathFor } from '../../server/src/store';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, isTTY: false });
  return { code, out, err };
}

/** ~30 small articles: the examples and test corpus, repeated under names that sort in a known order. */
function folderOfArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-parallel-'));
  const sources = [join(__dirname, '../../examples'), join(__dirname, '../corpus/extra')]
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
  for (let i = 0; i < 30; i++) {
    const sub = join(dir, i % 3 === 0 ? 'b' : 'a');
    mkdirSync(sub, { recursive: true });
    copyFileSync(sources[i % sources.length]!, join(sub, `${String(i).padStart(2, '0')}.txt`));
  }
  writeFileSync(join(dir, 'b', '15.txt'), Buffer.from([0x50, 0x00, 0x01])); // binary: an error line
  writeFileSync(sidecarPathFor(join(dir, 'a', '04.txt')), '{ not json'); // a warning on stderr
  return dir;
}

describe('factmark export on worker threads', () => {
  it('writes the same JSON Lines, in the same order, as the sequential export', async () => {
    const dir = folderOfArticles();
    const sequential = await run(['export', '--jobs', '1', dir]);
    const parallel = await run(['export', '--jobs=2', dir]);
    const lines = parallel.out.trimEnd().split('\n');
    assert.equal(lines.length, 30);
    assert.equal(parallel.out, sequential.out);
    assert.equal(parallel.code, 1); // the binary file
    assert.equal(sequential.code, 1);
    // The same messages; none saying the workers fell back to this thread.
    assert.equal(parallel.err, sequential.err);
    assert.doesNotMatch(parallel.err, /worker threads could not start/);
    assert.match(parallel.err, /15\.txt: binary/);
    assert.match(parallel.err, /04\.txt: tags not included/);
    // Argument order: the folder's files sorted by path (a/ before b/).
    const uris = lines.map((l) => (JSON.parse(l) as { document: { uri: string } }).document.uri);
    assert.deepEqual(uris, [...uris].sort());
    assert.ok(uris[0]!.endsWith('/a/01.txt') && uris.at(-1)!.endsWith('/b/27.txt'));
  });
  it('keeps the order of the arguments, not of the folder, and repeats a file given twice', async () => {
    const dir = folderOfArticles();
    const files = readdirSync(join(dir, 'a')).filter((f) => f.endsWith('.txt')).map((f) => join(dir, 'a', f)).reverse();
    const args = ['export', ...files, files[0]!];
    const sequential = await run([...args, '--jobs', '1']);
    const parallel = await run([...args, '--jobs', '2']);
    assert.equal(parallel.code, 0, parallel.err);
    assert.equal(parallel.out, sequential.out);
    const lines = parallel.out.trimEnd().split('\n');
    assert.equal(lines.length, files.length + 1);
    assert.equal(lines[0], lines.at(-1));
  });
  it('checks --jobs', () => {
    const bad = (args: string[]) => { const p = parseOptions('export', args); return p.ok ? '' : p.message; };
    assert.match(bad(['--jobs', '0', 'x']), /--jobs needs a whole number/);
    assert.match(bad(['--jobs', 'two', 'x']), /--jobs needs a whole number/);
    assert.match(bad(['--jobs']), /got nothing/);
    const p = parseOptions('scan', ['--jobs', '2', 'x']);
    assert.ok(!p.ok && /export only/.test(p.message));
    const d = parseOptions('export', ['x']);
    assert.ok(d.ok && d.options.jobs === null, 'without --jobs, the export decides by the amount of text');
  });
});
