// How the language server's Node process is started: by the extension (client/src/client.ts) and
// by the benchmark (bench/lspSession.ts), so that what is measured is what ships.

/**
 * Node options for the server process; all only keep its resident memory lower (docs/benchmarks.md
 * gives the measurements, with ten 1 MB articles open).
 * - `--max-semi-space-size=2`: V8 lets the young generation grow to 32 MB of semi-spaces, which then
 *   stay resident, in the main thread and in the analysis thread alike (the flag overrides the
 *   thread's own limit). The server's garbage is short-lived (JSON-RPC messages, per-keystroke
 *   models): 2 MB keeps about 30 MB less resident than the default, at the same keystroke latency
 *   and analysis speed. 1 MB saved 2 MB more but analysed about 10 % slower.
 * - `--v8-pool-size=1`: V8 starts four helper threads (concurrent marking, sweeping, compiling), each
 *   with its own stack and malloc arena; one does the same work on a two-core machine, and the peak
 *   is about 10 MB lower.
 * - `--expose-gc` lets the server collect the garbage of opening a long article at once
 *   (server/src/features/openingCollector.ts): about 28 MB less at the peak.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--v8-pool-size=1', '--expose-gc'];

/**
 * Environment for the server process, on top of the editor's own; glibc reads both, other C libraries
 * ignore them.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates its own malloc arena, which keeps freed
 *   memory resident; two arenas for the server's threads take about 2 MB less at the peak.
 * - `MALLOC_TRIM_THRESHOLD_=131072`: glibc's default value, set so that it stays fixed. Left alone, glibc
 *   raises its mmap and trim thresholds (up to 32 MB) each time a large block is freed, after which
 *   V8's large short-lived buffers (compiler zones, the text of a message) are carved from the heap and
 *   stay resident when freed. Fixed, blocks of 128 KB and more are mapped and unmapped on their own: the
 *   peak with ten 1 MB articles open is about 5 MB lower (medians of five servers, alternated).
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' };
