// How the language server's Node process is started: by the extension (client/src/client.ts) and
// by the benchmark (bench/lspSession.ts), so that what is measured is what ships.

/**
 * Node options for the server process; both only keep its resident memory lower (docs/benchmarks.md).
 * - V8 lets the young generation of the main thread grow to 32 MB of semi-spaces, which then stay
 *   resident; the server's garbage is small and short-lived (JSON-RPC messages, per-keystroke
 *   models), so 4 MB semi-spaces keep about 25 MB less resident with ten large articles open, at
 *   the same keystroke latency.
 * - `--expose-gc` lets the server collect the garbage of opening a long article at once
 *   (server/src/features/openingCollector.ts): about 28 MB less at the peak with ten 1 MB articles.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4', '--expose-gc'];
