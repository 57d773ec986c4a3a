// Bundles the entry points with esbuild: the extension client (runs in VS Code's extension host),
// the language server, the CLI and its export worker thread (all plain Node). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  // esbuild turns every regex literal with \p{…} into a `new RegExp(…)` call (it cannot know which
  // Unicode properties the target knows), so each call of a function built one again. The analyser
  // uses only general categories (L, Lu, Ll, M, N), which Node 20 has: keep the literals.
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  metafile: true,
  plugins: [asciiOutput()],
};

/**
 * esbuild escapes non-ASCII characters in strings but leaves them raw in regex literals (the
 * analyser's curly quotes and apostrophes). One such character makes V8 hold the whole bundle's
 * source, which it keeps for lazy compilation, as a two-byte string: 1.2 MB instead of 0.6 MB in
 * the server's main thread, and again in its analysis thread. Written as \uXXXX they mean the same
 * in a regex, a string or an identifier; in a tagged template (String.raw) only where the raw text
 * becomes a regex source, which is the only use the analyser makes of it. A backslash before such a
 * character (an identity escape, whose meaning the rewrite would change) or a character beyond the
 * BMP stops the build instead.
 */
function asciiOutput() {
  return {
    name: 'ascii-output',
    setup(build) {
      build.onEnd((result) => {
        for (const file of Object.keys(result.metafile?.outputs ?? {})) {
          if (!file.endsWith('.js')) continue;
          const code = readFileSync(file, 'utf8');
          if (!/[^\0-\x7f]/.test(code)) continue;
          const bad = /\\[^\0-\x7f]|[\ud800-\udfff]/.exec(code);
          if (bad) throw new Error(`${file}: cannot escape ${JSON.stringify(bad[0])} at ${bad.index}`);
          writeFileSync(file, code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
        }
      });
    },
  };
}

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The export and analysis workers are their own entries: worker threads load them from files
  // beside dist/cli.js and dist/server.js.
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli/main.ts', exportWorker: 'server/src/cli/exportWorker.ts', analysisWorker: 'server/src/features/analysisWorker.ts' }, outdir: 'dist' },
];

import { existsSync } from 'node:fs';
const present = builds
  .map((b) => ({ ...b, entryPoints: Object.fromEntries(Object.entries(b.entryPoints).filter(([, f]) => existsSync(f))) }))
  .filter((b) => Object.keys(b.entryPoints).length > 0);

if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
}
