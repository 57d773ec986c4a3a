// Keystroke → semantic tokens on a 1 MB article, over a real JSON-RPC connection to the built
// server: each keystroke is one incremental didChange followed at once by the delta request an
// editor sends, timed from the notification to the answer. Words are typed letter by letter at
// random places inside paragraphs, then erased, so the text ends as it began. A measurement, not a
// test: it prints p50/p99 and how many answers were deltas.
//
//   npm run build && node --import tsx bench/edit-latency.ts [--server dist/server.js] [--keystrokes 600]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = resolve(__dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const server = resolve(arg('server', join(ROOT, 'dist', 'server.js')));
const keystrokes = Number(arg('keystrokes', '600'));

interface Tokens { resultId?: string; data?: number[]; edits?: unknown[] }

async function main(): Promise<void> {
  const sample = readFileSync(join(ROOT, 'examples', 'libya-ceasefire-talks.txt'), 'utf8');
  const text = `${sample}\n\n`.repeat(Math.ceil(1_048_576 / (sample.length + 2)));
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  for (const n of ['textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage', 'factmark/documentStats']) conn.onNotification(n, () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: { textDocument: { semanticTokens: { requests: { full: { delta: true } }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
  });
  await conn.sendNotification('initialized', {});
  const uri = 'untitled:edit-latency.txt'; // no file: no sidecar to read
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  let resultId = (await conn.sendRequest<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).resultId;

  // Places to type: inside long lines (paragraphs), away from the first copy's headline.
  let seed = 11;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const lines = text.split('\n');
  const paragraphLines = lines.map((l, i) => (l.length > 80 && i > 20 ? i : -1)).filter((i) => i >= 0);
  const times: number[] = [];
  let deltas = 0;
  let version = 1;
  const word = 'quorum';
  while (times.length < keystrokes) {
    const line = paragraphLines[Math.floor(next() * paragraphLines.length)]!;
    const at = Math.floor(next() * lines[line]!.length);
    const at0 = lines[line]![at - 1] === ' ' || at === 0 ? at : lines[line]!.lastIndexOf(' ', at) + 1; // start of a word
    const edits = [
      ...[...`${word} `].map((ch, k) => ({ range: { start: { line, character: at0 + k }, end: { line, character: at0 + k } }, text: ch })),
      ...[...`${word} `].map((_, k) => ({ range: { start: { line, character: at0 + word.length - k }, end: { line, character: at0 + word.length - k + 1 } }, text: '' })),
    ];
    for (const change of edits) {
      version++;
      const t0 = process.hrtime.bigint();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const answer = await conn.sendRequest<Tokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: resultId });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (answer.edits) deltas++;
      resultId = answer.resultId;
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number): string => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
  console.log(`edit → semantic tokens delta, ${Math.round(Buffer.byteLength(text) / 1024)} KB article, ${times.length} keystrokes (${server}):`);
  console.log(`  p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms; ${deltas} delta answers`);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
