// Orchestrates the recognisers over one document. (Being filled in: see the recognisers beside it.)
import type { Analysis, AnalysisOptions } from './types';

export interface Analyzer {
  /** Analyse a whole document; paragraphs seen before are served from a cache. */
  analyze(text: string, options?: AnalysisOptions): Analysis;
}

export function createAnalyzer(): Analyzer {
  return { analyze: (text, options) => analyze(text, options) };
}

export function analyze(_text: string, options: AnalysisOptions = {}): Analysis {
  return { published: options.published ?? null, publishedSource: options.published ? 'caller' : 'none', people: [], dates: [], quotes: [], claims: [] };
}
