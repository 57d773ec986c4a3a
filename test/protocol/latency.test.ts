// Latency over the JSON-RPC connection, on the sample and on a ~1 MB article made by repeating it:
// hover must stay a lookup (p99 ≤ 5 ms on 1 MB), semantic tokens are computed once per analysis.
// Prints the measurements for the project's notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { SAMPLE, positionOf, startServer } from './harness';

const sample = readFileSync(SAMPLE, 'utf8');

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const ms = (x: number) => x.toFixed(2);

for (const [label, text] of [
  ['sample', sample],
  ['1 MB', (sample + '\n\n').repeat(Math.ceil(1_048_576 / (sample.length + 2)))],
] as const) {
  test(`latency on the ${label} article (${Math.round(Buffer.byteLength(text) / 1024)} KB)`, async (t) => {
    const c = await startServer({}, t);
    const uri = `file:///latency/${label.replace(' ', '')}.txt`;
    let t0 = performance.now();
    await c.open(uri, text);
    const openMs = performance.now() - t0;

    t0 = performance.now();
    const full = await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokensFirstMs = performance.now() - t0;
    t0 = performance.now();
    await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokensAgainMs = performance.now() - t0;
    t0 = performance.now();
    await c.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 100, character: 0 }, end: { line: 160, character: 0 } } });
    const rangeMs = performance.now() - t0;

    // Hovers spread over the document: on names, quotes, claims and plain text.
    const needles = ['Lavrov said', 'Some progress', 'despite its denials', 'January 13th', 'With AFP', 'thorny issue'];
    const positions = [];
    for (let at = 0, i = 0; positions.length < 400; i++) {
      const n = needles[i % needles.length]!;
      at = text.indexOf(n, at + 1);
      if (at < 0) at = text.indexOf(n);
      positions.push(positionOf(text, at + 2));
    }
    // Warm up (JIT, first allocation of the hover path) before measuring.
    for (const position of positions.slice(0, 50)) await c.request('textDocument/hover', { textDocument: { uri }, position });
    // Three rounds; the round with the best p99 counts, so that a GC pause or another process on a
    // shared machine does not decide the result. An O(n) hover on 1 MB would fail every round.
    let hoverMs: number[] = [];
    let named = 0;
    for (let round = 0; round < 3; round++) {
      const times: number[] = [];
      named = 0;
      for (const position of positions) {
        const h0 = performance.now();
        const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        times.push(performance.now() - h0);
        if (h) named++;
      }
      if (hoverMs.length === 0 || pct(times, 99) < pct(hoverMs, 99)) hoverMs = times;
    }
    // Edit one paragraph, then the delta for tokens (includes the re-analysis the request triggers).
    const p = positionOf(text, text.indexOf('Observation mission under discussion'));
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: p, end: p }, text: 'New: ' }] });
    t0 = performance.now();
    await c.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: full.resultId });
    const deltaMs = performance.now() - t0;

    const line = `[latency ${label}] open+analyse ${ms(openMs)} ms; tokens full first ${ms(tokensFirstMs)} ms, again ${ms(tokensAgainMs)} ms, range ${ms(rangeMs)} ms, delta after edit ${ms(deltaMs)} ms; hover p50 ${ms(pct(hoverMs, 50))} ms, p99 ${ms(pct(hoverMs, 99))} ms, max ${ms(Math.max(...hoverMs))} ms (best of 3 rounds of ${hoverMs.length} hovers)`;
    t.diagnostic(line);
    process.stdout.write(`# ${line}\n`);
    assert.ok(named > positions.length / 2, 'most hovers found something');
    assert.ok(full.data.length > 0);
    assert.ok(pct(hoverMs, 50) <= 1, `hover p50 ${ms(pct(hoverMs, 50))} ms > 1 ms`);
    assert.ok(pct(hoverMs, 99) <= 5, `hover p99 ${ms(pct(hoverMs, 99))} ms > 5 ms`);
  });
}
