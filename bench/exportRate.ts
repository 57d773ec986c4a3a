// `factmark export` over a folder of generated articles, as a user runs it (node bin/factmark.js,
// the built bundle, stdout to a file): articles per second on one thread and on every core.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { variants, ROOT, type SeedArticle } from './corpus';

export interface ExportRun { jobs: number; articles: number; seconds: number; perSecond: number; outputBytes: number }

/** Writes `count` varied articles into `folder` (kept between runs when the count and seeds match). */
export function writeArticleFolder(folder: string, count: number, seeds: readonly SeedArticle[]): void {
  const stamp = join(folder, '.stamp');
  const want = JSON.stringify({ count, seeds: seeds.map((s) => [s.name, s.text.length]), generator: 1 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  rmSync(folder, { recursive: true, force: true });
  let n = 0;
  for (const a of variants(seeds)) {
    if (n === count) break;
    // Folders of 1,000 like an archive by day; names sort in generation order.
    const dir = join(folder, `batch-${String(Math.floor(n / 1000)).padStart(2, '0')}`);
    if (n % 1000 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${String(n).padStart(5, '0')}-${a.name}.txt`), a.text);
    n++;
  }
  writeFileSync(stamp, want);
}

export async function timeExport(folder: string, articles: number, jobs: number, outFile: string): Promise<ExportRun> {
  const start = process.hrtime.bigint();
  const out = createWriteStream(outFile);
  await new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', reject));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'factmark.js'), 'export', '--jobs', String(jobs), folder], { stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  out.close();
  if (code !== 0) throw new Error(`factmark export --jobs ${jobs} exited with ${code}: ${stderr.slice(0, 2000)}`);
  const lines = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
  if (lines !== articles) throw new Error(`factmark export wrote ${lines} lines for ${articles} articles`);
  return { jobs, articles, seconds, perSecond: articles / seconds, outputBytes: out.bytesWritten };
}
