// Issue 7, part 2: property tests of the analyser on arbitrary strings (astral characters, lone
// surrogates, CR/LF mixes, every kind of quotation mark, and news words so that people, dates,
// quotes and claims are actually found). The analyser never throws; every span lies inside the
// text and holds its text (UTF-16 in the analysis, code points in the export); the export is
// deterministic, also through the caching analyser the server uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, createAnalyzer, toAnnotations } from '../../server/src/analysis';
import type { Analysis, Span } from '../../server/src/analysis';

const NEWS = [
  'Ana Costa', 'Mayor Ana Costa', 'Mr Lavrov', 'Sergei Lavrov', 'President Joe Biden', 'Dr. Olga Petrova', 'the spokesman', 'he', 'she',
  'said', 'told reporters', 'according to', 'added', 'denied', 'allegedly', 'despite its denials', 'claimed', 'denied the charges',
  'on Monday', 'Tuesday, March 3, 2020', 'last year', 'in the spring', '2014', '13 January', 'yesterday', '10:30 a.m.', 'from 2019 to 2021',
  '"', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', "'", '(', ')', ',', '.', '. ', ':', ';', '!', '?', '—', '…',
  ' ', ' ', ' ', '\n', '\n\n', '\r', '\r\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\u200f', '\u202e',
  '🎉', '👍🏽', '👨‍👩‍👧', '𝐁', '🇫🇷', 'e\u0301', 'ß', 'İ', 'ﬁ', 'ق', 'ש', '中文', '\ud800', '\udfff', '\ufeff', '\u0000',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
);
/** A quotation, balanced or not, of arbitrary words (quote finding needs both marks). */
const quotation = fc
  .tuple(fc.constantFrom('"', '“', '«', '‘', '„', ''), fc.string({ unit: word, minLength: 1, maxLength: 8 }), fc.constantFrom('"', '”', '»', '’', '“', ''))
  .map(([open, body, close]) => `${open}${body}${close}`);
const unit = fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: quotation });
const article = fc.string({ unit, maxLength: 120 });
const published = fc.option(fc.constantFrom('2020-01-13', '1999-12-31', '2024-02-29'), { nil: null });

const NUM_RUNS = Number(process.env['FACTMARK_PROPERTY_RUNS'] ?? 5000);
const seed = Number(process.env['FACTMARK_PROPERTY_SEED'] ?? Date.now() % 2 ** 31);
let casesRun = 0;
/** How many generated texts had each kind of finding: a generator that finds nothing proves nothing. */
const found = { people: 0, dates: 0, quotes: 0, claims: 0 };
test.after(() => console.log(`# reliability: ${casesRun} property-test cases run on the analyser (seed ${seed}; texts with people ${found.people}, dates ${found.dates}, quotes ${found.quotes}, claims ${found.claims})`));

function spansOfAnalysis(a: Analysis): Span[] {
  const cues = a.claims.flatMap((c) => (c.cueSpan ? [{ ...c.cueSpan, text: c.cue ?? '' }] : []));
  return [...a.people.flatMap((p) => p.mentions), ...a.dates, ...a.quotes, ...a.claims, ...cues];
}

const meta = { uri: 'file:///article.txt', sha256: '0'.repeat(64), generator: 'factmark test' };

test('analyse: never throws; every span is inside the text and holds its text (UTF-16 in the analysis, code points in the export)', () => {
  fc.assert(
    fc.property(article, published, (text, pub) => {
      casesRun++;
      const a = analyze(text, { published: pub, nowYear: 2025 });
      for (const k of ['people', 'dates', 'quotes', 'claims'] as const) if (a[k].length) found[k]++;
      for (const s of spansOfAnalysis(a)) {
        assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${JSON.stringify(s)} inside ${text.length}`);
        if (s.text) assert.equal(text.slice(s.start, s.end), s.text);
      }
      // A span edge inside a surrogate pair would make the code-point export lie about its text.
      const cps = [...text];
      const json = toAnnotations(text, a, meta);
      assert.equal(json.document.length, cps.length);
      const exported = [...json.people.flatMap((p) => p.mentions), ...json.dates, ...json.quotes, ...json.claims];
      for (const s of exported) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= cps.length);
        assert.equal(cps.slice(s.start, s.end).join(''), s.text, `export span ${s.start}-${s.end}`);
      }
      // Ids are unique within their lists, and references point at something that exists.
      const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id)).size === xs.length;
      assert.ok(ids(a.people) && ids(a.quotes) && ids(a.claims));
      const people = new Set(a.people.map((p) => p.id));
      const quotes = new Set(a.quotes.map((q) => q.id));
      for (const q of a.quotes) assert.ok(q.speaker === null || people.has(q.speaker), `speaker ${q.speaker}`);
      for (const c of a.claims) assert.ok(c.quote === null || quotes.has(c.quote), `claim quote ${c.quote}`);
    }),
    { numRuns: NUM_RUNS, seed },
  );
  for (const k of ['people', 'dates', 'quotes', 'claims'] as const) assert.ok(found[k] > NUM_RUNS / 50, `the generator yields ${k} (${found[k]} of ${NUM_RUNS})`);
});

test('export: deterministic, and the caching analyser (as the server uses it, after other texts) gives the fresh result', () => {
  const cached = createAnalyzer();
  fc.assert(
    fc.property(article, article, published, (text, before, pub) => {
      casesRun++;
      const opts = { published: pub, nowYear: 2025 };
      const once = JSON.stringify(toAnnotations(text, analyze(text, opts), meta));
      const twice = JSON.stringify(toAnnotations(text, analyze(text, opts), meta));
      assert.equal(twice, once);
      // The server's analyser caches paragraphs across calls: a text seen after another one, and
      // after a paragraph of it was edited, must come out exactly as a fresh analysis.
      cached.analyze(before, opts);
      cached.analyze(`${before}\n\n${text}`, opts);
      assert.equal(JSON.stringify(toAnnotations(text, cached.analyze(text, opts), meta)), once);
    }),
    { numRuns: Math.ceil(NUM_RUNS / 2), seed },
  );
});

test('analyse: whole articles glued from corpus paragraphs with hostile separators never throw and keep spans', () => {
  const paragraphs = [
    'Russian Foreign Minister Sergei Lavrov said on Monday that "progress was made," the agency reported.',
    '“We will not sign,” Haftar’s spokesman told reporters in Moscow, despite its denials.',
    'The company denied the charges. Mr Lavrov, 70, later added: "It is done."',
    'TRIPOLI, Jan 13 (Reuters) - Tuesday, March 3, 2020',
    '«Nous verrons», a déclaré Emmanuel Macron.',
  ];
  const glued = fc.array(fc.tuple(fc.constantFrom(...paragraphs), fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', ' ', '"', '🎉\n', '\u2029')), { maxLength: 12 })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
  fc.assert(
    fc.property(glued, article, (text, noise) => {
      casesRun++;
      const full = text + noise;
      const a = analyze(full, { nowYear: 2025 });
      for (const s of spansOfAnalysis(a)) if (s.text) assert.equal(full.slice(s.start, s.end), s.text);
      const cps = [...full];
      for (const s of [...toAnnotations(full, a, meta).claims, ...toAnnotations(full, a, meta).quotes]) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    }),
    { numRuns: Math.ceil(NUM_RUNS / 3), seed },
  );
});
