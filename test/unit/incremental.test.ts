// The fast path after an edit (analysis/incremental.ts), checked against the full analysis: for
// random one-character insertions and deletions inside paragraphs of real articles, applyEdit either
// declines (null) or returns spans that match the new text and, outside the edited paragraph, the
// very people mentions, dates and quotations the full analysis finds. The spliced semantic tokens
// of the provisional model must equal tokens computed from scratch.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { applyEdit, shiftAcrossEdit, updateAfterEdit } from '../../server/src/analysis/incremental';
import { splitParagraphs } from '../../server/src/analysis/segment';
import type { Analysis, Span } from '../../server/src/analysis/types';
import { buildModel, editedModel } from '../../server/src/features/documentModel';
import { SemanticTokensProvider } from '../../server/src/features/semanticTokens';

const ROOT = join(__dirname, '..', '..');
const DEV = join(ROOT, '..', 'shared', 'corpus', 'dev');
const EXTRA = join(ROOT, 'test', 'corpus', 'extra');
const articles: [string, string][] = [['sample', readFileSync(join(ROOT, 'examples', 'libya-ceasefire-talks.txt'), 'utf8')]];
// The second dev set is in the repository; its articles hold scare quotes, which go after attribution.
for (const f of readdirSync(EXTRA).filter((n) => n.endsWith('.txt'))) articles.push([f, readFileSync(join(EXTRA, f), 'utf8')]);
try {
  for (const f of readdirSync(DEV).filter((n) => n.endsWith('.txt'))) articles.push([f, readFileSync(join(DEV, f), 'utf8')]);
} catch {
  // The shared dev corpus is not part of the repository; the sample and the second dev set still run.
}
const OPTIONS = { nowYear: 2026 };

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

interface Edit { start: number; end: number; text: string }

function randomEdit(text: string, next: () => number): Edit {
  const paragraphs = splitParagraphs(text);
  const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
  const at = p.start + Math.floor(next() * (p.end - p.start + 1));
  if (next() < 0.4 && at < p.end) return { start: at, end: at + 1, text: '' };
  return { start: at, end: at, text: 'aeX .,"\'’'[Math.floor(next() * 9)]! };
}

const apply = (text: string, e: Edit): string => text.slice(0, e.start) + e.text + text.slice(e.end);

/** What the tests compare, outside `skip` (the edited paragraph of the new text). */
function facts(a: Analysis, skip: Span | { start: number; end: number }): Record<string, string[]> {
  const out = (s: { start: number; end: number }) => s.end <= skip.start || s.start >= skip.end;
  return {
    mentions: a.people.flatMap((p) => p.mentions.filter(out).map((m) => `${m.start}-${m.end} ${m.text} → ${p.id}`)).sort(),
    dates: a.dates.filter(out).map((d) => `${d.start}-${d.end} ${d.text} = ${d.value} (${d.resolution})`),
    quotes: a.quotes.filter(out).map((q) => `${q.start}-${q.end} ${q.id} ${q.speaker ?? '-'} / ${q.source ?? '-'} / ${q.cue ?? '-'}`),
  };
}

function spansMatch(a: Analysis, text: string): void {
  const spans = [...a.people.flatMap((p) => p.mentions), ...a.dates, ...a.quotes, ...a.claims];
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `span ${s.start}-${s.end}`);
}

