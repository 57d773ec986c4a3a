// User tags laid over the analyser's claims. A user status on the span of a detected claim wins,
// but the detected cue and quote link stay (they explain what the text says); other user tags are
// added. When several tags share a span (two windows tagged it), the latest `updated` wins.
import type { Analysis, Claim } from '../analysis/types';

export function overlayUserClaims(detected: readonly Claim[], user: readonly Claim[]): Claim[] {
  const bySpan = new Map<string, Claim>();
  for (const u of user) {
    const key = `${u.start}:${u.end}`;
    const prev = bySpan.get(key);
    if (!prev || (u.updated ?? '') > (prev.updated ?? '')) bySpan.set(key, u);
  }
  const out: Claim[] = [];
  for (const d of detected) {
    const key = `${d.start}:${d.end}`;
    const u = bySpan.get(key);
    if (!u) {
      out.push(d);
      continue;
    }
    bySpan.delete(key);
    out.push({ ...d, id: u.id, status: u.status, origin: 'user', note: u.note, updated: u.updated, cue: d.cue, cueSpan: d.cueSpan ?? null, quote: d.quote ?? u.quote });
  }
  out.push(...bySpan.values());
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The analysis with the user's claims laid over its detected ones. */
export function withUserClaims(analysis: Analysis, user: readonly Claim[]): Analysis {
  return user.length === 0 ? analysis : { ...analysis, claims: overlayUserClaims(analysis.claims, user) };
}
