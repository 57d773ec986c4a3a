// Extension-tests entry point with @vscode/test-electron's `extensionTestsPath` contract: the
// editor loads this module in its extension host and awaits `run()`; a rejection fails the run.
// The same module runs under test-electron (test/runTest.ts) and in the VS Code server bundled
// with code-server (test/e2e/exthost.ts).
import * as fs from 'node:fs';
import { cases } from './cases';

interface Result { name: string; ok: boolean; ms: number; error?: string }

export async function run(): Promise<void> {
  const results: Result[] = [];
  const only = process.env.E2E_ONLY;
  console.log(`factmark extension-host suite: ${cases.length} tests`);
  for (const [name, fn] of cases) {
    if (only && !name.includes(only)) continue;
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - t0 });
      console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      results.push({ name, ok: false, ms: Date.now() - t0, error });
      console.log(`  FAIL ${name}: ${error}`);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`factmark extension-host suite: ${results.length - failed} passed, ${failed} failed`);
  if (process.env.E2E_RESULT) fs.writeFileSync(process.env.E2E_RESULT, JSON.stringify(results, null, 2));
  if (failed > 0) throw new Error(`${failed} of ${results.length} extension-host tests failed`);
}
