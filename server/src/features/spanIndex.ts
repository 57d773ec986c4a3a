// Sorted spans for "what is at this offset" in O(log n): spans sorted by start, plus the running
// maximum of their ends, so a lookup binary-searches the last start ≤ offset and walks back only
// while an earlier span can still reach the offset (a handful where claims nest in quotes).

export interface Spanned {
  start: number;
  end: number;
}

export class SpanIndex<T extends Spanned> {
  private readonly items: T[];
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let m = -1;
    for (const it of this.items) {
      m = Math.max(m, it.end);
      this.maxEnd.push(m);
    }
  }

  get size(): number {
    return this.items.length;
  }

  /** Spans containing `offset` (start ≤ offset < end, or offset === end when `touching`), innermost first. */
  at(offset: number, touching = false): T[] {
    const out: T[] = [];
    for (let i = this.lastStartAtOrBefore(offset); i >= 0 && this.maxEnd[i]! >= offset; i--) {
      const it = this.items[i]!;
      if (offset < it.end || (touching && offset === it.end)) out.push(it);
    }
    return out.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Spans overlapping [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lastStartAtOrBefore(Math.max(start, end - 1)); i >= 0 && this.maxEnd[i]! > start; i--) {
      const it = this.items[i]!;
      if (it.end > start && it.start < Math.max(end, start + 1)) out.push(it);
    }
    return out.reverse();
  }

  private lastStartAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
