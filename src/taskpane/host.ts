/**
 * Everything the task pane asks of Excel. Each function is one Excel.run with a fixed number of
 * syncs; errors come back as Vietnamese messages.
 */
import type { WorkbookPlan } from '../core/plan/types';
import { renderPlan, RenderReport } from '../render/office';
import type { CellScalar, WorkbookSnapshot } from '../core/plan/sheetData';
import { buildSnapshot, SheetGrid, TableRef } from '../core/plan/snapshot';

/**
 * Reads the workbook as a re-import or a check needs it (core/plan/snapshot.ts): every sheet's
 * used range (values, and which cells are formulas) and every table's bounds — two syncs. The
 * appendix tables are found by name or, renamed or converted to a range, by their header row.
 */
export async function readAppendixTables(): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
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
      range: /^Sao lưu/i.test(ws.name) ? null : ws.getUsedRangeOrNullObject(true).load(['values', 'formulas', 'rowIndex', 'columnIndex']),
    }));
    await context.sync();
    const grids: SheetGrid[] = used.map(({ name, range }) =>
      !range || range.isNullObject
        ? { name, rowIndex: 0, columnIndex: 0, values: [], formulas: [] }
        : {
            name,
            rowIndex: range.rowIndex,
            columnIndex: range.columnIndex,
            values: (range.values as CellScalar[][]).map((r) => r.map((v) => (v === '' ? null : v))),
            formulas: (range.formulas as unknown[][]).map((r) => r.map((f) => typeof f === 'string' && f.startsWith('='))),
          },
    );
    const refs: TableRef[] = tableReads.map(({ name, range, sheet }) => ({
      name, sheet: sheet.name, r1: range.rowIndex + 1, c1: range.columnIndex + 1, r2: range.rowIndex + range.rowCount, c2: range.columnIndex + range.columnCount,
    }));
    return buildSnapshot(grids, refs);
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
