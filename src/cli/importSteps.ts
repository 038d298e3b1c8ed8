/**
 * The steps of `phuluc import` that other parts provide: validation findings, the agency
 * catalogue and applying an amendment. Kept here so importCommand.ts stays small.
 */
import { promises as fs } from 'fs';
import { builtinCatalogue, extendCatalogue } from '../core/agencies';
import type { Catalogue } from '../core/agencies/types';
import { applyAmendment } from '../core/amend';
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { fail, ok, Result } from '../core/result';
import { validateProgramme } from '../core/validate';
import type { Finding } from '../core/validate/types';
import { userAgencies } from '../core/plan/catalogueSheet';
import type { CellScalar } from '../core/plan/sheetData';
import { readWorkbookTables, WorkbookRefused, WorkbookTables } from '../render/exceljs/readTables';
import { writeFailure } from './files';

/** Validation findings for the Kiểm tra sheet. */
export function findingsFor(programme: Programme, asOf: string, catalogue: Catalogue): Finding[] {
  return validateProgramme(programme, { asOf, profile: 'auto', catalogue }).findings;
}

/** The built-in catalogue plus the agencies the user keeps on the Danh mục sheet of the old workbook. */
export function catalogue(userRows: CellScalar[][] = []): Catalogue {
  return extendCatalogue(builtinCatalogue(), userAgencies(userRows));
}

/**
 * The workbook already at the output path, read back so users' cells survive a re-import;
 * null when there is none. A file that is not a readable workbook is never overwritten.
 */
export async function existingWorkbook(path: string): Promise<Result<WorkbookTables | null>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    return fail(`tệp kết quả "${path}" đã có nhưng không đọc được: không ghi đè.`);
  }
  let wb: WorkbookTables;
  try {
    wb = await readWorkbookTables(bytes);
  } catch (e) {
    if (e instanceof WorkbookRefused) return fail(`tệp kết quả "${path}": ${e.message} Không ghi đè.`);
    return fail(`tệp kết quả "${path}" đã có nhưng không phải sổ Excel (.xlsx) đọc được: không ghi đè. Hãy chọn tên khác cho -o.`);
  }
  if (!wb.tables.length && !wb.catalogueRows.length) {
    return fail(`tệp kết quả "${path}" là một sổ Excel không do Phụ lục tạo: không ghi đè. Hãy chọn tên khác cho -o.`);
  }
  return ok(wb);
}

/**
 * Before a re-import replaces a workbook, the whole old file is copied beside it, once per
 * re-import, named by the date and time ("so.truoc-30-11-2026-14-05-09.xlsx"): everything in it —
 * sheets the user added, earlier backup sheets, formatting, text outside the tables — stays
 * there. Returns the copy's path.
 */
export async function keepOldFile(path: string, stamp: string): Promise<Result<string | null>> {
  const copy = path.replace(/\.xlsx$/i, `.truoc-${stamp.replace(/[^0-9-]+/g, '-')}.xlsx`);
  try {
    await fs.copyFile(path, copy);
    return ok(copy);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') return fail(`${writeFailure(copy, e)} Sổ cũ được giữ nguyên.`);
    return fail(`không chép được sổ cũ sang "${copy}" để sao lưu trước khi nhập lại: không ghi đè.`);
  }
}

/**
 * Applies an amending document. The consolidated items replace those of the programme's task
 * table, so the base must hold exactly one table (the amendment numbers points across it).
 */
export function amendProgramme(programme: Programme, amendmentText: string): Result<AmendResult> {
  if (programme.tables.length !== 1) {
    return fail(`--amend chỉ áp dụng cho một văn bản gốc có đúng một bảng nhiệm vụ (văn bản gốc có ${programme.tables.length} bảng).`);
  }
  const result = applyAmendment(programme, amendmentText);
  if (!result.changes.length && !result.conflicts.length) {
    return fail('không tìm thấy nội dung điều chỉnh, bổ sung hay lược bỏ nào trong văn bản điều chỉnh.');
  }
  return ok(result);
}
