/**
 * The workbook as a re-import or a check reads it, built from plain grids so the command line
 * (ExcelJS) and the task pane (Office.js) read it the same way: each sheet's used range (values,
 * and which cells hold formulas) plus the Excel tables (name, sheet, bounds).
 *
 *  - An appendix is a table named PhuLuc_n / ChiTieu_n, or any table — or, on a sheet without
 *    one, a plain range ("Convert to Range") — whose header row reads like an appendix
 *    (workbookColumns.looksLikeAppendix). A range runs from its header row to the first empty row.
 *  - The agency list is the DanhMucCoQuan table. Tables on backup sheets ("Sao lưu …") are never appendices.
 *  - Every other non-empty cell is a loose cell (looseCells.ts decides which are the user's).
 *  - Tổng hợp's B3 (report date) and B4 (due-soon days) are the report settings.
 */
import { AGENCY_TABLE, CATALOGUE_SHEET } from './catalogueSheet';
import { CHANGES_SHEET } from './changesSheet';
import { CHECK_SHEET } from './checkSheet';
import { CellScalar, isAppendixTable, LooseCell, TableData, text, titleBlock, WorkbookSnapshot } from './sheetData';
import { SUMMARY_SHEET } from './summarySheet';
import { PROGRAMME_SHEET, PROGRAMME_TABLE } from './programmeSheet';
import { findAppendixHeader, looksLikeAppendix } from './workbookColumns';

/** A sheet's used range: `values[i][j]` is the cell at (rowIndex + i, columnIndex + j), 0-based. */
export interface SheetGrid {
  name: string;
  rowIndex: number;
  columnIndex: number;
  values: CellScalar[][];
  /** Same shape: true where the cell holds a formula. */
  formulas: boolean[][];
}

/** An Excel table: 1-based bounds, header row included. */
export interface TableRef {
  name: string;
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const GENERATED = [SUMMARY_SHEET, CHECK_SHEET, CATALOGUE_SHEET, CHANGES_SHEET, PROGRAMME_SHEET];
const isBackup = (sheet: string) => /^Sao lưu/i.test(sheet);
const letters = (c: number): string => (c <= 0 ? '' : letters(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));

export function buildSnapshot(grids: SheetGrid[], tableRefs: TableRef[]): WorkbookSnapshot {
  const tables: TableData[] = [];
  const otherTables: NonNullable<WorkbookSnapshot['otherTables']> = [];
  const looseCells: LooseCell[] = [];
  let catalogueRows: CellScalar[][] = [];
  let programmeRows: CellScalar[][] | undefined;
  let summary: WorkbookSnapshot['summary'] = null;
  for (const g of grids) {
    const at = (r: number, c: number): CellScalar => g.values[r - 1 - g.rowIndex]?.[c - 1 - g.columnIndex] ?? null;
    const isF = (r: number, c: number): boolean => g.formulas[r - 1 - g.rowIndex]?.[c - 1 - g.columnIndex] ?? false;
    const block = (b: Omit<TableRef, 'name' | 'sheet'>) => {
      const values: CellScalar[][] = [];
      const formulas: boolean[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const v: CellScalar[] = [];
        const f: boolean[] = [];
        for (let c = b.c1; c <= b.c2; c++) (v.push(at(r, c)), f.push(isF(r, c)));
        values.push(v);
        formulas.push(f);
      }
      return { values, formulas };
    };
    const taken: Array<Omit<TableRef, 'name' | 'sheet'>> = [];
    const push = (b: Omit<TableRef, 'name' | 'sheet'>, name: string, found: 'name' | 'layout') => {
      const { values, formulas } = block(b);
      taken.push(b);
      tables.push({
        sheet: g.name,
        table: name,
        headerRow: b.r1,
        firstCol: b.c1,
        headers: values[0].map((h) => String(h ?? '')),
        rows: values.slice(1),
        formulas: formulas.slice(1),
        found,
        ...titleBlock([1, 2, 3].map((r) => at(r, 1))),
      });
    };
    for (const t of tableRefs.filter((x) => x.sheet === g.name)) {
      const head = block({ ...t, r2: t.r1 }).values[0];
      if (t.name === AGENCY_TABLE) {
        catalogueRows = block(t).values.slice(1);
        taken.push(t);
      } else if (t.name === PROGRAMME_TABLE) {
        programmeRows = block(t).values.slice(1);
        taken.push(t);
      } else if (isAppendixTable(t.name)) push(t, t.name, 'name');
      else if (!isBackup(g.name) && looksLikeAppendix(head)) push(t, t.name, 'layout');
      else otherTables.push({ sheet: g.name, name: t.name, ref: `${letters(t.c1)}${t.r1}:${letters(t.c2)}${t.r2}`, headers: head.map((h) => String(h ?? '')) });
    }
    const lastRow = g.rowIndex + g.values.length;
    const lastCol = g.columnIndex + (g.values[0]?.length ?? 0);
    if (!tables.some((t) => t.sheet === g.name) && !isBackup(g.name) && !GENERATED.includes(g.name) && lastRow > 0) {
      const top = block({ r1: 1, c1: 1, r2: Math.min(lastRow, 40), c2: Math.max(lastCol, 1) }).values;
      const h = findAppendixHeader(top);
      if (h >= 0) {
        const c1 = top[h].findIndex((v) => text(v) !== '');
        let c2 = c1;
        while (c2 + 1 < top[h].length && text(top[h][c2 + 1]) !== '') c2++;
        let r2 = h + 1;
        const empty = (r: number) => block({ r1: r, c1: c1 + 1, r2: r, c2: c2 + 1 }).values[0].every((v) => text(v) === '');
        while (r2 + 1 <= lastRow && !empty(r2 + 1)) r2++;
        push({ r1: h + 1, c1: c1 + 1, r2, c2: c2 + 1 }, '', 'layout');
      }
    }
    if (g.name === SUMMARY_SHEET) summary = { reportDate: at(3, 2), reportDateFormula: isF(3, 2), dueSoonDays: at(4, 2), ...(text(at(2, 1)) ? { title: at(2, 1) } : {}) };
    if (isBackup(g.name)) continue; // earlier backups are kept whole elsewhere (the old file's copy, or the sheet itself)
    g.values.forEach((row, i) => {
      const r = g.rowIndex + i + 1;
      // Formulas outside the tables are Phụ lục's (counts, the overdue list); so are the labels
      // among them and one column to their left. A note typed further right is the user's.
      let first = Infinity;
      let last = -1;
      const found: LooseCell[] = [];
      row.forEach((value, j) => {
        const c = g.columnIndex + j + 1;
        if (taken.some((b) => r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2)) return;
        if (g.formulas[i]?.[j]) ((first = Math.min(first, c)), (last = Math.max(last, c)));
        if (text(value) !== '') found.push({ sheet: g.name, row: r, col: c, value });
      });
      for (const f of found) looseCells.push(f.col >= first - 1 && f.col <= last ? { ...f, formulaRow: true } : f);
    });
  }
  return { tables, sheets: grids.map((g) => g.name), catalogueRows, looseCells, otherTables, summary, ...(programmeRows ? { programmeRows } : {}) };
}
