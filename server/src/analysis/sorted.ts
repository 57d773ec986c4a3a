// Binary searches over arrays sorted by start offset: the analyser looks things up by position
// many times per document, and a linear scan per lookup would make big articles quadratic.

/** Index of the last item whose `start` is ≤ offset, or -1. */
export function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the last item whose `end` is ≤ offset (items sorted by start and not overlapping), or -1. */
export function lastEndingAtOrBefore<T extends { start: number; end: number }>(items: readonly T[], offset: number): number {
  let i = lastStartingAtOrBefore(items, offset);
  while (i >= 0 && items[i]!.end > offset) i--;
  return i;
}

/** Index of the first span starting at or after `offset` (spans sorted by start; their count when there is none). */
export function firstAtOrAfter<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose `end` is ≥ offset (items sorted and not overlapping, so their ends ascend), or -1. */
export function firstEndingAtOrAfter<T extends { end: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length ? lo : -1;
}

/** The item that strictly contains `offset` (start < offset < end), for non-overlapping sorted items. */
export function containing<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(items, offset - 1);
  const item = i >= 0 ? items[i] : undefined;
  return item && offset > item.start && offset < item.end ? item : undefined;
}

/** Index of the first number ≥ value in ascending numbers (their count when there is none). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
