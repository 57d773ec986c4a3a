// Server features below the protocol: the line index kept across edits (lineIndex.ts), the
// encoding a full analysis travels in from the analysis thread (analysisWire.ts), the flattening
// of nested spans into semantic tokens (semanticTokens.ts) and the edit path's warm-up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { AnalysisDecoder, encodeAnalysis } from '../../server/src/features/analysisWire';
import { buildModel } from '../../server/src/features/documentModel';
import { warmEditPathOnce } from '../../server/src/features/editWarmUp';
import { LineIndex } from '../../server/src/features/lineIndex';
import { LONG_ARTICLE, OpeningCollector } from '../../server/src/features/openingCollector';
import { SemanticTokensProvider } from '../../server/src/features/semanticTokens';

const ROOT = join(__dirname, '..', '..');
const sample = readFileSync(join(ROOT, 'examples', 'libya-ceasefire-talks.txt'), 'utf8');

function starts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, i) => index.lineStart(i));
}

describe('LineIndex.afterEdit', () => {
  it('equals the index of the edited text built from scratch, whatever the line ends', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, x, y) => {
      const start = x % (before.length + 1);
      const end = start + (y % (before.length - start + 1));
      const after = before.slice(0, start) + inserted + before.slice(end);
      const edited = new LineIndex(before).afterEdit(after, start, end, inserted);
      assert.deepEqual(starts(edited), starts(new LineIndex(after)));
      assert.equal(edited.text, after);
    }), { numRuns: 3000 });
  });
});

describe('LineIndex', () => {
  it('finds every line end of a long text (\\n, \\r\\n, lone \\r) as a reading unit by unit does', () => {
    const piece = fc.constantFrom('word ', 'a', '\n', '\r', '\r\n', '\n\n', 'ü', '😀');
    const text = fc.array(piece, { minLength: 200, maxLength: 1500 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      const expected = [0];
      for (let i = 0; i < t.length; i++) {
        if (t[i] === '\n' || (t[i] === '\r' && t[i + 1] !== '\n')) expected.push(i + 1);
      }
      assert.deepEqual(starts(new LineIndex(t)), expected);
    }), { numRuns: 300 });
  });
});

describe('semantic tokens', () => {
  // Per character: the covering span of highest priority, on a tie the one starting later (then the
  // first listed); runs of one span on one line make a token. What flatten() must equal.
  interface Layer { start: number; end: number; priority: number; type: number; modifiers: number; order: number }
  function reference(text: string, layers: Layer[]): number[][] {
    const lines = new LineIndex(text);
    const out: number[][] = [];
    let run: { layer: Layer; line: number; from: number; to: number } | null = null;
    const flush = (): void => {
      if (run) out.push([run.line, run.from - lines.lineStart(run.line), run.to - run.from, run.layer.type, run.layer.modifiers]);
      run = null;
    };
    for (let i = 0; i < text.length; i++) {
      const line = lines.lineOf(i);
      if (i >= lines.lineEnd(line)) { flush(); continue; } // a line break belongs to no token
      let top: Layer | null = null;
      for (const l of layers) if (l.start <= i && i < l.end && (!top || l.priority > top.priority || (l.priority === top.priority && l.start > top.start))) top = l;
      if (run && top === run.layer && run.line === line && run.to === i) { run.to = i + 1; continue; }
      flush();
      if (top) run = { layer: top, line, from: i, to: i + 1 };
    }
    flush();
    return out;
  }

  it('flattens nested and overlapping spans as a character-by-character reading does', () => {
    const textArb = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r'), { minLength: 1, maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.nat(3)), { maxLength: 12 }), (text, raw) => {
      const spans = raw.map(([s, len, kind]) => ({ start: s % text.length, end: Math.min(text.length, (s % text.length) + len), kind }));
      const date = spans.filter((x) => x.kind === 0);
      const person = spans.filter((x) => x.kind === 1);
      const quote = spans.filter((x) => x.kind === 2);
      const claim = spans.filter((x) => x.kind === 3);
      const analysis = {
        published: null, publishedSource: 'none' as const, anchorYear: null,
        people: [{ id: 'person:1', name: 'P', aliases: [], roles: [], mentions: person.map((m) => ({ ...m, text: text.slice(m.start, m.end) })) }],
        dates: date.map((d) => ({ ...d, text: '', kind: 'date' as const, value: null, resolution: '' })),
        quotes: quote.map((q, i) => ({ ...q, text: '', id: `quote:${i + 1}`, speaker: null, source: null, cue: null })),
        claims: claim.map((c, i) => ({ ...c, text: '', id: `claim:${i + 1}`, status: 'pending' as const, origin: 'detected' as const, cue: null, cueSpan: null, quote: null, note: null, updated: null })),
      };
      const model = buildModel({ uri: 'file:///t.txt', version: 1, text, analysis: analysis as never, skipped: null, sidecarError: null, orphaned: [], setBy: new Map() });
      // Layers as semanticTokens.ts lists them: claims (1), quotes (2), dates and people (4).
      const layers: Layer[] = [];
      const add = (list: { start: number; end: number }[], priority: number, type: number, modifiers: number): void => {
        for (const x of list) if (x.end > x.start) layers.push({ ...x, priority, type, modifiers, order: layers.length });
      };
      add(claim, 1, 4, 1 << 2);
      add(quote, 2, 2, 0);
      add(date, 4, 1, 0);
      add(person, 4, 0, 0);
      layers.sort((x, y) => x.start - y.start || x.order - y.order);
      const data = new SemanticTokensProvider().full(model).data;
      const absolute: number[][] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
        absolute.push([line, char, data[i + 2]!, data[i + 3]!, data[i + 4]!]);
      }
      assert.deepEqual(absolute, reference(text, layers));
    }), { numRuns: 3000 });
  });
});