describe('applyEdit', () => {
  for (const [name, text] of articles) {
    it(`matches the full analysis outside the edited paragraph: ${name}`, () => {
      const before = analyze(text, OPTIONS);
      const next = random(name.length * 7919);
      let handled = 0;
      const tries = 40;
      for (let n = 0; n < tries; n++) {
        const edit = randomEdit(text, next);
        const after = apply(text, edit);
        const fast = applyEdit(before, text, after, edit, OPTIONS);
        if (!fast) continue;
        handled++;
        spansMatch(fast, after);
        const edited = splitParagraphs(after).find((p) => p.start <= edit.start && p.end >= edit.start)!;
        assert.deepEqual(facts(fast, edited), facts(analyze(after, OPTIONS), edited), `edit ${JSON.stringify(edit)}`);
      }
      // Most edits of a paragraph are local; the headline and datelines of short articles are not.
      assert.ok(handled >= tries / 3, `only ${handled} of ${tries} edits handled`);
    });
  }

  it('finds the edited paragraph\'s own mentions as the full analysis does, or leaves it to the full analysis', () => {
    const mentionsIn = (a: Analysis, p: { start: number; end: number }) =>
      a.people.flatMap((x) => x.mentions.filter((m) => m.start >= p.start && m.end <= p.end).map((m) => `${m.start} ${m.text} → ${x.id}`)).sort();
    const texts = [
      // The person is introduced in a sentence of the paragraph before that lies out of the edit's reach.
      'Heading here\n\nThe university\'s provost, Dr Catherine Moreau, apologised to the journals and to other scientists who had built on '
        + 'the work. She said seven of the eleven papers had already been retracted and that the university had asked the journals to withdraw '
        + 'the remaining four as soon as possible.\n\nMoreau said the panel had found no evidence that anyone else in the laboratory had taken part.\n',
      // Her given name is in no list: what makes her a person is read three paragraphs away.
      'Heading here\n\nNineteen-year-old Saoirse Brennan broke the world record on Thursday night in Port Callan.\n\nThe old record was set in 2009. '
        + 'Brennan, who trains at the Kilbrack club, led from the first turn.\n\nThe meet was long.\n\nThe meet was short.\n\n'
        + 'Not everyone was celebrating. Her rival\'s coach alleged that Brennan\'s swimsuit had not been approved at the time of the race.\n',
    ];
    let handled = 0;
    for (const text of texts) {
      const before = analyze(text, OPTIONS);
      const last = splitParagraphs(text).at(-1)!;
      for (let at = last.start + 1; at < last.end; at += 7) {
        const edit = { start: at, end: at, text: 'x' };
        const after = apply(text, edit);
        const fast = applyEdit(before, text, after, edit, OPTIONS);
        if (!fast) continue;
        handled++;
        const edited = { start: last.start, end: last.end + 1 };
        assert.deepEqual(mentionsIn(fast, edited), mentionsIn(analyze(after, OPTIONS), edited), `edit at ${at}`);
      }
    }
    assert.ok(handled > 5, `only ${handled} edits handled`);
  });

  it('keeps ids when the edit adds or removes nothing, and renumbers like the full analysis when it does', () => {
    const [, text] = articles[0]!;
    const before = analyze(text, OPTIONS);
    const at = text.indexOf('At the same time');
    const typed = applyEdit(before, text, apply(text, { start: at, end: at, text: 'x' }), { start: at, end: at, text: 'x' }, OPTIONS)!;
    assert.deepEqual(typed.quotes.map((q) => q.id), before.quotes.map((q) => q.id));
    assert.deepEqual(typed.claims.map((c) => c.id), before.claims.map((c) => c.id));
    const insert = { start: at, end: at, text: 'He said "we agree" and left. ' };
    const after = apply(text, insert);
    const grown = applyEdit(before, text, after, insert, OPTIONS);
    assert.ok(grown, 'a quotation typed inside a paragraph stays local');
    const full = analyze(after, OPTIONS);
    assert.deepEqual(grown.quotes.map((q) => `${q.id} ${q.start}`), full.quotes.map((q) => `${q.id} ${q.start}`));
    assert.deepEqual(grown.claims.map((c) => `${c.id} ${c.start} ${c.quote}`), full.claims.map((c) => `${c.id} ${c.start} ${c.quote}`));
  });

  it('drops a scare quote typed into a paragraph as the full analysis does, with ids and claims renumbered', () => {
    const [, text] = articles[0]!;
    let current = text;
    let analysis = analyze(current, OPTIONS);
    const at = current.indexOf('At the same time');
    // Typed as two edits: first a term in quotation marks, then an attribution that makes it a quotation.
    for (const insert of [{ start: at, end: at, text: 'So many “variants of concern” exist. ' }, { start: at + 35, end: at + 35, text: ', the minister said' }]) {
      const after = apply(current, insert);
      const fast = applyEdit(analysis, current, after, insert, OPTIONS);
      assert.ok(fast, 'the edit stays local');
      const full = analyze(after, OPTIONS);
      assert.deepEqual(fast.quotes.map((q) => `${q.id} ${q.text} ${q.source}`), full.quotes.map((q) => `${q.id} ${q.text} ${q.source}`));
      assert.deepEqual(fast.claims.map((c) => `${c.id} ${c.start} ${c.quote}`), full.claims.map((c) => `${c.id} ${c.start} ${c.quote}`));
      current = after;
      analysis = fast;
    }
    assert.ok(analysis.quotes.some((q) => q.text === '“variants of concern”'), 'attributed, the words are a quotation');
    assert.ok(!analyze(apply(text, { start: at, end: at, text: 'So many “variants of concern” exist. ' }), OPTIONS).quotes.some((q) => q.text.includes('variants')));
  });

  it('declines edits that change paragraphs, the headline or a full name', () => {
    const [, text] = articles[0]!;
    const before = analyze(text, OPTIONS);
    const why: string[] = [];
    const tryEdit = (e: Edit) => updateAfterEdit(before, text, apply(text, e), e, OPTIONS, (w) => why.push(w));
    const mid = text.indexOf('At the same time');
    assert.equal(tryEdit({ start: mid, end: mid, text: '\n\n' }), null);
    assert.equal(tryEdit({ start: 3, end: 3, text: 'x' }), null);
    const name = text.indexOf('Fayez al-Sarraj signed');
    assert.equal(tryEdit({ start: name + 2, end: name + 3, text: 'i' }), null);
    assert.deepEqual(why, ['a line break', 'the headline', 'names or roles changed']);
  });

  it('counts "the next day" opening a paragraph from the paragraph above, and leaves an edit of that paragraph to the full analysis', () => {
    const text = 'Heading here\n\nPublished on Saturday, October 11, 2025.\n\nOfficials met the families on Thursday in the town.\n\nThe next day the ferry left port again.\n';
    const before = analyze(text, OPTIONS);
    assert.deepEqual(before.dates.map((d) => `${d.text}=${d.value}`).slice(-2), ['Thursday=2025-10-09', 'The next day=2025-10-10']);
    const why: string[] = [];
    const tryEdit = (e: Edit) => updateAfterEdit(before, text, apply(text, e), e, OPTIONS, (w) => why.push(w));
    // An edit of the paragraph the day counts from: the full analysis counts it again.
    const town = text.indexOf('town');
    assert.equal(tryEdit({ start: town, end: town + 4, text: 'city' }), null);
    assert.deepEqual(why, ['a date counted from this paragraph']);
    // An edit of the paragraph with "the next day": counted from the paragraph above, as the full analysis does.
    const port = text.indexOf('port');
    const edit = { start: port, end: port + 4, text: 'harbour' };
    const fast = tryEdit(edit);
    assert.ok(fast, 'the edit stays local');
    assert.deepEqual(fast.analysis.dates.map((d) => `${d.text}=${d.value}`), analyze(apply(text, edit), OPTIONS).dates.map((d) => `${d.text}=${d.value}`));
  });

  it('leaves a paragraph that contests the paragraph before it, or is contested by the next, to the full analysis', () => {
    const text = 'Heading here\n\nIbarra told the court on Monday that he delivered cash to the office.\n\nThe defence disputed that account. It was a long day.\n';
    const before = analyze(text, OPTIONS);
    assert.deepEqual(before.claims.filter((c) => c.status === 'disputed').map((c) => c.text), ['he delivered cash to the office.']);
    const why: string[] = [];
    const tryEdit = (e: Edit) => updateAfterEdit(before, text, apply(text, e), e, OPTIONS, (w) => why.push(w));
    const cash = text.indexOf('cash');
    assert.equal(tryEdit({ start: cash, end: cash + 4, text: 'money' }), null, 'the claim the next paragraph contests');
    const day = text.indexOf('long day');
    assert.equal(tryEdit({ start: day, end: day + 4, text: 'short' }), null, 'the paragraph that contests the one before');
    assert.deepEqual(why, ['a denial of the paragraph before', 'a denial of the paragraph before']);
  });
  it('counts "today" said after the game from the lead\'s day, and leaves an edit of that day to the full analysis', () => {
    const text = 'Heading here\n\nMonday, August 22, 2022\n\nKiran Rao won the Open on Sunday.\n\nHe drew his last game in five hours.\n\n'
      + '"Today I did not play well," Rao said after the game.\n';
    const before = analyze(text, { nowYear: 2026 });
    assert.equal(before.dates.find((d) => d.text === 'Today')?.value, '2022-08-21');
    const why: string[] = [];
    const tryEdit = (e: Edit) => updateAfterEdit(before, text, apply(text, e), e, { nowYear: 2026 }, (w) => why.push(w));
    const sunday = text.indexOf('Sunday');
    assert.equal(tryEdit({ start: sunday, end: sunday + 3, text: 'Satur' }), null);
    assert.deepEqual(why, ["the day of the lead's event"]);
    // An edit below the lead keeps the day: the fast path resolves "Today" as the full analysis does.
    const five = text.indexOf('five');
    const after = tryEdit({ start: five, end: five + 4, text: 'six' });
    assert.equal(after?.analysis.dates.find((d) => d.text === 'Today')?.value, '2022-08-21');
  });

  it('leaves a paragraph whose denial comes after quotations, or that such a denial reaches, to the full analysis', () => {
    const text = 'Heading here\n\nThe union said 1,100 jobs were at risk under the new plan.\n\n“We will not stand by and watch,” Asante told a rally in the city. '
      + 'The airline rejected the union’s figures.\n\nAnother paragraph follows here with words.\n';
    const before = analyze(text, OPTIONS);
    assert.deepEqual(before.claims.filter((c) => c.status === 'disputed').map((c) => c.text), ['1,100 jobs were at risk under the new plan.']);
    const why: string[] = [];
    const tryEdit = (e: Edit) => updateAfterEdit(before, text, apply(text, e), e, OPTIONS, (w) => why.push(w));
    const rally = text.indexOf('rally');
    assert.equal(tryEdit({ start: rally, end: rally, text: 'x' }), null, 'the paragraph with the denial');
    const plan = text.indexOf('plan');
    assert.equal(tryEdit({ start: plan, end: plan, text: 'x' }), null, 'the allegation it reaches');
    assert.deepEqual(why, ['a denial past quotations', 'a denial past quotations']);
  });
});

