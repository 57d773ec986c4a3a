// Workspace symbols: the people of every article in the workspace folders. Closed files are read
// and analysed once per change on disk (cached by modification time and size); open ones come
// from their current model. Files over the size limit or not text are left out.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver';
import type { CancellationToken, SymbolInformation } from 'vscode-languageserver';
import { createAnalyzer, decodeArticle } from '../analysis';
import type { Person } from '../analysis';
import type { FactmarkSettings } from '../../../common/src/protocol';
import { LineIndex } from './lineIndex';
import type { DocumentModel } from './documentModel';
import { findArticles } from './workspaceFiles';

interface FileEntry {
  stamp: string;
  people: Person[];
  lines: LineIndex;
}

export class WorkspaceSymbols {
  private readonly cache = new Map<string, FileEntry>();
  private readonly analyzer = createAnalyzer();

  async query(
    query: string,
    roots: readonly string[],
    settings: FactmarkSettings,
    openModels: readonly DocumentModel[],
    token: CancellationToken,
  ): Promise<SymbolInformation[]> {
    const out: SymbolInformation[] = [];
    const q = query.toLowerCase();
    const wanted = (p: Person) => !q || [p.name, ...p.aliases].some((n) => fuzzy(n.toLowerCase(), q));
    const openUris = new Set(openModels.map((m) => m.uri));
    for (const m of openModels) {
      for (const p of m.analysis.people) if (wanted(p) && p.mentions[0]) out.push(symbol(p, m.uri, m.lines, baseName(m.uri)));
    }
    for (const file of await findArticles(roots, settings.include)) {
      if (token.isCancellationRequested) break;
      const uri = pathToFileURL(file).href;
      if (openUris.has(uri)) continue;
      const entry = await this.entry(file, settings);
      if (!entry) continue;
      for (const p of entry.people) if (wanted(p) && p.mentions[0]) out.push(symbol(p, uri, entry.lines, path.basename(file)));
    }
    return out;
  }

  private async entry(file: string, settings: FactmarkSettings): Promise<FileEntry | null> {
    try {
      const st = await fs.stat(file);
      if (st.size > settings.maxFileSizeKB * 1024) return null;
      const stamp = `${st.mtimeMs}:${st.size}`;
      const cached = this.cache.get(file);
      if (cached?.stamp === stamp) return cached;
      const decoded = decodeArticle(await fs.readFile(file));
      if (!decoded.ok) return null;
      const analysis = this.analyzer.analyze(decoded.text, settings.referenceDate ? { published: settings.referenceDate } : {});
      const entry = { stamp, people: analysis.people, lines: new LineIndex(decoded.text) };
      this.cache.set(file, entry);
      return entry;
    } catch {
      return null;
    }
  }
}

function baseName(uri: string): string {
  try {
    return path.basename(uri.startsWith('file:') ? fileURLToPath(uri) : uri);
  } catch {
    return uri;
  }
}

function symbol(p: Person, uri: string, lines: LineIndex, container: string): SymbolInformation {
  const m = p.mentions[0]!;
  return {
    name: p.name,
    kind: SymbolKind.Class,
    location: { uri, range: lines.range(m.start, m.end) },
    containerName: p.roles[0] ? `${container} · ${p.roles[0]}` : container,
  };
}

/** Characters of `q` in order within `s` (what editors' symbol pickers do). */
function fuzzy(s: string, q: string): boolean {
  let i = 0;
  for (const c of s) if (c === q[i]) i++;
  return i === q.length;
}
