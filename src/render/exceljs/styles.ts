/** Plan styles → ExcelJS styles. Fonts are always whole objects (name + size). */
import type ExcelJS from 'exceljs';
import type { CellStyle, FontPlan } from '../../core/plan/types';

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

export function toFont(f: FontPlan): Partial<ExcelJS.Font> {
  return {
    name: f.name,
    size: f.size,
    bold: !!f.bold,
    italic: !!f.italic,
    strike: !!f.strike,
    underline: !!f.underline,
    ...(f.color ? { color: { argb: argb(f.color) } } : {}),
  };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

export function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined, base: FontPlan): void {
  cell.font = toFont(s?.font ?? base);
  if (!s) return;
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (s.horizontal || s.vertical || s.wrap) {
    cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: !!s.wrap };
  }
}

export { argb };
