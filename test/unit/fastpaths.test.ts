// The analyser reads some things by hand where a regex would say it more plainly but cost far more
// (the analysis runs over every word of the text). These properties hold each hand-written reader to
// the regex it replaces, on text made of the characters that matter to it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SPEECH_AFTER, wordAfterName } from '../../server/src/analysis/people';
import { isLetterOrDot, isRegexSpace, piecesBetweenSpaces } from '../../server/src/analysis/segment';
import { tokenize } from '../../server/src/analysis/tokens';
import { DISPUTE_HINT, disputesIn, REPORTED, scanHits } from '../../server/src/analysis/claims';
import { splitParagraphs, splitSentences } from '../../server/src/analysis/segment';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const seed = Number(process.env.FACTMARK_SEED ?? Date.now() % 1_000_000);
const chars = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));

// What a word token is, as a regex: letters/digits joined by inner hyphens, apostrophes or dots.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

describe('hand-written readers agree with their regexes', () => {
  it(`tokenize finds exactly the WORD matches, lower-cased (seed ${seed})`, () => {
    const alphabet = ['a', 'B', 'z', 'é', 'É', '\u0301', '-', "'", '’', '.', ' ', '1', '𝐀', '😀', '\ud800', '\udc00', 'ß', 'İ', 'Σ', '中', '٣', ',', '\n', 'ǅ', 'Q'];
    fc.assert(fc.property(chars(alphabet), fc.nat(60), (text, cut) => {
      const mid = Math.min(cut, text.length);
      const tokens = tokenize(text, [{ start: 0, end: mid }, { start: mid, end: text.length }], 0);
      const expected = [...text.matchAll(WORD)].map((m) => ({ start: m.index, text: m[0], lower: m[0].toLowerCase() }));
      assert.deepEqual(tokens.map((t) => ({ start: t.start, text: t.text, lower: t.lower })), expected);
      for (const t of tokens) assert.equal(t.sentence, t.start >= mid ? 1 : 0);
    }), { seed, numRuns: 3000 });
  });

  it(`wordAfterName reads what SPEECH_AFTER captures (seed ${seed})`, () => {
    const pieces = [',', ' ', '  ', '\n', 'also', 'then', 'later', 'has', 'had', 'hasten', 'said', 'Said', 'told', 'x', '.', '-', 'é', '’', '\u00a0'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = `Basya${parts.join('')}`;
      assert.equal(wordAfterName(text, 5), SPEECH_AFTER.exec(text.slice(5, 45))?.[1] ?? null);
    }), { seed, numRuns: 5000 });
  });

  it('isLetterOrDot is /[\\p{L}.]/u, on every UTF-16 unit (asked twice: the second answer is remembered)', () => {
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c < 0x10000; c++) assert.equal(isLetterOrDot(c), /[\p{L}.]/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
  });

  it('isRegexSpace is \\s, on every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isRegexSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it(`piecesBetweenSpaces counts what split(/\\s+/) makes, up to its limit (seed ${seed})`, () => {
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u3000', 'é', '.'];
    fc.assert(fc.property(chars(alphabet), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 9 }), (text, x, y, enough) => {
      const from = x % (text.length + 1);
      const to = from + (y % (text.length - from + 1));
      assert.equal(piecesBetweenSpaces(text, from, to, enough), Math.min(enough, text.slice(from, to).split(/\s+/).length));
    }), { seed, numRuns: 5000 });
  });
  it(`one scan finds what the reported-speech and dispute-hint lists find apart (seed ${seed})`, () => {
    const words = ['said', 'alleged', 'allegedly', 'confirmed', 'reported', 'reportedly', 'insisted', 'according to', 'officials have', 'Said',
      'DENIED', 'denial', 'saidx', 'lie', 'believes', 'the', 'cited by', 'questioned', 'x', '-', '_', 'é'];
    const apart = (re: RegExp, text: string): number[] => {
      const out: number[] = [];
      const g = new RegExp(re.source, 'gi');
      for (let m = g.exec(text); m; m = g.exec(text)) out.push(m.index, m.index + m[0].length);
      return out;
    };
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), fc.constantFrom(' ', '', ', '), (parts, sep) => {
      const text = parts.join(sep);
      const { hints, reported } = scanHits(text, 0, text.length);
      assert.deepEqual([...reported.spans], apart(REPORTED, text), text);
      assert.deepEqual([...hints.spans], apart(DISPUTE_HINT, text), text);
    }), { seed, numRuns: 3000 });
  });

  // Each dispute cue is tried only in sentences holding one of the hint words it needs (its `needs`).
  const cuesAgree = (text: string): void => {
    const sentences = splitParagraphs(text).flatMap((p) => splitSentences(text, p.start, p.end));
    const { hints } = scanHits(text, 0, text.length);
    for (const s of sentences) {
      if (!hints.within(s)) continue;
      assert.deepEqual(disputesIn(text, s, hints.bitsWithin(s, text)), disputesIn(text, s), text.slice(s.start, s.end));
    }
  };
  it(`dispute cues tried by their hints find what all the cues find (seed ${seed})`, () => {
    const words = ['denied', 'denies', 'any', 'rift', ',', 'a claim', 'an account', 'that', 'which', 'was', 'has', 'not', 'never', 'been', 'confirmed',
      'verified', 'independently', 'the', "Ibarra's", 'authors\'', 'account', 'accused', 'accusing', 'of', 'nobody', 'is', 'being', 'allegedly',
      'disputed', 'rejected', 'dismissed', 'questioned', 'challenged', 'called', 'it', 'a lie', 'false', 'simply', 'not true', 'pretext', 'lying',
      'claims', 'were', 'without', 'foundation', 'evidence', 'charged', 'with', 'him', 'doubts', 'about', 'insisted', 'he', 'had', 'police',
      'officials', 'have', 'said', 'despite', 'its', 'denials', 'allegation', 'view', 'fiction', 'by', 'Smith', '.', 'unconfirmed',
      'a story', 'dismissed as', "'pure", 'invention\'', 'would', 'belief', 'argument', 'scientists'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 24 }), (parts) => cuesAgree(`Intro.\n\n${parts.join(' ')}.`)), { seed, numRuns: 2000 });
  });
  it('dispute cues tried by their hints find what all the cues find, in every dev and probe article', () => {
    const dirs = [join(__dirname, '../corpus/extra'), join(__dirname, '../corpus/probe')];
    let read = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) { cuesAgree(readFileSync(join(dir, f), 'utf8')); read++; }
    }
    assert.ok(read > 50, `only ${read} articles read`);
  });
});
