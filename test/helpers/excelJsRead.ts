/**
 * Opens a workbook with ExcelJS the way Phụ lục's own readers do (render/exceljs/relTargets.ts):
 * ExcelJS cannot read a table column's calculated-column formula (which Phụ lục writes for Tình
 * trạng, and Excel for any calculated column), so it is dropped for reading. Tests use ExcelJS to
 * edit workbooks as a user would.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { relativeTargets } from '../../src/render/exceljs/relTargets';

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return readWorkbookBytes(readFileSync(path));
}

export async function readWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await relativeTargets(bytes)) as unknown as ArrayBuffer);
  return wb;
}
