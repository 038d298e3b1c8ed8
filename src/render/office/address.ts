/** A1 addresses for the Office.js renderer. Rows and columns are 1-based. */
import { colLetter } from '../../core/plan/layout';

export { serialToIso } from '../../core/status/dates';

export const columnLetter = colLetter;

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Characters (Excel column width) → points, as Excel converts for the default font. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round(((mm * 72) / 25.4) * 100) / 100;
}

/**
 * The range of `rows` × `cols` cells from 0-based (row, col), by its A1 address: the same as
 * Worksheet.getRangeByIndexes (ExcelApi 1.7) but available since ExcelApi 1.1.
 */
export function cellsAt(ws: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range {
  return ws.getRange(rangeAddress(row + 1, col + 1, rows, cols));
}
