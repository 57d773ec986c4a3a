// Open articles and their analyses. Edits update the text and shift the user's tags at once;
// analysis waits for a pause in typing (debounce), a newer edit supersedes a scheduled one, and a
// request that needs the current state runs it immediately. Full analyses run on a worker thread
// (analysisPool.ts), which keeps each article's analyser and paragraph cache, so the main thread
// goes on answering meanwhile; a result for a text that has changed since is thrown away.
//
// A whole analysis of a 1 MB article still takes hundreds of milliseconds, too slow for a keystroke.
// So an edit inside one paragraph first goes through the fast path (analysis/incremental.ts): the
// previous analysis, updated for that paragraph, becomes a provisional model at once, which
// semantic tokens and hovers answer from; the full analysis still runs after the debounce and
// replaces it (only that one publishes diagnostics and stats). An edit the fast path cannot take
// (a line break, the headline, a name that may re-link...) leaves the model stale as before.
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisOptions } from '../analysis';
import { shiftAcrossEdit, updateAfterEdit } from '../analysis/incremental';
import type { Range } from '../analysis/segment';
import { LiveTags, readSidecar, sidecarPathFor, sidecarStamp, splitTags, withUserClaims } from '../store';
import type { TagRecord } from '../store';
import type { FactmarkSettings } from '../../../common/src/protocol';
import { AnalysisFailure, AnalysisPool } from './analysisPool';
import { buildModel, editedModel } from './documentModel';
import type { DocumentModel } from './documentModel';
import { warmEditPathOnce } from './editWarmUp';
import { OpeningCollector } from './openingCollector';
import type { LineIndex } from './lineIndex';
import { SemanticTokensProvider } from './semanticTokens';

export interface OpenArticle {
  uri: string;
  /** The file path, or null for an unsaved (untitled) or non-file document. */
  path: string | null;
  doc: TextDocument;
  tags: LiveTags;
  sidecarError: string | null;
  sidecarStamp: string;
  model: DocumentModel | null;
  /** Opened, and not yet handed to the analysis thread. */
  justOpened: boolean;
  /**
   * The analyser's own result (before user tags) and the text it describes, which the fast path
   * updates edit by edit; null when it describes no current text (then only a full analysis helps).
   */
  base: { text: string; bytes: number; analysis: Analysis; full: boolean } | null;
  /** The full analysis under way, for the version it analyses (requests wait for it, not a second). */
  pending: { version: number; epoch: number; done: Promise<DocumentModel | null> } | null;
  /** Why the fast path last declined an edit (for logs and tests), or null. */
  fallback: string | null;
  timer: NodeJS.Timeout | null;
  /** Resolves once the sidecar has been read the first time. */
  ready: Promise<void>;
}

export interface DocumentsHooks {
  settings(): FactmarkSettings;
  /** Called with every new model (diagnostics, stats); settles once those messages are sent. */
  analysed(model: DocumentModel): Promise<unknown> | void;
  log(message: string): void;
}

export class Documents {
  private readonly open = new Map<string, OpenArticle>();
  private readonly pool: AnalysisPool;
  private readonly collector = new OpeningCollector();
  /** Counts settings changes: an analysis started under older settings is thrown away. */
  private settingsEpoch = 0;

