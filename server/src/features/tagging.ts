// Setting a claim's status or note: the change goes to the sidecar on disk first (read-merge-write
// under its lock), then the open document adopts what is on disk. Refused, with a message that
// says why, in an untrusted workspace, for an unsaved document, or when the sidecar is unreadable.
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { ClaimInfo, ClaimStatus, SetClaimNoteParams, SetClaimStatusParams } from '../../../common/src/protocol';
import { anchorAt, sidecarPathFor, updateSidecar, upsertRecord, SidecarError } from '../store';
import type { TagRecord } from '../store';
import { createOffsetMapper } from '../analysis';
import type { Claim } from '../analysis';
import type { Documents, OpenArticle } from './documents';
import type { DocumentModel } from './documentModel';
import { claimInfo } from './claimInfo';
import { generator } from './generator';

const STATUSES: readonly string[] = ['verified', 'disputed', 'pending'];

export class Tagging {
  constructor(
    private readonly documents: Documents,
    private readonly trusted: () => boolean,
  ) {}

  /** Why tags cannot be written for this document now, or null. */
  writeRefusal(a: OpenArticle): string | null {
    if (!this.trusted()) return 'This workspace is not trusted: factmark shows annotations but does not write tag files (sidecars). Trust the workspace to tag claims.';
    if (!a.path) return 'Save the article to a file first: tags are kept in a file beside it.';
    if (a.sidecarError) return a.sidecarError;
    return null;
  }

  async setStatus(p: SetClaimStatusParams): Promise<ClaimInfo> {
    if (!p || typeof p.uri !== 'string' || !STATUSES.includes(p.status)) throw invalid('setClaimStatus needs { uri, status: verified|disputed|pending, claimId or range }');
    const { a, model } = await this.prepare(p.uri);
    const orphan = p.claimId && !model.claimById.has(p.claimId) ? a.tags.get(p.claimId) : undefined;
    if (orphan?.orphaned) {
      // An orphan keeps its last anchor: only its status changes, its text is still looked for.
      return this.write(a, { ...orphan.record, status: p.status as ClaimStatus, updated: new Date().toISOString(), by: whoAmI() });
    }
    const target = this.target(model, p);
    const existing = model.analysis.claims.find((c) => c.origin === 'user' && c.start === target.start && c.end === target.end);
    const live = existing ? a.tags.get(existing.id) : undefined;
    const record: TagRecord = {
      ...(live?.record ?? this.newRecord(model, target)),
      ...this.position(model, target.start, target.end),
      status: p.status as ClaimStatus,
      updated: new Date().toISOString(),
      by: whoAmI(),
    };
    return this.write(a, record);
  }

  async setNote(p: SetClaimNoteParams): Promise<ClaimInfo> {
    if (!p || typeof p.uri !== 'string' || typeof p.claimId !== 'string') throw invalid('setClaimNote needs { uri, claimId, note }');
    const { a, model } = await this.prepare(p.uri);
    const claim = model.claimById.get(p.claimId);
    if (!claim) throw invalid(`no claim ${p.claimId} in ${p.uri}`);
    const live = claim.origin === 'user' ? a.tags.get(claim.id) : undefined;
    const record: TagRecord = {
      ...(live?.record ?? this.newRecord(model, claim)),
      ...this.position(model, claim.start, claim.end),
      note: p.note === null || p.note === undefined || p.note === '' ? null : String(p.note),
      by: whoAmI(),
    };
    return this.write(a, record);
  }

  private async prepare(uri: string): Promise<{ a: OpenArticle; model: DocumentModel }> {
    const a = this.documents.get(uri);
    if (!a) throw invalid(`${uri} is not open`);
    await this.documents.refreshFromDisk(a);
    const refusal = this.writeRefusal(a);
    if (refusal) throw new ResponseError(ErrorCodes.InvalidRequest, refusal);
    const model = await this.documents.model(uri);
    if (!model) throw invalid(`${uri} is not open`);
    if (model.skipped) throw new ResponseError(ErrorCodes.InvalidRequest, model.skipped);
    return { a, model };
  }

