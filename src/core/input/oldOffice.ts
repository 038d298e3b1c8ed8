/**
 * Files that are not what a reader expects, told apart by their first bytes so the user hears
 * what the file really is: Word 97–2003 (.doc), an Excel 97–2003 workbook (.xls) and a
 * password-protected .docx/.xlsx are all OLE2 compound files (magic D0 CF 11 E0 A1 B1 1A E1);
 * an encrypted Office file holds an "EncryptionInfo" stream (MS-OFFCRYPTO §2.3.4), a Word file a
 * "WordDocument" stream (MS-DOC §2.1), an Excel file a "Workbook" or "Book" stream (MS-XLS §2.1.2).
 * Host-free.
 */

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const OLD_WORD = 'Tệp Word 97–2003 (.doc): hãy mở bằng Word và lưu lại thành .docx.';
export const OLD_EXCEL = 'Tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu lại thành .xlsx.';
export const ENCRYPTED =
  'Tệp Office được đặt mật khẩu (mã hóa): Phụ lục không đọc được. Hãy mở bằng Word/Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ › Mã hóa bằng mật khẩu) rồi lưu lại.';
export const OTHER_OLE2 = 'Tệp Office đời cũ (định dạng OLE2), không phải .docx, .xlsx hay văn bản: hãy mở và lưu lại thành .docx.';

/** True when the bytes start with the OLE2 compound-file signature. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= OLE2.length && OLE2.every((b, i) => bytes[i] === b);
}

/** Does the (UTF-16LE) stream name occur among the bytes? The directory is searched as raw bytes. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The Vietnamese message for an OLE2 file (encrypted Office file, .doc, .xls, other), or null
 * when the bytes are not OLE2.
 */
export function oldOfficeMessage(bytes: Uint8Array): string | null {
  if (!isOle2(bytes)) return null;
  if (hasStream(bytes, 'EncryptionInfo') || hasStream(bytes, 'EncryptedPackage')) return ENCRYPTED;
  if (hasStream(bytes, 'WordDocument')) return OLD_WORD;
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return OLD_EXCEL;
  return OTHER_OLE2;
}

export const PDF =
  'Tệp PDF: Phụ lục chưa đọc được PDF. Hãy mở văn bản gốc bằng Word (hoặc mở tệp PDF bằng Word: Tệp › Mở) rồi lưu thành .docx; hoặc chép bảng trong PDF và dán vào.';
export const RTF = 'Tệp RTF (Rich Text Format): hãy mở bằng Word và lưu lại thành .docx.';

/**
 * A PDF: `%PDF-` at the start (after spaces or a BOM), or within the first 1,024 bytes after binary
 * bytes — readers accept junk before the header there (ISO 32000-1 §7.5.2, implementation note) —
 * but not in the middle of a text that merely mentions it.
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  let binary = false;
  let blank = true;
  outer: for (let i = 0; i + 5 <= head.length; i++) {
    for (let j = 0; j < 5; j++) {
      if (head[i + j] === '%PDF-'.charCodeAt(j)) continue;
      const b = head[i];
      if (b < 0x09 || (b > 0x0d && b < 0x20)) binary = true;
      if (b !== 0x20 && (b < 0x09 || b > 0x0d) && b !== 0xef && b !== 0xbb && b !== 0xbf) blank = false;
      continue outer;
    }
    return blank || binary;
  }
  return false;
}

/** `{\rtf` at the start (after spaces): an RTF file (RTF 1.9.1 spec: the header `{\rtfN`). */
const isRtf = (bytes: Uint8Array): boolean => /^\s*\{\\rtf/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 16)));

/**
 * The Vietnamese message for a document file in a format Phụ lục does not read — PDF, RTF, or an
 * OLE2 Office file (oldOfficeMessage) — told by its first bytes whatever its name; null otherwise.
 * Without it a PDF or RTF file would be decoded as text and its markup imported as tasks.
 */
export function otherFormatMessage(bytes: Uint8Array): string | null {
  if (isPdf(bytes)) return PDF;
  if (isRtf(bytes)) return RTF;
  return oldOfficeMessage(bytes);
}
