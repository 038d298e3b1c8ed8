import { fail, ok, Result } from '../app/result';
import type { Programme, SourceDocument, WorkbookProgramme } from '../app';
import { readInputFile } from './files';
import { clearProgress } from './progress';

/**
 * The use cases, each module loaded on first use and only the one a command needs: `--help` and
 * `--version` need none of the readers, `parse` and `validate` of a document none of the workbook,
 * plan or cycle modules (start-up time, issue 15).
 */
const documents = () => import('../app/documents');

/**
 * Reads a document file (.txt/.md as text; .docx, .html/.htm and .md tables through their
 * readers) into the structured document the importers read. Text in the legacy TCVN3/VNI
 * encodings is converted to Unicode, with a note on stderr.
 */
export async function readSource(path: string): Promise<Result<SourceDocument>> {
  const read = await readInputFile(path);
  if (!read.ok) return read;
  const bytes = read.value;
  const { readFile } = await documents();
  const input = await readFile(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!input.ok) return fail(input.message);
  if (input.value.note) err(`Lưu ý ("${path}"): ${input.value.note}`);
  return ok(input.value.document);
}

/** A document file's text (its lines): for the amendment reader, which reads prose. */
export async function readDocument(path: string): Promise<Result<string>> {
  const doc = await readSource(path);
  if (!doc.ok) return doc;
  const { documentText } = await documents();
  return ok(documentText(doc.value));
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
export async function readWorkbook(path: string): Promise<Result<WorkbookProgramme>> {
  const { workbookProgramme } = await import('../app/workbook');
  // ExcelJS loads only when a workbook is read.
  const { workbookInput } = await import('./workbookPort');
  const wb = await workbookProgramme(workbookInput(path));
  return wb.ok ? wb : fail(unusableWorkbook(path, wb));
}

/** Why a workbook given to read cannot be used, as the command line says it. */
export function unusableWorkbook(path: string, r: { reason: 'unreadable' | 'no-tables' | 'reply'; message: string }): string {
  if (r.reason === 'reply') return `"${path}": ${r.message}`;
  return r.reason === 'no-tables' ? `sổ "${path}" không có bảng phụ lục do Phụ lục tạo (bảng có cột TT, Nhiệm vụ, Tiến độ … như Phụ lục ghi).` : r.message;
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
  const { programmeOf } = await documents();
  const programme = programmeOf(doc.value);
  if (programme.ok) return programme;
  if (programme.reason === 'document-kind') return fail(`"${path}": ${programme.message}`);
  return fail(`không tìm thấy nhiệm vụ nào trong "${path}" (không có bảng phụ lục hay danh sách điểm được đánh số).`);
}
