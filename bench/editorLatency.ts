// What a person typing in a large article feels: over a real JSON-RPC connection to the server
// process, each keystroke is a didChange (incremental) followed at once by the semantic tokens
// request an editor sends (delta on the last result), timed from the didChange to the answer.
// Hovers and code actions are timed on the analysed document, at places where there is something.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tokenTypes } from '../common/src/protocol';
import { LspSession } from './lspSession';
import { seeded, between, pick, type Random } from './random';
import { percentile } from './stats';

export interface LatencyPlan {
  keystrokes: number;
  /** Stop typing early after this many seconds (a slow analyser must not hold the run for long). */
  keystrokeSeconds: number;
  hovers: number;
  codeActions: number;
}

export interface Percentiles { p50: number; p99: number; samples: number }

export interface LatencyResult {
  documentBytes: number;
  /** didOpen → the first analysis published (one whole-document analysis, cold caches). */
  openMs: number;
  /** Keystrokes back to back: each sent as soon as the previous answer arrived. */
  keystrokeToTokens: Percentiles;
  /** Keystrokes at a typist's pace (PACE), with pauses between words. */
  typingToTokens: Percentiles;
  /** How many keystroke answers were full token sets rather than deltas. */
  fullAnswers: number;
  hover: Percentiles;
  codeActions: Percentiles;
}

interface TokensAnswer { resultId?: string; data?: number[]; edits?: unknown[] }
interface Place { line: number; character: number; length: number; type: string }

const WORD = 'quorum'; // typed letter by letter, then erased: the text ends as it began
/** A fast typist: 10 keys a second, half a second to move to the next place. */
export const PACE = { keyGapMs: 100, wordPauseMs: 500 };

interface Typist { session: LspSession; uri: string; lines: string[]; version: number; resultId: string | undefined }

/**
 * Types WORD at a random spot of a random paragraph line, then backspaces it away, again and again:
 * each keystroke is a didChange followed at once by the delta request, timed to the answer.
 */
async function type(t: Typist, count: number, seconds: number, pace: typeof PACE | null, random: Random): Promise<{ times: number[]; fullAnswers: number }> {
  const paragraphLines = t.lines.map((l, i) => (l.length > 80 ? i : -1)).filter((i) => i >= 0);
  const times: number[] = [];
  let fullAnswers = 0;
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const more = (): boolean => times.length < count && process.hrtime.bigint() < deadline;
  while (more()) {
    const line = pick(random, paragraphLines);
    const at = between(random, 0, t.lines[line]!.length);
    const edits = [
      ...[...WORD].map((ch, k) => ({ range: span(line, at + k, at + k), text: ch })),
      ...[...WORD].map((_, k) => ({ range: span(line, at + WORD.length - k - 1, at + WORD.length - k), text: '' })),
    ];
    // A word once started is typed and erased in full, so the text ends as it began.
    for (const change of edits) {
      t.version++;
      const start = process.hrtime.bigint();
      await t.session.notify('textDocument/didChange', { textDocument: { uri: t.uri, version: t.version }, contentChanges: [change] });
      const answer = await t.session.request<TokensAnswer>('textDocument/semanticTokens/full/delta', { textDocument: { uri: t.uri }, previousResultId: t.resultId });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (answer.data) fullAnswers++;
      t.resultId = answer.resultId;
      if (pace) await sleep(Math.max(0, pace.keyGapMs - Number(process.hrtime.bigint() - start) / 1e6));
    }
    if (pace) await sleep(pace.wordPauseMs);
  }
  return { times, fullAnswers };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function measureEditorLatency(text: string, folder: string, plan: LatencyPlan): Promise<LatencyResult> {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'long-article.txt');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const { session } = await LspSession.start(folder);
  try {
    const opened = process.hrtime.bigint();
    await session.open(uri, text);
    const openMs = Number(process.hrtime.bigint() - opened) / 1e6;
    const first = await session.request<TokensAnswer>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const resultId = first.resultId;
    const places = decode(first.data ?? []);

    // Back to back: each keystroke as soon as the last answer came (the server's own cost); then
    // paced like a fast typist, so the debounced full analysis runs in the pauses as it would.
    const typist = { session, uri, lines: text.split('\n'), version: 1, resultId };
    const burst = await type(typist, plan.keystrokes, plan.keystrokeSeconds, null, seeded(7));
    const paced = await type(typist, plan.keystrokes, plan.keystrokeSeconds, PACE, seeded(8));
    // The text is as it was opened; reads are timed once its full (debounced) analysis is out.
    await session.analysedVersion(uri, typist.version);
    await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });

    const spread = <T>(items: readonly T[], n: number): T[] => Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
    const hovers = await timeEach(spread(places, plan.hovers), (p) =>
      session.request('textDocument/hover', { textDocument: { uri }, position: { line: p.line, character: p.character + 1 } }));
    const claims = places.filter((p) => p.type === 'claim' || p.type === 'cue');
    const actions = await timeEach(spread(claims.length ? claims : places, plan.codeActions), (p) =>
      session.request('textDocument/codeAction', {
        textDocument: { uri },
        range: span(p.line, p.character, p.character),
        context: { diagnostics: [], triggerKind: 2 },
      }));
    return {
      documentBytes: Buffer.byteLength(text, 'utf8'),
      openMs,
      keystrokeToTokens: summary(burst.times),
      typingToTokens: summary(paced.times),
      fullAnswers: burst.fullAnswers + paced.fullAnswers,
      hover: summary(hovers),
      codeActions: summary(actions),
    };
  } finally {
    await session.stop();
  }
}

function span(line: number, from: number, to: number) {
  return { start: { line, character: from }, end: { line, character: to } };
}

async function timeEach<T>(items: readonly T[], call: (item: T) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    await call(item);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

function summary(samples: number[]): Percentiles {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length };
}

/** LSP relative semantic tokens → absolute places with their type names. */
function decode(data: readonly number[]): Place[] {
  const out: Place[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    out.push({ line, character, length: data[i + 2]!, type: tokenTypes[data[i + 3]!] ?? 'unknown' });
  }
  return out;
}
