// The annotation store: user tags in a sidecar beside each article. Plain Node (no LSP), shared by
// the language server and the CLI.
export { loadUserClaims, splitTags, claimOf } from './userClaims';
export type { UserClaims, OrphanedTag } from './userClaims';
export { overlayUserClaims, withUserClaims } from './overlay';
export { sidecarPathFor, readSidecar, updateSidecar, upsertRecord, sidecarStamp, SidecarError } from './sidecarFile';
export type { SidecarRead } from './sidecarFile';
export { LiveTags, anchorRecord } from './liveTags';
export type { LiveTag } from './liveTags';
export { anchorAt, findAnchor, CONTEXT_LENGTH } from './anchor';
export { parseSidecar, serializeSidecar, SIDECAR_SUFFIX, SIDECAR_VERSION } from './format';
export type { TagRecord, SidecarFile } from './format';
