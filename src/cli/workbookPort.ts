/**
 * The ExcelJS file port of the use cases (src/app/port.ts): a workbook as an .xlsx file.
 * - `workbookInput(path)`: a workbook given to read (`parse`/`validate book.xlsx`); refused with a
 *   Vietnamese message when it is not a regular file or not a readable .xlsx. Never written.
 * - `workbookOutput(target)`: the `-o` of `import`: nothing there yet reads as null; an existing
 *   workbook Phụ lục wrote is read back (users' cells survive a re-import); anything else is never
 *   overwritten. Writing carries the old file's reporting-cycle sheets over (not when the new
 *   programme replaces the old one: WriteOptions.replacing), copies the old file aside, then
 *   writes the new file atomically (files.ts). A new file holds only what the plan draws, so
 *   WriteOptions.removeSheets has nothing to remove.
 */
import { promises as fs } from 'fs';
import type { WorkbookPort, WorkbookSnapshot, WrittenWorkbook } from '../app';
import { fail, ok, Result } from '../app/result';
import { workbookStream } from '../render/xlsx';
import { OutputTarget, readInputFile, writeAtomically, writeFailure } from './files';
import { withCycleSheets } from './cycleSteps';

/** Loaded when a workbook is read: ExcelJS and its reader (commands that read none start without them). */
const reader = () => import('../render/exceljs/readTables');

/** A workbook to read (never written): its snapshot, or the Vietnamese reason it cannot be read. */
export function workbookInput(path: string): WorkbookPort {
  return {
    async read(): Promise<Result<WorkbookSnapshot | null>> {
      const read = await readInputFile(path);
      if (!read.ok) return read;
      const bytes = read.value;
      const { readWorkbookTables, WorkbookRefused } = await reader();
      try {
        return ok(await readWorkbookTables(bytes));
      } catch (e) {
        if (e instanceof WorkbookRefused) return fail(`"${path}": ${e.message}`);
        return fail(`"${path}" không phải sổ Excel (.xlsx) đọc được.`);
      }
    },
    async write() {
      return fail(`"${path}" chỉ được đọc, không ghi.`);
    },
  };
}

/** What the file port reports after writing: every sheet of the new file and the old file's copy. */
export interface WrittenFile extends WrittenWorkbook {
  copy: string | null;
}

export interface OutputHooks {
  /** Before an existing workbook is read (a progress line). */
  reading?: () => void;
  /** Before the new file is written. */
  writing?: () => void;
}

/** The workbook at `-o` (outputTarget checked it): read for a re-import, then replaced. */
export function workbookOutput(target: OutputTarget, hooks: OutputHooks = {}): WorkbookPort<WrittenFile> {
  let before: WorkbookSnapshot | null = null;
  return {
    async read() {
      if (!target.before) return ok(null);
      hooks.reading?.();
      const existing = await existingWorkbook(target.path);
      if (existing.ok) before = existing.value;
      return existing;
    },
    async write(plan, { stamp, replacing }) {
      // The reporting cycle's history (Lịch sử, Lần gộp, Kết quả báo cáo) survives a re-import;
      // a replaced programme's history stays in the copy of the old file only.
      const full = before && !replacing ? await withCycleSheets(plan, target.path, before.sheets) : plan;
      const copy = before ? await keepOldFile(target.path, stamp) : ok(null);
      if (!copy.ok) return copy;
      hooks.writing?.();
      const written = await writeAtomically(target, workbookStream(full));
      if (!written.ok) return written;
      return ok({ sheets: full.sheets.map((s) => s.name), copy: copy.value });
    },
  };
}

/**
 * The workbook already at the output path, read back so users' cells survive a re-import;
 * null when there is none. A file that is not a readable workbook is never overwritten.
 */
async function existingWorkbook(path: string): Promise<Result<WorkbookSnapshot | null>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    return fail(`tệp kết quả "${path}" đã có nhưng không đọc được: không ghi đè.`);
  }
  const { readWorkbookTables, WorkbookRefused } = await reader();
  let wb: WorkbookSnapshot;
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
async function keepOldFile(path: string, stamp: string): Promise<Result<string | null>> {
  const copy = path.replace(/\.xlsx$/i, `.truoc-${stamp.replace(/[^0-9-]+/g, '-')}.xlsx`);
  try {
    await fs.copyFile(path, copy);
    return ok(copy);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') return fail(`${writeFailure(copy, e)} Sổ cũ được giữ nguyên.`);
    return fail(`không chép được sổ cũ sang "${copy}" để sao lưu trước khi nhập lại: không ghi đè.`);
  }
}
