// The first keystrokes of a server's life were slow: 50–70 ms in a 1 MB article against about 9
// later on. Full analyses run on the analysis thread, so the keystroke path (analysis/incremental.ts,
// the token splice and delta) has never run on the main thread: it is compiled on the spot, then
// optimised only after several calls. Once, after the first full result is shown, a few throwaway
// keystrokes run through that path on copies of the text, one per turn of the event loop (a real
// keystroke arriving meanwhile goes first), while the user is reading; the caller starts them once
// the result's messages are out. Nothing of them is kept.
import type { Analysis, AnalysisOptions } from '../analysis';
import { shiftAcrossEdit, updateAfterEdit } from '../analysis/incremental';
import { editedModel, type DocumentModel } from './documentModel';
import { SemanticTokensProvider } from './semanticTokens';

/** Throwaway keystrokes: enough for V8 to optimise the path (the first real one then took 19–22 ms, not 52–70). */
const WARM_UP_EDITS = 8;

let started = false;

/**
 * Runs throwaway edits of `model`'s text (analysed as `analysis`) through the keystroke path, the
 * first time it is called only; `current` says whether the model is still the article's (else stop).
 */
export function warmEditPathOnce(model: DocumentModel, analysis: Analysis, options: AnalysisOptions, current: () => boolean, log: (message: string) => void): void {
  if (started) return;
  const offsets = editableOffsets(model.text, WARM_UP_EDITS);
  if (offsets.length === 0) return; // no paragraph to type in: the next article may have one
  started = true;
  const provider = new SemanticTokensProvider();
  const step = (k: number): void => {
    if (k >= offsets.length || !current()) return;
    try {
      throwawayEdit(model, analysis, options, offsets[k]!, provider);
    } catch (e) {
      // A real keystroke there would take the same path and log the same failure: say it now.
      log(`factmark: warming up the edit path failed: ${(e as Error).stack ?? String(e)}`);
      return;
    }
    setImmediate(() => step(k + 1));
  };
  setImmediate(() => step(0));
}

function throwawayEdit(model: DocumentModel, analysis: Analysis, options: AnalysisOptions, at: number, provider: SemanticTokensProvider): void {
  const text = model.text.slice(0, at) + 'e' + model.text.slice(at);
  const change = { start: at, end: at, text: 'e' };
  const moved = updateAfterEdit(analysis, model.text, text, change, options) ?? shiftAcrossEdit(analysis, model.text, text, change);
  if (!moved) return;
  const { resultId } = provider.full(model);
  const edited = editedModel(model, { ...model, version: model.version + 1, text, analysis: moved.analysis }, moved.changed, model.lines.afterEdit(text, at, at, 'e'));
  provider.delta(edited, resultId!);
}

/** Up to `count` offsets inside long lines (paragraphs, where typing happens), spread over the text. */
function editableOffsets(text: string, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const from = text.indexOf('\n', Math.floor((text.length * (k + 0.5)) / count)) + 1;
    for (let lineStart = from; lineStart > 0 && lineStart < text.length; ) {
      const next = text.indexOf('\n', lineStart);
      const lineEnd = next < 0 ? text.length : next;
      const space = lineEnd - lineStart > 80 ? text.indexOf(' ', lineStart + 20) : -1;
      if (space > 0 && space < lineEnd) {
        out.push(space);
        break;
      }
      if (next < 0) break;
      lineStart = next + 1;
    }
  }
  return out;
}
