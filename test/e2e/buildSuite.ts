// Bundles the extension-host suite (TypeScript, ajv, the schema) into one CommonJS file that an
// editor's extension host can `require`; `vscode` stays external (the host provides it).
// Usage: node --import tsx test/e2e/buildSuite.ts OUT.js
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export async function buildSuite(outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: buildSuite.ts OUT.js');
    process.exit(2);
  }
  buildSuite(path.resolve(out)).then(
    (f) => console.log(`suite bundled: ${f}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
