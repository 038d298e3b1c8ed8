/**
 * Everything the task pane asks of Excel. Each function is one Excel.run with a fixed number of
 * syncs; errors come back as Vietnamese messages.
 */
import type { WorkbookPlan } from '../core/plan/types';
import { renderPlan, RenderReport } from '../render/office';
import type { CellScalar, SummarySettings, WorkbookSnapshot } from '../core/plan/sheetData';
import { buildSnapshot, SheetGrid, TableRef } from '../core/plan/snapshot';
import { rangeAddress } from '../render/office/address';
import { officeSupports } from '../render/office/requirements';

/** `Excel.run`, or a stand-in with the same contract (tests run the real client library on an in-memory workbook). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * Rows read per request of the read-back. A response over 5 MB is refused by Excel on the web;
 * a row of an appendix is about 1 KB with its formulas (13 columns of text), so 2,000 rows are
 * about 2 MB, and a chunk that still comes back too large (very long cells) is read again in halves.
 */
export const READ_CHUNK_ROWS = 2000;

/**
 * Values and formula flags of `rows` × `cols` cells from 0-based (top, left) of a sheet, in row
 * chunks under Excel's response limit (one sync each).
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: string,
  top: number,
  left: number,
  rows: number,
  cols: number,
): Promise<{ values: CellScalar[][]; formulas: boolean[][] }> {
  const values: CellScalar[][] = [];
  const formulas: boolean[][] = [];
  let chunk = READ_CHUNK_ROWS;
  for (let at = 0; at < rows;) {
    const n = Math.min(chunk, rows - at);
    // By address (ExcelApi 1.1), not getResizedRange (1.7): the add-in runs from ExcelApi 1.4.
    const part = context.workbook.worksheets
      .getItem(sheet)
      .getRange(rangeAddress(top + at + 1, left + 1, n, cols))
      .load(['values', 'formulas']);
    try {
      await context.sync();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
        chunk = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw e;
    }
    for (const r of part.values) values.push((r as CellScalar[]).map((v) => (v === '' ? null : v)));
    for (const r of part.formulas as unknown[][]) formulas.push(r.map((f) => typeof f === 'string' && f.startsWith('=')));
    at += n;
  }
  return { values, formulas };
}

/**
 * Reads the workbook as a re-import or a check needs it (core/plan/snapshot.ts): every sheet's
 * used range (values, and which cells are formulas) and every table's bounds. Syncs: one for the
 * lists, one for the tables' and used ranges' bounds, then each used range in row chunks of
 * READ_CHUNK_ROWS, so no response passes Excel on the web's 5 MB. The appendix tables are found
 * by name or, renamed or converted to a range, by their header row.
 */
export async function readAppendixTables(run: ExcelRun = defaultRun): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const tableReads = tables.items.map((t) => ({
      name: t.name,
      range: t.getRange().load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
      sheet: t.worksheet.load('name'),
    }));
    // Backup sheets ("Sao lưu …") are never read: nothing on them is merged, and they can be large.
    const used = sheets.items.map((ws) => ({
      name: ws.name,
      range: /^Sao lưu/i.test(ws.name) ? null : ws.getUsedRangeOrNullObject(true).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
    }));
    await context.sync();
    const grids: SheetGrid[] = [];
    for (const { name, range } of used) {
      if (!range || range.isNullObject) {
        grids.push({ name, rowIndex: 0, columnIndex: 0, values: [], formulas: [] });
        continue;
      }
      const cells = await readRows(context, name, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount);
      grids.push({ name, rowIndex: range.rowIndex, columnIndex: range.columnIndex, ...cells });
    }
    const refs: TableRef[] = tableReads.map(({ name, range, sheet }) => ({
      name,
      sheet: sheet.name,
      r1: range.rowIndex + 1,
      c1: range.columnIndex + 1,
      r2: range.rowIndex + range.rowCount,
      c2: range.columnIndex + range.columnCount,
    }));
    return buildSnapshot(grids, refs);
  });
}

/**
 * Draws a plan; parts this Excel's requirement sets lack are skipped and named in `unavailable`.
 * `removeSheets`: existing sheets deleted only once the plan is all written (the old programme's,
 * when the user chose to replace it): a failed write leaves them.
 */
export async function writePlan(plan: WorkbookPlan, onProgress?: (done: number) => void, run: ExcelRun = defaultRun, removeSheets: string[] = []): Promise<RenderReport> {
  return run((context) => renderPlan(context, plan, { onProgress, supports: officeSupports(), ...(removeSheets.length ? { removeSheets } : {}) }));
}

export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

export async function setCellValue(sheet: string, address: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** Sets the named report-date and due-soon cells (NgayBaoCao, SoNgaySapDenHan), then recalculates. */
export async function setReportSettings(asOfSerial: number | null, dueSoonDays: number): Promise<boolean> {
  return Excel.run(async (context) => {
    const date = context.workbook.names.getItemOrNullObject('NgayBaoCao');
    const window = context.workbook.names.getItemOrNullObject('SoNgaySapDenHan');
    await context.sync();
    if (date.isNullObject || window.isNullObject) return false;
    date.getRange().formulas = [[asOfSerial === null ? '=TODAY()' : asOfSerial]];
    window.getRange().values = [[dueSoonDays]];
    context.workbook.application.calculate('Full');
    await context.sync();
    return true;
  });
}

/**
 * Draws a plan and, only once it is all written, removes the existing sheets `removeSheets`
 * names (the old programme's, when the user chose to replace it): a failed write leaves them.
 */
export async function writePlanRemoving(plan: WorkbookPlan, removeSheets: string[], onProgress?: (done: number) => void): Promise<RenderReport> {
  return writePlan(plan, onProgress, defaultRun, removeSheets);
}

/**
 * Reads the named report-date and due-soon cells (NgayBaoCao, SoNgaySapDenHan) as the re-import
 * reads Tổng hợp (core/plan/sheetData SummarySettings): the date cell's value (a serial day, a
 * typed text, or null when it is =TODAY() or empty) and the window's value. Null when the
 * workbook has neither name (nothing imported yet). One sync for the names, one for the cells.
 */
export async function readReportSettings(): Promise<SummarySettings | null> {
  return Excel.run(async (context) => {
    const date = context.workbook.names.getItemOrNullObject('NgayBaoCao');
    const window = context.workbook.names.getItemOrNullObject('SoNgaySapDenHan');
    await context.sync();
    if (date.isNullObject && window.isNullObject) return null;
    const d = date.isNullObject ? null : date.getRange().load(['values', 'formulas']);
    const w = window.isNullObject ? null : window.getRange().load('values');
    await context.sync();
    const formula = d ? String(d.formulas[0][0] ?? '') : '';
    const value = d ? (d.values[0][0] as CellScalar) : null;
    return {
      reportDate: formula.startsWith('=') || value === '' ? null : value,
      reportDateFormula: formula.startsWith('='),
      dueSoonDays: w ? (w.values[0][0] as CellScalar) : null,
    };
  });
}
