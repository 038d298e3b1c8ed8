/**
 * Row heights: readers do not grow rows for wrapped text on their own (LibreOffice keeps the
 * default height; Excel only when a row is edited), so the plan sets them from the text length.
 */
import { MAX_ROW_HEIGHT_PT } from './cellLimits';
import { addr } from './layout';
import type { CellStyle, CellValue, SheetPlan } from './types';

const LINE_PT = 15.75;
/** Measured in LibreOffice: about one Times New Roman 12 pt character per width unit. */
const CHAR_FACTOR = 1.0;

export function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / CHAR_FACTOR) - 1);
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / perLine));
  return text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
}

/**
 * The height (points) a wrapped text of a cell `width` characters wide needs: its lines at
 * 15.75 pt, at most Excel's highest row. For merged cells, whose heights readers never fit.
 */
export function wrappedHeight(text: string, width: number): number {
  return Math.min(MAX_ROW_HEIGHT_PT, Math.round(linesFor(text, width) * LINE_PT * 100) / 100);
}

/** Sets heights of table body rows and wrapped loose cells, keeping heights already planned. */
export function fitHeights(sheet: SheetPlan, styles: Record<string, CellStyle>): void {
  const planned = new Set(Object.keys(sheet.heights ?? {}).map(Number));
  const need = new Map<number, number>();
  const note = (row: number, v: CellValue, width: number | undefined, wrap: boolean): void => {
    if (!wrap || typeof v !== 'string' || !width || planned.has(row)) return;
    need.set(row, Math.max(need.get(row) ?? 1, linesFor(v, width)));
  };
  const wraps = (key: string | null | undefined): boolean => !!styles[key ?? '']?.wrap;
  for (const t of sheet.tables) {
    // A column whose text must not set heights (the section path Mục) counts as not wrapped.
    const columnWraps = t.columns.map((c) => c.setsHeight !== false && wraps(c.style));
    const sets = t.columns.map((c) => c.setsHeight !== false);
    const widths = t.columns.map((c) => c.width);
    // Row by row, as `note` of each cell would give: the most lines any of its wrapped texts needs.
    for (let i = 0; i < t.rows.length; i++) {
      const row = t.row + 1 + i;
      if (planned.has(row)) continue;
      const r = t.rows[i];
      const rowStyle = t.rowStyles?.[i];
      const rowWraps = rowStyle != null ? wraps(rowStyle) : null;
      let lines = 0;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        const width = widths[j];
        if (typeof v !== 'string' || !width || !(sets[j] && (rowWraps ?? columnWraps[j]))) continue;
        lines = Math.max(lines, linesFor(v, width));
      }
      if (lines) need.set(row, Math.max(need.get(row) ?? 1, lines));
    }
  }
  const merged = new Set(sheet.merges.map((m) => m.split(':')[0]));
  for (const c of sheet.cells) {
    // Only a wrapped text can need a taller row: the address is looked up for those alone.
    if (typeof c.value !== 'string' || !styles[c.style ?? '']?.wrap) continue;
    if (!merged.has(addr(c.row, c.col))) note(c.row, c.value, sheet.widths[c.col - 1], true);
  }
  const heights = { ...(sheet.heights ?? {}) };
  need.forEach((lines, row) => {
    if (lines > 1) heights[row] = Math.round(lines * LINE_PT * 100) / 100;
  });
  // Excel's highest row is 409 pt: a longer text scrolls inside its cell.
  for (const row of Object.keys(heights)) heights[Number(row)] = Math.min(heights[Number(row)], MAX_ROW_HEIGHT_PT);
  sheet.heights = heights;
}
