// Offsets ↔ LSP positions for one immutable snapshot of a text. Both count UTF-16 units, so a
// position is a line start plus an offset; lines end at \r\n, \n or a lone \r, as LSP says.
// Built once per analysis; each conversion is a binary search.
import type { Position, Range } from 'vscode-languageserver';
import { firstAtLeast } from '../analysis/sorted';

export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(readonly text: string, starts?: Uint32Array) {
    this.starts = starts ?? Uint32Array.from(lineStartsIn(text, 0, text.length, [0]));
  }

  /**
   * The index of `text`, which is this index's text with [start, end) replaced by `inserted`: the
   * line starts before the edit are kept, those after it shifted, only the edit itself is read.
   * A keystroke in a 1 MB article costs microseconds instead of a scan of the whole text.
   */
  afterEdit(text: string, start: number, end: number, inserted: string): LineIndex {
    const old = this.starts;
    const delta = inserted.length - (end - start);
    // A line start s < start comes from characters before the edit, which are unchanged. Starts
    // from characters the edit wrote or touched (a \r before it may now be followed by \n) are
    // found again; an old start ≥ end + 2 comes from unchanged characters after it and shifts.
    const keep = firstAtLeast(old, Math.max(start, 1)); // line 0 always starts at 0
    const from = firstAtLeast(old, end + 2);
    const fresh = lineStartsIn(text, Math.max(0, start - 1), Math.min(text.length, start + inserted.length + 1), []);
    const starts = new Uint32Array(keep + fresh.length + (old.length - from));
    starts.set(old.subarray(0, keep), 0);
    starts.set(fresh, keep);
    for (let i = from, j = keep + fresh.length; i < old.length; i++, j++) starts[j] = old[i]! + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** End of a line's content, before its \r\n, \n or \r. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]! - 1;
    if (this.text.charCodeAt(end) === 10 && end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  /** Clamps like LSP asks: a character past the line's end means the line's end. */
  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(p.line) + Math.max(0, p.character), this.lineEnd(p.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Appends to `out` the line starts made by the line ends among text[from, to), as LSP counts them. */
function lineStartsIn(text: string, from: number, to: number, out: number[]): number[] {
  // \r\n, \n and a lone \r all end a line, as in LSP and in the editor's own document.
  // A whole text is searched with indexOf, many times faster than reading it a unit at a time; a
  // few units around an edit are read directly (indexOf would search on past them to the end).
  if (to - from < 512) {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) out.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) out.push(i + 1);
    }
    return out;
  }
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    if (lf >= to) lf = -1;
    if (cr >= to) cr = -1;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (text.charCodeAt(cr + 1) !== 10) out.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else if (lf >= 0) {
      out.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      return out;
    }
  }
}
