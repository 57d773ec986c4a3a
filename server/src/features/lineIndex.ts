// Offsets ↔ LSP positions for one immutable snapshot of a text. Both count UTF-16 units, so a
// position is a line start plus an offset; lines end at \r\n, \n or a lone \r, as LSP says.
// Built once per analysis; each conversion is a binary search.
import type { Position, Range } from 'vscode-languageserver';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // \r\n, \n and a lone \r all end a line, as in LSP and in the editor's own document.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
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
