/**
 * Plan styles → ExcelJS styles. Fonts are always whole objects (name + size).
 *
 * Every cell with the same plan style gets the same style object: ExcelJS recognises an object it
 * has seen (a WeakMap) and writes its XML once, instead of once per cell. The shared objects are
 * frozen — a cell's style is only ever replaced whole (`cell.style = …`), never edited in place.
 */
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

function toStyle(s: CellStyle | undefined, base: FontPlan): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { font: toFont(s?.font ?? base) };
  if (!s) return out;
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.locked === false) out.protection = { locked: false };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (s.horizontal || s.vertical || s.wrap) {
    out.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: !!s.wrap };
  }
  return out;
}

/** The shared ExcelJS style of each (plan style, sheet font) pair. */
export class StyleCache {
  private readonly byStyle = new Map<CellStyle | undefined, Map<FontPlan, Partial<ExcelJS.Style>>>();

  get(s: CellStyle | undefined, base: FontPlan): Partial<ExcelJS.Style> {
    let byFont = this.byStyle.get(s);
    if (!byFont) this.byStyle.set(s, (byFont = new Map()));
    let style = byFont.get(base);
    if (!style) byFont.set(base, (style = Object.freeze(toStyle(s, base))));
    return style;
  }
}

/** Sets the whole style of a cell (number format included, so set it before the value). */
export function applyStyle(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): void {
  cell.style = style as ExcelJS.Style;
}

export { argb };
