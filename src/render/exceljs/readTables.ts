/**
 * Reads back a workbook Phụ lục wrote (possibly edited by its users since): the appendix tables
 * as values, the sheet names and the user's agency list — the same TableData the add-in reads
 * through Office.js, so re-importing from the command line keeps users' cells too.
 */
import type ExcelJS from 'exceljs';
import { oldOfficeMessage } from '../../core/input/oldOffice';
import { checkZip } from '../../core/input/zipGuard';
import { AGENCY_TABLE } from '../../core/plan/catalogueSheet';
import { CellScalar, isAppendixTable, TableData, titleBlock } from '../../core/plan/sheetData';

export interface WorkbookTables {
  tables: TableData[];
  sheets: string[];
  catalogueRows: CellScalar[][];
}

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day

function scalar(v: ExcelJS.CellValue): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86400000 + EXCEL_EPOCH_DAYS;
  if (typeof v === 'object') {
    if ('result' in v) return scalar((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/** "A6:M54" → first/last row and column, 1-based. */
function bounds(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: col(m[1]), r1: Number(m[2]), c2: col(m[3]), r2: Number(m[4]) };
}

/** A workbook refused before ExcelJS saw it (zip bomb, encrypted or .xls file): `message` is Vietnamese. */
export class WorkbookRefused extends Error {}

/**
 * Reads the tables of a workbook. Throws WorkbookRefused (with the Vietnamese reason) for a file
 * refused before loading — an encrypted or Excel 97–2003 file, a package over the zip limits —
 * and ExcelJS's own error for any other unreadable file.
 */
export async function readWorkbookTables(bytes: Buffer): Promise<WorkbookTables> {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const old = oldOfficeMessage(view);
  if (old) throw new WorkbookRefused(old);
  const guard = await checkZip(view, 'Sổ Excel');
  if (!guard.ok) throw new WorkbookRefused(guard.message);
  // ExcelJS is loaded here, when a workbook is read: commands that read none start without it.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables: TableData[] = [];
  let catalogueRows: CellScalar[][] = [];
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as Array<{ table?: { name: string; tableRef: string } }>) {
      const def = t.table;
      const b = def && bounds(def.tableRef);
      if (!def || !b) continue;
      const rows: CellScalar[][] = [];
      for (let r = b.r1; r <= b.r2; r++) {
        const row: CellScalar[] = [];
        for (let c = b.c1; c <= b.c2; c++) row.push(scalar(ws.getCell(r, c).value));
        rows.push(row);
      }
      if (def.name === AGENCY_TABLE) catalogueRows = rows.slice(1);
      if (!isAppendixTable(def.name)) continue;
      tables.push({
        sheet: ws.name,
        table: def.name,
        headerRow: b.r1,
        firstCol: b.c1,
        headers: rows[0].map((h) => String(h ?? '')),
        rows: rows.slice(1),
        ...titleBlock([1, 2, 3].map((r) => scalar(ws.getCell(r, 1).value))),
      });
    }
  }
  return { tables, sheets: wb.worksheets.map((w) => w.name), catalogueRows };
}
