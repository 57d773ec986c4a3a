// ExportDocument: the contract's annotations JSON (code points) of an open article, user tags
// included with origin 'user'; an article that was not analysed gives the contract's error line.
import { createHash } from 'node:crypto';
import { toAnnotations } from '../analysis';
import type { ExportDocumentResult } from '../../../common/src/protocol';
import type { DocumentModel } from './documentModel';
import { generator } from './generator';

export function exportDocument(model: DocumentModel): ExportDocumentResult {
  if (model.skipped) return { annotations: { version: 1, document: { uri: model.uri }, error: model.skipped } };
  const sha256 = createHash('sha256').update(model.text, 'utf8').digest('hex');
  return { annotations: toAnnotations(model.text, model.analysis, { uri: model.uri, sha256, generator: generator() }) };
}
