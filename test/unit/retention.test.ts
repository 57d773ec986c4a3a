// Memos and caches of the analyser outlive the text their strings come from: the word memos of
// names.ts and people.ts, and the paragraph cache of an analyser (analyze.ts) until its next
// analysis. In V8 a slice can keep the whole string it was cut from alive, so what they keep must
// be own copies (ownCopy.ts); else every version of a long article whose words reached them stays
// in memory. Measured on the heap: a long text whose slices went through them must be collected.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, createAnalyzer } from '../../server/src/analysis';
import { updateAfterEdit } from '../../server/src/analysis/incremental';
import { editDistance, foldName } from '../../server/src/analysis/names';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROOT = join(__dirname, '..', '..');
const sample = readFileSync(join(ROOT, 'examples', 'libya-ceasefire-talks.txt'), 'utf8');
const LONG_CHARS = 4_000_000;

/**
 * Heap in use after `use` ran on a short article sliced from a long text that nothing holds
 * afterwards, minus before. The article names words never seen before (memo misses).
 */
function retainedBy(use: (article: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  (() => {
    const tag = String(Math.random()).slice(2, 8);
    const article = `Représentatives${tag} said on Monday.\n\nMaximiliana Wolkenstein${tag}, the Internationalisation${tag} envoy, said “nothing”.\n\n${sample}`;
    const long = `${article}${' filler’'.repeat(LONG_CHARS / 8)}`;
    long.charCodeAt(0); // one flat string, as an editor's text is
    use(long.slice(0, article.length));
  })();
  // V8 keeps the subject of the last regular-expression match (for RegExp.lastMatch and the like):
  // in a server the next match replaces it; here one on a short string must.
  /x/.exec('x');
  gc();
  return process.memoryUsage().heapUsed - before;
}

describe('memos and caches keep no long text alive', () => {
  const longBytes = 2 * LONG_CHARS;

  it('the name memos (fold, edit distance)', () => {
    const retained = retainedBy((article) => {
      const words = article.match(/\S{13,}/g)!;
      for (const w of words) foldName(w);
      editDistance(words[0]!, words[1]!);
    });
    assert.ok(retained < longBytes / 8, `${(retained / 1e6).toFixed(1)} MB retained`);
  });

  it('an analyser: its word memos and its paragraph cache', () => {
    const analyzer = createAnalyzer();
    retainedBy((article) => analyzer.analyze(article)); // first use fills the word lists and compiles
    const retained = retainedBy((article) => analyzer.analyze(article));
    assert.ok(analyzer); // alive, with its cache, until measured
    assert.ok(retained < longBytes / 8, `${(retained / 1e6).toFixed(1)} MB retained`);
  });

  it('an analysis updated after a keystroke', () => {
    // The server keeps such an analysis until the next full one; what it found afresh in the edited
    // paragraph was sliced from the keystroke's text (two-byte, flat, as an editor's).
    const old = `Heading\n\nMaximiliana Wolkenstein said “nothing” on Monday.\n\n${sample}\n\n${'—'.repeat(LONG_CHARS)}`;
    const previous = analyze(old);
    const at = old.indexOf('nothing') + 3;
    let kept: unknown = null;
    const retained = retainedBy(() => {
      const edited = `${old.slice(0, at)}e${old.slice(at)}`;
      edited.charCodeAt(0);
      kept = updateAfterEdit(previous, old, edited, { start: at, end: at, text: 'e' });
    });
    assert.ok(kept, 'the edit took the fast path');
    assert.ok(retained < longBytes / 8, `${(retained / 1e6).toFixed(1)} MB retained`);
  });
});

