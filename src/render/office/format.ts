import type { CellStyle, FontPlan } from '../../core/plan/types';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const INSIDE = ['InsideHorizontal', 'InsideVertical'] as const;

export function applyFont(font: Excel.RangeFont, f: Partial<FontPlan>): void {
  if (f.name) font.name = f.name;
  if (f.size) font.size = f.size;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.strike !== undefined) font.strikethrough = f.strike;
  if (f.underline !== undefined) font.underline = f.underline ? 'Single' : 'None';
  if (f.color) font.color = `#${f.color}`;
}

/** Applies a style's formatting (not its number format: see numberFormats) to a range. */
export function applyStyle(range: Excel.Range, style: CellStyle | undefined, multiCell: boolean): void {
  if (!style) return;
  const fmt = range.format;
  if (style.font) applyFont(fmt.font, style.font);
  if (style.fill) fmt.fill.color = `#${style.fill}`;
  if (style.horizontal) fmt.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) fmt.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) fmt.wrapText = style.wrap;
  if (style.border) {
    const edges: readonly string[] = multiCell ? [...EDGES, ...INSIDE] : EDGES;
    for (const e of edges) {
      const b = fmt.borders.getItem(e as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

/** Strings Excel would take as a formula (or that OWASP lists as formula injection). */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v);
}

/** Estimated request bytes of applyStyle (property sets carry their path and value). */
export function styleBytes(style: CellStyle | undefined): number {
  if (!style) return 0;
  const props = Object.keys(style.font ?? {}).length + Object.keys(style).length;
  return 48 * props + (style.border ? 6 * 3 * 72 : 0) + 64;
}
