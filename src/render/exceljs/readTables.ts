/**
 * Reads back a workbook Phụ lục wrote (possibly edited by its users since): the appendix tables
 * as values, the sheet names, the user's agency list, the report settings on Tổng hợp and every
 * other non-empty cell — the same snapshot the add-in reads through Office.js, so re-importing
 * from the command line keeps users' cells too.
 *
 * An appendix is found by its table name (PhuLuc_n / ChiTieu_n) or, when the user renamed the
 * table or converted it to a plain range, by its header row (core/plan/workbookColumns.ts).
 * Files saved by other programs are read too: openpyxl writes package paths as absolute
 * ("/xl/tables/table1.xml"), which ExcelJS cannot resolve, so those are made relative first.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { posix } from 'path';
import { AGENCY_TABLE } from '../../core/plan/catalogueSheet';
import { SUMMARY_SHEET } from '../../core/plan/summarySheet';
import { CHECK_SHEET } from '../../core/plan/checkSheet';
import { CATALOGUE_SHEET } from '../../core/plan/catalogueSheet';
import { CHANGES_SHEET } from '../../core/plan/changesSheet';
import { CellScalar, isAppendixTable, LooseCell, TableData, text, titleBlock, WorkbookSnapshot } from '../../core/plan/sheetData';
import { findAppendixHeader, looksLikeAppendix } from '../../core/plan/workbookColumns';

/** Sheets Phụ lục writes that never hold an appendix. */
const GENERATED = [SUMMARY_SHEET, CHECK_SHEET, CATALOGUE_SHEET, CHANGES_SHEET];

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

interface Block {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function readBlock(ws: ExcelJS.Worksheet, b: Block): { values: CellScalar[][]; formulas: boolean[][] } {
  const values: CellScalar[][] = [];
  const formulas: boolean[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const row: CellScalar[] = [];
    const f: boolean[] = [];
    for (let c = b.c1; c <= b.c2; c++) {
      const v = ws.getCell(r, c).value;
      row.push(scalar(v));
      f.push(isFormula(v));
    }
    values.push(row);
    formulas.push(f);
  }
  return { values, formulas };
}

/** An appendix that is no Excel table any more ("Convert to Range"): its header row and the rows under it. */
function rangeAppendix(ws: ExcelJS.Worksheet): Block | null {
  const top = Math.min(ws.rowCount, 40);
  const width = Math.max(ws.columnCount, 1);
  const head = readBlock(ws, { r1: 1, c1: 1, r2: top, c2: width }).values;
  const h = findAppendixHeader(head);
  if (h < 0) return null;
  const cells = head[h];
  const c1 = cells.findIndex((v) => text(v) !== '');
  let c2 = c1;
  while (c2 + 1 < cells.length && text(cells[c2 + 1]) !== '') c2++;
  let r2 = h + 1;
  const empty = (r: number) => readBlock(ws, { r1: r, c1: c1 + 1, r2: r, c2: c2 + 1 }).values[0].every((v) => text(v) === '');
  while (r2 + 1 <= ws.rowCount && !empty(r2 + 1)) r2++;
  return { r1: h + 1, c1: c1 + 1, r2, c2: c2 + 1 };
}

export async function readWorkbookTables(bytes: Buffer): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ArrayBuffer);
  const tables: TableData[] = [];
  const otherTables: NonNullable<WorkbookSnapshot['otherTables']> = [];
  const looseCells: LooseCell[] = [];
  let catalogueRows: CellScalar[][] = [];
  let summary: WorkbookSnapshot['summary'] = null;
  for (const ws of wb.worksheets) {
    const taken: Block[] = [];
    const push = (b: Block, name: string, found: 'name' | 'layout') => {
      const { values, formulas } = readBlock(ws, b);
      taken.push(b);
      tables.push({
        sheet: ws.name,
        table: name,
        headerRow: b.r1,
        firstCol: b.c1,
        headers: values[0].map((h) => String(h ?? '')),
        rows: values.slice(1),
        formulas: formulas.slice(1),
        found,
        ...titleBlock([1, 2, 3].map((r) => scalar(ws.getCell(r, 1).value))),
      });
    };
    for (const t of ws.getTables() as unknown as Array<{ table?: { name: string; tableRef: string } }>) {
      const def = t.table;
      const b = def && bounds(def.tableRef);
      if (!def || !b) continue;
      const head = readBlock(ws, { ...b, r2: b.r1 }).values[0];
      if (def.name === AGENCY_TABLE) {
        catalogueRows = readBlock(ws, b).values.slice(1);
        taken.push(b);
      } else if (isAppendixTable(def.name)) push(b, def.name, 'name');
      else if (!/^Sao lưu/i.test(ws.name) && looksLikeAppendix(head)) push(b, def.name, 'layout');
      else otherTables.push({ sheet: ws.name, name: def.name, ref: def.tableRef, headers: head.map((h) => String(h ?? '')) });
    }
    if (!tables.some((t) => t.sheet === ws.name) && !/^Sao lưu/i.test(ws.name) && !GENERATED.includes(ws.name)) {
      const b = rangeAppendix(ws);
      if (b) push(b, '', 'layout');
    }
    if (ws.name === SUMMARY_SHEET) {
      const date = ws.getCell('B3').value;
      summary = { reportDate: scalar(date), reportDateFormula: isFormula(date), dueSoonDays: scalar(ws.getCell('B4').value) };
    }
    if (/^Sao lưu/i.test(ws.name)) continue; // earlier backups travel whole in the copy of the old file
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      let formulaRow = false;
      const found: LooseCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (taken.some((b) => r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2)) return;
        if (isFormula(cell.value)) formulaRow = true;
        if (cell.isMerged && cell.master !== cell) return; // the merged area's value is its first cell's
        const value = scalar(cell.value);
        if (text(value) !== '') found.push({ sheet: ws.name, row: r, col: c, value });
      });
      for (const f of found) looseCells.push(formulaRow ? { ...f, formulaRow } : f);
    });
  }
  return { tables, sheets: wb.worksheets.map((w) => w.name), catalogueRows, looseCells, otherTables, summary };
}
