/** Shared steps of split / merge / report: reading the master, dates given on the command line. */
import { HEADER } from '../core/columnRegistry';
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { carriedCycleSheets as carried, CYCLE_SHEET_STYLES, HISTORY_SHEET, LOG_SHEET, RESULTS_SHEET } from '../core/cycle/sheets';
import type { SheetPlan, WorkbookPlan } from '../core/plan/types';
import { gridRows } from '../render/exceljs/cycleWrite';
import { relativeTargets } from '../render/exceljs/relTargets';
import { fail, ok, Result } from '../core/result';
import { localIsoDate } from '../core/status/dates';
import { dateInput } from '../core/status/dates';
import { loadMaster, MasterBook } from '../render/exceljs/cycleBooks';
import { WorkbookRefused } from '../render/exceljs/readTables';
import { regularInput } from './files';

/** "2026-07-15" or "15/07/2026" → ISO; null when it is neither (or not a real day). */
export const dateOption = dateInput;

/** A master workbook Phụ lục wrote, loaded; a Vietnamese refusal for anything else. */
export async function readMaster(path: string): Promise<Result<MasterBook>> {
  const regular = await regularInput(path);
  if (!regular.ok) return regular;
  let book: MasterBook;
  try {
    book = await loadMaster(await fs.readFile(path));
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
  return option ?? master.reportDate ?? localIsoDate(new Date());
}

/** Local date-time "2026-07-01T08:30:05" (a log row's time); with `ms`, "…:05.042" (a split's stamp: two splits never share one). */
export function localStamp(d: Date, ms = false): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const base = `${localIsoDate(d)}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return ms ? `${base}.${String(d.getMilliseconds()).padStart(3, '0')}` : base;
}

/**
 * For a re-import over a master: its Lịch sử, Lần gộp and Kết quả báo cáo sheets, drawn again
 * from their rows so the history of earlier periods survives (core/cycle/sheets.ts). [] when the
 * old workbook has none of them or cannot be read (the import's own checks report that).
 */
export async function withCycleSheets(plan: WorkbookPlan, path: string, oldSheets: string[]): Promise<WorkbookPlan> {
  if (![HISTORY_SHEET, LOG_SHEET, RESULTS_SHEET].some((n) => oldSheets.includes(n))) return plan;
  let sheets: SheetPlan[];
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await relativeTargets(await fs.readFile(path))) as unknown as ArrayBuffer);
    sheets = carried({ history: gridRows(wb, HISTORY_SHEET), log: gridRows(wb, LOG_SHEET), results: gridRows(wb, RESULTS_SHEET) });
  } catch {
    return plan;
  }
  return sheets.length ? { ...plan, styles: { ...plan.styles, ...CYCLE_SHEET_STYLES }, sheets: [...plan.sheets, ...sheets] } : plan;
}
