// The sidecar file (`ARTICLE.factmark.json`): the annotations JSON of the contract, holding only the
// user's tags as claims, plus what re-anchoring needs (prefix/suffix beside the exact `text` and
// the code-point `start`/`end`). Parsing is strict: anything we do not understand is an error, and
// an error means "never overwrite", so a person's data is never replaced by our guess.
import type { ClaimStatus } from '../analysis/types';

export const SIDECAR_SUFFIX = '.factmark.json';
/** The contract version this code reads and writes. A higher number is a newer factmark's file. */
export const SIDECAR_VERSION = 1;
export const SIDECAR_KIND = 'factmark-tags';

/** One user tag on disk. Offsets are code points into the text as it was when the tag was written. */
export interface TagRecord {
  id: string;
  start: number;
  end: number;
  /** The exact tagged text. */
  text: string;
  status: ClaimStatus;
  origin: 'user';
  cue: string | null;
  quote: string | null;
  note: string | null;
  /** ISO time a person last set the status, or null. */
  updated: string | null;
  /** Who last set the status or note (OS user name), or null. */
  by: string | null;
  /** Up to CONTEXT_LENGTH characters before and after `text`, for re-anchoring after external edits. */
  prefix: string;
  suffix: string;
}

export interface SidecarFile {
  version: 1;
  /** Says what the file is, for a person who finds it beside the article. */
  kind: typeof SIDECAR_KIND;
  generator: string;
  document: { uri: string; sha256: string; length: number; published: string | null };
  people: [];
  dates: [];
  quotes: [];
  claims: TagRecord[];
}

export type ParsedSidecar = { ok: true; file: SidecarFile } | { ok: false; error: string };

const STATUSES: readonly string[] = ['verified', 'disputed', 'pending'];

/** Parse sidecar text; `name` is the file's path, used in every error message. */
export function parseSidecar(raw: string, name: string): ParsedSidecar {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: `${name} is not valid JSON (${(e as Error).message}); factmark will not overwrite it: fix or move the file to tag claims again` };
  }
  if (!isObject(data)) return { ok: false, error: `${name} does not hold a JSON object; factmark will not overwrite it` };
  const version = data['version'];
  if (typeof version === 'number' && version > SIDECAR_VERSION) {
    return { ok: false, error: `${name} was written by a newer factmark (version ${version}; this one reads version ${SIDECAR_VERSION}); it is left untouched: update factmark to tag claims in this article` };
  }
  if (version !== SIDECAR_VERSION) return { ok: false, error: `${name} has an unknown version (${JSON.stringify(version)}); factmark will not overwrite it` };
  const claims = data['claims'];
  if (!Array.isArray(claims)) return { ok: false, error: `${name} has no "claims" list; factmark will not overwrite it` };
  const records: TagRecord[] = [];
  for (let i = 0; i < claims.length; i++) {
    const r = toRecord(claims[i]);
    if (!r) return { ok: false, error: `${name}: claim #${i + 1} is malformed; factmark will not overwrite the file` };
    records.push(r);
  }
  const doc = isObject(data['document']) ? data['document'] : {};
  return {
    ok: true,
    file: {
      version: 1,
      kind: SIDECAR_KIND,
      generator: typeof data['generator'] === 'string' ? data['generator'] : 'factmark',
      document: {
        uri: typeof doc['uri'] === 'string' ? doc['uri'] : '',
        sha256: typeof doc['sha256'] === 'string' ? doc['sha256'] : '',
        length: typeof doc['length'] === 'number' ? doc['length'] : 0,
        published: typeof doc['published'] === 'string' ? doc['published'] : null,
      },
      people: [],
      dates: [],
      quotes: [],
      claims: records,
    },
  };
}

export function serializeSidecar(file: SidecarFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

export function emptySidecar(generator: string): SidecarFile {
  return { version: 1, kind: SIDECAR_KIND, generator, document: { uri: '', sha256: '', length: 0, published: null }, people: [], dates: [], quotes: [], claims: [] };
}

function toRecord(v: unknown): TagRecord | null {
  if (!isObject(v)) return null;
  const { id, start, end, text, status } = v;
  if (typeof id !== 'string' || !id) return null;
  if (!isOffset(start) || !isOffset(end) || end < start) return null;
  if (typeof text !== 'string' || typeof status !== 'string' || !STATUSES.includes(status)) return null;
  return {
    id,
    start,
    end,
    text,
    status: status as ClaimStatus,
    origin: 'user',
    cue: str(v['cue']),
    quote: str(v['quote']),
    note: str(v['note']),
    updated: str(v['updated']),
    by: str(v['by']),
    prefix: typeof v['prefix'] === 'string' ? v['prefix'] : '',
    suffix: typeof v['suffix'] === 'string' ? v['suffix'] : '',
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