describe('provisional model', () => {
  it('splices semantic tokens equal to tokens computed from scratch', () => {
    const [, sample] = articles[0]!;
    const text = `${sample}\n\n`.repeat(20);
    let analysis = analyze(text, OPTIONS);
    let current = text;
    const input = (t: string, a: Analysis, version: number) => ({ uri: 'file:///t.txt', version, text: t, analysis: a, skipped: null, sidecarError: null, orphaned: [], setBy: new Map() });
    let model = buildModel(input(current, analysis, 1));
    new SemanticTokensProvider().full(model);
    const next = random(5);
    let checked = 0;
    for (let n = 0; n < 30; n++) {
      const edit = randomEdit(current, next);
      const after = apply(current, edit);
      const r = updateAfterEdit(analysis, current, after, edit, OPTIONS);
      if (!r) continue;
      model = editedModel(model, input(after, r.analysis, n + 2), r.changed);
      assert.ok(model.tokenCache, 'tokens were spliced');
      const spliced = new SemanticTokensProvider().full(model).data;
      const fresh = new SemanticTokensProvider().full(buildModel(input(after, r.analysis, n + 2))).data;
      assert.deepEqual(spliced, fresh, `edit ${JSON.stringify(edit)}`);
      analysis = r.analysis;
      current = after;
      checked++;
    }
    assert.ok(checked >= 10, `only ${checked} edits handled`);
  });
});

describe('shiftAcrossEdit', () => {
  const text = readFileSync(join(__dirname, '../../examples/libya-ceasefire-talks.txt'), 'utf8');
  it('keeps every annotation the edit did not touch on its own text, and drops the touched ones', () => {
    const previous = analyze(text);
    const at = text.indexOf('The discussions, which illustrate');
    for (const change of [{ start: at, end: at, text: '\n\n' }, { start: at - 1, end: at + 4, text: 'X' }, { start: 0, end: 0, text: 'Headline\n\n' }]) {
      const newText = text.slice(0, change.start) + change.text + text.slice(change.end);
      const r = shiftAcrossEdit(previous, text, newText, change)!;
      const spans = [...r.analysis.people.flatMap((p) => p.mentions), ...r.analysis.dates, ...r.analysis.quotes, ...r.analysis.claims];
      for (const s of spans) assert.equal(newText.slice(s.start, s.end), s.text);
      const before = previous.dates.length + previous.quotes.length;
      const after = r.analysis.dates.length + r.analysis.quotes.length;
      assert.ok(after >= before - 2 && after <= before, `${before} → ${after}`);
      assert.ok(r.changed.start <= change.start && r.changed.end >= change.start + change.text.length);
    }
  });
});
