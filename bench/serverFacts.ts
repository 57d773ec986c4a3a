// The server as a process: how long from spawn to the initialize result (what delays the first
// highlight in a new window), and how much memory it holds with many large articles open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession';
import { median } from './stats';

export interface ColdStart { medianMs: number; minMs: number; maxMs: number; runs: number }

export async function measureColdStart(folder: string, runs: number): Promise<ColdStart> {
  mkdirSync(folder, { recursive: true });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { session, initializeMs } = await LspSession.start(folder);
    times.push(initializeMs);
    await session.stop();
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs };
}

export interface MemoryResult {
  documents: number;
  bytesOpen: number;
  /** Highest resident set size of the server process (VmHWM), bytes, median over the servers; null off Linux. */
  peakRss: number | null;
  /** Resident set size once every document is analysed and highlighted (median). */
  rss: number | null;
  /** Each server's peak, in the order run: when garbage is collected moves a peak by ±10 MB. */
  peakRssRuns: number[];
  /** RSS of the first server after `settleMs` without requests (null when not measured). */
  settledRss: number | null;
  settleMs: number;
}

/**
 * In each of `runs` fresh servers, opens each document (waiting for its analysis) and asks for its
 * semantic tokens, as editors do. The first server is then left alone for `settleMs` (its idle
 * analysis thread retires and V8 shrinks the heaps), and its RSS read again.
 */
export async function measureMemory(folder: string, documents: readonly string[], runs = 1, settleMs = 0): Promise<MemoryResult> {
  const peaks: number[] = [];
  const ends: number[] = [];
  let bytesOpen = 0;
  let settledRss: number | null = null;
  for (let r = 0; r < runs; r++) {
    const one = await measureMemoryOnce(folder, documents, r === 0 ? settleMs : 0);
    if (r === 0) settledRss = one.settledRss;
    bytesOpen = one.bytesOpen;
    if (one.peakRss !== null) peaks.push(one.peakRss);
    if (one.rss !== null) ends.push(one.rss);
  }
  return {
    documents: documents.length, bytesOpen, peakRssRuns: peaks,
    peakRss: peaks.length ? median(peaks) : null, rss: ends.length ? median(ends) : null, settledRss, settleMs,
  };
}

async function measureMemoryOnce(folder: string, documents: readonly string[], settleMs: number): Promise<{ bytesOpen: number; peakRss: number | null; rss: number | null; settledRss: number | null }> {
  mkdirSync(folder, { recursive: true });
  const { session } = await LspSession.start(folder);
  try {
    let bytesOpen = 0;
    for (const [i, text] of documents.entries()) {
      const file = join(folder, `open-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      await session.open(uri, text);
      await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      bytesOpen += Buffer.byteLength(text, 'utf8');
    }
    const m = session.memory();
    let settledRss: number | null = null;
    if (settleMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      settledRss = session.memory()?.rss ?? null;
    }
    return { bytesOpen, peakRss: m?.peakRss ?? null, rss: m?.rss ?? null, settledRss };
  } finally {
    await session.stop();
  }
}
