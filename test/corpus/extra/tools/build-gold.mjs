#!/usr/bin/env node
// Builds ../NAME.gold.json from specs/NAME.spec.json by locating every span in ../NAME.txt and
// emitting Unicode code-point offsets (end exclusive). Then prints a coverage report to help check
// completeness: name tokens of listed people that no mention covers, quotation marks outside any
// quote span, and date-like words outside any date span.
//
// Usage: node build-gold.mjs [NAME ...]      (default: every spec in specs/)
//
// Span syntax in specs (all searched in text order, each list continuing after its previous match):
//   "Biden"                       next occurrence of the string (word boundaries respected)
//   "left [[Biden]] right"        the occurrence with this context; the span is the bracketed part
//   ["opening words", "closing words"]   (quotes/disputed only) from the start of the first string
//                                 to the end of the next occurrence of the second string
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..');
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(here, 'specs')).filter((f) => f.endsWith('.spec.json')).map((f) => f.slice(0, -10));

const isWord = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function build(name) {
  let text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const spec = JSON.parse(readFileSync(join(here, 'specs', `${name}.spec.json`), 'utf8'));
  const cp = (i) => Array.from(text.slice(0, i)).length;
  const fail = (msg) => { throw new Error(`${name}: ${msg}`); };

  function find(pattern, from) {
    const a = pattern.indexOf('[[');
    const ctx = a < 0 ? pattern : pattern.replace('[[', '').replace(']]', '');
    const off = a < 0 ? 0 : a;
    const len = a < 0 ? pattern.length : pattern.indexOf(']]') - a - 2;
    for (let i = text.indexOf(ctx, from); i >= 0; i = text.indexOf(ctx, i + 1)) {
      const okL = !isWord(ctx[0]) || !isWord(text[i - 1]);
      const okR = !isWord(ctx[ctx.length - 1]) || !isWord(text[i + ctx.length]);
      if (okL && okR) return { s: i + off, e: i + off + len };
    }
    return fail(`not found after ${from}: ${JSON.stringify(pattern)}`);
  }
  function findSpan(p, from) {
    if (typeof p === 'string') return find(p, from);
    const a = find(p[0], from);
    const b = find(p[1], a.s);
    return { s: a.s, e: b.e };
  }
  const out = (r) => ({ start: cp(r.s), end: cp(r.e), text: text.slice(r.s, r.e) });

  const gold = { published: spec.published ?? null, people: [], dates: [], quotes: [], disputed: [], notes: spec.notes ?? [] };
  const covered = { people: [], dates: [], quotes: [] };

  for (const p of spec.people) {
    let from = 0;
    const mentions = [];
    for (const m of p.mentions) {
      const r = find(m, from);
      from = r.e;
      mentions.push(out(r));
      covered.people.push(r);
    }
    gold.people.push({ name: p.name, mentions });
  }
  let from = 0;
  for (const [pat, value] of spec.dates) {
    const r = find(pat, from);
    from = r.e;
    gold.dates.push({ ...out(r), value });
    covered.dates.push(r);
  }
  from = 0;
  for (const q of spec.quotes) {
    const r = findSpan(q.span, from);
    from = r.e;
    gold.quotes.push({ ...out(r), speaker: q.speaker, source: q.source ?? null });
    covered.quotes.push(r);
  }
  from = 0;
  for (const d of spec.disputed) {
    const r = findSpan(d.span, from);
    gold.disputed.push({ ...out(r), cue: d.cue });
  }
  writeFileSync(join(corpus, `${name}.gold.json`), JSON.stringify(gold, null, 1) + '\n');

  // ---- coverage report ----
  const inside = (list, i) => list.some((r) => i >= r.s && i < r.e);
  const ctxAt = (i, n = 30) => JSON.stringify(text.slice(Math.max(0, i - n), i + n));
  const report = [];
  const tokens = new Set();
  for (const p of spec.people) for (const t of p.name.split(/[\s]+/)) if (t.length > 2 && /^\p{Lu}/u.test(t)) tokens.add(t.replace(/[.,]$/, ''));
  for (const t of tokens) {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
      if (isWord(text[i - 1]) || isWord(text[i + t.length])) continue;
      if (!inside(covered.people, i)) report.push(`name token ${t} not in a mention: ${ctxAt(i)}`);
    }
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch === '"' || ch === '“' || ch === '”' || ch === '‘' || (ch === "'" && !isWord(text[i - 1]))) && !inside(covered.quotes, i))
      report.push(`quote mark outside quotes: ${ctxAt(i)}`);
  }
  const dateRe = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|ago|later|earlier|now|recently|week|weeks|weekend|month|months|year|years|day|days|daily|hour|hours|minute|minutes|second|seconds|decade|decades|century|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|\d{4}|\d{1,2}:\d\d)\b/g;
  for (const m of text.matchAll(dateRe)) if (!inside(covered.dates, m.index)) report.push(`date-like word outside dates: ${m[0]} ${ctxAt(m.index)}`);
  const n = gold.people.reduce((a, p) => a + p.mentions.length, 0);
  console.log(`== ${name}: ${gold.people.length} people/${n} mentions, ${gold.dates.length} dates, ${gold.quotes.length} quotes, ${gold.disputed.length} disputed`);
  for (const r of report) console.log('   ' + r);
}

let bad = 0;
for (const n of names) {
  try { build(n); } catch (e) { bad++; console.error(e.message); }
}
process.exit(bad ? 1 : 0);
