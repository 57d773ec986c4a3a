// The benchmark's results as a Markdown table (printed, and written to docs/benchmarks.md by the
// full run) and as the one-line summary that ends every run.
import type { ColdStart, MemoryResult } from './serverFacts';
import type { ExportRun } from './exportRate';
import { PACE, type LatencyResult, type Percentiles } from './editorLatency';
import type { Machine } from './machine';
import { MB } from './stats';
import type { ThroughputResult } from './throughput';

export interface Results {
  smoke: boolean;
  machine: Machine;
  loadAfter: string;
  seconds: number;
  versions: Record<string, string>;
  corpus: { bytes: number; articles: number; runs: number };
  throughput: ThroughputResult[];
  latency: LatencyResult;
  coldStart: ColdStart;
  memory: MemoryResult;
  vsixBytes: number | null;
  exports: ExportRun[];
}

type Row = [measure: string, result: string, target: string, met: boolean | null];

const mb = (bytes: number): string => `${(bytes / MB).toFixed(bytes < MB ? 2 : 1)} MB`;
const rate = (x: number): string => (x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3));
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pp = (p: Percentiles): string => `p50 ${ms(p.p50)} ms · p99 ${ms(p.p99)} ms (${p.samples} samples)`;
const times = (x: number): string => `×${x >= 10 ? x.toFixed(0) : x.toFixed(2)}`;

export function rows(r: Results): Row[] {
  const [fm, cp, ch] = r.throughput;
  const out: Row[] = [];
  const tp = (t: ThroughputResult | undefined, label: string, target: string, met: boolean | null): void => {
    if (!t) return;
    const runs = t.runsMbPerSecond;
    const where = t.sliced ? `a ${mb(t.bytes)} slice (${t.articles} articles): too slow for the whole corpus` : `${mb(t.bytes)}, ${t.articles} articles`;
    out.push([label, `**${rate(t.mbPerSecond)} MB/s** on ${where}; runs ${rate(Math.min(...runs))}–${rate(Math.max(...runs))}`, target, met]);
  };
  tp(fm, 'analysis throughput, one core: factmark `analyze`', '≥ 10 MB/s', fm ? fm.mbPerSecond >= 10 : null);
  tp(cp, `compromise ${r.versions.compromise} + compromise-dates ${r.versions['compromise-dates']} (people, dates, quotations)`, '', null);
  tp(ch, `chrono-node ${r.versions['chrono-node']} (dates only)`, '', null);
  if (fm && cp) out.push(['factmark ÷ compromise', times(fm.mbPerSecond / cp.mbPerSecond), 'about ×100', fm.mbPerSecond / cp.mbPerSecond >= 100]);
  if (fm && ch) out.push(['factmark ÷ chrono-node (which finds dates only)', times(fm.mbPerSecond / ch.mbPerSecond), '', null]);
  const l = r.latency;
  const doc = mb(l.documentBytes);
  out.push([`edit → semantic tokens, ${doc} article: keystrokes back to back (didChange, then full/delta)`, pp(l.keystrokeToTokens), 'p99 ≤ 30 ms', l.keystrokeToTokens.p99 <= 30]);
  out.push([
    `edit → semantic tokens, ${doc} article: typing ${1000 / PACE.keyGapMs} keys/s, ${PACE.wordPauseMs} ms between words`,
    pp(l.typingToTokens) + (l.fullAnswers ? `; ${l.fullAnswers} answers in all were full token sets` : ''),
    'p99 ≤ 30 ms', l.typingToTokens.p99 <= 30,
  ]);
  out.push([`hover, ${doc} article`, pp(l.hover), 'p99 ≤ 5 ms', l.hover.p99 <= 5]);
  out.push([`code actions, ${doc} article`, pp(l.codeActions), 'p99 ≤ 10 ms', l.codeActions.p99 <= 10]);
  out.push([`open a ${doc} article → first analysis published`, `${ms(l.openMs)} ms`, '', null]);
  const c = r.coldStart;
  out.push(['server cold start (spawn → initialize result)', `median **${ms(c.medianMs)} ms** (${ms(c.minMs)}–${ms(c.maxMs)}, ${c.runs} starts)`, '≤ 200 ms', c.medianMs <= 200]);
  const m = r.memory;
  out.push([
    `server memory, ${m.documents} × ${mb(m.bytesOpen / m.documents)} articles open (${mb(m.bytesOpen)})`,
    m.peakRss === null ? 'not measured (needs /proc: Linux)'
      : `peak RSS **${mb(m.peakRss)}**${m.peakRssRuns.length > 1 ? `, median of ${m.peakRssRuns.length} servers (${mb(Math.min(...m.peakRssRuns))}–${mb(Math.max(...m.peakRssRuns))})` : ''} (RSS at the end ${mb(m.rss ?? Number.NaN)})`,
    '≤ 150 MB', m.peakRss === null ? null : m.peakRss <= 150 * MB,
  ]);
  if (m.settledRss !== null) {
    out.push([
      `server memory, the same articles open, after ${(m.settleMs / 1000).toFixed(0)} s without requests`,
      `RSS **${mb(m.settledRss)}** (the idle analysis thread has retired; V8 has shrunk the heaps)`, '', null,
    ]);
  }
  out.push(['`.vsix` size', r.vsixBytes === null ? 'no factmark.vsix: run `npm run package`' : `${(r.vsixBytes / 1000).toFixed(0)} KB`, '≤ 1 MB', r.vsixBytes === null ? null : r.vsixBytes <= MB]);
  const one = r.exports.find((e) => e.jobs === 1);
  for (const e of r.exports) {
    const speedup = one && e !== one ? `, ${times(e.perSecond / one.perSecond)} one thread` : '';
    out.push([`\`factmark export\`, ${e.articles.toLocaleString('en')} articles, --jobs ${e.jobs}`, `**${e.perSecond.toFixed(0)} articles/s** (${e.seconds.toFixed(1)} s${speedup})`, '', null]);
  }
  return out;
}

