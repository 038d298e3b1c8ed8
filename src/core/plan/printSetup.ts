/**
 * Print setup per NĐ 30/2020/NĐ-CP, Phụ lục I: A4, landscape for tables, margins top/bottom
 * 20 mm, left 30 mm, right 15 mm, Times New Roman. The appendix is submitted on paper: its print
 * area holds the document's own columns only (column registry: `prints`), laid out so they fit
 * the page width at 100 % — body text prints at its own size (12 pt), never shrunk below 11 pt —
 * with the header row repeated on every page and the page number in the footer.
 */
import type { PrintPlan } from './types';

/** A4 in millimetres. */
const A4 = { long: 297, short: 210 };
const MARGINS: PrintPlan['margins'] = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };
const PT_PER_MM = 72 / 25.4;

/** Page number centred in the footer, "Trang 3/12", Times New Roman 12 pt (Excel header/footer codes). */
export const PAGE_NUMBER_FOOTER = '&"Times New Roman,Regular"&12Trang &P/&N';

/**
 * The print settings of a sheet. `titleRow`: the row repeated at the top of every page (the
 * table's header row); `printArea`: "A1:H54" (from row 1 to the table's last row: Excel grows it
 * with rows inserted inside; whole columns "A:H" would also take rows typed below the table, but
 * ExcelJS cannot read such a workbook back — re-import, split and merge read with it); none =
 * the whole used range.
 */
export function printSetup(titleRow?: number, orientation: PrintPlan['orientation'] = 'landscape', printArea?: string): PrintPlan {
  return {
    paper: 'A4',
    orientation,
    margins: { ...MARGINS },
    titleRows: titleRow ? `${titleRow}:${titleRow}` : undefined,
    fitToWidth: true,
    centerFooter: PAGE_NUMBER_FOOTER,
    differentFirstPage: false,
    ...(printArea ? { printArea } : {}),
  };
}

/** Printable width and height of an A4 page between the margins, in points. */
export function printableSize(orientation: PrintPlan['orientation'] = 'landscape'): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: (w - MARGINS.left - MARGINS.right) * PT_PER_MM, height: (h - MARGINS.top - MARGINS.bottom) * PT_PER_MM };
}

/**
 * A column's width on paper, in points, at 100 %: Excel counts a width in digits of the workbook's
 * default font (Calibri 11: 7 px a digit) plus 5 px of padding, at 96 px per inch.
 */
export function columnPoints(width: number): number {
  return (Math.round(width * 7) + 5) * 0.75;
}

/**
 * Widths (characters) that fit the printable width at 100 %, keeping each column at least its
 * minimum: what each column has above its minimum shrinks by one common factor; widths that
 * already fit are returned as given. When even the minimums do not fit, the minimums (fit to
 * width then scales the page down). Widths are rounded down to half characters.
 */
export function fitWidthsToPage(widths: number[], mins: number[], orientation: PrintPlan['orientation'] = 'landscape'): number[] {
  // 3 % kept free: readers round column edges to whole pixels or twips (LibreOffice scaled a
  // page that fitted by 1 % down to 98 %).
  const room = printableSize(orientation).width * 0.97;
  const total = (ws: number[]): number => ws.reduce((a, w) => a + columnPoints(w), 0);
  if (total(widths) <= room) return [...widths];
  const floor = widths.map((w, i) => Math.min(w, mins[i] ?? w));
  if (total(floor) >= room) return floor;
  // Points a character of width add: 7 px × 0.75.
  const extra = widths.reduce((a, w, i) => a + (w - floor[i]), 0);
  const factor = (room - total(floor)) / (extra * 7 * 0.75);
  return widths.map((w, i) => Math.floor((floor[i] + (w - floor[i]) * Math.min(1, factor)) * 2) / 2);
}
