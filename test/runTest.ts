// Runs the extension-host suite (test/e2e/suite) in desktop VS Code with @vscode/test-electron:
// the same `run()` module the code-server harness loads. Use it wherever VS Code can be
// downloaded, or name an installed one:
//   node --import tsx test/runTest.ts                                # downloads VS Code (VSCODE_VERSION, default stable)
//   VSCODE_EXECUTABLE=/usr/share/code/code node --import tsx test/runTest.ts
// (This machine cannot reach Microsoft's servers; test/e2e/run.sh runs the suite in code-server.)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './e2e/buildSuite';

const root = path.resolve(__dirname, '..');
const out = path.join(root, '.e2e-out', 'electron');

async function main(): Promise<number> {
  fs.rmSync(out, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build (scripts/build.mjs) failed');
  const suite = await buildSuite(path.join(out, 'suite', 'index.js'));

  // A throw-away workspace with copies of the sample (.txt and .news), so examples/ stays clean.
  const ws = path.join(out, 'ws');
  fs.mkdirSync(ws, { recursive: true });
  const sample = path.join(root, 'examples', 'libya-ceasefire-talks.txt');
  fs.copyFileSync(sample, path.join(ws, 'libya-ceasefire-talks.txt'));
  fs.copyFileSync(sample, path.join(ws, 'briefing.news'));
  const userDir = path.join(out, 'user');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.copyFileSync(path.join(root, 'test', 'e2e', 'settings.json'), path.join(userDir, 'User', 'settings.json'));

  const executable = process.env.VSCODE_EXECUTABLE;
  const results = path.join(out, 'results.json');
  const code = await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    extensionTestsEnv: { E2E_RESULT: results, E2E_ONLY: process.env.E2E_ONLY },
    launchArgs: [
      ws,
      '--disable-extensions', // only factmark (the development extension) runs
      `--user-data-dir=${userDir}`,
      `--extensions-dir=${path.join(out, 'extensions')}`,
    ],
  });
  console.log(`VS Code exited with ${code}; per-test results: ${results}`);
  // An editor that exits 0 without running the suite must not pass.
  if (code === 0 && !fs.existsSync(results)) throw new Error('VS Code exited without running the suite (no results file)');
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`test-electron run failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
