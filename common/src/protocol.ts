// Everything the client and the server say to each other beyond standard LSP: custom requests,
// notifications, command ids and the settings shape. Both sides import this one file.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';

export type ClaimStatus = 'verified' | 'disputed' | 'pending';

/** Settings under `factmark.` (package.json `contributes.configuration` documents each one). */
export interface FactmarkSettings {
  /** Glob patterns (workspace-relative) deciding which plaintext files are articles. */
  include: string[];
  /** Articles larger than this many bytes are not analysed (one diagnostic says so). */
  maxFileSizeKB: number;
  /** Milliseconds to wait after the last keystroke before re-analysing. */
  debounceMs: number;
  /** Reference date (YYYY-MM-DD) for relative dates, overriding the one found in the text. */
  referenceDate: string;
  diagnostics: {
    disputed: DiagnosticLevel;
    pending: DiagnosticLevel;
  };
}

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const defaultSettings: FactmarkSettings = {
  include: ['**/*.txt', '**/*.news'],
  maxFileSizeKB: 4096,
  debounceMs: 200,
  referenceDate: '',
  diagnostics: { disputed: 'information', pending: 'hint' },
};

/** Languages the server analyses (the client registers its document selector with these). */
export const articleLanguages = ['plaintext', 'news'] as const;

/** Semantic token legend, shared so the manifest's `semanticTokenScopes` can name the same types. */
export const tokenTypes = ['person', 'date', 'quote', 'speaker', 'claim', 'cue'] as const;
export const tokenModifiers = ['verified', 'disputed', 'pending', 'orphaned', 'user'] as const;
export type TokenType = (typeof tokenTypes)[number];
export type TokenModifier = (typeof tokenModifiers)[number];

// ---- claims ---------------------------------------------------------------------------------

export interface ClaimInfo {
  id: string;
  range: Range;
  text: string;
  status: ClaimStatus;
  origin: 'detected' | 'user';
  cue: string | null;
  quote: string | null;
  note: string | null;
  updated: string | null;
  /** A user tag whose text could not be found again after an external edit. */
  orphaned: boolean;
}

export interface ListClaimsParams { uri: string }
export const ListClaimsRequest = new RequestType<ListClaimsParams, ClaimInfo[], void>('factmark/listClaims');

/** Set a claim's status: by id, or by a range (a selection that is no claim yet becomes a user claim). */
export interface SetClaimStatusParams {
  uri: string;
  claimId?: string;
  range?: Range;
  status: ClaimStatus;
}
export interface SetClaimResult { claim: ClaimInfo }
export const SetClaimStatusRequest = new RequestType<SetClaimStatusParams, SetClaimResult, void>('factmark/setClaimStatus');

export interface SetClaimNoteParams { uri: string; claimId: string; note: string | null }
export const SetClaimNoteRequest = new RequestType<SetClaimNoteParams, SetClaimResult, void>('factmark/setClaimNote');

// ---- export ---------------------------------------------------------------------------------

export interface ExportDocumentParams { uri: string }
/** The annotations JSON of the contract (code-point offsets), as an object. */
export interface ExportDocumentResult { annotations: unknown }
export const ExportDocumentRequest = new RequestType<ExportDocumentParams, ExportDocumentResult, void>('factmark/exportDocument');

// ---- status ---------------------------------------------------------------------------------

/** Sent after each analysis of an open article, for the status item and the Claims view. */
export interface DocumentStatsParams {
  uri: string;
  /** The document version these counts are for. */
  version: number;
  /** Why the document was not analysed (binary, too large: names the setting), or null. */
  skipped: string | null;
  people: number;
  dates: number;
  quotes: number;
  claims: Record<ClaimStatus, number>;
  orphaned: number;
}
export const DocumentStatsNotification = new NotificationType<DocumentStatsParams>('factmark/documentStats');

// ---- commands -------------------------------------------------------------------------------

/** Commands the server executes (`workspace/executeCommand`), used by its code actions. */
export const ServerCommands = {
  /** args: [SetClaimStatusParams] */
  setClaimStatus: 'factmark.server.setClaimStatus',
} as const;

/** Commands the extension contributes (package.json `contributes.commands`). */
export const ClientCommands = {
  exportDocument: 'factmark.exportDocument',
  exportWorkspace: 'factmark.exportWorkspace',
  markVerified: 'factmark.markVerified',
  markDisputed: 'factmark.markDisputed',
  markPending: 'factmark.markPending',
  addNote: 'factmark.addNote',
  nextPendingClaim: 'factmark.nextPendingClaim',
  showLog: 'factmark.showLog',
  restartServer: 'factmark.restartServer',
} as const;
