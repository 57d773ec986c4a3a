// Every editor feature over a real JSON-RPC connection, on the sample article. Parts that need the
// analyser's findings (Lavrov, the disputed claim) use the sample; parts that must work whatever
// it finds use a claim the test tags itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ExportDocumentRequest, ListClaimsRequest, SetClaimNoteRequest, SetClaimStatusRequest, tokenModifiers, tokenTypes } from '../../common/src/protocol';
import type { ClaimInfo, SetClaimResult } from '../../common/src/protocol';
import type { CodeAction, Diagnostic, DocumentHighlight, DocumentSymbol, Hover, Location, SemanticTokens, SemanticTokensDelta, SymbolInformation } from 'vscode-languageserver-protocol';
import { ROOT, SAMPLE, decodeTokens, messageOf, positionOf, rangeOf, startServer, tempDir, uriOf } from './harness';
import type { TestClient } from './harness';

const text = readFileSync(SAMPLE, 'utf8');
const DISPUTED = 'Moscow, despite its denials, is suspected of supporting Marshal Haftar with weapons, money and mercenaries.';
const PLAIN = 'The two men did not meet physically, however.';

async function openSample(t: { after(fn: () => Promise<void>): void }, settings: Record<string, unknown> = {}): Promise<{ c: TestClient; uri: string; file: string; dir: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'libya-ceasefire-talks.txt');
  copyFileSync(SAMPLE, file);
  const c = await startServer({ workspace: dir, settings }, t);
  const uri = uriOf(file);
  await c.open(uri, text);
  return { c, uri, file, dir };
}

const at = (needle: string, delta = 1, from = 0) => positionOf(text, text.indexOf(needle, from) + delta);
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

test('hover: person, date, quote and claim', async (t) => {
  const { c, uri } = await openSample(t, { referenceDate: '2020-01-13' });
  const hover = (needle: string, delta = 1) => c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(needle, delta) });

  const person = unescape(hoverText(await hover('Lavrov said')));
  assert.match(person, /Sergei Lavrov/);
  assert.match(person, /Russian Foreign Minister/);
  assert.match(person, /Sergey Lavrov/, 'spelling variants');
  assert.match(person, /Mentions: 3/);
  assert.match(person, /Some progress has been achieved/, 'the quotes attributed to him');
  assert.match(person, /pending/, 'with their claim status');

  const date = unescape(hoverText(await hover('January 13th')));
  assert.match(date, /January 13th/);
  assert.match(date, /2020-01-13/);
  assert.match(date, /Resolved: /);

  const quote = unescape(hoverText(await hover('Some progress')));
  assert.match(quote, /Speaker: Sergei Lavrov \(Russian Foreign Minister\)/);
  assert.match(quote, /Cue: "said"/);
  assert.match(quote, /Claim: pending/);

  const claim = unescape(hoverText(await hover('is suspected of')));
  assert.match(claim, /Claim\*\* · disputed|Claim · disputed/);
  assert.match(claim, /despite its denials/);
  assert.match(claim, /Detected by factmark/);

  const none = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at('With AFP') });
  assert.equal(none, null, 'no hover on plain text');
});

