// The full analysis runs on a worker thread (server/src/features/analysisPool.ts): the server keeps
// answering while a large article is analysed, and survives the thread dying. Orderings and
// messages only, no clocks: a busy machine must not fail these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Hover } from 'vscode-languageserver-protocol';
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from '../../common/src/serverProcess';
import { SAMPLE, poll, positionOf, startServer } from './harness';

const sample = readFileSync(SAMPLE, 'utf8');
const big = (sample + '\n\n').repeat(Math.ceil(1_000_000 / (sample.length + 2)));
const lavrov = (text: string) => positionOf(text, text.indexOf('Lavrov said') + 1);
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('a hover on a small article is answered while a 1 MB article is being analysed', async (t) => {
  const c = await startServer({ settings: { debounceMs: 60_000 } }, t);
  const bigUri = 'untitled:big';
  const smallUri = 'untitled:small';
  await c.open(smallUri, sample);

  const order: string[] = [];
  // Opening an article starts its full analysis at once. On the main thread that analysis would
  // publish before the next message is even read; on the analysis thread the hover comes first.
  const bigAnalysed = c.open(bigUri, big).then(() => order.push('big analysed'));
  const smallHover = c.request<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: lavrov(sample) }).then((h) => {
    order.push('small hover');
    return h;
  });

  assert.match(hoverText(await smallHover), /Sergei Lavrov/);
  await bigAnalysed;
  const bigHover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position: lavrov(big) });
  assert.match(hoverText(bigHover), /Sergei Lavrov/, 'the big article is answered from its full analysis');
  assert.deepEqual(order, ['small hover', 'big analysed']);
});

test('after a line break in a 1 MB article the hover answers at once from the shifted analysis', async (t) => {
  const c = await startServer({ settings: { debounceMs: 60_000 } }, t);
  const bigUri = 'untitled:big';
  await c.open(bigUri, big);
  // A line break is beyond the paragraph fast path: the previous analysis is moved across it, and the
  // full analysis waits for the (one-minute) debounce, so this answer cannot come from it.
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: bigUri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
  });
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: bigUri }, position: lavrov('\n' + big) });
  assert.match(hoverText(hover), /Sergei Lavrov/);
  assert.equal(c.stats.get(bigUri)?.version, 1, 'no full analysis of version 2 was published yet');
});

test('the server survives the analysis thread dying, and ends up analysing on its main thread', async (t) => {
  const marker = 'CRASH-THE-FACTMARK-ANALYSIS-THREAD';
  // Test-only switch read by the worker (analysisWorker.ts): a text with the marker kills it.
  const c = await startServer({ settings: { debounceMs: 0 }, env: { FACTMARK_TEST_WORKER_CRASH_MARKER: marker } }, t);
  const uri = 'untitled:crash';
  const text = `${sample}\n\n${marker}\n`;

  const first = await c.open(uri, text);
  assert.ok(first.people > 0, 'the article killing the thread is still analysed (on the main thread)');
  assert.ok(c.logs.some((l) => /analysis thread stopped.*restarting it/.test(l)), c.logs.join('\n'));
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: lavrov(text) });
  assert.match(hoverText(hover), /Sergei Lavrov/);

  // A healthy article goes to the restarted thread.
  const healthy = await c.open('untitled:healthy', sample);
  assert.equal(healthy.people, first.people);

  // Dying three times in a row (the healthy answer reset the count): the server stops starting
  // threads and analyses here, still answering. The fast path takes an edit inside a paragraph, so
  // each change breaks a line to force a full analysis.
  for (let i = 0; i < 3; i++) {
    const s = await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    assert.equal(s.people, first.people);
  }
  assert.ok(c.logs.some((l) => /analysing on the main thread from now on/.test(l)), c.logs.join('\n'));
  const again = await c.change('untitled:healthy', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
  assert.equal(again.people, first.people);
});

test('an idle analysis thread retires, and a new one takes the next analysis', async (t) => {
  // Test-only: a short idle time instead of 15 s (analysisPool.ts, RETIRE_AFTER_MS).
  const c = await startServer({ settings: { debounceMs: 0 }, env: { FACTMARK_ANALYSIS_THREAD_IDLE_MS: '50' } }, t);
  const uri = 'untitled:idle';
  const first = await c.open(uri, sample);
  await poll(() => (c.logs.some((l) => /analysis thread retired/.test(l)) ? true : undefined), 'the idle thread to retire');
  // A line break is beyond the editor's fast path: this is a full analysis, on a new thread.
  const again = await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
  assert.equal(again.people, first.people);
  assert.ok(!c.logs.some((l) => /analysis thread stopped|on the main thread/.test(l)), `a retirement is no crash:\n${c.logs.join('\n')}`);
  await poll(() => (c.logs.filter((l) => /analysis thread retired/.test(l)).length >= 2 ? true : undefined), 'the new thread to retire in turn');
});

test('with the Node options and environment the extension passes, opening a long article collects its garbage, a short one does not', async (t) => {
  const c = await startServer({ settings: { debounceMs: 60_000 }, nodeArgs: SERVER_NODE_OPTIONS, env: SERVER_ENVIRONMENT }, t);
  const collected = (uri: string): boolean => c.logs.some((l) => l.includes(`collected the garbage of opening ${uri}`));
  await c.open('untitled:short', sample);
  await c.open('untitled:long', big);
  assert.ok(collected('untitled:long'), c.logs.join('\n'));
  assert.ok(!collected('untitled:short'), c.logs.join('\n'));
});

