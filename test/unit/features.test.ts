// Server features below the protocol: the line index kept across edits (lineIndex.ts) and the
// encoding a full analysis travels in from the analysis thread (analysisWire.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { AnalysisDecoder, encodeAnalysis } from '../../server/src/features/analysisWire';
import { LineIndex } from '../../server/src/features/lineIndex';

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
