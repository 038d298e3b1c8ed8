import { fail, ok, Result } from '../result';

/**
 * Bytes of a text file → string. Accepts UTF-8 (with or without BOM) and UTF-16 (with BOM);
 * refuses binary data with a Vietnamese message.
 */
export function decodeText(bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return fail('Tệp rỗng: không có nội dung để nhập.');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (looksUtf16(bytes)) text = new TextDecoder('utf-16le').decode(bytes);
  else {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      return fail('Tệp là một tệp nén (ZIP/.docx/.xlsx), không phải văn bản. Hãy chọn tệp .docx đúng định dạng hoặc tệp văn bản .txt.');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('Tệp không phải văn bản Unicode (UTF-8/UTF-16): có thể là tệp nhị phân hoặc bảng mã cũ. Hãy lưu lại tệp dưới dạng Unicode.');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (controlShare(text) > 0.02) {
    return fail('Tệp chứa dữ liệu nhị phân, không phải văn bản: không nhập được.');
  }
  if (!text.trim()) return fail('Tệp không có nội dung văn bản để nhập.');
  return ok(text.normalize('NFC'));
}

function looksUtf16(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  let zeros = 0;
  const n = Math.min(b.length, 400);
  for (let i = 1; i < n; i += 2) if (b[i] === 0) zeros++;
  return zeros > n / 4;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}
