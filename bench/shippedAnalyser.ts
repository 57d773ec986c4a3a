// The analyser as the product runs it: bundled into one minified file by esbuild with the settings
// of `scripts/build.mjs --production`, as in the .vsix's dist/ (the CLI, the server and its worker
// all run such bundles). Loading the sources module by module, as tsx does for the rest of the
// benchmark, makes every call across files go through a module getter, which costs the analyser
// about a fifth of its speed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { analyze } from '../server/src/analysis';
import { ROOT } from './corpus';

export type Analyze = typeof analyze;

let loaded: Analyze | null = null;

export function shippedAnalyse(): Analyze {
  if (loaded) return loaded;
  const outDir = join(ROOT, '.cache', 'bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'analysis.bundle.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'server', 'src', 'analysis', 'index.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, supported: { 'regexp-unicode-property-escapes': true },
    outfile, logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = (require(outfile) as { analyze: Analyze }).analyze;
  return loaded;
}
