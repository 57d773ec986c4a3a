// One full garbage collection of the main thread when a long article has just been handed to the
// analysis thread. Opening it leaves large garbage behind: the JSON-RPC message that carried the
// text (as long as the text, twice over as a two-byte string), the copy posted to the thread. V8
// frees such large objects only in a full collection, and its heuristics let the heap grow by
// several articles' worth first: with ten 1 MB articles opened one after another the server peaked
// about 28 MB higher without this (docs/benchmarks.md). The collection runs while the analysis
// thread works on the article, so the first result is not later for it.
//
// It needs Node's --expose-gc (common/src/serverProcess.ts); without it, nothing happens.

/** Articles shorter than this (in UTF-16 units) leave too little garbage to collect for. */
export const LONG_ARTICLE = 256 * 1024;

type Collect = () => void;

export class OpeningCollector {
  /** The time the last collection took, for the log. */
  lastMs = 0;

  /** `collect`: null without --expose-gc. */
  constructor(private readonly collect: Collect | null = (globalThis as { gc?: Collect }).gc ?? null) {}

  /** Collects if the article just handed over is long; says whether it did. */
  afterHandingOver(textLength: number): boolean {
    if (!this.collect || textLength < LONG_ARTICLE) return false;
    const t = performance.now();
    this.collect();
    this.lastMs = performance.now() - t;
    return true;
  }
}