describe('semantic tokens delta', () => {
  it('patches the previous answer into the new one, for edits anywhere, line breaks included', () => {
    const model = (text: string, version: number) => buildModel({ uri: 'file:///delta.txt', version, text, analysis: analyze(text, { published: '2020-01-13' }), skipped: null, sidecarError: null, orphaned: [], setBy: new Map() });
    const inserted = fc.constantFrom('', 'x', ' Barack Obama said', '\n', '\n\n', 'on Monday, ', '“No,” he said. ');
    fc.assert(fc.property(fc.nat(), fc.nat(40), inserted, (at, cut, insert) => {
      const start = at % sample.length;
      const after = sample.slice(0, start) + insert + sample.slice(Math.min(sample.length, start + cut));
      const provider = new SemanticTokensProvider();
      const first = provider.full(model(sample, 1));
      const next = model(after, 2);
      const delta = provider.delta(next, first.resultId!);
      assert.ok('edits' in delta, 'a delta against the last result');
      const patched = [...first.data];
      for (const e of [...delta.edits].reverse()) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
      assert.deepEqual(patched, new SemanticTokensProvider().full(next).data);
    }), { numRuns: 150 });
  });
});

describe('edit path warm-up', () => {
  it('changes nothing of the model it types into, and stops once the model is replaced', async () => {
    const text = `${sample}\n\n`.repeat(5);
    const analysis = analyze(text, {});
    const model = buildModel({ uri: 'file:///warm.txt', version: 3, text, analysis, skipped: null, sidecarError: null, orphaned: [], setBy: new Map() });
    const tokens = new SemanticTokensProvider().full(model).data;
    const before = JSON.stringify(analysis);
    let turns = 0;
    warmEditPathOnce(model, analysis, {}, () => ++turns <= 3, (m) => assert.fail(m));
    while (turns <= 3) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    assert.equal(turns, 4, 'three throwaway edits, then it stopped at the fourth turn');
    assert.equal(model.text, text);
    assert.equal(model.version, 3);
    assert.equal(JSON.stringify(model.analysis), before);
    assert.deepEqual(new SemanticTokensProvider().full(model).data, tokens);
  });
});

describe('analysis wire format', () => {
  it('decodes to the very analysis that was encoded, chunk by chunk', () => {
    const text = `${sample}\n\n`.repeat(10);
    const analysis = analyze(text, { published: '2020-01-13' });
    const encoded = encodeAnalysis(analysis, text, 2000); // small chunks: several per list
    assert.ok(encoded.chunks.length > 4, 'several chunks');
    const decoder = new AnalysisDecoder(encoded, text);
    let steps = 0;
    let decoded = null;
    while (!decoded) {
      decoded = decoder.step();
      steps++;
    }
    assert.equal(steps, encoded.chunks.length);
    assert.deepEqual(JSON.parse(JSON.stringify(decoded)), JSON.parse(JSON.stringify(analysis)));
  });

  it('keeps a span text that is not its stretch of the article', () => {
    const text = 'Sergei Lavrov said on Monday that "the talks went well".';
    const analysis = analyze(text, {});
    const odd = { ...analysis, dates: [{ start: 0, end: 6, text: 'not the text', kind: 'date' as const, value: null, resolution: 'r' }] };
    assert.equal(new AnalysisDecoder(encodeAnalysis(odd, text), text).all().dates[0]!.text, 'not the text');
  });
});

describe('collecting the garbage of opening a long article', () => {
  it('collects after a long article only, and does nothing without --expose-gc', () => {
    let collections = 0;
    const collector = new OpeningCollector(() => void collections++);
    assert.equal(collector.afterHandingOver(LONG_ARTICLE - 1), false);
    assert.equal(collections, 0);
    assert.equal(collector.afterHandingOver(LONG_ARTICLE), true);
    assert.equal(collections, 1);
    assert.equal(new OpeningCollector(null).afterHandingOver(10 * LONG_ARTICLE), false);
  });
});
