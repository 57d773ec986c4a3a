// docs/benchmarks.md: the table of the last full run, with how to reproduce it and how each
// number is taken, so a reader can judge (and redo) the measurement.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus';
import { PACE } from './editorLatency';
import type { Plan } from './plan';
import { machineLine, table, type Results } from './report';

export const BENCHMARKS_DOC = join(ROOT, 'docs', 'benchmarks.md');

export function writeBenchmarksDoc(r: Results, plan: Plan): void {
  const runs = r.throughput.map((t) => `| ${t.name} | ${t.work} | ${t.runsMbPerSecond.map((x) => x.toFixed(3)).join(', ')} |`).join('\n');
  const text = `# Benchmarks

Measured by \`npm run bench\` on ${machineLine(r)}.
Numbers from a shared or busy machine are slower and noisier; compare runs on one machine only.

${table(r)}

MB is 10^6 bytes of UTF-8. "met" compares with the targets of issue 6; nothing fails on them (machines
are noisy), the table only says where we stand.

## Reproduce

\`\`\`sh
npm ci
npm run package        # optional: builds factmark.vsix, whose size the table reports
npm run bench          # builds dist/, runs everything above (several minutes), rewrites this file
npm run bench:smoke    # the same code on small inputs, under a minute; prints only (CI runs it)
\`\`\`

The corpus is generated at run time into \`.cache/bench/\` (git-ignored) from the dev articles
(\`../shared/corpus/dev\`) and \`test/corpus/extra\`: each copy of an article gets other people's names
(from the gold annotations' name words) and other numbers, from a fixed seed, so every run sees the
same text and no analyser or cache sees the same article twice.

## How each number is taken

- **Throughput**: ${mb(r.corpus.bytes)} in ${r.corpus.articles} articles, each analysed as one document, in this one
  Node process, one core. Every contender first runs for ${plan.throughput.warmupSeconds} s on the first
  ${mb(plan.throughput.warmupBytes)} (JIT warm-up); that rate sizes the slice of a peer too slow for the whole corpus
  (about ${plan.throughput.secondsPerRun} s a run). Runs are interleaved across contenders (factmark, compromise, chrono-node, factmark, …), each after a full garbage collection (so no contender pays for another's garbage),
  and the table gives the median of ${r.corpus.runs}. factmark always does the whole corpus.
- **Editor latency**: the server as the \`.vsix\` ships it (\`node dist/server.js --stdio\`, built by \`scripts/build.mjs --production\`: minified, no source maps) in a child process, driven over
  JSON-RPC (vscode-languageserver-protocol) like an editor. A ${mb(r.latency.documentBytes)} article of many wire stories is
  opened; a keystroke is an incremental \`didChange\` of one character (a word typed, then erased,
  at random places) followed at once by \`semanticTokens/full/delta\`, timed from sending the change
  to the answer. Two passes: back to back (the next keystroke as soon as the answer is in: the
  server's own cost per edit) and at a fast typist's pace (${1000 / PACE.keyGapMs} keys a second, ${PACE.wordPauseMs} ms to move between
  words), where the server's debounced full analysis runs in the pauses and may hold a keystroke up.
  Hovers and code actions are timed once the full analysis of the final text is published, at the
  places its tokens mark (people, dates, quotes, claims), spread over the whole document.
- **Cold start**: spawn of \`node dist/server.js --stdio\` to the \`initialize\` result, ${r.coldStart.runs} times.
- **Memory**: ${r.memory.documents} different articles of ${mb(r.memory.bytesOpen / r.memory.documents)} opened one after another in one server, each
  analysed and its semantic tokens fetched; peak RSS is the kernel's high-water mark (VmHWM). When
  garbage happens to be collected moves one server's peak by about ±10 MB, so the measure is taken
  in ${r.memory.peakRssRuns.length} fresh server${r.memory.peakRssRuns.length === 1 ? '' : 's'} and the table gives the median (every peak: ${r.memory.peakRssRuns.map((p) => mb(p)).join(', ') || 'none'}).${r.memory.settledRss === null ? '' : `
  The first server is then left without requests for ${(r.memory.settleMs / 1000).toFixed(0)} s and its RSS read again: by then its
  analysis thread has retired (after 15 s idle) and V8's memory reducer has shrunk the main thread's
  heap. That is what an editor left open with these articles costs; the peak is what opening them costs.`}
- **Export**: \`node bin/factmark.js export --jobs N FOLDER > file\` over ${r.exports[0]?.articles.toLocaleString('en') ?? 0} generated articles
  in folders of 1,000, wall time from spawn to exit, every output line checked. Threads only help
  with idle cores: read the speed-up beside the load average in the first line.

Peers (devDependencies of the benchmark only): ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.
compromise parses each article (\`nlp(text)\`) and lists its people, its dates (resolved by
compromise-dates) and its quotations; chrono-node parses each article's dates.

## Where the time and memory go

From CPU profiles and heap statistics taken on this machine (2026-11-28); \`node --import tsx
bench/quick.ts latency\` (or \`memory\`) repeats just one of those measures, and
\`FACTMARK_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR'\` profiles the server process.

- **Throughput.** The analyser's time is spread over its recognisers: people about 30 % (finding
  the capitalised runs and their evidence 18 %, linking mentions 12 %), dates 15 %, claims 9 %,
  tokenizing 9 %, attribution (its cue words, then the speakers) 8 %, regular expressions about a
  fifth of all of it. Regular expressions are not the slow part on this machine: a plain JavaScript
  loop over a text costs about 7 ns a character here, and a hand-written scanner for the two
  word lists the claims test looks for was three times slower than the two regexes it was to
  replace (it was dropped); what paid was not making strings and arrays (splitting a sentence to
  count its words, one-character regexes, a \`new RegExp\` per call). No single hot spot is left; each recogniser reads every token, so 10 MB/s
  needs fewer passes (word-list memberships computed once per token) rather than more local fixes.
  Each paragraph's tokens are read once (dates, name candidates, cue words) and dropped, so a 1 MB
  article is analysed in about 200 ms in a 30 MB heap (250 ms and 45–50 MB while the whole text's
  tokens were kept for the people pass). Sharing one string per recurring word between tokens
  (a table of recent words) made the analyser 8 % slower and was dropped. On a noisy machine the
  runs of one build spread by a fifth (every run is listed below): two builds of the analyser are
  best compared by alternating their runs in one process. The bundles keep regex literals with
  Unicode property escapes as literals: esbuild rewrote each into a \`new RegExp(…)\` call, built
  again on every call of the function holding it (about 2 % of the analyser).
  The big date pattern is compiled without group names and read by index: a match of a pattern
  with 45 named groups also built a dictionary of them, which cost as much as the match itself.
- **Edit latency.** A keystroke in the 1 MB article costs about 9 ms (p50): the incremental
  analysis of the paragraph (about half), the text update of the document, the model and the
  spliced tokens, and one or two minor garbage collections (the analysis after the edit
  is a new set of objects for everything after it). The slowest keystrokes are in paragraphs whose
  capitalised words resemble many people (each is re-checked against the sentences that introduce
  them: 20–30 ms). The first keystrokes after opening used to cost 50–70 ms, because full analyses
  run on the analysis thread and the edit path had never run on the main thread; a few throwaway
  keystrokes after the first full result now warm it up. At typing pace, a full result arriving in a
  pause is decoded in small chunks and installed in one turn of about 10 ms (its semantic tokens).
  The tail at typing pace is mostly the first keystroke of each word: it lands in a new paragraph,
  whose old version must be analysed too, and it used to split and fold every person's name of the
  new full analysis (the name parts are now remembered by name). In the ten slowest keystrokes of a
  profiled typing run, garbage collection took 44 % of the main thread's time: a keystroke allocated
  about 3.7 MB (the new text, made flat, 2 MB; the analysis shifted across the edit, whose spans after
  it are all new objects, 1.7 MB), and the spliced semantic tokens copied their relative encoding
  (about 0.8 MB, no longer: only absolute positions are kept). The tail moves by ±10 ms between runs
  of one build; shifting offsets lazily, or a rope-backed text, would take most of the rest away.
- **Memory.** A server with no article open takes about 61 MB (Node itself about 41; 37–40 MB of
  any Node process is its own executable's pages). Each 1 MB article adds about 4.5 MB of live heap
  on the main thread: its text (2 MB, a two-byte string) and its analysis and model. The analysis
  thread costs about 11 MB to start (its own Node environment). While it analyses a 1 MB article its
  heap grows by about 12 MB, then falls back to about 16 MB once it has collected: the analysis
  itself holds at most about 5 MB (name candidates, sentences, dates, cue words), the rest is
  garbage promoted before V8's next full collection. At the peak of opening ten of them, the main
  thread's heap is about 61 MB (57 MB live); the rest is the analysis thread and Node.
  What keeps the peak down, each measured as the median of five servers:
  - Node options and environment (\`common/src/serverProcess.ts\`): 2 MB semi-spaces, where V8's
    default let each young generation grow to 32 MB; one V8 helper thread instead of four (about
    10 MB less); two malloc arenas (about 2 MB less); glibc's trim threshold fixed at its default,
    so that blocks of 128 KB and more are given back when freed (about 5 MB less).
  - Bundles in pure ASCII (\`scripts/build.mjs\`): V8 keeps each bundle's source for lazy
    compilation, and one curly quote in a regex made it a two-byte string; the main thread's copy
    fell from 1.23 to 0.62 MB (heap snapshot), the analysis thread's by about 0.34 MB.
  - Collecting the garbage of opening a long article at once (\`--expose-gc\`,
    \`server/src/features/openingCollector.ts\`): about 28 MB less, and the spread between servers
    down from ±10 MB to ±2 MB. The analysis thread collects twice after each long article, once
    its handler has returned (\`analysisWorker.ts\`): V8 gives back the pages the first collection
    emptied only at the second. Its old space fell from 17 MB to 6–8 MB between analyses.
  - An article's first analysis builds no paragraph cache (only one being edited needs it): about
    6 MB less. A run of capitalised words that can never name a person is dropped at once instead
    of kept until linking (half the candidates): about 4 MB less. The candidates are let go as soon
    as people are linked, not when the analysis returns (they were 6.5 of the 10.2 MB it held by
    then): about 2 MB less.
  - The analysis travels to the main thread as UTF-8 written chunk by chunk (the thread's heap
    peaked 5.5 MB above the analysis while encoding it, now 1.2), and semantic tokens are kept only
    as absolute positions in a typed array (their relative encoding, a JS array of 8-byte numbers,
    took 400 KB per article and is now made per answer).
  Left alone, the server settles lower: after 15 s the idle analysis thread retires and V8 shrinks
  the main thread's heap. Analysing on the main thread, without the thread, would save its 11 MB,
  but would hold up every request for the 200–400 ms a 1 MB article takes.
  Tried without a measurable gain (five servers each, alternated; the peak of one build spreads
  by ±3 MB): V8's \`--heap-growing-percent=5\` or \`20\` and \`--optimize-for-size\`; and two full
  collections in the analysis thread in the middle of analysing a long article (before linking
  people and before claims), which lowered a lone analysis's peak by 2–3 MB and cost 18 ms a 1 MB
  article, but left the server's peak where it was. What the main thread holds per open 1 MB
  article besides its 2 MB text is about 2 MB of analysis objects (3,200 claims, 3,000 dates,
  2,500 mentions, 1,200 quotes, 900 people) and their indexes: storing them in typed arrays, not
  objects, is the next saving. An analysis thread keeps about 7 MB more heap after its first long
  article than before it, for good: a heap snapshot shows 4.6 MB of it is compiled code (the
  analyser's regular expressions compiled to machine code, and its optimised functions), 0.8 MB
  arrays and 0.6 MB strings (the per-word memos); compiling regular expressions later
  (\`--regexp-tier-up-ticks=1000\`) kept 0.4 MB of it, not worth the slower start. The main thread
  pays the same once its edit path has warmed up. The name lists grew by 1,562 names (0.5 MB a thread).
  Fixing glibc's trim threshold (above) took about 5 MB off the peak in alternated runs (149.3 against
  154.1 MB, means of three medians of five servers).
- **Old texts.** Everything that outlives a version of an article's text holds copies of its
  strings, not slices (\`analysis/ownCopy.ts\`): memos, caches, and what the edit path finds afresh at
  each keystroke. Sixty keystrokes across a 1 MB article used to leave nine 2 MB versions alive
  until the next full analysis; now two (the current text and the last fully analysed one).

## Not measured here

- What VS Code itself adds (the extension host, rendering): the latencies are the server's, seen
  from a client process over the same JSON-RPC pipes; the e2e suite covers the editor.
- compromise on the whole corpus: at its rate one run would take minutes, so it gets a slice
  (the table says how big). It works article by article, so whole articles from the same corpus
  give its rate per megabyte, up to noise.
- Keystroke samples stop after ${plan.latency.keystrokeSeconds} s of typing (each pass) even when fewer than ${plan.latency.keystrokes} were taken (a slow
  analyser must not hold the run for long); the table gives the count.
- Peak memory needs Linux's /proc; elsewhere the table says "not measured".

### Every throughput run (MB/s)

| contender | work | runs |
|---|---|---|
${runs}
`;
  writeFileSync(BENCHMARKS_DOC, text);
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}
