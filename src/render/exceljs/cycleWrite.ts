/**
 * Writes a merge into the loaded master workbook in place (ExcelJS keeps its tables, formulas,
 * conditional formats and validations): the reported Tiến độ / Ngày hoàn thành cells, the report
 * date, and the cycle sheets (each removed and drawn again from its plan).
 */
import { HEADER } from '../../core/columnRegistry';
import type ExcelJS from 'exceljs';
import type { CellUpdate } from '../../core/cycle/merge';
import { headerIndex } from '../../core/cycle/rows';
import { CYCLE_SHEET_STYLES, GRID_HEADER_ROW } from '../../core/cycle/sheets';
import { STYLES } from '../../core/plan/palette';
import type { CellScalar, TableData } from '../../core/plan/sheetData';
import type { SheetPlan, WorkbookPlan } from '../../core/plan/types';
import { scalarOf } from './readTables';
import { drawSheet } from './sheet';
import { fixPackage } from './packageFixes';

const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Rows of a grid sheet (header at GRID_HEADER_ROW), as values; [] when the sheet is absent. */
export function gridRows(wb: ExcelJS.Workbook, name: string): CellScalar[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) return [];
  const width = ws.getRow(GRID_HEADER_ROW).cellCount;
  const rows: CellScalar[][] = [];
  for (let r = GRID_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row: CellScalar[] = [];
    for (let c = 1; c <= width; c++) row.push(scalarOf(ws.getCell(r, c).value));
    if (row.some((v) => v !== null && v !== '')) rows.push(row);
  }
  return rows;
}

/** Writes the cell updates of a merge into the appendix tables they belong to. */
export function writeCells(wb: ExcelJS.Workbook, tables: TableData[], cells: CellUpdate[]): void {
  for (const u of cells) {
    const t = tables[u.tableIndex];
    const ws = wb.getWorksheet(t.sheet);
    const c = headerIndex(t, u.header);
    if (!ws || c < 0) continue;
    ws.getCell(t.headerRow + 1 + u.rowIndex, t.firstCol + c).value = u.header === HEADER.doneDate ? utcDate(u.value) : u.value;
  }
}

/** Sets the report date (Tổng hợp!B3, the NgayBaoCao cell). */
export function setReportDate(wb: ExcelJS.Workbook, iso: string): void {
  const ws = wb.getWorksheet('Tổng hợp');
  if (ws) ws.getCell('B3').value = utcDate(iso);
}

/** Replaces (or adds, at the end) each sheet of `sheets`, drawn from its plan. */
export function replaceSheets(wb: ExcelJS.Workbook, sheets: SheetPlan[]): void {
  const plan = { styles: { ...STYLES, ...CYCLE_SHEET_STYLES } } as WorkbookPlan;
  for (const s of sheets) {
    const old = wb.getWorksheet(s.name);
    if (old) wb.removeWorksheet(old.id);
    drawSheet(wb, plan, s);
  }
}

/**
 * A loaded workbook's data validations regrouped into one range per column run of equal rules.
 * ExcelJS keeps a loaded validation per cell and, writing them back, can emit overlapping
 * ranges ("C10:C12" inside "C7:C12": it sorts the cells as strings, C10 before C7), which Excel
 * repairs on opening (xlsx-check DEFECT). A key that is a range is written as it is.
 */
export function compactValidations(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations;
    const cells = Object.entries(dv.model).filter(([k]) => /^[A-Z]+\d+$/.test(k));
    if (!cells.length) continue;
    const runs = new Map<string, { rule: ExcelJS.DataValidation; col: string; rows: number[] }>();
    for (const [addr, rule] of cells) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const key = `${col}|${JSON.stringify(rule)}`;
      const run = runs.get(key) ?? { rule, col, rows: [] };
      run.rows.push(Number(row));
      runs.set(key, run);
      delete dv.model[addr];
    }
    for (const { rule, col, rows } of runs.values()) {
      rows.sort((a, b) => a - b);
      let from = rows[0];
      rows.forEach((r, i) => {
        if (i + 1 < rows.length && rows[i + 1] === r + 1) return;
        dv.model[from === r ? `${col}${r}` : `${col}${from}:${col}${r}`] = rule;
        from = rows[i + 1];
      });
    }
  }
}

/**
 * The workbook's bytes, asking readers to recalculate on open; `calculated` = the calculated-column
 * formulas of the package it was loaded from (MasterBook.calculated), declared again.
 */
export async function masterBytes(wb: ExcelJS.Workbook, calculated?: Map<string, Map<string, string>>): Promise<Buffer> {
  compactValidations(wb);
  wb.calcProperties.fullCalcOnLoad = true;
  return fixPackage(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), null, calculated);
}
