// Semantic tokens: people, speakers, dates, quotes, claims and dispute cues, with claim status as
// modifiers. LSP tokens may not overlap, so nested spans are flattened (the innermost, most
// specific kind wins: a name inside a quote inside a claim is a person) and split at line ends.
// Computed once per analysis; `delta` sends only the changed stretch, `range` a window of lines.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import { tokenModifiers, tokenTypes } from '../../../common/src/protocol';
import type { TokenModifier, TokenType } from '../../../common/src/protocol';
import type { DocumentModel } from './documentModel';

interface Layer {
  start: number;
  end: number;
  priority: number;
  type: number;
  modifiers: number;
}

/**
 * Absolute tokens, 5 numbers each: line, character, length, type, modifiers. The LSP relative
 * encoding is made from them per answer, not kept: as a JS array it took twice their memory (8
 * bytes a number), for every open article, and splicing it copied it on every keystroke.
 */
export interface TokenCache {
  absolute: Uint32Array;
}

export const legend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

const typeIndex = (t: TokenType): number => tokenTypes.indexOf(t);
const modifierBit = (m: TokenModifier): number => 1 << tokenModifiers.indexOf(m);

function claimModifiers(status: string, origin: string): number {
  let bits = modifierBit(status as TokenModifier);
  if (origin === 'user') bits |= modifierBit('user');
  return bits;
}

function layersOf(model: DocumentModel): Layer[] {
  const a = model.analysis;
  const layers: Layer[] = [];
  const quoteClaim = new Map<string, number>();
  for (const c of a.claims) {
    const mods = claimModifiers(c.status, c.origin);
    if (c.quote) quoteClaim.set(c.quote, mods);
    layers.push({ start: c.start, end: c.end, priority: 1, type: typeIndex('claim'), modifiers: mods });
    if (c.cueSpan && c.cueSpan.end > c.cueSpan.start) {
      layers.push({ start: c.cueSpan.start, end: c.cueSpan.end, priority: 5, type: typeIndex('cue'), modifiers: mods });
    }
  }
  for (const q of a.quotes) layers.push({ start: q.start, end: q.end, priority: 2, type: typeIndex('quote'), modifiers: quoteClaim.get(q.id) ?? 0 });
  for (const d of a.dates) layers.push({ start: d.start, end: d.end, priority: 4, type: typeIndex('date'), modifiers: 0 });
  for (const p of a.people) {
    for (const m of p.mentions) layers.push({ start: m.start, end: m.end, priority: 4, type: typeIndex('person'), modifiers: 0 });
  }
  for (const m of model.speakerMentions) layers.push({ start: m.start, end: m.end, priority: 4.5, type: typeIndex('speaker'), modifiers: 0 });
  return layers.filter((l) => l.end > l.start);
}

/**
 * Non-overlapping [start, end, layer] segments: at each point the top-priority layer covering it
 * (on a tie, the one starting later). One sweep over the layers' starts and ends in order; few
 * layers are ever active at once (a name in a quote in a claim), so they are scanned, not heaped.
 */
function flatten(layers: Layer[]): { start: number; end: number; layer: Layer }[] {
  layers.sort((x, y) => x.start - y.start);
  const n = layers.length;
  const ends = new Float64Array(n);
  for (let k = 0; k < n; k++) ends[k] = layers[k]!.end;
  ends.sort();
  const out: { start: number; end: number; layer: Layer }[] = [];
  const active: Layer[] = [];
  let next = 0; // the next layer to start
  let nextEnd = 0; // the next end in `ends`
  let from = n > 0 ? layers[0]!.start : 0;
  for (;;) {
    // Every layer starting here (layers end after they start, so it covers `from`); those ended go.
    while (next < n && layers[next]!.start <= from) active.push(layers[next++]!);
    let kept = 0;
    for (const l of active) if (l.end > from) active[kept++] = l;
    if (kept < active.length) active.length = kept;
    while (nextEnd < n && ends[nextEnd]! <= from) nextEnd++;
    const to = Math.min(next < n ? layers[next]!.start : Infinity, nextEnd < n ? ends[nextEnd]! : Infinity);
    if (to === Infinity) break;
    let top: Layer | null = null;
    for (const l of active) if (!top || l.priority > top.priority || (l.priority === top.priority && l.start > top.start)) top = l;
    if (top) {
      const last = out[out.length - 1];
      if (last && last.layer === top && last.end === from) last.end = to;
      else out.push({ start: from, end: to, layer: top });
    }
    from = to;
  }
  return out;
}

