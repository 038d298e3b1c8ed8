import { fail, ok, Result } from '../result';
import { detectLegacy, LEGACY_NAME, LegacyEncoding } from './legacy';
import { isMostlyUtf8, strayBytesNote, utf8Census } from './strayBytes';

export interface DecodedText {
  /** Unicode NFC, BOM removed. */
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;
  /** Vietnamese note for the user when the text was converted from a legacy encoding. */
  note?: string;
}

const ZIP = 'Tệp là một tệp nén (ZIP/.docx/.xlsx), không phải văn bản. Hãy chọn tệp .docx đúng định dạng hoặc tệp văn bản .txt.';
export const BINARY = 'Tệp chứa dữ liệu nhị phân, không phải văn bản: không nhập được.';
const NOT_UNICODE =
  'Tệp không phải văn bản Unicode (UTF-8/UTF-16) và cũng không phải bảng mã TCVN3 hay VNI: có thể là tệp nhị phân hoặc bảng mã khác. Hãy lưu lại tệp dưới dạng Unicode (UTF-8).';

/**
 * Bytes of a text file → string. Accepts UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * without one when the zero bytes show it) and the legacy Vietnamese encodings TCVN3 and VNI
 * (converted to Unicode); refuses binary data with a Vietnamese message.
 */
export function decodeText(bytes: Uint8Array): Result<string> {
  const r = decodeDocument(bytes);
  if (!r.ok) return fail(r.message);
  return ok(r.value.text);
}

export function decodeDocument(bytes: Uint8Array): Result<DecodedText> {
  if (bytes.length === 0) return fail('Tệp rỗng: không có nội dung để nhập.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(utf16(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(utf16(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  const wide = looksUtf16(bytes);
  if (wide) return finish(utf16(bytes, wide), wide);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return fail(ZIP);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A UTF-8 text with a few stray bytes stays UTF-8 (never called TCVN3/VNI): bad bytes shown as U+FFFD.
    const census = utf8Census(bytes);
    if (isMostlyUtf8(census)) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8', undefined, strayBytesNote(census));
    // Not UTF-8: a file saved with a legacy Vietnamese font is one byte per character.
    const latin1 = windows1252(bytes);
    if (controlShare(latin1) > 0.02) return fail(BINARY);
    const verdict = detectLegacy(latin1);
    if (verdict.kind === 'uncertain') return fail(verdict.message);
    if (verdict.kind === 'unicode') return fail(NOT_UNICODE);
    return finish(verdict.text, verdict.encoding, note(verdict.encoding, verdict.lines));
  }
  return finish(text, 'utf-8');
}

/** Text that is already a string (pasted, or read from .docx): converts TCVN3/VNI runs to Unicode. */
export function fixLegacyText(text: string): Result<{ text: string; note?: string }> {
  const verdict = detectLegacy(text);
  if (verdict.kind === 'uncertain') return fail(verdict.message);
  if (verdict.kind === 'unicode') return ok({ text });
  return ok({ text: verdict.text.normalize('NFC'), note: note(verdict.encoding, verdict.lines) });
}

function note(encoding: LegacyEncoding, lines: number): string {
  return `Văn bản dùng bảng mã cũ ${LEGACY_NAME[encoding]}: đã chuyển ${lines} dòng sang Unicode. Hãy rà soát chữ hoa có dấu.`;
}

function finish(raw: string, encoding: DecodedText['encoding'], converted?: string, repaired?: string): Result<DecodedText> {
  const text = raw.replace(/^\uFEFF/, '');
  if (controlShare(text) > 0.02) return fail(BINARY);
  if (!text.trim()) return fail('Tệp không có nội dung văn bản để nhập.');
  if (converted) return ok({ text: text.normalize('NFC'), encoding, note: converted });
  // UTF-8/UTF-16 text may still hold TCVN3/VNI letters pasted from an old document.
  const legacy = fixLegacyText(text);
  if (legacy.ok === false) return fail(legacy.message);
  const result: DecodedText = { text: legacy.value.text.normalize('NFC'), encoding };
  const notes = [repaired, legacy.value.note].filter(Boolean);
  if (notes.length) result.note = notes.join(' ');
  return ok(result);
}

/** Windows-1252 (the code page legacy-font files were saved in): Latin-1 plus quotes and dashes. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(label).decode(bytes);
}

/** UTF-16 without a BOM: every other byte is zero in Vietnamese/ASCII text. */
function looksUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 8) return null;
  const n = Math.min(b.length - (b.length % 2), 400);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even < n / 40) return 'utf-16le';
  if (even > n / 4 && odd < n / 40) return 'utf-16be';
  return null;
}

/** Share of control characters (and U+FFFD) in the first 20,000 characters: above 2% = binary. */
export function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}
