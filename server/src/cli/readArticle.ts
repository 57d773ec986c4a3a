// Reads one article file: the bytes (for the checksum) and the decoded text, or a reason it is not one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeArticle } from '../analysis/decode';
import { describeFsError } from './files';

export type ReadResult =
  | { ok: true; path: string; uri: string; text: string; sha256: string }
  | { ok: false; path: string; uri: string; error: string };

/** The absolute file URI every export line names its document by, readable or not. */
export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

export function readArticle(path: string): ReadResult {
  const uri = fileUri(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, path, uri, error: describeFsError(e) };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, path, uri, error: decoded.error };
  return { ok: true, path, uri, text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
