// The DocumentStats notification after each analysis (status item, Claims view).
import type { DocumentStatsParams } from '../../../common/src/protocol';
import type { DocumentModel } from './documentModel';

export function documentStats(model: DocumentModel): DocumentStatsParams {
  const claims = { verified: 0, disputed: 0, pending: 0 };
  for (const c of model.analysis.claims) claims[c.status]++;
  const a = model.analysis;
  return { uri: model.uri, version: model.version, skipped: model.skipped, people: a.people.length, dates: a.dates.length, quotes: a.quotes.length, claims, orphaned: model.orphaned.length };
}
