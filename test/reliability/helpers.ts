// Shared by the reliability suite: the hostile inputs, running the built CLI as a child process
// (so a hang can be stopped and a crash seen as an exit status), and small file helpers.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'bin', 'factmark.js');
export const SAMPLE = path.join(ROOT, 'examples', 'libya-ceasefire-talks.txt');
export const DEV_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');

export const isRoot = process.getuid?.() === 0;
/** The unprivileged account root can run a child as, to make permission bits bite. */
export const NOBODY = { uid: 65534, gid: 65534 };

export function tempDir(prefix = 'factmark-rel-'): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

/** A temp dir an unprivileged child may enter (mkdtemp makes it 0700). */
export function sharedTempDir(prefix?: string): string {
  const dir = tempDir(prefix);
  chmodSync(dir, 0o755);
  return dir;
}

let builtCopy: string | undefined;
/**
 * The built programs (bin/ and dist/) copied where an unprivileged child can read them: the checkout
 * itself may sit in a folder only its owner may enter (a fresh CI clone in a 0700 temp folder).
 */
export function unprivilegedRoot(): string {
  if (!builtCopy) {
    const dir = sharedTempDir('factmark-built-');
    for (const part of ['bin', 'dist']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    builtCopy = dir;
  }
  return builtCopy;
}

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; out: string; err: string }

/**
 * Runs `node bin/factmark.js ...args`. `hangGuardMs` is not a performance bound: it only stops a
 * run that would otherwise never end, so the test fails with a message instead of hanging.
 */
export function runCli(args: string[], opts: { cwd?: string; hangGuardMs?: number; uid?: number; gid?: number } = {}): Promise<CliRun> {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  return new Promise((resolve, reject) => {
    const asOther = opts.uid !== undefined;
    const child = spawn(process.execPath, [asOther ? path.join(unprivilegedRoot(), 'bin', 'factmark.js') : CLI, ...args], {
      cwd: opts.cwd ?? (asOther ? unprivilegedRoot() : ROOT),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid ?? opts.uid }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`factmark ${args.join(' ').slice(0, 200)} did not finish within ${opts.hangGuardMs} ms (stopped); stderr: ${Buffer.concat(err).toString().slice(0, 500)}`));
    }, opts.hangGuardMs ?? 120_000);
    child.on('error', (e) => { clearTimeout(guard); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Code-point slice, the unit of the annotations JSON. */
export function cpSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

export interface Span { start: number; end: number; text: string }

/** Every span of an annotations JSON object (people mentions, dates, quotes, claims). */
export function spansOf(json: {
  people: { mentions: Span[] }[];
  dates: Span[];
  quotes: Span[];
  claims: Span[];
}): Span[] {
  return [...json.people.flatMap((p) => p.mentions), ...json.dates, ...json.quotes, ...json.claims];
}

export function utf16le(text: string, bom = true): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
}

export function utf16be(text: string, bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), be]);
}

/** A short article with a person, a date, a quote and a disputed claim. */
export const SMALL_ARTICLE = 'Tuesday, March 3, 2020\n\nMayor Ana Costa said on Monday that "the bridge is safe." The company denied the charges.\n';

/** Repeats `unit` until the result has at least `length` UTF-16 units. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

/**
 * The hostile inputs of issue 7 that are file contents. `text` is what an editor shows for the
 * file (what the server gets in didOpen), null when the bytes are no text at all.
 */
export interface BadInput {
  name: string;
  file: string;
  bytes: Buffer;
  /** The text an editor would send for it (lenient decoding), or null when it would send none. */
  editorText: string;
  /** What the CLI must do with it: export it, or refuse it with a message matching `error`. */
  cli: { ok: true } | { ok: false; error: RegExp };
  /** What the server must do: analyse it, or publish one 'not-analysed' diagnostic matching `why`. */
  server: { analysed: true } | { analysed: false; why: RegExp };
}