export function table(r: Results): string {
  const lines = r.smoke ? ['| measure | result | target |', '|---|---|---|'] : ['| measure | result | target | met |', '|---|---|---|---|'];
  for (const [measure, result, target, met] of rows(r)) {
    const cells = [measure, result, target || '—'];
    if (!r.smoke) cells.push(met === null ? '' : met ? 'yes' : '**no**');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function machineLine(r: Results): string {
  const m = r.machine;
  return `${m.date} · nproc ${m.nproc} · node ${m.node} · ${m.cpu} · ${m.memory} · ${m.os} · load average ${m.load} before, ${r.loadAfter} after · ${r.seconds.toFixed(0)} s in all`;
}

/** The last line of every run: the headline numbers, plain. */
export function summary(r: Results): string {
  const [fm, cp, ch] = r.throughput;
  const l = r.latency;
  const parts = [
    fm ? `factmark ${rate(fm.mbPerSecond)} MB/s` + (cp && ch ? ` (${times(fm.mbPerSecond / cp.mbPerSecond)} compromise, ${times(fm.mbPerSecond / ch.mbPerSecond)} chrono-node)` : '') : '',
    `${mb(l.documentBytes)} edit→tokens p99 ${ms(l.keystrokeToTokens.p99)} ms back to back, ${ms(l.typingToTokens.p99)} ms typing, hover p99 ${ms(l.hover.p99)} ms, code actions p99 ${ms(l.codeActions.p99)} ms`,
    `cold start ${ms(r.coldStart.medianMs)} ms`,
    r.memory.peakRss === null ? '' : `peak RSS ${mb(r.memory.peakRss)} with ${mb(r.memory.bytesOpen)} open`,
    ...r.exports.map((e) => `export ${e.perSecond.toFixed(0)} articles/s on ${e.jobs} thread${e.jobs > 1 ? 's' : ''}`),
  ].filter(Boolean);
  return `factmark bench${r.smoke ? ' (smoke)' : ''}: ${parts.join('; ')}`;
}