test('code actions on the disputed sentence: three statuses, the cue fix preferred; running one writes the sidecar', async (t) => {
  const { c, uri, file } = await openSample(t);
  const inside = at('is suspected');
  const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: inside, end: inside }, context: { diagnostics: [] } });
  const statuses = actions.map((a) => (a.command?.arguments?.[0] as { status: string }).status).sort();
  assert.deepEqual(statuses, ['disputed', 'pending', 'verified']);
  const preferred = actions.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1);
  assert.equal(preferred[0]!.title, "Mark as disputed: the text says 'despite its denials'");
  assert.equal(preferred[0]!.kind, 'quickfix');

  const verify = actions.find((a) => (a.command?.arguments?.[0] as { status: string }).status === 'verified')!;
  const refreshes = c.tokenRefreshes;
  await c.request('workspace/executeCommand', { command: verify.command!.command, arguments: verify.command!.arguments });
  assert.ok(c.tokenRefreshes > refreshes, 'the editor is told to re-fetch tokens (status modifiers changed)');
  const listed = await c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri });
  const claim = listed.find((x) => x.text === DISPUTED)!;
  assert.equal(claim.status, 'verified');
  assert.equal(claim.origin, 'user');
  assert.equal(claim.cue, 'despite its denials', 'a user status keeps the detected cue');
  assert.equal(listed.filter((x) => x.text === DISPUTED).length, 1, 'one claim on the span, not two');
  const sidecar = JSON.parse(readFileSync(file + '.factmark.json', 'utf8'));
  assert.equal(sidecar.claims[0].text, DISPUTED);
  assert.equal(sidecar.claims[0].status, 'verified');
  const hover = unescape(hoverText(await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside })));
  assert.match(hover, /Claim\*\* · verified/);
  assert.match(hover, /Set by \S+ on \d{4}-\d{2}-\d{2}T/);
});

test('code actions on a selection: tag it; inside a user claim: the three statuses; notes show in the hover', async (t) => {
  const { c, uri } = await openSample(t);
  const sel = rangeOf(text, PLAIN);
  const onSelection = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: sel, context: { diagnostics: [] } });
  const tagIt = onSelection.find((a) => a.title === 'Tag selection as a claim');
  assert.ok(tagIt, 'offers to tag the selection');
  await c.request('workspace/executeCommand', { command: tagIt.command!.command, arguments: tagIt.command!.arguments });
  const again = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: sel, context: { diagnostics: [] } });
  assert.equal(again.find((a) => a.title === 'Tag selection as a claim'), undefined, 'a claim now: no tagging offer');
  assert.deepEqual(again.map((a) => (a.command?.arguments?.[0] as { status: string }).status).sort(), ['disputed', 'pending', 'verified']);
  const claim = (await c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri })).find((x) => x.text === PLAIN)!;
  assert.equal(claim.status, 'pending');
  await c.request<SetClaimResult>(SetClaimNoteRequest.method, { uri, claimId: claim.id, note: 'Checked with the AFP wire' });
  const hover = unescape(hoverText(await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at('did not meet') })));
  assert.match(hover, /Note: Checked with the AFP wire/);
  assert.match(hover, /pending/);
});

test('diagnostics: disputed as information, pending as hint by default; severities follow the settings, off hides', async (t) => {
  const { c, uri } = await openSample(t);
  const diags = await c.waitForDiagnostics(uri, (d) => d.length > 0);
  const disputed = diags.filter((d) => d.code === 'disputed');
  assert.equal(disputed.length, 1);
  assert.equal(disputed[0]!.severity, 3);
  assert.deepEqual(disputed[0]!.range, rangeOf(text, DISPUTED));
  assert.match(messageOf(disputed[0]!), /despite its denials/);
  assert.ok(diags.filter((d) => d.code === 'pending').length >= 3);
  assert.ok(diags.filter((d) => d.code === 'pending').every((d) => d.severity === 4));

  c.settings = { diagnostics: { disputed: 'error', pending: 'off' } };
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const next = await c.waitForDiagnostics(uri, (d: Diagnostic[]) => d.some((x) => x.code === 'disputed' && x.severity === 1));
  assert.equal(next.filter((d) => d.code === 'pending').length, 0);
  c.settings = { diagnostics: { disputed: 'off', pending: 'off' } };
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await c.waitForDiagnostics(uri, (d) => d.length === 0);
});