const RTL = 'قال الوزير محمد علي يوم الاثنين إن "الاتفاق انتهى".\nהשר אמר "זה נגמר".\n';
const COMBINING = 'Mayor Zoe\u0308 Ame\u0301lie Cos\u0327ta said "cafe\u0301 closed." Joa\u0303o Silva denied it.\n';
const EMOJI = '🎉Ana Costa🎉 said on Monday "we 🙌 won" 👍. Sergei Lavrov📣 denied the charges🤝.\n𝐁 Ana Costa added: “🚀 yes.”\r\n';

export function badInputs(): BadInput[] {
  const ok = { ok: true } as const;
  const analysed = { analysed: true } as const;
  const lenient = (b: Buffer): string => new TextDecoder('utf-8').decode(b);
  const nul = Buffer.from('Mayor Ana Costa\u0000\u0001\u0002 said "yes".\n', 'latin1');
  const invalid = Buffer.concat([Buffer.from('Mayor Ana Costa said '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from(' "yes".\n')]);
  const quotes = repeatTo('He said "yes. She said “no. «Maybe ‘perhaps ', 60_000);
  const nested = '"‘“«„‹'.repeat(2000) + 'Ana Costa said deep' + '›“»”’"'.repeat(2000) + '\n';
  return [
    { name: 'empty file', file: 'empty.txt', bytes: Buffer.alloc(0), editorText: '', cli: ok, server: analysed },
    { name: 'NUL bytes (binary)', file: 'binary.txt', bytes: nul, editorText: nul.toString('latin1'), cli: { ok: false, error: /binary content/ }, server: { analysed: false, why: /binary content/ } },
    { name: 'invalid UTF-8', file: 'invalid-utf8.txt', bytes: invalid, editorText: lenient(invalid), cli: { ok: false, error: /invalid UTF-8 at byte 21/ }, server: analysed },
    { name: 'UTF-16 LE with BOM', file: 'utf16le.txt', bytes: utf16le(SMALL_ARTICLE), editorText: SMALL_ARTICLE, cli: ok, server: analysed },
    { name: 'UTF-16 BE with BOM', file: 'utf16be.txt', bytes: utf16be(SMALL_ARTICLE), editorText: SMALL_ARTICLE, cli: ok, server: analysed },
    { name: 'UTF-8 with BOM', file: 'utf8bom.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMALL_ARTICLE)]), editorText: SMALL_ARTICLE, cli: ok, server: analysed },
    { name: 'CRLF line ends', file: 'crlf.txt', bytes: Buffer.from(SMALL_ARTICLE.replace(/\n/g, '\r\n')), editorText: SMALL_ARTICLE.replace(/\n/g, '\r\n'), cli: ok, server: analysed },
    { name: 'CR-only line ends', file: 'cr.txt', bytes: Buffer.from(SMALL_ARTICLE.replace(/\n/g, '\r')), editorText: SMALL_ARTICLE.replace(/\n/g, '\r'), cli: ok, server: analysed },
    { name: 'thousands of unbalanced quotation marks', file: 'quotes.txt', bytes: Buffer.from(quotes), editorText: quotes, cli: ok, server: analysed },
    { name: 'deeply nested quotes', file: 'nested.txt', bytes: Buffer.from(nested), editorText: nested, cli: ok, server: analysed },
    { name: 'right-to-left text', file: 'rtl.txt', bytes: Buffer.from(RTL), editorText: RTL, cli: ok, server: analysed },
    { name: 'combining marks', file: 'combining.txt', bytes: Buffer.from(COMBINING), editorText: COMBINING, cli: ok, server: analysed },
    { name: 'astral emoji next to entities', file: 'emoji.txt', bytes: Buffer.from(EMOJI), editorText: EMOJI, cli: ok, server: analysed },
  ];
}

/** The text the CLI decodes from a bad input that it accepts (BOMs stripped, UTF-16 decoded). */
export function decodedText(input: BadInput): string {
  return input.editorText;
}
