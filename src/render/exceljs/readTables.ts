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
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { oldOfficeMessage } from '../../core/input/oldOffice';
import { checkZip } from '../../core/input/zipGuard';
import { posix } from 'path';
import type { CellScalar, WorkbookSnapshot } from '../../core/plan/sheetData';
import { buildSnapshot, SheetGrid, TableRef } from '../../core/plan/snapshot';

export type WorkbookTables = WorkbookSnapshot;

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day

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

const isFormula = (v: ExcelJS.CellValue): boolean =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);

/** "A6:M54" → first/last row and column, 1-based. */
function bounds(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: col(m[1]), r1: Number(m[2]), c2: col(m[3]), r2: Number(m[4]) };
}

/**
 * Relationship targets written as absolute package paths ("/xl/tables/table1.xml", as openpyxl
 * writes them) rewritten relative to their source part, the form ExcelJS resolves. Other bytes
 * are returned as they are.
 */
export async function withRelativeTargets(bytes: Buffer): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // not a zip: ExcelJS says so in its own words
  }
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels') && n !== '_rels/.rels')) {
    const xml = await zip.file(name)!.async('string');
    // xl/worksheets/_rels/sheet1.xml.rels describes xl/worksheets/sheet1.xml: targets are relative to xl/worksheets.
    const base = posix.dirname(posix.dirname(name));
    const fixed = xml.replace(/Target="\/([^"]+)"/g, (_, abs: string) => `Target="${posix.relative(base, abs)}"`);
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : bytes;
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
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ArrayBuffer);
  const refs: TableRef[] = [];
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ table?: { name: string; tableRef: string } }>) {
      const b = t.table && bounds(t.table.tableRef);
      if (t.table && b) refs.push({ name: t.table.name, sheet: ws.name, ...b });
    }
  }
  // Backup sheets ("Sao lưu …") are not read: nothing on them is merged, and they can be large.
  const empty = (name: string): SheetGrid => ({ name, rowIndex: 0, columnIndex: 0, values: [], formulas: [] });
  return buildSnapshot(wb.worksheets.map((ws) => (/^Sao lưu/i.test(ws.name) ? empty(ws.name) : gridOf(ws))), refs);
}