function compute(model: DocumentModel): TokenCache {
  const abs: number[] = [];
  const lines = model.lines;
  // Segments come in order, so the line is found by walking on from the previous one.
  let line = 0;
  for (const seg of flatten(layersOf(model))) {
    let s = seg.start;
    while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= s) line++;
    // A segment running over line ends is split there.
    for (let l = line; s < seg.end; ) {
      const lineStart = lines.lineStart(l);
      const e = Math.min(seg.end, lines.lineEnd(l));
      if (e > s) abs.push(l, s - lineStart, e - s, seg.layer.type, seg.layer.modifiers);
      if (l + 1 >= lines.lineCount) break;
      s = lines.lineStart(++l);
    }
  }
  return { absolute: Uint32Array.from(abs) };
}

/**
 * The LSP relative encoding of tokens [from, to). A whole answer is relative to the document start;
 * a stretch spliced into one (`afterPrevious`) is relative to the token before it.
 */
export function encode(abs: Uint32Array, from: number, to: number, afterPrevious = false): number[] {
  // Sized up front and filled with int32 values (`| 0`): numbers read from a Uint32Array and pushed
  // make V8 store the array as doubles grown by half again.
  const data = new Array<number>(Math.max(0, to - from) * 5);
  let prevLine = afterPrevious && from > 0 ? abs[(from - 1) * 5]! | 0 : 0;
  let prevChar = afterPrevious && from > 0 ? abs[(from - 1) * 5 + 1]! | 0 : 0;
  let k = 0;
  for (let i = from; i < to; i++) {
    const line = abs[i * 5]! | 0;
    const char = abs[i * 5 + 1]! | 0;
    data[k++] = line - prevLine;
    data[k++] = line === prevLine ? char - prevChar : char;
    data[k++] = abs[i * 5 + 2]! | 0;
    data[k++] = abs[i * 5 + 3]! | 0;
    data[k++] = abs[i * 5 + 4]! | 0;
    prevLine = line;
    prevChar = char;
  }
  return data;
}

function tokensOf(model: DocumentModel): TokenCache {
  model.tokenCache ??= compute(model);
  return model.tokenCache as TokenCache;
}

/** The model's absolute tokens (5 numbers each, in order), computed on first use and kept on it. */
export function absoluteTokens(model: DocumentModel): Uint32Array {
  return tokensOf(model).absolute;
}

/** Keeps the last result sent per document, which `delta` requests are answered against. */
export class SemanticTokensProvider {
  private last = new Map<string, { resultId: string; absolute: Uint32Array }>();
  private counter = 0;

  full(model: DocumentModel): SemanticTokens {
    const { absolute } = tokensOf(model);
    const resultId = `${model.version}.${++this.counter}`;
    this.last.set(model.uri, { resultId, absolute });
    return { resultId, data: encode(absolute, 0, absolute.length / 5) };
  }

  delta(model: DocumentModel, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(model.uri);
    if (!prev || prev.resultId !== previousResultId) return this.full(model);
    const { absolute } = tokensOf(model);
    const resultId = `${model.version}.${++this.counter}`;
    this.last.set(model.uri, { resultId, absolute });
    return { resultId, edits: diff(prev.absolute, absolute) };
  }

  range(model: DocumentModel, startLine: number, endLine: number): SemanticTokens {
    const { absolute } = tokensOf(model);
    const n = absolute.length / 5;
    const first = lowerBound(absolute, n, startLine);
    const last = lowerBound(absolute, n, endLine + 1);
    return { data: encode(absolute, first, last) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** First token index whose line is ≥ line. */
export function lowerBound(abs: Uint32Array, n: number, line: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (abs[mid * 5]! < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Number `j` of the relative encoding of absolute tokens `abs` (what `encode` would put there),
 * read without building the encoding.
 */
function relativeAt(abs: Uint32Array, j: number): number {
  const i = (j / 5) | 0;
  const field = j - i * 5;
  if (field >= 2 || i === 0) return abs[j]!;
  const line = abs[i * 5]!;
  const previousLine = abs[i * 5 - 5]!;
  if (field === 0) return line - previousLine;
  return line === previousLine ? abs[j]! - abs[j - 5]! : abs[j]!;
}

/** One edit of the relative encodings, replacing what lies between their common head and tail (whole tokens only). */
function diff(before: Uint32Array, after: Uint32Array): SemanticTokensEdit[] {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && relativeAt(before, head) === relativeAt(after, head)) head++;
  head -= head % 5;
  let tail = 0;
  while (tail < max - head && relativeAt(before, before.length - 1 - tail) === relativeAt(after, after.length - 1 - tail)) tail++;
  tail -= tail % 5;
  if (head === before.length && head === after.length) return [];
  return [{ start: head, deleteCount: before.length - head - tail, data: encode(after, head / 5, (after.length - tail) / 5, true) }];
}