  /** The span a request is about: a known claim by id, else the given range. */
  private target(model: DocumentModel, p: SetClaimStatusParams): Claim | { start: number; end: number; cue: null; quote: null; status: ClaimStatus; note: null } {
    const byId = p.claimId ? model.claimById.get(p.claimId) : undefined;
    if (byId) return byId;
    if (!p.range) throw invalid(p.claimId ? `no claim ${p.claimId} (it may have changed); send a range` : 'setClaimStatus needs a claimId or a range');
    const start = model.lines.offsetAt(p.range.start);
    const end = model.lines.offsetAt(p.range.end);
    const same = model.analysis.claims.find((c) => c.start === start && c.end === end);
    if (same) return same;
    if (end <= start || model.text.slice(start, end).trim() === '') throw invalid('select the text of the claim to tag (the selection is empty)');
    return { start, end, cue: null, quote: null, status: 'pending', note: null };
  }

  private newRecord(model: DocumentModel, c: { start: number; end: number; cue: string | null; quote: string | null; status: ClaimStatus; note: string | null }): TagRecord {
    return {
      id: `user:${randomUUID().slice(0, 8)}`,
      ...this.position(model, c.start, c.end),
      status: c.status,
      origin: 'user',
      cue: c.cue,
      quote: c.quote,
      note: c.note,
      updated: null,
      by: null,
    };
  }

  /** Position and anchor of [start, end) as the sidecar stores them (code points + context). */
  private position(model: DocumentModel, start: number, end: number): Pick<TagRecord, 'start' | 'end' | 'text' | 'prefix' | 'suffix'> {
    const map = createOffsetMapper(model.text);
    const anchor = anchorAt(model.text, start, end);
    return { start: map.toCodePoint(start), end: map.toCodePoint(end), text: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
  }

  private async write(a: OpenArticle, record: TagRecord): Promise<ClaimInfo> {
    let records: TagRecord[];
    try {
      records = await updateSidecar(a.path!, a.doc.getText(), generator(), (rs) => upsertRecord(rs, record));
    } catch (e) {
      if (e instanceof SidecarError) {
        a.sidecarError = e.message;
        a.model = null;
      }
      throw new ResponseError(ErrorCodes.InternalError, `factmark could not save the tag to ${sidecarPathFor(a.path!)}: ${(e as Error).message}`);
    }
    await this.documents.adopt(a, records);
    const model = await this.documents.model(a.uri);
    const claim = model?.claimById.get(record.id);
    if (model && claim) return claimInfo(model, claim);
    const orphan = model?.orphaned.find((o) => o.id === record.id);
    const p = model?.lines.positionAt(orphan?.lastSeen ?? 0) ?? { line: 0, character: 0 };
    return { id: record.id, range: { start: p, end: p }, text: record.text, status: record.status, origin: 'user', cue: record.cue, quote: record.quote, note: record.note, updated: record.updated, orphaned: true };
  }

  /** After a save the buffer is the file: record where live tags stand now, so other tools find them fast. */
  async saveAnchors(a: OpenArticle): Promise<void> {
    if (!a.path || this.writeRefusal(a)) return;
    const live = a.tags.all().filter((t) => !t.orphaned);
    if (live.length === 0) return;
    const text = a.doc.getText();
    const map = createOffsetMapper(text);
    const current = new Map(live.map((t) => [t.record.id, t]));
    const records = await updateSidecar(a.path, text, generator(), (rs) => {
      let changed = false;
      const next = rs.map((r) => {
        const t = current.get(r.id);
        if (!t) return r;
        const anchor = anchorAt(text, t.start, t.end);
        const moved = { ...r, start: map.toCodePoint(t.start), end: map.toCodePoint(t.end), text: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
        if (moved.start !== r.start || moved.end !== r.end || moved.text !== r.text || moved.prefix !== r.prefix || moved.suffix !== r.suffix) changed = true;
        return moved;
      });
      return changed ? next : null;
    });
    await this.documents.adopt(a, records);
  }
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function whoAmI(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}
