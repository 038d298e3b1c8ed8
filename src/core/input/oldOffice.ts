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
