// Server features below the protocol: the line index kept across edits (lineIndex.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/features/lineIndex';

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
