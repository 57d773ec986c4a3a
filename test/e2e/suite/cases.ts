// The checks issue 4 asks of a real VS Code, against a copy of the sample article in the test
// workspace (run.sh and runTest.ts copy it there, so examples/ stays clean).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import * as vscode from 'vscode';
import schema from '../../../schemas/annotations.schema.json';
import { ClientCommands } from '../../../common/src/protocol';
import { codeActionTitles, coverage, decodeTokens, hoverText, waitFor, type Token } from './util';

const EXTENSION_ID = 'factmark.factmark';
const ARTICLE = 'libya-ceasefire-talks.txt';
const NEWS_COPY = 'briefing.news';

function workspaceFile(name: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the test must run with the test workspace folder open');
  return vscode.Uri.joinPath(root, name);
}

async function openArticle(name = ARTICLE): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

function offsetOf(doc: vscode.TextDocument, needle: string, from = 0): number {
  const i = doc.getText().indexOf(needle, from);
  assert.ok(i >= 0, `"${needle}" is not in ${doc.uri.path}`);
  return i;
}

async function tokensOf(doc: vscode.TextDocument): Promise<Token[]> {
  const legend = await waitFor('the semantic token legend', () =>
    vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
  );
  const tokens = await waitFor('semantic tokens', async () => {
    const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    return t && t.data.length > 0 ? t : undefined;
  });
  return decodeTokens(doc, tokens, legend);
}

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<string> {
  return waitFor(`a hover at offset ${offset}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
    const text = hoverText(hovers ?? []);
    return text.trim() ? text : undefined;
  });
}

interface Sidecar { claims?: { text: string; status: string; note: string | null }[] }

function readSidecar(doc: vscode.TextDocument): Sidecar | undefined {
  const file = `${doc.uri.fsPath}.factmark.json`;
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Sidecar) : undefined;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function assertValid(json: unknown, what: string): void {
  if (!validate(json)) assert.fail(`${what} does not validate against annotations.schema.json: ${ajv.errorsText(validate.errors)}`);
}

export const cases: [string, () => Promise<void>][] = [
  ['the extension activates on a plaintext article', async () => {
    const editor = await openArticle();
    assert.equal(editor.document.languageId, 'plaintext');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await waitFor('activation', () => ext.isActive);
  }],

  ['every contributed command is registered', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(ClientCommands)) assert.ok(all.has(id), `${id} is not registered`);
  }],

  ['semantic tokens cover "Lavrov", the dates and the quotes', async () => {
    const { document: doc } = await openArticle();
    const tokens = await tokensOf(doc);
    const lavrov = offsetOf(doc, 'Sergei Lavrov') + 'Sergei '.length;
    assert.equal(coverage(tokens, ['person', 'speaker'], lavrov, lavrov + 'Lavrov'.length), 1, 'Lavrov is not a person token');
    for (const date of ['January 13th', 'January 19', 'January 8']) {
      const at = offsetOf(doc, date);
      assert.equal(coverage(tokens, ['date'], at, at + date.length), 1, `"${date}" is not a date token`);
    }
    for (const quote of ['"Some progress has been achieved,"', '"a little extra time until the morning"', '"positively"']) {
      const at = offsetOf(doc, quote);
      const end = at + quote.length;
      // Tokens cannot overlap, so a date or name inside a quote interrupts the quote token: the
      // marks must be quote tokens and everything between quote, date or person tokens.
      assert.equal(coverage(tokens, ['quote'], at, at + 1), 1, `the opening mark of ${quote} is not a quote token`);
      assert.equal(coverage(tokens, ['quote'], end - 1, end), 1, `the closing mark of ${quote} is not a quote token`);
      assert.equal(coverage(tokens, ['quote', 'date', 'person', 'speaker'], at, end), 1, `${quote} is not covered by tokens`);
    }
  }],

  ['the hover on "Lavrov" names Sergei Lavrov and his role', async () => {
    const { document: doc } = await openArticle();
    const text = await hoverAt(doc, offsetOf(doc, 'Sergey Lavrov') + 'Sergey La'.length);
    assert.match(text, /Sergei Lavrov/);
    assert.match(text, /Foreign Minister/i);
  }],

  ['code actions on a claim include the three statuses', async () => {
    const { document: doc } = await openArticle();
    const at = doc.positionAt(offsetOf(doc, 'is suspected of supporting'));
    const titles = await waitFor('claim code actions', async () => {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
      const t = codeActionTitles(actions ?? []);
      return ['verified', 'disputed', 'pending'].every((s) => t.some((x) => x.includes(s))) ? t : undefined;
    });
    assert.ok(titles.length >= 3, titles.join(' | '));
  }],

  ['"mark disputed" on a selection writes the sidecar', async () => {
    const editor = await openArticle();
    const doc = editor.document;
    const sentence = 'The two men did not meet physically, however.';
    const start = offsetOf(doc, sentence);
    const sidecar = `${doc.uri.fsPath}.factmark.json`;
    fs.rmSync(sidecar, { force: true });
    await tokensOf(doc); // the server has analysed the article
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + sentence.length));
    await vscode.commands.executeCommand(ClientCommands.markDisputed);
    await waitFor(`the disputed tag in ${sidecar}`, () => readSidecar(doc)?.claims?.find((c) => c.text === sentence && c.status === 'disputed'), 20_000);
  }],

  ['"mark verified" at the cursor tags the claim under it', async () => {
    const editor = await openArticle();
    const doc = editor.document;
    const at = doc.positionAt(offsetOf(doc, 'is suspected of supporting'));
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand(ClientCommands.markVerified);
    await waitFor('the verified tag in the sidecar', () => {
      const json = readSidecar(doc);
      return json?.claims?.find((c) => c.text.startsWith('Moscow, despite its denials') && c.status === 'verified');
    }, 20_000);
  }],

  ['"Add note to claim" stores the note with the claim', async () => {
    const editor = await openArticle();
    const doc = editor.document;
    const at = doc.positionAt(offsetOf(doc, 'did not meet physically'));
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand(ClientCommands.addNote, undefined, 'Confirmed by two delegations');
    await waitFor('the note in the sidecar', () => {
      const json = readSidecar(doc);
      return json?.claims?.find((c) => c.text.includes('did not meet physically') && c.note === 'Confirmed by two delegations');
    }, 20_000);
  }],

  ['"Export annotations as JSON" writes JSON that validates against the schema', async () => {
    const { document: doc } = await openArticle();
    const target = workspaceFile('exported/libya.annotations.json');
    fs.mkdirSync(vscode.Uri.joinPath(target, '..').fsPath, { recursive: true });
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(ClientCommands.exportDocument, doc.uri, target);
    assert.equal(written?.toString(), target.toString(), 'the command did not report the file it wrote');
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as {
      people: { name: string; roles: string[] }[];
      claims: { text: string; status: string; origin: string }[];
    };
    assertValid(json, target.fsPath);
    assert.ok(json.people.some((p) => p.name === 'Sergei Lavrov'), 'Sergei Lavrov is not among the people');
    assert.ok(json.claims.some((c) => c.origin === 'user' && c.status === 'disputed'), 'the tag set above is not exported');
  }],

  ['a .news file is in the news language and is analysed', async () => {
    const { document: doc } = await openArticle(NEWS_COPY);
    assert.equal(doc.languageId, 'news');
    const tokens = await tokensOf(doc);
    assert.ok(tokens.some((t) => t.type === 'person'), 'no person tokens in the .news copy');
  }],

  ['"Export the workspace\'s annotations" writes JSON Lines with every article', async () => {
    const target = workspaceFile('exported/all.jsonl');
    const result = await vscode.commands.executeCommand<{ exported: number; failed: number } | undefined>(
      ClientCommands.exportWorkspace, { format: 'jsonl', target });
    assert.deepEqual({ exported: result?.exported, failed: result?.failed }, { exported: 2, failed: 0 });
    const lines = fs.readFileSync(target.fsPath, 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    lines.forEach((l, i) => assertValid(JSON.parse(l), `line ${i + 1} of ${target.fsPath}`));
  }],

  ['"Go to next pending claim" selects a pending claim', async () => {
    const editor = await openArticle();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(ClientCommands.nextPendingClaim);
    // The sample has pending claims (undecided attributed statements); the selection moves onto one.
    assert.ok(!editor.selection.isEmpty, 'the selection did not move to a claim');
    const at = editor.selection.start;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at));
    assert.ok(codeActionTitles(actions ?? []).some((t) => t.includes('verified')), 'the selection is not on a claim');
  }],

  ['"Restart server" brings the language features back', async () => {
    await vscode.commands.executeCommand(ClientCommands.restartServer);
    const { document: doc } = await openArticle();
    const text = await hoverAt(doc, offsetOf(doc, 'Sergei Lavrov') + 3);
    assert.match(text, /Sergei Lavrov/);
  }],
];
