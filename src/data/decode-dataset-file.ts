/**
 * A dataset file's bytes → its text, decoded strictly. JSON files are UTF-8 (RFC 8259); a file that starts with a
 * UTF-8 or UTF-16 byte-order mark is read in that encoding. Anything else that is not valid UTF-8 — most often a
 * Latin-1 or Windows-1252 export, where "Bárcena" would turn to "B�rcena" — is refused with where it went wrong,
 * rather than accepted garbled.
 */
type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedDatasetFile =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** `offset` and `byte`: the first byte that is not valid UTF-8 (only for UTF-8). */
  | { ok: false; encoding: TextEncodingName; offset: number | null; byte: number | null };

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629), or null. */
export function findInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return null;
}

export function decodeDatasetFile(bytes: Uint8Array): DecodedDatasetFile {
  const mark = byteOrderMark(bytes);
  const encoding = mark?.encoding ?? 'utf-8';
  try {
    // ignoreBOM: the mark, already read above, is dropped here rather than by the decoder.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(mark?.length ?? 0));
    return { ok: true, text, encoding };
  } catch {
    if (encoding !== 'utf-8') return { ok: false, encoding, offset: null, byte: null };
    const offset = findInvalidUtf8(bytes);
    return { ok: false, encoding, offset, byte: offset === null ? null : (bytes[offset] ?? null) };
  }
}
