/**
 * A UTF-8 text with a stray invalid byte (a bad copy, a cut file) is still UTF-8: it must not be
 * taken for the legacy TCVN3/VNI encodings, whose files are one byte per letter and break UTF-8
 * on nearly every Vietnamese word. Host-free.
 */

export interface Utf8Census {
  /** Well-formed multi-byte sequences (Vietnamese letters, quotes, dashes …). */
  multiByte: number;
  /** Bytes that belong to no well-formed sequence. */
  invalid: number;
  /** 1-based line of the first invalid byte (0 when none). */
  firstLine: number;
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes outside any (RFC 3629 §4). */
export function utf8Census(b: Uint8Array): Utf8Census {
  let multiByte = 0;
  let invalid = 0;
  let firstLine = 0;
  let line = 1;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c === 0x0a) line++;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b, i);
    if (n) {
      multiByte++;
      i += n;
    } else {
      invalid++;
      if (!firstLine) firstLine = line;
      i++;
    }
  }
  return { multiByte, invalid, firstLine };
}

/** Length of the well-formed sequence starting at i (2–4), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * True when bytes that fail strict UTF-8 decoding are still a UTF-8 text with a few stray bytes:
 * at most 3 bad bytes, or ten well-formed multi-byte letters for every bad byte.
 */
export function isMostlyUtf8(c: Utf8Census): boolean {
  return c.invalid > 0 && (c.invalid <= 3 || c.multiByte >= 10 * c.invalid);
}

/** The Vietnamese notice for such a text, decoded with U+FFFD in place of each bad byte. */
export function strayBytesNote(c: Utf8Census): string {
  return `Tệp UTF-8 có ${c.invalid} byte hỏng (đầu tiên ở dòng ${c.firstLine}): đã thay bằng “\uFFFD”. Hãy rà soát các chỗ đó.`;
}
