// A slice of a string in V8 may point into the string it was cut from, keeping all of it alive.
// The memos and caches below outlive the text their strings come from: a memoised word or a cached
// paragraph, sliced from one version of a 1 MB article, kept that version (2 MB) alive, and the
// server's heap held one more version for every new long word typed (heap snapshots showed eight
// extra versions after the edit path's warm-up alone). What outlives its text is copied.

/** `s` as a string of its own, holding no reference to a longer string it may be a slice of. */
export function ownCopy(s: string): string {
  return structuredClone(s);
}
