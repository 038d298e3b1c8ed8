/**
 * Everything the task pane asks of Excel. Each function is one Excel.run with a fixed number of
 * syncs; errors come back as Vietnamese messages.
 */
import type { WorkbookPlan } from '../core/plan/types';
import { renderPlan, RenderReport } from '../render/office';
import { rangeAddress } from '../render/office/address';
import { officeSupports } from '../render/office/requirements';
import { AGENCY_TABLE } from '../core/plan/catalogueSheet';
import { CellScalar, isAppendixTable, TableData, TITLE_BLOCK, titleBlock } from '../core/plan/sheetData';

/**
 * Rows read per request of the read-back. A response over 5 MB is refused by Excel on the web;
 * an appendix row is about 0.5 KB (13 columns of text), so 2,000 rows are about 1 MB, and a
 * chunk that still comes back too large (very long cells) is read again in halves.
 */
export const READ_CHUNK_ROWS = 2000;

/** Reads `rows` × `cols` cells from 0-based (top, left) of a sheet, in row chunks under Excel's response limit. */
async function readRows(context: Excel.RequestContext, sheet: string, top: number, left: number, rows: number, cols: number): Promise<CellScalar[][]> {
  const out: CellScalar[][] = [];
  let chunk = READ_CHUNK_ROWS;
  for (let at = 0; at < rows; ) {
    const n = Math.min(chunk, rows - at);
    // By address (ExcelApi 1.1), not getResizedRange (1.7): the add-in runs from ExcelApi 1.4.
    const part = context.workbook.worksheets.getItem(sheet).getRange(rangeAddress(top + at + 1, left + 1, n, cols)).load('values');
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
    for (const r of part.values) out.push(r as CellScalar[]);
    at += n;
  }
  return out;
}

/**
 * Reads every appendix table the add-in wrote (values as they are now, users' edits included).
 * Syncs: one for the lists, one for each table's size, title block and the agency list, then
 * the rows in chunks of READ_CHUNK_ROWS (one sync each), so no response passes 5 MB.
 */
export async function readAppendixTables(): Promise<{ tables: TableData[]; sheets: string[]; catalogueRows: CellScalar[][] }> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load('items/name');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const mine = tables.items.filter((t) => isAppendixTable(t.name));
    const reads = mine.map((t) => ({
      name: t.name,
      range: t.getRange().load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
      sheet: t.worksheet.load('name'),
      // The title block above the table ("PHỤ LỤC …", title, "(Kèm theo …)"), same round trip.
      head: t.worksheet.getRange(TITLE_BLOCK).load('values'),
    }));
    // The user's own agency list (Danh mục sheet), read in the same round trip.
    const agencyTable = tables.items.find((t) => t.name === AGENCY_TABLE);
    const agencyBody = agencyTable ? agencyTable.getDataBodyRange().load('values') : null;
    await context.sync();
    const catalogueRows = agencyBody ? (agencyBody.values as CellScalar[][]) : [];
    const out: TableData[] = [];
    for (const { name, range, sheet, head } of reads) {
      const values = await readRows(context, sheet.name, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount);
      out.push({
        sheet: sheet.name,
        table: name,
        headerRow: range.rowIndex + 1,
        firstCol: range.columnIndex + 1,
        headers: (values[0] ?? []).map((h) => String(h ?? '')),
        rows: values.slice(1),
        ...titleBlock(head.values.map((r) => r[0] as CellScalar)),
      });
    }
    return { tables: out, sheets: sheets.items.map((s) => s.name), catalogueRows };
  });
}

/** Draws a plan; parts this Excel's requirement sets lack are skipped and named in `unavailable`. */
export async function writePlan(plan: WorkbookPlan, onProgress?: (done: number) => void): Promise<RenderReport> {
  return Excel.run((context) => renderPlan(context, plan, { onProgress, supports: officeSupports() }));
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
