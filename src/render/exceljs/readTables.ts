/**
 * Reads back a workbook Phụ lục wrote (possibly edited by its users since): the appendix tables
 * as values, the sheet names, the user's agency list, the report settings on Tổng hợp and every
 * other non-empty cell — the same snapshot the add-in reads through Office.js, so re-importing
 * from the command line keeps users' cells too.
 *
 * The sheets become plain grids and core/plan/snapshot.ts finds the appendices in them (by table
 * name, or by header row when the user renamed the table or converted it to a range).
 * Files saved by other programs are read too: openpyxl writes package paths as absolute
 * ("/xl/tables/table1.xml"), which ExcelJS cannot resolve, so those are made relative first.
 */
import type ExcelJS from 'exceljs';
import { relativeTargets } from './relTargets';
import { oldOfficeMessage } from '../../core/input/oldOffice';
import { checkZip } from '../../core/input/zipGuard';
import type { CellScalar, WorkbookSnapshot } from '../../core/plan/sheetData';
import { buildSnapshot, SheetGrid, TableRef } from '../../core/plan/snapshot';

export type WorkbookTables = WorkbookSnapshot;

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day

/** An ExcelJS cell value as a plain scalar (dates as Excel serial days, formulas as their cached result). */
export function scalarOf(v: ExcelJS.CellValue): CellScalar {
  return scalar(v);
}

function scalar(v: ExcelJS.CellValue): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86400000 + EXCEL_EPOCH_DAYS;
  if (typeof v === 'object') {
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      return scalar((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

const isFormula = (v: ExcelJS.CellValue): boolean => typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);

/** "A6:M54" → first/last row and column, 1-based. */
function bounds(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: col(m[1]), r1: Number(m[2]), c2: col(m[3]), r2: Number(m[4]) };
}

/** A worksheet as a grid of values from A1 to its last used cell (merged areas: the first cell only, as Excel gives them). */
function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellScalar[][] = [];
  const formulas: boolean[][] = [];
  const rows = ws.rowCount;
  const cols = ws.columnCount; // a getter that walks every row: read once
  for (let r = 1; r <= rows; r++) {
    const v: CellScalar[] = [];
    const f: boolean[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const slave = cell.isMerged && cell.master !== cell;
      v.push(slave ? null : scalar(cell.value));
      f.push(!slave && isFormula(cell.value));
    }
    values.push(v);
    formulas.push(f);
  }
  return { name: ws.name, rowIndex: 0, columnIndex: 0, values, formulas };
}

/** A workbook refused before ExcelJS saw it (zip bomb, encrypted or .xls file): `message` is Vietnamese. */
export class WorkbookRefused extends Error {}

/**
 * Reads a workbook into the snapshot re-import and checks use. Throws WorkbookRefused (with the
 * Vietnamese reason) for a file refused before loading — an encrypted or Excel 97–2003 file, a
 * package over the zip limits — and ExcelJS's own error for any other unreadable file.
 */
export async function readWorkbookTables(bytes: Buffer): Promise<WorkbookSnapshot> {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const old = oldOfficeMessage(view);
  if (old) throw new WorkbookRefused(old);
  const guard = await checkZip(view, 'Sổ Excel');
  if (!guard.ok) throw new WorkbookRefused(guard.message);
  // ExcelJS is loaded here, when a workbook is read: commands that read none start without it.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  await wb.xlsx.load((await relativeTargets(view)) as unknown as ArrayBuffer); // openpyxl's absolute part paths (ExcelJS #1468)
  const refs: TableRef[] = [];
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ table?: { name: string; tableRef: string } }>) {
      const b = t.table && bounds(t.table.tableRef);
      if (t.table && b) refs.push({ name: t.table.name, sheet: ws.name, ...b });
    }
  }
  // Backup sheets ("Sao lưu …") are not read: nothing on them is merged, and they can be large.
  const empty = (name: string): SheetGrid => ({ name, rowIndex: 0, columnIndex: 0, values: [], formulas: [] });
  return buildSnapshot(
    wb.worksheets.map((ws) => (/^Sao lưu/i.test(ws.name) ? empty(ws.name) : gridOf(ws))),
    refs,
  );
}