  constructor(private readonly hooks: DocumentsHooks) {
    this.pool = new AnalysisPool({ log: hooks.log });
  }

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
      tags: new LiveTags(),
      sidecarError: null,
      sidecarStamp: 'missing',
      model: null,
      justOpened: true,
      base: null,
      pending: null,
      fallback: null,
      timer: null,
      ready: Promise.resolve(),
    };
    // The document finds its line starts on first use, which would be the first keystroke (7 ms
    // for 1 MB): find them now, while the article is being analysed anyway.
    void article.doc.lineCount;
    article.ready = this.loadSidecar(article);
    this.open.set(uri, article);
    void article.ready.then(() => {
      if (this.open.get(uri) === article) void this.publish(article);
    });
  }

  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const a = this.open.get(uri);
    if (!a) return;
    let changed: Range | null = null; // where annotations may differ, in the current text
    // Tokens are spliced into the previous model's only if it showed the text these changes start from.
    let previous = a.model && a.model.text === a.doc.getText() ? a.model : null;
    // The line index too is carried across the changes rather than built again from the text.
    let lines = previous?.lines ?? null;
    for (const change of changes) {
      // Offsets of each change are in the text as the previous change left it.
      const oldText = a.doc.getText();
      const start = 'range' in change ? a.doc.offsetAt(change.range.start) : 0;
      const end = 'range' in change ? a.doc.offsetAt(change.range.end) : oldText.length;
      // Reused tokens keep their lines: after a line break typed or deleted they are computed afresh.
      if (/[\r\n]/.test(change.text) || /[\r\n]/.test(oldText.slice(start, end))) previous = null;
      TextDocument.update(a.doc, [change], version);
      const newText = a.doc.getText();
      lines = lines?.afterEdit(newText, start, end, change.text) ?? null;
      const touchedTags = a.tags.all().filter((t) => !t.orphaned && t.start <= end && t.end >= start).map((t) => t.record.id);
      a.tags.applyChange(start, end, change.text, newText);
      const step = this.fastPath(a, oldText, newText, { start, end, text: change.text });
      if (!step) {
        a.base = null;
        continue;
      }
      // A user tag the edit touched may have moved, shrunk or become an orphan: its tokens change too.
      for (const id of touchedTags) {
        const t = a.tags.get(id);
        if (t) changed = union(changed, { start: t.start, end: t.end });
      }
      changed = union(changed === null ? null : shiftThrough(changed, start, end, change.text.length), step);
    }
    if (a.base && a.base.text === a.doc.getText()) this.publishProvisional(a, previous, changed, lines);
    this.schedule(a);
  }

  didClose(uri: string): void {
    const a = this.open.get(uri);
    if (!a) return;
    if (a.timer) clearTimeout(a.timer);
    this.open.delete(uri);
    this.pool.forget(uri);
  }

  /** The model of the current text, analysing now if the last one is stale. */
  async model(uri: string): Promise<DocumentModel | null> {
    const a = this.open.get(uri);
    if (!a) return null;
    await a.ready;
    // An analysis overtaken by an edit answers null; then the current text's is started (or, when
    // the fast path already took the edit, its provisional model answers).
    for (;;) {
      if (this.open.get(uri) !== a) return null;
      if (a.model && a.model.version === a.doc.version) return a.model;
      const m = await this.publish(a);
      if (m) return m;
    }
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
    this.settingsEpoch++;
    for (const a of this.open.values()) {
      a.model = null;
      a.base = null; // the reference date may have changed
      this.schedule(a, 0);
    }
  }

  /** One change through the fast path: the stretch whose annotations changed, or null to fall back. */
  private fastPath(a: OpenArticle, oldText: string, newText: string, change: { start: number; end: number; text: string }): Range | null {
    const base = a.base;
    a.fallback = null;
    if (!base || base.text !== oldText || change.text.includes('\u0000')) {
      a.fallback = base ? 'binary content' : 'no analysis of the text before the edit';
      return null;
    }
    const settings = this.hooks.settings();
    const bytes = base.bytes + Buffer.byteLength(change.text, 'utf8') - Buffer.byteLength(oldText.slice(change.start, change.end), 'utf8');
    if (bytes / 1024 > settings.maxFileSizeKB) {
      a.fallback = 'over the size limit'; // the full analysis says so
      return null;
    }
    try {
      const options = this.analysisOptions();
      // When the edit may change more than its paragraph, the previous analysis is only moved across
      // it: the editor keeps its colours at once and the full analysis (scheduled anyway) corrects them.
      const r = updateAfterEdit(base.analysis, oldText, newText, change, options, (why) => (a.fallback = why))
        ?? shiftAcrossEdit(base.analysis, oldText, newText, change);
      if (!r) return null;
      a.base = { text: newText, bytes, analysis: r.analysis, full: false };
      return r.changed;
    } catch (e) {
      this.hooks.log(`factmark: the fast update after an edit failed (the full analysis follows): ${(e as Error).stack ?? String(e)}`);
      return null;
    }
  }

  private analysisOptions(): AnalysisOptions {
    const { referenceDate } = this.hooks.settings();
    return referenceDate ? { published: referenceDate } : {};
  }

  /** A model of the fast path's analysis, at once; no diagnostics or stats until the full analysis. */
  private publishProvisional(a: OpenArticle, previous: DocumentModel | null, changed: Range | null, lines: LineIndex | null): void {
    const base = a.base!;
    const returned = a.tags.retryOrphans(base.text);
    const { claims, orphaned } = splitTags(a.tags.all());
    a.model = editedModel(returned ? null : previous, {
      uri: a.uri,
      version: a.doc.version,
      text: base.text,
      analysis: withUserClaims(base.analysis, claims),
      skipped: null,
      sidecarError: a.sidecarError,
      orphaned,
      setBy: new Map(a.tags.all().map((t) => [t.record.id, t.record.by])),
    }, changed, lines ?? undefined);
  }

  private schedule(a: OpenArticle, delay = this.hooks.settings().debounceMs): void {
    if (a.timer) clearTimeout(a.timer);
    a.timer = setTimeout(() => {
      a.timer = null;
      if (this.open.get(a.uri) !== a) return; // closed meanwhile
      void this.refreshFromDisk(a)
        .catch((e: unknown) => this.hooks.log(`factmark: cannot check the sidecar of ${a.uri}: ${String(e)}`))
        .then(() => {
          if (this.open.get(a.uri) === a && !(a.model && a.model.version === a.doc.version && !a.model.provisional)) void this.publish(a);
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

  /**
   * Analyse the current text (on the pool), build its model and tell the hooks; null when the text
   * or the settings changed before the analysis came back (its result is then thrown away).
   */
  private publish(a: OpenArticle): Promise<DocumentModel | null> {
    if (a.timer) {
      clearTimeout(a.timer);
      a.timer = null;
    }
    const version = a.doc.version;
    if (a.pending && a.pending.version === version && a.pending.epoch === this.settingsEpoch) return a.pending.done;
    const settings = this.hooks.settings();
    const text = a.doc.getText();
    const skipped = whyNotAnalysed(text, settings);
    // Only the user's tags changed since the last full analysis of this very text: reuse it.
    const reuse = !skipped && a.base?.full && a.base.text === text ? a.base.analysis : null;
    if (skipped || reuse) {
      a.pending = null;
      return Promise.resolve(this.finish(a, text, reuse ?? emptyAnalysis(), skipped));
    }
    const epoch = this.settingsEpoch;
    const current = (): boolean => this.open.get(a.uri) === a && a.doc.version === version && this.settingsEpoch === epoch;
    const arriving = this.pool.analyse(a.uri, text, this.analysisOptions());
    const justOpened = a.justOpened;
    a.justOpened = false;
    // The article was just opened: its text is on its way to the analysis thread.
    if (justOpened && this.collector.afterHandingOver(text.length)) this.hooks.log(`factmark: collected the garbage of opening ${a.uri} (${this.collector.lastMs.toFixed(0)} ms)`);
    const done = arriving.then(
      async (arrived) => {
        // Decoded a chunk per turn of the event loop, so that a keystroke arriving meanwhile is
        // answered first; it makes this result stale, and the rest is then never decoded.
        for (;;) {
          if (!arrived || !current()) return null;
          const analysis = arrived.step();
          if (analysis) break;
          await nextTurn();
        }
        return this.finishInTurns(a, text, arrived.step()!, current);
      },
      (e: unknown) => {
        const why = `factmark could not analyse this article: ${(e as Error).message ?? String(e)}`;
        this.hooks.log(`${why}\n${e instanceof AnalysisFailure ? e.detail : ((e as Error).stack ?? '')}`);
        return current() ? this.finish(a, text, emptyAnalysis(), why) : null;
      },
    ).finally(() => {
      if (a.pending?.done === done) a.pending = null;
    });
    a.pending = { version, epoch, done };
    return done;
  }

  /** The model of a full analysis (or of a text not analysed), published to the hooks. */
  private finish(a: OpenArticle, text: string, analysis: Analysis, skipped: string | null): DocumentModel {
    const model = this.install(a, text, analysis, skipped);
    void this.announce(model);
    return model;
  }

  /**
   * `finish` for a result that came from the analysis thread: the model in one turn of the event
   * loop, the diagnostics and stats in the next (a keystroke waiting in between goes first).
   */
  private async finishInTurns(a: OpenArticle, text: string, analysis: Analysis, current: () => boolean): Promise<DocumentModel | null> {
    await nextTurn();
    if (!current()) return null;
    const model = this.install(a, text, analysis, null);
    await nextTurn();
    if (this.open.get(a.uri) !== a) return model;
    // The warm-up waits until the result is out: started at once, it held the first analysis of a
    // 1 MB article back by 120–200 ms (the messages are written one per turn).
    void this.announce(model).then(() => {
      if (current()) warmEditPathOnce(model, analysis, this.analysisOptions(), current, this.hooks.log);
    });
    return model;
  }

  /** Makes the model of a full analysis the article's current one. */
  private install(a: OpenArticle, text: string, analysis: Analysis, skipped: string | null): DocumentModel {
    a.base = skipped ? null : { text, bytes: Buffer.byteLength(text, 'utf8'), analysis, full: true };
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
    }, a.model?.text === text ? a.model.lines : undefined); // after typing, the edits' model has the line index of this text
    a.model = model;
    // The next keystroke's tokens are spliced into these: compute them now, while the user pauses.
    if (a.base) warmTokens(model);
    return model;
  }

  /** Diagnostics and stats of a new full model; settles once they are sent (never rejects). */
  private announce(model: DocumentModel): Promise<unknown> {
    try {
      return Promise.resolve(this.hooks.analysed(model)).catch((e: unknown) => this.hooks.log(`factmark: publishing results for ${model.uri} failed: ${String(e)}`));
    } catch (e) {
      this.hooks.log(`factmark: publishing results for ${model.uri} failed: ${String(e)}`);
      return Promise.resolve();
    }
  }
}

/** Lets the event loop handle what has arrived (a keystroke, a request) before going on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const warmer = new SemanticTokensProvider();
function warmTokens(model: DocumentModel): void {
  warmer.full(model);
  warmer.forget(model.uri);
}

function union(a: Range | null, b: Range): Range {
  return a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : b;
}

/** A range of the text before a change, in the text after it (growing to cover the change). */
function shiftThrough(r: Range, start: number, end: number, inserted: number): Range {
  const delta = inserted - (end - start);
  const map = (o: number, side: 'start' | 'end'): number => (o < start ? o : o > end ? o + delta : side === 'start' ? start : start + inserted);
  return { start: map(r.start, 'start'), end: map(r.end, 'end') };
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
