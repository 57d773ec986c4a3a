// Helpers for the extension-host suite: polling (the server starts asynchronously, so every
// check retries until a deadline instead of sleeping a fixed time) and token decoding.
import * as vscode from 'vscode';

export async function waitFor<T>(what: string, probe: () => PromiseLike<T | undefined | null | false> | T | undefined | null | false, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export interface Token {
  start: number;
  end: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes the relative 5-tuples of a semantic token result into offsets in `doc`. */
export function decodeTokens(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < d.length; i += 5) {
    const [dl, dc, len, type, mods] = [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!, d[i + 4]!];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const start = doc.offsetAt(new vscode.Position(line, char));
    const modifiers = legend.tokenModifiers.filter((_, bit) => (mods & (1 << bit)) !== 0);
    out.push({ start, end: start + len, type: legend.tokenTypes[type] ?? `#${type}`, modifiers, text: doc.getText().slice(start, start + len) });
  }
  return out;
}

/** Share of the characters of [start, end) that tokens of one of `types` cover. */
export function coverage(tokens: readonly Token[], types: readonly string[], start: number, end: number): number {
  let covered = 0;
  for (let o = start; o < end; o++) if (tokens.some((t) => types.includes(t.type) && t.start <= o && o < t.end)) covered++;
  return end > start ? covered / (end - start) : 0;
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

export function codeActionTitles(actions: readonly (vscode.CodeAction | vscode.Command)[]): string[] {
  return actions.map((a) => a.title);
}
