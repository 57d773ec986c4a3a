// Bytes → article text. News systems export UTF-8 (with or without BOM) and sometimes UTF-16; anything
// else that is not valid text is refused with a reason rather than guessed at.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean }
  | { ok: false; error: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, error: 'binary content (NUL bytes): not a text article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { ok: false, error: `invalid UTF-8 at byte ${firstInvalidUtf8(body)}: save the article as UTF-8` };
  }
  return { ok: true, text, encoding: 'utf-8', bom };
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', body: Uint8Array): Decoded {
  if (body.length % 2 !== 0) return { ok: false, error: `${encoding.toUpperCase()} file with an odd number of bytes` };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { ok: false, error: `invalid ${encoding.toUpperCase()} (unpaired surrogate)` };
  }
  if (text.includes('\u0000')) return { ok: false, error: 'binary content (NUL characters): not a text article' };
  return { ok: true, text, encoding, bom: true };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
