/** Shared steps of split / merge / report: reading the master, dates given on the command line. */
import { promises as fs } from 'fs';
import { dateInput, HEADER, systemClock } from '../app';
import type { WorkbookPlan } from '../app';
import { fail, ok, Result } from '../app/result';
import { hasCycleSheets, loadMaster, MasterBook, withCycleSheetsOf } from '../render/exceljs/cycleBooks';
import { WorkbookRefused } from '../render/exceljs/readTables';
import { readInputFile } from './files';

/** "2026-07-15" or "15/07/2026" → ISO; null when it is neither (or not a real day). */
export const dateOption = dateInput;

/** A master workbook Phụ lục wrote, loaded; a Vietnamese refusal for anything else. */
export async function readMaster(path: string): Promise<Result<MasterBook>> {
  const read = await readInputFile(path);
  if (!read.ok) return read;
  let book: MasterBook;
  try {
    book = await loadMaster(read.value);
  } catch (e) {
    if (e instanceof WorkbookRefused) return fail(`"${path}": ${e.message}`);
    return fail(`"${path}" không phải sổ Excel (.xlsx) đọc được.`);
  }
  if (!book.tables.some((t) => t.headers.includes(HEADER.kind))) {
    return fail(`"${path}" không có bảng phụ lục nhiệm vụ do Phụ lục tạo (hãy dùng sổ tạo bằng "phuluc import").`);
  }
  return ok(book);
}

/** The report date: the option, else the master's Tổng hợp date, else today. */
export function reportDate(option: string | null, master: MasterBook): string {
  return option ?? master.reportDate ?? systemClock.today();
}

/**
 * For a re-import over a master: its Lịch sử, Lần gộp and Kết quả báo cáo sheets, drawn again
 * from their rows so the history of earlier periods survives (render/exceljs/cycleBooks.ts). The
 * plan as it is when the old workbook has none of them or cannot be read (the import's own checks
 * report that).
 */
export async function withCycleSheets(plan: WorkbookPlan, path: string, oldSheets: string[]): Promise<WorkbookPlan> {
  if (!hasCycleSheets(oldSheets)) return plan;
  try {
    return await withCycleSheetsOf(plan, await fs.readFile(path));
  } catch {
    return plan;
  }
}

/** The message for a date option that is not a real day in either accepted form. `what`: "ngày báo cáo", "hạn gửi lại". */
export function badDate(what: string, typed: string): string {
  return `${what} không hợp lệ: "${typed}" (cần một ngày có thật, dạng DD/MM/YYYY hoặc YYYY-MM-DD, ví dụ 30/06/2026).`;
}
