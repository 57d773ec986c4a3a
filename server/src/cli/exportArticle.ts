// One article's export, as the text it adds to stdout and stderr. The sequential loop and the
// worker threads both call this, so the parallel export is the sequential one by construction.
import { analyze, GENERATOR_NAME, toAnnotations, type Analysis, type ErrorLine } from '../analysis';
import type { FileTarget } from './files';
import { fileUri, readArticle } from './readArticle';
import { mergeUserTags } from './userTags';
import { version } from '../../../package.json';

export interface ExportedArticle {
  /** For stdout: one JSON object (pretty when it is the only file), or an error line. */
  out: string;
  /** For stderr, in order: why the file failed, warnings about its tags. */
  err: string[];
  failed: boolean;
}

export async function exportArticle(target: FileTarget, published: string | null, pretty: boolean): Promise<ExportedArticle> {
  const read = target.error ? { ok: false as const, path: target.path, uri: fileUri(target.path), error: target.error } : readArticle(target.path);
  if (!read.ok) return failure(read.uri, read.path, read.error);
  let analysis: Analysis;
  try {
    analysis = analyze(read.text, { published });
  } catch (e) {
    return failure(read.uri, read.path, `analysis failed: ${(e as Error).message}`);
  }
  const tags = await mergeUserTags(read.path, read.text, analysis);
  const err = tags.warning ? [`factmark: ${read.path}: ${tags.warning}\n`] : [];
  const annotations = toAnnotations(read.text, tags.analysis, { uri: read.uri, sha256: read.sha256, generator: `${GENERATOR_NAME} ${version}` });
  const json = tags.orphaned.length
    ? { ...annotations, orphaned: tags.orphaned.map(({ id, text, status, note, updated }) => ({ id, text, status, note, updated })) }
    : annotations;
  return { out: pretty ? JSON.stringify(json, null, 2) + '\n' : JSON.stringify(json) + '\n', err, failed: false };
}

/** The error line keeps the JSON Lines aligned with the arguments: one line per file, always. */
export function failure(uri: string, path: string, error: string): ExportedArticle {
  const line: ErrorLine = { version: 1, document: { uri }, error };
  return { out: JSON.stringify(line) + '\n', err: [`factmark: ${path}: ${error}\n`], failed: true };
}

/** As exportArticle, but an unexpected exception fails this file only, not the whole run. */
export async function exportArticleSafely(target: FileTarget, published: string | null, pretty: boolean): Promise<ExportedArticle> {
  try {
    return await exportArticle(target, published, pretty);
  } catch (e) {
    return failure(fileUri(target.path), target.path, `export failed: ${(e as Error).message ?? String(e)}`);
  }
}
