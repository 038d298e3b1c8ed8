/**
 * What the Chu kỳ tab asks of Excel: the master's tables and cycle sheets, the merged cells, the
 * cycle sheets drawn by the Office.js renderer, and new workbooks for the agencies.
 */
import { HEADER } from '../core/columnRegistry';
import type { CellUpdate } from '../core/cycle/merge';
import { headerIndex } from '../core/cycle/rows';
import { CYCLE_GRID_SHEETS, CYCLE_SHEET_STYLES, GRID_HEADER_ROW } from '../core/cycle/sheets';
import { colLetter } from '../core/plan/layout';
import { STYLES } from '../core/plan/palette';
import type { CellScalar, TableData } from '../core/plan/sheetData';
import type { SheetPlan, WorkbookPlan } from '../core/plan/types';
import { isoToSerial } from '../core/status';
import { readAppendixTables, writePlan } from './host';
import type { CycleState } from './logic/cycle';

/** The master as the pane sees it: appendix tables (users' edits included) and the cycle sheets. */
export async function readCycleState(): Promise<CycleState> {
  const base = await readAppendixTables();
  const grids = await Excel.run(async (context) => {
    const ranges = CYCLE_GRID_SHEETS.map((n) => context.workbook.worksheets.getItemOrNullObject(n).getUsedRangeOrNullObject(true).load(['values', 'isNullObject']));
    await context.sync();
    return ranges.map((r) => (r.isNullObject ? [] : (r.values as CellScalar[][]).slice(GRID_HEADER_ROW).filter((row) => row.some((v) => v !== '' && v !== null))));
  });
  return { tables: base.tables, catalogueRows: base.catalogueRows, sheets: base.sheets, history: grids[0], log: grids[1], results: grids[2], sent: grids[3] };
}

/** Writes the merged Tiến độ / Ngày hoàn thành cells (dates as serial days), one request. */
export async function writeMergedCells(tables: TableData[], cells: CellUpdate[]): Promise<void> {
  await Excel.run(async (context) => {
    for (const u of cells) {
      const t = tables[u.tableIndex];
      const c = headerIndex(t, u.header);
      if (c < 0) continue;
      const address = `${colLetter(t.firstCol + c)}${t.headerRow + 1 + u.rowIndex}`;
      context.workbook.worksheets.getItem(t.sheet).getRange(address).values = [[u.header === HEADER.doneDate ? isoToSerial(u.value) : u.value]];
    }
    await context.sync();
  });
}

/** Draws (or redraws) cycle sheets with the Office.js renderer. */
export async function writeCycleSheets(sheets: SheetPlan[], onProgress?: (done: number) => void): Promise<string[]> {
  const plan: WorkbookPlan = { sheets, names: [], styles: { ...STYLES, ...CYCLE_SHEET_STYLES }, fullCalcOnLoad: false, title: '', creator: 'Phụ lục (phuluc)' };
  return (await writePlan(plan, onProgress)).sheets;
}

/** Excel.createWorkbook needs ExcelApi 1.8 (Excel 2019+, Microsoft 365, Excel on the web). */
export function canCreateWorkbooks(): boolean {
  try {
    return typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function' && Office.context.requirements.isSetSupported('ExcelApi', '1.8');
  } catch {
    return false;
  }
}

/** Opens each workbook (base64 .xlsx) as a new workbook window. */
export async function openWorkbooks(base64s: string[]): Promise<void> {
  for (const b of base64s) await Excel.createWorkbook(b);
}