test('semantic tokens: full covers people, dates, quotes, claims and the cue; delta and range agree with full', async (t) => {
  const { c, uri } = await openSample(t);
  const full = await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const tokens = decodeTokens(full.data);
  const tokenAt = (needle: string) => {
    const p = positionOf(text, text.indexOf(needle));
    return tokens.find((k) => k.line === p.line && k.char <= p.character && p.character < k.char + k.length);
  };
  const type = (needle: string) => tokenTypes[tokenAt(needle)?.type ?? -1];
  assert.ok(['person', 'speaker'].includes(type('Sergei Lavrov') ?? ''), 'Lavrov is a person');
  assert.equal(tokenAt('Sergei Lavrov')!.length, 'Sergei Lavrov'.length);
  assert.equal(type('Sergei Shoigu'), 'person');
  assert.equal(type('January 13th'), 'date');
  assert.equal(type('Some progress'), 'quote');
  assert.equal(type('despite its denials'), 'cue');
  assert.equal(type('is suspected of'), 'claim');
  const disputedBit = 1 << tokenModifiers.indexOf('disputed');
  assert.ok((tokenAt('is suspected of')!.mods & disputedBit) !== 0, 'the claim carries its status');
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    assert.ok(b.line > a.line || b.char >= a.char + a.length, 'tokens do not overlap');
  }

  const line2 = await c.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 999 } } });
  assert.deepEqual(decodeTokens(line2.data), tokens.filter((k) => k.line === 2));
  assert.ok(line2.data.length > 0);

  // Edit paragraph 3, then ask for a delta against the first result.
  const p = at('Fayez al-Sarraj signed', 0);
  await c.change(uri, [{ range: { start: p, end: p }, text: 'Meanwhile, ' }]);
  const delta = await c.request<SemanticTokensDelta | SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: full.resultId });
  assert.ok('edits' in delta, 'a delta, not a full result');
  const patched = full.data.slice();
  for (const e of [...delta.edits].reverse()) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
  const fresh = await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.deepEqual(patched, fresh.data);
  assert.ok(delta.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0) < fresh.data.length / 2, 'the delta is smaller than the whole');
});

test('document symbols, highlights and references', async (t) => {
  const { c, uri } = await openSample(t);
  const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['People', 'Quotes', 'Claims']);
  const lavrov = symbols[0]!.children!.find((s) => s.name === 'Sergei Lavrov');
  assert.ok(lavrov);
  assert.match(lavrov.detail ?? '', /Russian Foreign Minister/);
  assert.deepEqual(lavrov.selectionRange, rangeOf(text, 'Sergei Lavrov'));
  assert.ok(symbols[2]!.children!.some((s) => s.name.startsWith('Moscow, despite its denials') && s.detail === 'disputed'));

  const pos = at('Lavrov said', 2);
  const highlights = await c.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: pos });
  const texts = highlights.map((h) => text.split('\n')[h.range.start.line]!.slice(h.range.start.character, h.range.end.character));
  assert.deepEqual(texts.sort(), ['Sergei Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
  const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri }, position: pos, context: { includeDeclaration: true } });
  assert.equal(refs.length, 3);
  assert.ok(refs.every((r) => r.uri === uri));
  assert.deepEqual(refs.map((r) => r.range).sort((a, b) => a.start.line - b.start.line), highlights.map((h) => h.range).sort((a, b) => a.start.line - b.start.line));
});

test('workspace symbols: people across the workspace, not through a symlink leading out of it', async (t) => {
  const ws = tempDir();
  const outside = tempDir();
  copyFileSync(SAMPLE, path.join(ws, 'libya.txt'));
  mkdirSync(path.join(ws, 'more'));
  copyFileSync(path.join(ROOT, '..', 'shared', 'corpus', 'dev', 'nz-flag-consideration.txt'), path.join(ws, 'more', 'nz.news'));
  writeFileSync(path.join(outside, 'secret.txt'), 'Prime Minister Jacinda Ardern said "nothing" on Monday.\n');
  symlinkSync(outside, path.join(ws, 'linked-out'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'file-out.txt'));
  const c = await startServer({ workspace: ws }, t);
  const lavrov = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'lavrov' });
  assert.ok(lavrov.some((s) => s.name === 'Sergei Lavrov' && s.location.uri === uriOf(path.join(ws, 'libya.txt'))));
  const all = await c.request<SymbolInformation[]>('workspace/symbol', { query: '' });
  assert.ok(all.some((s) => s.name === 'John Key' && s.location.uri.endsWith('/more/nz.news')), 'closed files in sub-folders are read');
  assert.ok(all.every((s) => s.location.uri.startsWith(uriOf(ws) + '/')));
  assert.ok(all.every((s) => !s.location.uri.includes('linked-out') && !s.location.uri.includes('file-out')), 'symlinks out of the workspace are not followed');
  assert.ok(!all.some((s) => s.name.includes('Ardern')));
});

