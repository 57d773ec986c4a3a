import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { analyze, createAnalyzer, createOffsetMapper, decodeArticle, toAnnotations, type Annotations } from '../../server/src/analysis';

const schema = JSON.parse(readFileSync(join(__dirname, '../../schemas/annotations.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const devDir = join(__dirname, '../../../shared/corpus/dev');
const fixtures = join(__dirname, '../fixtures');

function exportOf(text: string): Annotations {
  return toAnnotations(text, analyze(text), { uri: 'file:///x.txt', sha256: '0'.repeat(64), generator: 'factmark test' });
}

function assertSpansMatch(text: string, json: Annotations): void {
  const cps = [...text];
  const spans = [
    ...json.people.flatMap((p) => p.mentions), ...json.dates, ...json.quotes, ...json.claims,
  ];
  assert.ok(spans.length > 0);
  for (const s of spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text, `span ${s.start}-${s.end}`);
  assert.equal(json.document.length, cps.length);
}

describe('annotations JSON contract', () => {
  const articles = readdirSync(devDir).filter((f) => f.endsWith('.txt'));
  for (const f of articles) {
    it(`${f}: validates against the schema and every span is its code-point slice`, () => {
      const text = readFileSync(join(devDir, f), 'utf8');
      const json = exportOf(text);
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assertSpansMatch(text, json);
    });
  }
  it('counts code points around emoji and keeps CRLF line ends', () => {
    const decoded = decodeArticle(readFileSync(join(fixtures, 'emoji-crlf.txt')));
    assert.ok(decoded.ok);
    const json = exportOf(decoded.text);
    assert.ok(validate(json), JSON.stringify(validate.errors));
    assertSpansMatch(decoded.text, json);
    assert.ok(json.people.some((p) => p.name === 'Ana Costa'));
    assert.ok(json.claims.some((c) => c.status === 'disputed' && c.cue === 'reportedly'));
    assert.equal(json.document.published, '2020-03-03');
  });
  it('maps offsets both ways across surrogate pairs', () => {
    const text = 'a😀b𝐁c';
    const map = createOffsetMapper(text);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((u) => map.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((c) => map.toUtf16(c)), [0, 1, 3, 4, 6, 7]);
    assert.equal(map.codePointLength, 5);
  });
  it('gives the same analysis with and without the paragraph cache, also when re-analysing', () => {
    const analyzer = createAnalyzer();
    for (const f of articles) {
      const text = readFileSync(join(devDir, f), 'utf8');
      assert.deepEqual(analyzer.analyze(text), analyze(text), f);
      assert.deepEqual(analyzer.analyze(text), analyze(text), `${f}, from the cache`);
    }
  });
  it('is deterministic', () => {
    const text = readFileSync(join(devDir, 'libya-ceasefire-talks.txt'), 'utf8');
    assert.deepEqual(exportOf(text), exportOf(text));
  });
});

describe('decoding', () => {
  it('drops a UTF-8 BOM and decodes UTF-16 with a BOM', () => {
    const utf8 = decodeArticle(Buffer.from('\ufeffHello', 'utf8'));
    assert.deepEqual(utf8, { ok: true, text: 'Hello', encoding: 'utf-8', bom: true });
    const le = decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi 😀', 'utf16le')]));
    assert.ok(le.ok && le.text === 'Hi 😀');
    const beBody = Buffer.from('Hi', 'utf16le').swap16();
    const be = decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    assert.ok(be.ok && be.text === 'Hi');
  });
  it('refuses binary content and invalid UTF-8 with a reason', () => {
    const bin = decodeArticle(Buffer.from([0x41, 0x00, 0x42]));
    assert.ok(!bin.ok && /binary/.test(bin.error));
    const bad = decodeArticle(Buffer.from([0x41, 0x42, 0xc3, 0x28]));
    assert.ok(!bad.ok && /invalid UTF-8 at byte 2/.test(bad.error));
  });
});
