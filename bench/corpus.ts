// The benchmark corpus: the dev articles (../shared/corpus/dev) and the repository's test corpus,
// repeated with the people's names and the numbers changed in every copy, so no analyser (nor its
// paragraph cache) sees the same text twice. Deterministic: the same seed gives the same corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIVEN_NAMES, SURNAMES } from './names';
import { between, pick, seeded, type Random } from './random';

export const ROOT = join(__dirname, '..');
const SEED_FOLDERS = [join(ROOT, '..', 'shared', 'corpus', 'dev'), join(ROOT, 'test', 'corpus', 'extra'), join(ROOT, 'examples')];

export interface SeedArticle {
  name: string;
  text: string;
  /** Words of the people's names (from the gold annotations), each with whether it is a surname. */
  nameWords: { word: string; surname: boolean }[];
}

export interface Article { name: string; text: string }

/** The seed articles found beside the repository; the folders that are missing are skipped. */
export function loadSeeds(folders: readonly string[] = SEED_FOLDERS): SeedArticle[] {
  const seen = new Set<string>();
  const seeds: SeedArticle[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      if (seen.has(file)) continue; // examples/ repeats a dev article
      seen.add(file);
      const gold = join(folder, file.replace(/\.txt$/, '.gold.json'));
      seeds.push({ name: file.replace(/\.txt$/, ''), text: readFileSync(join(folder, file), 'utf8'), nameWords: existsSync(gold) ? nameWordsOf(gold) : [] });
    }
  }
  if (seeds.length === 0) throw new Error(`no seed articles in ${folders.join(', ')}`);
  return seeds;
}

function nameWordsOf(goldPath: string): SeedArticle['nameWords'] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { people?: { name: string; mentions?: { text: string }[] }[] };
  const words = new Map<string, boolean>();
  for (const p of gold.people ?? []) {
    for (const form of [p.name, ...(p.mentions ?? []).map((m) => m.text)]) {
      const parts = form.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w));
      parts.forEach((w, i) => { if (!words.has(w)) words.set(w, i === parts.length - 1); });
    }
  }
  return [...words].map(([word, surname]) => ({ word, surname }));
}

/** Endless variants of the seeds, round robin: names and numbers differ in each copy. */
export function* variants(seeds: readonly SeedArticle[], seed = 2024): Generator<Article> {
  const random = seeded(seed);
  for (let round = 0; ; round++) {
    for (const s of seeds) yield { name: `${String(round).padStart(4, '0')}-${s.name}`, text: vary(s, random) };
  }
}

/** Whole articles from the variants, until they hold at least `bytes` of UTF-8. */
export function articlesOfSize(bytes: number, seeds: readonly SeedArticle[], seed?: number): Article[] {
  const out: Article[] = [];
  let size = 0;
  for (const a of variants(seeds, seed)) {
    if (size >= bytes) break;
    out.push(a);
    size += Buffer.byteLength(a.text, 'utf8');
  }
  return out;
}

/** One long document of at least `bytes`: many articles one after another, as in a wire digest. */
export function documentOfSize(bytes: number, seeds: readonly SeedArticle[], seed?: number): string {
  return articlesOfSize(bytes, seeds, seed).map((a) => a.text.trimEnd()).join('\n\n') + '\n';
}

function vary(seed: SeedArticle, random: Random): string {
  const yearShift = between(random, -12, 6);
  let text = seed.text.replace(/\d+/g, (digits) => {
    const n = Number(digits);
    if (digits.length === 4 && n >= 1900 && n <= 2099) return String(Math.min(2099, n + yearShift));
    if (digits.length <= 2 && n >= 1 && n <= 31) return String(between(random, 1, 28));
    return String(between(random, 1, 9)) + Array.from({ length: digits.length - 1 }, () => between(random, 0, 9)).join('');
  });
  for (const { word, surname } of seed.nameWords) {
    const other = pick(random, surname ? SURNAMES : GIVEN_NAMES);
    text = text.replace(new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'gu'), other);
  }
  return text;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
