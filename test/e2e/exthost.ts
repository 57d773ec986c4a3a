// Runs the extension-host suite (an extensionTestsPath module) inside the real Node extension
// host of the VS Code server bundled with code-server. The server must run with
// --enable-smoke-test-driver: only then does the web workbench honour the development payload
// (extensionDevelopmentPath / extensionTestsPath) and report the exit code through
// window.codeAutomationExit, the hook VS Code's own browser integration tests use.
// Env: PORT, WS (workspace folder), EXT_DEV (extension folder), EXT_TESTS (bundled suite), WB_LOG.
import * as fs from 'node:fs';
import { launchChromium, log, requireEnv } from './browser';

async function main(): Promise<number> {
  const port = requireEnv('PORT');
  const ws = requireEnv('WS');
  const wbLog = process.env.WB_LOG ?? 'workbench.log';
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300_000);
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    fs.writeFileSync(wbLog, '');
    let finish: (code: number | string) => void = () => undefined;
    const done = new Promise<number | string>((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = (args ?? []).map(String).join(' ');
      fs.appendFileSync(wbLog, `[${type}] ${line}\n`);
      // Echo the suite's own lines; the rest of the workbench chatter stays in the log file.
      if (/^\s*(ok|FAIL) |factmark extension-host suite/.test(line)) console.log('[exthost]', line.slice(0, 2000));
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    const payload = [
      ['extensionDevelopmentPath', remote(requireEnv('EXT_DEV'))],
      ['extensionTestsPath', remote(requireEnv('EXT_TESTS'))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    log('workbench opened; waiting for the extension-host suite');
    const timer = new Promise<string>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
    const code = await Promise.race([done, timer]);
    log(`extension host exit code: ${code} (workbench log: ${wbLog})`);
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
