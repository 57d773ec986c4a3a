// Open articles and their analyses. Edits update the text and shift the user's tags at once;
// analysis waits for a pause in typing (debounce), a newer edit supersedes a scheduled one, and a
// request that needs the current state runs it immediately. Each document keeps its own analyser,
// whose paragraph cache makes re-analysis after a small edit cheap.
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createAnalyzer } from '../analysis';
import type { Analysis, Analyzer } from '../analysis';
import { LiveTags, readSidecar, sidecarPathFor, sidecarStamp, splitTags, withUserClaims } from '../store';
import type { TagRecord } from '../store';
import type { FactmarkSettings } from '../../../common/src/protocol';
import { buildModel } from './documentModel';
import type { DocumentModel } from './documentModel';

export interface OpenArticle {
  uri: string;
  /** The file path, or null for an unsaved (untitled) or non-file document. */
  path: string | null;
  doc: TextDocument;
  analyzer: Analyzer;
  tags: LiveTags;
  sidecarError: string | null;
  sidecarStamp: string;
  model: DocumentModel | null;
  timer: NodeJS.Timeout | null;
  /** Resolves once the sidecar has been read the first time. */
  ready: Promise<void>;
}

export interface DocumentsHooks {
  settings(): FactmarkSettings;
  /** Called with every new model (diagnostics, stats). */
  analysed(model: DocumentModel): void;
  log(message: string): void;
}

export class Documents {
  private readonly open = new Map<string, OpenArticle>();

  constructor(private readonly hooks: DocumentsHooks) {}

  get(uri: string): OpenArticle | undefined {
    return this.open.get(uri);
  }

  all(): OpenArticle[] {
    return [...this.open.values()];
  }

  didOpen(uri: string, languageId: string, version: number, text: string): void {
    this.didClose(uri);
    const article: OpenArticle = {
      uri,
      path: pathOf(uri),
      doc: TextDocument.create(uri, languageId, version, text),
      analyzer: createAnalyzer(),
      tags: new LiveTags(),
      sidecarError: null,
      sidecarStamp: 'missing',
      model: null,
      timer: null,
      ready: Promise.resolve(),
    };
    article.ready = this.loadSidecar(article);
    this.open.set(uri, article);
    void article.ready.then(() => {
      if (this.open.get(uri) === article) this.publish(article);
    });
  }

  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const a = this.open.get(uri);
    if (!a) return;
    for (const change of changes) {
      // Offsets of each change are in the text as the previous change left it.
      const oldLength = a.doc.getText().length;
      const start = 'range' in change ? a.doc.offsetAt(change.range.start) : 0;
      const end = 'range' in change ? a.doc.offsetAt(change.range.end) : oldLength;
      TextDocument.update(a.doc, [change], version);
      a.tags.applyChange(start, end, change.text, a.doc.getText());
    }
    this.schedule(a);
  }

  didClose(uri: string): void {
    const a = this.open.get(uri);
    if (!a) return;
    if (a.timer) clearTimeout(a.timer);
    this.open.delete(uri);
  }

  /** The model of the current text, analysing now if the last one is stale. */
  async model(uri: string): Promise<DocumentModel | null> {
    const a = this.open.get(uri);
    if (!a) return null;
    await a.ready;
    if (a.model && a.model.version === a.doc.version) return a.model;
    return this.publish(a);
  }

  /** Re-read the sidecar if another writer changed it since we last looked. */
  async refreshFromDisk(a: OpenArticle): Promise<void> {
    if (!a.path) return;
    await a.ready;
    const stamp = await sidecarStamp(sidecarPathFor(a.path));
    if (stamp === a.sidecarStamp) return;
    await this.loadSidecar(a);
    a.model = null;
  }

  /** Adopt the records just written to disk by us (see tagging.ts). */
  async adopt(a: OpenArticle, records: TagRecord[]): Promise<void> {
    a.tags.reconcile(records, a.doc.getText());
    a.sidecarError = null;
    if (a.path) a.sidecarStamp = await sidecarStamp(sidecarPathFor(a.path));
    a.model = null;
  }

  /** Settings changed: every document is analysed again. */
  reanalyseAll(): void {
    for (const a of this.open.values()) {
      a.model = null;
      this.schedule(a, 0);
    }
  }

  private schedule(a: OpenArticle, delay = this.hooks.settings().debounceMs): void {
    if (a.timer) clearTimeout(a.timer);
    a.timer = setTimeout(() => {
      a.timer = null;
      if (this.open.get(a.uri) !== a) return; // closed meanwhile
      void this.refreshFromDisk(a)
        .catch((e: unknown) => this.hooks.log(`factmark: cannot check the sidecar of ${a.uri}: ${String(e)}`))
        .then(() => {
          if (this.open.get(a.uri) === a && !(a.model && a.model.version === a.doc.version)) this.publish(a);
        });
    }, delay);
  }

  private async loadSidecar(a: OpenArticle): Promise<void> {
    if (!a.path) return;
    const path = sidecarPathFor(a.path);
    a.sidecarStamp = await sidecarStamp(path);
    const read = await readSidecar(path);
    if (read.state === 'error') {
      a.sidecarError = read.error;
      a.tags = new LiveTags();
      return;
    }
    a.sidecarError = null;
    a.tags.reconcile(read.state === 'ok' ? read.file.claims : [], a.doc.getText());
    a.tags.retryOrphans(a.doc.getText());
  }

  /** Analyse the current text, build its model and tell the hooks. */
  private publish(a: OpenArticle): DocumentModel {
    if (a.timer) {
      clearTimeout(a.timer);
      a.timer = null;
    }
    const settings = this.hooks.settings();
    const text = a.doc.getText();
    let skipped = whyNotAnalysed(text, settings);
    let analysis: Analysis = emptyAnalysis();
    if (!skipped) {
      try {
        analysis = a.analyzer.analyze(text, settings.referenceDate ? { published: settings.referenceDate } : {});
      } catch (e) {
        skipped = `factmark could not analyse this article: ${(e as Error).message ?? String(e)}`;
        this.hooks.log(`${skipped}\n${(e as Error).stack ?? ''}`);
      }
    }
    a.tags.retryOrphans(text);
    const { claims, orphaned } = splitTags(a.tags.all());
    const model = buildModel({
      uri: a.uri,
      version: a.doc.version,
      text,
      analysis: skipped ? analysis : withUserClaims(analysis, claims),
      skipped,
      sidecarError: a.sidecarError,
      orphaned: skipped ? [] : orphaned,
      setBy: new Map(a.tags.all().map((t) => [t.record.id, t.record.by])),
    });
    a.model = model;
    try {
      this.hooks.analysed(model);
    } catch (e) {
      this.hooks.log(`factmark: publishing results for ${a.uri} failed: ${String(e)}`);
    }
    return model;
  }
}

function whyNotAnalysed(text: string, settings: FactmarkSettings): string | null {
  if (text.includes('\u0000')) return 'factmark did not analyse this file: it holds binary content (NUL characters), not article text';
  const kb = Buffer.byteLength(text, 'utf8') / 1024;
  if (kb > settings.maxFileSizeKB) {
    return `factmark did not analyse this article: it is ${Math.ceil(kb)} KB, above the limit set by factmark.maxFileSizeKB (${settings.maxFileSizeKB} KB); raise the setting to analyse it`;
  }
  return null;
}

function emptyAnalysis(): Analysis {
  return { published: null, publishedSource: 'none', people: [], dates: [], quotes: [], claims: [] };
}

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