test('custom requests: ListClaims, ExportDocument (user tags with origin user, code points), DocumentStats', async (t) => {
  const dir = tempDir();
  const file = path.join(dir, 'libya.txt');
  copyFileSync(SAMPLE, file);
  const c = await startServer({ workspace: dir }, t);
  const uri = uriOf(file);
  const stats = await c.open(uri, text);
  assert.equal(stats.skipped, null);
  assert.ok(stats.people >= 5 && stats.quotes >= 4);
  assert.equal(stats.claims.disputed, 1);

  const claims = await c.request<ClaimInfo[]>(ListClaimsRequest.method, { uri });
  const d = claims.find((x) => x.status === 'disputed')!;
  assert.equal(d.cue, 'despite its denials');
  assert.deepEqual(d.range, rangeOf(text, DISPUTED));

  const nextStats = c.nextStats(uri, (s) => s.claims.verified === 1);
  await c.request<SetClaimResult>(SetClaimStatusRequest.method, { uri, range: rangeOf(text, PLAIN), status: 'verified' });
  await nextStats;
  const { annotations } = await c.request<{ annotations: { version: number; document: { length: number }; people: { name: string }[]; claims: { text: string; origin: string; status: string; start: number }[] } }>(ExportDocumentRequest.method, { uri });
  assert.equal(annotations.version, 1);
  assert.equal(annotations.document.length, [...text].length);
  assert.ok(annotations.people.some((p) => p.name === 'Sergei Lavrov'));
  const mine = annotations.claims.find((x) => x.text === PLAIN)!;
  assert.equal(mine.origin, 'user');
  assert.equal(mine.status, 'verified');
  assert.equal(mine.start, [...text.slice(0, text.indexOf(PLAIN))].length);
});

test('a document that cannot be analysed gets ONE diagnostic saying why (size limit names the setting, binary)', async (t) => {
  const c = await startServer({ settings: { maxFileSizeKB: 1 } }, t);
  const big = 'file:///nowhere/big.txt';
  const stats = await c.open(big, text);
  assert.match(stats.skipped ?? '', /factmark\.maxFileSizeKB/);
  const d = await c.waitForDiagnostics(big);
  assert.equal(d.length, 1);
  assert.match(messageOf(d[0]!), /factmark\.maxFileSizeKB/);

  const bin = 'file:///nowhere/bin.txt';
  await c.open(bin, 'PK\u0003\u0004\u0000\u0000binary');
  const b = await c.waitForDiagnostics(bin);
  assert.equal(b.length, 1);
  assert.match(messageOf(b[0]!), /binary/);
  const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: bin }, position: { line: 0, character: 1 } });
  assert.equal(hover, null);
});

test('bad requests get an error or an empty answer, and the server keeps serving', async (t) => {
  const { c, uri } = await openSample(t);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///not/open.txt' }, position: { line: 0, character: 0 } }), null);
  await assert.rejects(c.request(SetClaimStatusRequest.method, { uri, status: 'bogus' }), /verified\|disputed\|pending/);
  await assert.rejects(c.request(SetClaimStatusRequest.method, { uri, claimId: 'claim:999', status: 'verified' }), /no claim claim:999/);
  await assert.rejects(c.request(SetClaimNoteRequest.method, { uri, claimId: 'nope', note: 'x' }), /no claim nope/);
  assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 999, character: 0 }, end: { line: 999, character: 0 } }, context: { diagnostics: [] } }), []);
  const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at('Lavrov said') });
  assert.match(hoverText(h), /Sergei Lavrov/);
});
