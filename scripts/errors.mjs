// Error analysis against gold files: prints, per article, what the analyser missed and what it added
// (people, mentions, dates, values, quotes, speakers, disputed claims). Usage:
//   node scripts/errors.mjs [--published] [GOLD_DIR ...]   (default ../shared/corpus/dev, test/corpus/extra, test/corpus/probe)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// --published: give the analyser the gold reference date, to separate date-value errors from a missing dateline.
const withPublished = process.argv.includes('--published');
const args = process.argv.slice(2).filter((a) => a !== '--published');
const dirs = args.length ? args : ['../shared/corpus/dev', 'test/corpus/extra', 'test/corpus/probe'].filter(existsSync);
const key = (s) => `${s.start}:${s.end}`;
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const extra = withPublished && gold.published ? ['--published', gold.published] : [];
    const pred = JSON.parse(execFileSync('node', ['bin/factmark.js', 'export', ...extra, join(dir, `${name}.txt`)], { encoding: 'utf8' }));
    const lines = [];
    const gm = new Map(gold.people.flatMap((p) => p.mentions.map((m) => [key(m), `${m.text} (${p.name})`])));
    const pm = new Map(pred.people.flatMap((p) => p.mentions.map((m) => [key(m), `${m.text} (${p.name})`])));
    for (const [k, v] of gm) if (!pm.has(k)) lines.push(`  missed mention  ${v} @${k}`);
    for (const [k, v] of pm) if (!gm.has(k)) lines.push(`  extra mention   ${v} @${k}`);
    for (const d of gold.dates) {
      const p = pred.dates.find((x) => overlaps(x, d));
      if (!p) lines.push(`  missed date     ${JSON.stringify(d.text)} @${key(d)}`);
      else if (d.value !== null && p.value !== d.value) lines.push(`  date value      ${JSON.stringify(d.text)} gold ${d.value} got ${p.value}`);
      else if (p.text !== d.text) lines.push(`  date span       gold ${JSON.stringify(d.text)} got ${JSON.stringify(p.text)}`);
    }
    for (const p of pred.dates) if (!gold.dates.some((d) => overlaps(p, d))) lines.push(`  extra date      ${JSON.stringify(p.text)} (${p.kind})`);
    const names = new Map(pred.people.map((p) => [p.id, p.name]));
    for (const q of gold.quotes) {
      const p = pred.quotes.find((x) => overlaps(x, q));
      if (!p) { lines.push(`  missed quote    ${JSON.stringify(q.text.slice(0, 60))}`); continue; }
      const got = p.speaker ? names.get(p.speaker) : null;
      if ((got ?? null) !== q.speaker) lines.push(`  speaker         ${JSON.stringify(q.text.slice(0, 40))} gold ${q.speaker} got ${got ?? null} (source ${JSON.stringify(p.source)}, cue ${p.cue})`);
    }
    for (const p of pred.quotes) if (!gold.quotes.some((q) => overlaps(p, q))) lines.push(`  extra quote     ${JSON.stringify(p.text.slice(0, 60))}`);
    const pd = pred.claims.filter((c) => c.status === 'disputed');
    for (const d of gold.disputed) if (!pd.some((c) => overlaps(c, d))) lines.push(`  missed disputed ${JSON.stringify(d.text.slice(0, 60))} (${d.cue})`);
    for (const c of pd) if (!gold.disputed.some((d) => overlaps(c, d))) lines.push(`  extra disputed  ${JSON.stringify(c.text.slice(0, 60))} (${c.cue})`);
    if (lines.length) console.log(`${name}\n${lines.join('\n')}`);
  }
}
