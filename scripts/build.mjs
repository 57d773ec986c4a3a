// Bundles the entry points with esbuild: the extension client (runs in VS Code's extension host),
// the language server, the CLI and its export worker thread (all plain Node). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

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
};

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
