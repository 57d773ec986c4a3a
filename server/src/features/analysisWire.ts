// How a full analysis travels from the analysis thread to the main thread. A structured clone of
// the Analysis object graph (tens of thousands of objects for a 1 MB article) is rebuilt by the
// main thread in one piece as the message arrives: 15–35 ms during which a keystroke waits, paid
// even for a result that is already out of date (the user typed meanwhile), and it leaves the
// objects in V8's slow dictionary shapes. Instead the thread sends the analysis as JSON in UTF-8,
// in chunks of a few hundred kilobytes, in an ArrayBuffer that is transferred (moved, not copied).
// The main thread decodes it only if the text is still current, one chunk per turn of the event
// loop, so a keystroke that arrives meanwhile is answered first (see documents.ts).
import type { Analysis, Span } from '../analysis';

type ListField = 'people' | 'dates' | 'quotes' | 'claims';
const LISTS: readonly ListField[] = ['people', 'dates', 'quotes', 'claims'];
/**
 * Characters of JSON per chunk: JSON.parse reads one in well under a millisecond, so a keystroke
 * arriving while a 1 MB article's result is decoded waits for little (200,000 made turns of up to 12 ms).
 */
const CHUNK_CHARS = 50_000;

export interface EncodedAnalysis {
  /** UTF-8 JSON: the head object, then each chunk (a JSON array of list items). */
  bytes: Uint8Array;
  /** Byte offset where the head ends and each chunk ends, with the list each chunk belongs to. */
  headEnd: number;
  chunks: { field: ListField; end: number }[];
}

type Head = Omit<Analysis, ListField>;

/**
 * The analysis in chunks. Span texts that are exactly their stretch of the article are blanked (the
 * main thread takes them from its own copy of the text, as slices V8 shares with it).
 */
export function encodeAnalysis(analysis: Analysis, text: string, chunkChars = CHUNK_CHARS): EncodedAnalysis {
  const blank = <T extends Span>(s: T): T => (s.end > s.start && s.text === text.slice(s.start, s.end) ? { ...s, text: '' } : s);
  const onWire: Record<ListField, (item: never) => unknown> = {
    people: (p: Analysis['people'][number]) => ({ ...p, mentions: p.mentions.map(blank) }),
    dates: blank,
    quotes: blank,
    claims: blank,
  };
  const { people: _p, dates: _d, quotes: _q, claims: _c, ...head } = analysis;
  // Each chunk goes into the bytes as soon as it is made: the analysis thread's heap peaks while it
  // encodes, and keeping every item's copy and every chunk's string until the end added megabytes.
  const out = new ByteWriter(Math.ceil(text.length * 1.5) + 1024);
  out.write(JSON.stringify(head));
  const headEnd = out.length;
  const chunks: EncodedAnalysis['chunks'] = [];
  for (const field of LISTS) {
    let chunk: string[] = [];
    let size = 0;
    const flush = (): void => {
      out.write(`[${chunk.join(',')}]`);
      chunks.push({ field, end: out.length });
      chunk = [];
      size = 0;
    };
    for (const item of analysis[field]) {
      const json = JSON.stringify(onWire[field](item as never));
      chunk.push(json);
      size += json.length + 1;
      if (size >= chunkChars) flush();
    }
    if (chunk.length > 0) flush();
  }
  return { bytes: out.bytes(), headEnd, chunks };
}

/** UTF-8 into one growing buffer (sized for the usual analysis, so it rarely grows). */
class ByteWriter {
  private buffer: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  get length(): number {
    return this.at;
  }

  write(s: string): void {
    for (;;) {
      const { read, written } = this.encoder.encodeInto(s, this.buffer.subarray(this.at));
      if (read === s.length) {
        this.at += written;
        return;
      }
      // Did not fit: written again from its start into a buffer with room for it (3 bytes a unit at most).
      const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.at + s.length * 3));
      larger.set(this.buffer.subarray(0, this.at));
      this.buffer = larger;
    }
  }

  /** What was written (a view: the buffer behind it may be longer, and is what gets transferred). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.at);
  }
}

/**
 * Decodes an encoded analysis step by step: each `step()` decodes one chunk and answers the whole
 * analysis once the last is done (null until then). Span texts come back as slices of `text`, and
 * the short labels repeated thousands of times ("detected", "date", a resolution sentence) are
 * shared, one string each.
 */
export class AnalysisDecoder {
  private readonly decoder = new TextDecoder();
  private readonly shared = new Map<string, string>();
  private next = 0;
  private readonly result: Analysis;

  constructor(private readonly encoded: EncodedAnalysis, private readonly text: string) {
    const head = JSON.parse(this.decoder.decode(encoded.bytes.subarray(0, encoded.headEnd))) as Head;
    this.result = { ...head, people: [], dates: [], quotes: [], claims: [] };
  }

  get done(): boolean {
    return this.next >= this.encoded.chunks.length;
  }

  /** Decodes the next chunk; the analysis once every chunk is in, else null. */
  step(): Analysis | null {
    const chunks = this.encoded.chunks;
    if (this.next < chunks.length) {
      const { field, end } = chunks[this.next]!;
      const from = this.next === 0 ? this.encoded.headEnd : chunks[this.next - 1]!.end;
      this.next++;
      const items = JSON.parse(this.decoder.decode(this.encoded.bytes.subarray(from, end))) as never[];
      this.fill(field, items);
      const list = this.result[field] as unknown[];
      for (const it of items) list.push(it);
    }
    return this.done ? this.result : null;
  }

  /** All at once (for callers that do not yield). */
  all(): Analysis {
    for (;;) {
      const a = this.step();
      if (a) return a;
    }
  }

  private fill(field: ListField, items: unknown[]): void {
    const text = this.text;
    const one = <T extends string | null>(v: T): T => {
      if (v === null) return v;
      const have = this.shared.get(v);
      if (have !== undefined) return have as T;
      this.shared.set(v, v);
      return v;
    };
    const span = (s: Span): void => {
      if (s.text !== '' || s.end <= s.start) return;
      // V8 copies a slice shorter than 13 characters instead of pointing into the text: the short
      // ones ("Obama", "Monday"), most of the mentions and dates, are shared as well.
      s.text = s.end - s.start < 13 ? one(text.slice(s.start, s.end)) : text.slice(s.start, s.end);
    };
    switch (field) {
      case 'people':
        for (const p of items as Analysis['people']) p.mentions.forEach(span);
        break;
      case 'dates':
        for (const d of items as Analysis['dates']) {
          span(d);
          d.kind = one(d.kind);
          d.value = one(d.value);
          d.resolution = one(d.resolution);
        }
        break;
      case 'quotes':
        for (const q of items as Analysis['quotes']) {
          span(q);
          q.speaker = one(q.speaker);
          q.cue = one(q.cue);
          q.source = one(q.source);
        }
        break;
      case 'claims':
        for (const c of items as Analysis['claims']) {
          span(c);
          c.status = one(c.status);
          c.origin = one(c.origin);
          c.cue = one(c.cue);
          c.quote = one(c.quote);
        }
        break;
    }
  }
}
