import type { CellStyle, FontPlan } from '../../core/plan/types';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const INSIDE = ['InsideHorizontal', 'InsideVertical'] as const;

/**
 * Sets a font's properties. With `base` (the sheet's font, already set on the whole sheet), the
 * name and size equal to it are not sent again: every set is one action in the request.
 */
export function applyFont(font: Excel.RangeFont, f: Partial<FontPlan>, base?: FontPlan): void {
  if (f.name && f.name !== base?.name) font.name = f.name;
  if (f.size && f.size !== base?.size) font.size = f.size;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.strike !== undefined) font.strikethrough = f.strike;
  if (f.underline !== undefined) font.underline = f.underline ? 'Single' : 'None';
  if (f.color) font.color = `#${f.color}`;
}

/**
 * Applies a style's formatting (not its number format: see numberFormats) to a whole range at
 * once — a rectangle of cells sharing the style costs the same actions as one cell.
 */
export function applyStyle(range: Excel.Range, style: CellStyle | undefined, multiCell: boolean, base?: FontPlan): void {
  if (!style) return;
  const fmt = range.format;
  if (style.font) applyFont(fmt.font, style.font, base);
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

/**
 * Bytes one queued command costs in the request body Office.js builds, measured against the real
 * client library (test/render/office/realLibrary.test.ts): a property set or method call is an
 * action of about 100 bytes; each object it reaches (range, format, font, border …) an object
 * path of about 110 bytes plus an "instantiate" action of about 50. Rounded up.
 */
export const ACTION_BYTES = 140;
export const PATH_BYTES = 200;
/**
 * Values and number formats arrive in the request a few per cent larger than their own JSON
 * (measured: 4 % on 1 MB chunks of Vietnamese text); estimates of array payloads are scaled so.
 */
export const ARRAY_FACTOR = 1.08;

/** Request bytes of applyStyle on one range (its object paths and property sets). */
export function styleBytes(style: CellStyle | undefined, multiCell = true, base?: FontPlan): number {
  if (!style) return 0;
  const f = style.font ?? {};
  const fontProps = Object.entries(f).filter(
    ([k, v]) => v !== undefined && !(base && (k === 'name' || k === 'size') && (base as unknown as Record<string, unknown>)[k] === v),
  ).length;
  const props = fontProps + ['fill', 'horizontal', 'vertical', 'wrap'].filter((k) => (style as Record<string, unknown>)[k] !== undefined).length;
  const edges = style.border ? (multiCell ? 6 : 4) : 0;
  // range + format (+ font, fill) paths; per edge one path and three sets.
  return PATH_BYTES * (2 + (fontProps ? 1 : 0) + (style.fill ? 1 : 0) + edges) + ACTION_BYTES * (props + 3 * edges);
}
