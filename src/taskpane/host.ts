/**
 * Everything the task pane asks of Excel. Each function is one Excel.run with a fixed number of
 * syncs; errors come back as Vietnamese messages.
 */
import type { WorkbookPlan } from '../core/plan/types';
import { renderPlan, RenderReport } from '../render/office';
import { AGENCY_TABLE } from '../core/plan/catalogueSheet';
import { CellScalar, isAppendixTable, TableData, TITLE_BLOCK, titleBlock } from '../core/plan/sheetData';

/** Reads every appendix table the add-in wrote (values as they are now, users' edits included). */
export async function readAppendixTables(): Promise<{ tables: TableData[]; sheets: string[]; catalogueRows: CellScalar[][] }> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load('items/name');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const mine = tables.items.filter((t) => isAppendixTable(t.name));
    const reads = mine.map((t) => ({
      table: t,
      range: t.getRange().load(['values', 'rowIndex', 'columnIndex']),
      sheet: t.worksheet.load('name'),
      // The title block above the table ("PHỤ LỤC …", title, "(Kèm theo …)"), same round trip.
      head: t.worksheet.getRange(TITLE_BLOCK).load('values'),
    }));
    // The user's own agency list (Danh mục sheet), read in the same round trip.
    const agencyTable = tables.items.find((t) => t.name === AGENCY_TABLE);
    const agencyBody = agencyTable ? agencyTable.getDataBodyRange().load('values') : null;
    await context.sync();
    const catalogueRows = agencyBody ? (agencyBody.values as CellScalar[][]) : [];
    const out = reads.map(({ table, range, sheet, head }) => ({
      sheet: sheet.name,
      table: table.name,
      headerRow: range.rowIndex + 1,
      firstCol: range.columnIndex + 1,
      headers: (range.values[0] ?? []).map((h) => String(h ?? '')),
      rows: range.values.slice(1) as CellScalar[][],
      ...titleBlock(head.values.map((r) => r[0] as CellScalar)),
    }));
    return { tables: out, sheets: sheets.items.map((s) => s.name), catalogueRows };
  });
}

export async function writePlan(plan: WorkbookPlan, onProgress?: (done: number) => void): Promise<RenderReport> {
  return Excel.run((context) => renderPlan(context, plan, { onProgress }));
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
