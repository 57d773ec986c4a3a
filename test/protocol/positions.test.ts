// LSP counts UTF-16 units, the sidecar and the export count code points: emoji (astral characters,
// two UTF-16 units each) and CRLF line ends must not shift anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ExportDocumentRequest, ListClaimsRequest, SetClaimStatusRequest, tokenModifiers, tokenTypes } from '../../common/src/protocol';
import type { ClaimInfo, SetClaimResult } from '../../common/src/protocol';
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, positionOf, rangeOf, startServer, tempDir, uriOf } from './harness';

const EMOJI_TEXT = '🎉🎉 Party line 😀 here.\r\nThe minister 👍 said the deal 🤝 is done 🎉.\r\nNext line 𝒳 ends.\r\n';
const CLAIM = 'the deal 🤝 is done 🎉.';

test('emoji and CRLF: a tag keeps UTF-16 ranges over LSP and code points on disk and in the export', async (t) => {
  const dir = tempDir();
  const file = path.join(dir, 'emoji.txt');
  writeFileSync(file, EMOJI_TEXT);
  const uri = uriOf(file);
  const c = await startServer({ workspace: dir, settings: { debounceMs: 0 } }, t);
  await c.open(uri, EMOJI_TEXT);
  const range = rangeOf(EMOJI_TEXT, CLAIM);
  assert.deepEqual(range, { start: { line: 1, character: 21 }, end: { line: 1, character: 44 } }, 'the test itself counts UTF-16 units');
  const { claim } = await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range, status: 'disputed' });
  assert.deepEqual(claim.range, range);
  assert.equal(claim.text, CLAIM);

  const cpStart = [...EMOJI_TEXT.slice(0, EMOJI_TEXT.indexOf(CLAIM))].length;
  const rec = JSON.parse(readFileSync(file + '.factmark.json', 'utf8')).claims[0];
  assert.equal(rec.start, cpStart);
  assert.equal(rec.end, cpStart + [...CLAIM].length);
  assert.equal([...EMOJI_TEXT].slice(rec.start, rec.end).join(''), rec.text);

  const { annotations } = await c.request<{ annotations: { document: { length: number }; claims: { start: number; end: number; text: string }[] } }>(ExportDocumentRequest.method, { uri });
  assert.equal(annotations.document.length, [...EMOJI_TEXT].length);
  for (const span of annotations.claims) assert.equal([...EMOJI_TEXT].slice(span.start, span.end).join(''), span.text);
  assert.ok(annotations.claims.some((x) => x.text === CLAIM && x.start === cpStart));

  // The claim's semantic token starts and ends on the right UTF-16 columns, and no token holds a \r.
  const tokens = decodeTokens((await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
  const userBit = 1 << tokenModifiers.indexOf('user');
  const tok = tokens.find((k) => tokenTypes[k.type] === 'claim' && (k.mods & userBit) !== 0);
  assert.ok(tok);
  assert.equal(tok.char, range.start.character);
  assert.equal(tok.char + tok.length, range.end.character);
  const lines = EMOJI_TEXT.split('\n');
  for (const k of tokens) assert.ok(!lines[k.line]!.slice(k.char, k.char + k.length).includes('\r'));

  // A hover just after an emoji, inside the claim.
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(EMOJI_TEXT, EMOJI_TEXT.indexOf('🤝') + 2) });
  assert.match(hover && 'value' in (hover.contents as object) ? (hover.contents as { value: string }).value : '', /disputed/);

  // Typing an emoji before the claim on the same line shifts it by two UTF-16 units.
  await c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '🔥' }]);
  const after = (await c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri })).find((x) => x.id === claim.id)!;
  assert.deepEqual(after.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 46 } });
  // A change given with a position inside a CRLF (between \r and \n) is clamped to the line end.
  await c.change(uri, [{ range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, text: '!' }]);
  const after2 = (await c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri })).find((x) => x.id === claim.id)!;
  assert.deepEqual(after2.range, after.range);
  assert.equal(after2.text, CLAIM);
});

test('CRLF article from the corpus: people land on the right lines and columns', async (t) => {
  const crlf = readFileSync(path.join(__dirname, '..', '..', 'examples', 'libya-ceasefire-talks.txt'), 'utf8').replace(/\r?\n/g, '\r\n');
  const dir = tempDir();
  const file = path.join(dir, 'crlf.txt');
  writeFileSync(file, crlf);
  const uri = uriOf(file);
  const c = await startServer({ workspace: dir }, t);
  await c.open(uri, crlf);
  const pos = positionOf(crlf, crlf.indexOf('Sergei Shoigu') + 3);
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.ok(hover?.range);
  assert.deepEqual(hover.range, rangeOf(crlf, 'Sergei Shoigu'));
  const tokens = decodeTokens((await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
  const lines = crlf.split('\n');
  for (const k of tokens) assert.ok(!lines[k.line]!.slice(k.char, k.char + k.length).includes('\r'), 'no token covers a line break');
  assert.ok(tokens.some((k) => lines[k.line]!.slice(k.char, k.char + k.length) === 'Sergei Shoigu'));
});
