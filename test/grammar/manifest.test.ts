// The manifest (package.json `contributes`) must agree with the shared protocol: a token type,
// command or setting that exists on one side only fails silently in the editor, so check here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ClientCommands, defaultSettings, tokenModifiers, tokenTypes } from '../../common/src/protocol';

interface Setting { default?: unknown; scope?: string; markdownDescription?: string }
const root = path.resolve(__dirname, '../..');
const readJson = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
const pkg = readJson('package.json');
const contributes = pkg.contributes;
const settings: Record<string, Setting> = contributes.configuration.properties;

function flatten(obj: object, prefix: string): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

test('semantic token types and modifiers are the legend, and each type has a TextMate scope', () => {
  assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id).sort(), [...tokenTypes].sort());
  assert.deepEqual(contributes.semanticTokenModifiers.map((t: { id: string }) => t.id).sort(), [...tokenModifiers].sort());
  assert.deepEqual(contributes.semanticTokenScopes.map((e: { language: string }) => e.language).sort(), ['news', 'plaintext']);
  const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  for (const t of tokenTypes) assert.ok(scopes[t]?.length, `no scope for token type ${t}`);
  for (const key of Object.keys(scopes)) {
    const [type, ...mods] = key.split('.');
    assert.ok((tokenTypes as readonly string[]).includes(type ?? ''), `unknown type in ${key}`);
    for (const m of mods) assert.ok((tokenModifiers as readonly string[]).includes(m), `unknown modifier in ${key}`);
  }
});

test('people, dates and quotes map to scopes the default themes colour differently', () => {
  const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  const roots = ['person', 'date', 'quote'].map((t) => scopes[t]?.[0]?.split('.').slice(0, 2).join('.'));
  assert.deepEqual(roots, ['entity.name', 'constant.numeric', 'string.quoted']);
});

test('every client command is contributed with a title and category', () => {
  const contributed = new Map<string, { title: string; category: string }>(contributes.commands.map((c: { command: string }) => [c.command, c]));
  for (const id of Object.values(ClientCommands)) {
    const c = contributed.get(id);
    assert.ok(c, `${id} is not in contributes.commands`);
    assert.ok(c.title && c.category === 'factmark', `${id} needs a title and the factmark category`);
  }
});

test('every server setting is contributed with the same default', () => {
  for (const [key, value] of flatten(defaultSettings, 'factmark.')) {
    assert.ok(settings[key], `${key} is missing from contributes.configuration`);
    assert.deepEqual(settings[key].default, value, `${key} default differs from defaultSettings`);
  }
});

test('every setting has a scope and a markdown description', () => {
  for (const [key, s] of Object.entries(settings)) {
    assert.ok(key.startsWith('factmark.'), key);
    assert.ok(s.scope, `${key} has no scope`);
    assert.ok(s.markdownDescription && s.markdownDescription.length > 20, `${key} has no markdownDescription`);
  }
});

test('the news grammar and language configuration are contributed and exist', () => {
  const grammar = contributes.grammars.find((g: { language: string }) => g.language === 'news');
  assert.equal(grammar.scopeName, 'text.news');
  const json = readJson(grammar.path);
  assert.equal(json.scopeName, 'text.news');
  const lang = contributes.languages.find((l: { id: string }) => l.id === 'news');
  assert.deepEqual(lang.extensions, ['.news']);
  readJson(lang.configuration);
});

test('untrusted workspaces are supported in a limited way, with a reason', () => {
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.match(pkg.capabilities.untrustedWorkspaces.description, /trusted/);
});
