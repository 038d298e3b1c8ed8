import { promises as fs } from 'fs';
import { decodeDocument, fixLegacyText } from '../core/input/decode';
import { importProgramme } from '../core/import';
import type { Programme } from '../core/model';
import { fail, ok, Result } from '../core/result';

/**
 * Reads a programme document (.txt/.md as text; .docx through the converter) as text.
 * Text in the legacy TCVN3/VNI encodings is converted to Unicode, with a note on stderr.
 */
export async function readDocument(path: string): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return fail(`"${path}" là một thư mục, không phải tệp.`);
    bytes = await fs.readFile(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  if (/\.docx$/i.test(path)) {
    const { docxToText } = await import('./docx');
    const docx = await docxToText(bytes);
    if (!docx.ok) return docx;
    const fixed = fixLegacyText(docx.value);
    if (!fixed.ok) return fail(fixed.message);
    if (fixed.value.note) err(`Lưu ý ("${path}"): ${fixed.value.note}`);
    return ok(fixed.value.text);
  }
  const decoded = decodeDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.value.note) err(`Lưu ý ("${path}"): ${decoded.value.note}`);
  return ok(decoded.value.text);
}

export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

export function err(s: string): void {
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** Reads a document and imports its programme; a document without any task is unusable. */
export async function readProgramme(path: string): Promise<Result<Programme>> {
  const doc = await readDocument(path);
  if (!doc.ok) return doc;
  const programme = importProgramme(doc.value);
  if (!programme.tables.some((t) => t.items.length)) {
    return fail(`không tìm thấy nhiệm vụ nào trong "${path}" (không có bảng phụ lục hay danh sách điểm được đánh số).`);
  }
  return { ok: true, value: programme };
}
