import { promises as fs } from 'fs';
import type { SourceDocument } from '../core/document';
import { importProgramme } from '../core/import';
import type { Programme } from '../core/model';
import type { ReadBack } from '../core/plan/readBack';
import { fail, ok, Result } from '../core/result';
import type { Catalogue } from '../core/agencies/types';
import { regularInput } from './files';
import { clearProgress } from './progress';

/**
 * Reads a document file (.txt/.md as text; .docx, .html/.htm and .md tables through their
 * readers) into the structured document the importers read. Text in the legacy TCVN3/VNI
 * encodings is converted to Unicode, with a note on stderr.
 */
export async function readSource(path: string): Promise<Result<SourceDocument>> {
  const regular = await regularInput(path);
  if (!regular.ok) return regular;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  // The readers (and jszip, htmlparser2 behind them) load on first use; `--help` needs none.
  const { readDocument: readSourceDocument } = await import('../core/input/read');
  const input = await readSourceDocument(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!input.ok) return fail(input.message);
  if (input.value.note) err(`Lưu ý ("${path}"): ${input.value.note}`);
  return ok(input.value.document);
}

/** A document file's text (its lines): for the amendment reader, which reads prose. */
export async function readDocument(path: string): Promise<Result<string>> {
  const doc = await readSource(path);
  return doc.ok ? ok(doc.value.lines.join('\n')) : doc;
}

export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** A message on stderr (on a clean line: a progress line shown is cleared first). */
export function err(s: string): void {
  clearProgress();
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}

/**
 * A workbook Phụ lục wrote, as its users have edited it since: the appendix tables read back into
 * a programme whose item lines are worksheet rows, with the cell of every item and column, and
 * the agency catalogue extended with the workbook's own Danh mục agencies.
 */
export async function readWorkbook(path: string): Promise<Result<ReadBack & { catalogue: Catalogue }>> {
  const regular = await regularInput(path);
  if (!regular.ok) return regular;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  let tables;
  let catalogueRows;
  let summary;
  // Loaded only when a workbook is read: ExcelJS, and the catalogue steps of `import`.
  const { readWorkbookTables, WorkbookRefused } = await import('../render/exceljs/readTables');
  const { catalogue } = await import('./importSteps');
  const { readBack } = await import('../core/plan/readBack');
  try {
    ({ tables, catalogueRows, summary } = await readWorkbookTables(bytes));
  } catch (e) {
    if (e instanceof WorkbookRefused) return fail(`"${path}": ${e.message}`);
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
  const doc = await readSource(path);
  if (!doc.ok) return doc;
  const programme = importProgramme(doc.value);
  if (programme.warning) return fail(`"${path}": ${programme.warning}`);
  if (!programme.tables.some((t) => t.items.length)) {
    return fail(`không tìm thấy nhiệm vụ nào trong "${path}" (không có bảng phụ lục hay danh sách điểm được đánh số).`);
  }
  return { ok: true, value: programme };
}
