/**
 * Reading the workbooks of the reporting cycle with ExcelJS: the master (appendix tables, report
 * date, due-soon window, title) kept loaded so merge can edit it in place, and agency replies
 * (identity rows of Hướng dẫn, rows of the reply table by header).
 */
import ExcelJS from 'exceljs';
import { GUIDE_SHEET, readIdentity, REPLY_TABLE, ReplyIdentity } from '../../core/cycle/identity';
import type { CellScalar, TableData } from '../../core/plan/sheetData';
import { text } from '../../core/plan/sheetData';
import { readWorkbookTables, scalarOf, WorkbookRefused, WorkbookTables } from './readTables';
import { oldOfficeMessage } from '../../core/input/oldOffice';
import { checkZip } from '../../core/input/zipGuard';
import { relativeTargets } from './relTargets';
import type { CycleMaster } from '../../app/cycle';
import { carriedCycleSheets, CYCLE_GRID_SHEETS, CYCLE_SHEET_STYLES, HISTORY_SHEET, LOG_SHEET, RESULTS_SHEET, SENT_SHEET } from '../../core/cycle/sheets';
import type { WorkbookPlan } from '../../core/plan/types';
import { gridRows } from './cycleWrite';
import { declaredCalculatedColumns } from './packageFixes';

export interface MasterBook extends WorkbookTables {
  wb: ExcelJS.Workbook;
  /** Tổng hợp!B3 (NgayBaoCao) when it holds a date (ISO), null when it is =TODAY() or empty. */
  reportDate: string | null;
  dueSoonDays: number;
  title: string;
  /** The calculated-column formulas the loaded package declares, by table and column (packageFixes.ts). */
  calculated: Map<string, Map<string, string>>;
}

const SUMMARY = 'Tổng hợp';

/** Loads a master workbook; throws like readWorkbookTables on an unreadable file. */
export async function loadMaster(original: Uint8Array): Promise<MasterBook> {
  const bytes = await guarded(original);
  const tables = await readWorkbookTables(bytes as Buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const summary = wb.getWorksheet(SUMMARY);
  const date = summary ? scalarOf(summary.getCell('B3').value) : null;
  const days = summary ? scalarOf(summary.getCell('B4').value) : null;
  const title = text(wb.title) || text(tables.tables[0]?.title);
  return {
    ...tables,
    wb,
    title,
    // From the file as it came: the read guard drops them (relTargets.ts).
    calculated: await declaredCalculatedColumns(original),
    reportDate: typeof date === 'number' && date > 0 ? serialIso(date) : null,
    dueSoonDays: typeof days === 'number' && days >= 0 ? Math.floor(days) : 30,
  };
}

const serialIso = (serial: number): string => new Date(Math.round((Math.floor(serial) - 25569) * 86400000)).toISOString().slice(0, 10);

export interface ReplyBook {
  identity: ReplyIdentity | null;
  /** The reply table as read: headers and body rows (null when the workbook has no reply table). */
  table: Pick<TableData, 'headers' | 'rows' | 'headerRow' | 'sheet'> | null;
}

/** Reads an agency reply (also in the task pane: no Node API); throws ExcelJS's error (or WorkbookRefused) on an unreadable file. */
export async function loadReply(original: Uint8Array): Promise<ReplyBook> {
  const bytes = await guarded(original);
  await readWorkbookTables(bytes as Buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const guide = wb.getWorksheet(GUIDE_SHEET);
  const pairs: Array<[string, string]> = [];
  guide?.eachRow((row) => pairs.push([text(scalarOf(row.getCell(1).value)), text(scalarOf(row.getCell(2).value))]));
  let table: ReplyBook['table'] = null;
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ table?: { name: string; tableRef: string } }>) {
      if (t.table?.name !== REPLY_TABLE) continue;
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.table.tableRef.replace(/\$/g, ''));
      if (!m) continue;
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const rows: CellScalar[][] = [];
      for (let r = Number(m[2]); r <= Number(m[4]); r++) {
        const row: CellScalar[] = [];
        for (let c = col(m[1]); c <= col(m[3]); c++) row.push(scalarOf(ws.getCell(r, c).value));
        rows.push(row);
      }
      table = { sheet: ws.name, headerRow: Number(m[2]), headers: rows[0].map((h) => text(h)), rows: rows.slice(1) };
    }
  }
  return { identity: readIdentity(pairs), table };
}

/** The zip and old-format guards every workbook read passes, then relative part targets (relTargets.ts). */
async function guarded(bytes: Uint8Array): Promise<Uint8Array> {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const old = oldOfficeMessage(view);
  if (old) throw new WorkbookRefused(old);
  const guard = await checkZip(view, 'Sổ Excel');
  if (!guard.ok) throw new WorkbookRefused(guard.message);
  return relativeTargets(bytes);
}

/** A loaded master as the cycle's use cases take it (src/app/cycle.ts): its tables, sheet names and cycle sheets' rows. */
export function cycleMaster(m: MasterBook): CycleMaster {
  return {
    title: m.title,
    tables: m.tables,
    catalogueRows: m.catalogueRows,
    sheets: m.wb.worksheets.map((w) => w.name),
    history: gridRows(m.wb, HISTORY_SHEET),
    log: gridRows(m.wb, LOG_SHEET),
    results: gridRows(m.wb, RESULTS_SHEET),
    sent: gridRows(m.wb, SENT_SHEET),
  };
}

/** True when a workbook with these sheets holds any of the reporting cycle's sheets. */
export const hasCycleSheets = (sheets: string[]): boolean => CYCLE_GRID_SHEETS.some((n) => sheets.includes(n));

/**
 * The plan with the reporting cycle's sheets of an old master (its .xlsx bytes) added, drawn again
 * from their rows (core/cycle/sheets.ts carriedCycleSheets); throws ExcelJS's error on a file it cannot load.
 */
export async function withCycleSheetsOf(plan: WorkbookPlan, bytes: Uint8Array): Promise<WorkbookPlan> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await relativeTargets(bytes)) as unknown as ArrayBuffer);
  const sheets = carriedCycleSheets({ history: gridRows(wb, HISTORY_SHEET), log: gridRows(wb, LOG_SHEET), results: gridRows(wb, RESULTS_SHEET), sent: gridRows(wb, SENT_SHEET) });
  return sheets.length ? { ...plan, styles: { ...plan.styles, ...CYCLE_SHEET_STYLES }, sheets: [...plan.sheets, ...sheets] } : plan;
}
