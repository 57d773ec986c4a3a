// A set of lower-case words with a cheap pre-test. Looking a freshly cut word up in a Set hashes the
// whole string; the analyser asks about every word of the text, and most words are in no list. The
// pre-test reads the word's first and last letters and its length from a small bit table, so most
// words are turned away without hashing.

const LETTERS = 27; // a–z, and one bucket for everything else (digits, non-ASCII, punctuation)
const LENGTHS = 16; // 1–15, and one bucket for 16 and longer

function letterBucket(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

function shapeOf(word: string): number {
  const first = letterBucket(word.charCodeAt(0));
  const last = letterBucket(word.charCodeAt(word.length - 1));
  return (first * LETTERS + last) * LENGTHS + Math.min(word.length, LENGTHS - 1);
}

export class WordSet implements ReadonlySet<string> {
  private readonly words: ReadonlySet<string>;
  // One bit per shape: the analyser holds some sixty of these sets in each thread, and a byte per shape
  // kept 11.7 KB of table each.
  private readonly shapes = new Uint8Array((LETTERS * LETTERS * LENGTHS) >> 3);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (w.length === 0) continue;
      const shape = shapeOf(w);
      this.shapes[shape >> 3]! |= 1 << (shape & 7);
    }
  }

  has(word: string): boolean {
    if (word.length === 0) return false;
    const shape = shapeOf(word);
    return (this.shapes[shape >> 3]! & (1 << (shape & 7))) !== 0 && this.words.has(word);
  }

  get size(): number { return this.words.size; }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.words.forEach((v) => fn.call(thisArg, v, v, this));
  }
  entries(): SetIterator<[string, string]> { return this.words.entries(); }
  keys(): SetIterator<string> { return this.words.keys(); }
  values(): SetIterator<string> { return this.words.values(); }
  [Symbol.iterator](): SetIterator<string> { return this.words[Symbol.iterator](); }
}
