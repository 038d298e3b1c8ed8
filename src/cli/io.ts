import { promises as fs } from 'fs';
import { readInput } from '../core/input/read';
import { importProgramme } from '../core/import';
import type { Programme } from '../core/model';
import { readBack, ReadBack } from '../core/plan/readBack';
import { readWorkbookTables } from '../render/exceljs/readTables';
import { fail, ok, Result } from '../core/result';
import type { Catalogue } from '../core/agencies/types';
import { catalogue } from './importSteps';

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
  const input = await readInput(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!input.ok) return fail(input.message);
  if (input.value.note) err(`Lưu ý ("${path}"): ${input.value.note}`);
  return ok(input.value.text);
}

export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

export function err(s: string): void {
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/**
 * A workbook Phụ lục wrote, as its users have edited it since: the appendix tables read back into
 * a programme whose item lines are worksheet rows, with the cell of every item and column, and
 * the agency catalogue extended with the workbook's own Danh mục agencies.
 */
export async function readWorkbook(path: string): Promise<Result<ReadBack & { catalogue: Catalogue }>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  let tables;
  let catalogueRows;
  let summary;
  try {
    ({ tables, catalogueRows, summary } = await readWorkbookTables(bytes));
  } catch {
    return fail(`"${path}" không phải sổ Excel (.xlsx) đọc được.`);
  }
  if (!tables.length) return fail(`sổ "${path}" không có bảng phụ lục do Phụ lục tạo (bảng có cột TT, Nhiệm vụ, Tiến độ … như Phụ lục ghi).`);
  return ok({ ...readBack(tables, '', summary), catalogue: catalogue(catalogueRows) });
}

export const isWorkbookPath = (path: string): boolean => /\.xlsx$/i.test(path);

/** Reads a document (or a workbook Phụ lục wrote) and imports its programme; no task = unusable. */
export async function readProgramme(path: string): Promise<Result<Programme>> {
  if (isWorkbookPath(path)) {
    const wb = await readWorkbook(path);
    return wb.ok ? ok(wb.value.programme) : wb;
  }
  const doc = await readDocument(path);
  if (!doc.ok) return doc;
  const programme = importProgramme(doc.value);
  if (!programme.tables.some((t) => t.items.length)) {
    return fail(`không tìm thấy nhiệm vụ nào trong "${path}" (không có bảng phụ lục hay danh sách điểm được đánh số).`);
  }
  return { ok: true, value: programme };
}
