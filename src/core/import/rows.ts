import type { GridRow } from '../document/grid';

/** What the TT cell of a row looks like. */
export type TtShape = 'letter' | 'roman' | 'number' | 'empty' | 'other';

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function ttShape(tt: string): TtShape {
  const t = tt.trim().replace(/[.)]$/, '');
  if (!t) return 'empty';
  if (/^[IVX]+$/.test(t) && ROMAN.test(t)) return 'roman';
  if (/^[A-ZĐ]$/.test(t)) return 'letter';
  // "1", "(3)", "2.10", "5.1.1", and "III.1.1" (a number under a Roman section).
  if (/^\(?\d+(\.\d+)*\)?$/.test(t) || /^[IVX]+(\.\d+)+$/.test(t)) return 'number';
  return 'other';
}

/** Heading level by the shape of its number: A/B above I/II above 1 above 1.1; no number lowest. */
export function headingLevel(tt: string): number {
  const shape = ttShape(tt);
  if (shape === 'letter') return 1;
  if (shape === 'roman') return 2;
  if (shape === 'number') return 3 + (tt.replace(/[.)]$/, '').split('.').length - 1);
  return 6;
}

/**
 * A TT cell that also holds the heading title ("<b>IV Về xây dựng Đảng</b>", "A. NHIỆM VỤ CHUNG"):
 * split it into number and title.
 */
export function splitNumberedTitle(cell: string): { tt: string; title: string } | null {
  const m = /^((?:[IVX]+\.)?\d+(?:\.\d+)*|[IVX]+|[A-ZĐ])[.\-–)]?\s+(\S.*)$/su.exec(cell);
  if (!m) return null;
  if (ttShape(m[1]) === 'other') return null;
  return { tt: m[1], title: m[2] };
}

/** One table row on the column grid, as the table builder reads it. */
export interface RawRow {
  /** 1-based line in the document's text. */
  line: number;
  /** Cell texts (paragraphs joined by "\n"), one per grid column. */
  cells: string[];
  bold: boolean[];
  /** The cell was merged down from an earlier row (its text is that row's). */
  fromAbove: boolean[];
  /** One cell spans the whole row (a merged heading row). */
  merged: boolean;
  /** Footnotes referenced in the row's cells. */
  notes: string[];
}

export function toRawRow(g: GridRow): RawRow {
  return {
    line: g.line + 1,
    cells: g.cells.map((c) => c.text),
    bold: g.cells.map((c) => c.bold),
    fromAbove: g.cells.map((c) => c.fromAbove),
    merged: g.merged,
    notes: g.cells.flatMap((c) => c.notes ?? []),
  };
}

/** The next letter of a lettered list, in the Vietnamese (A Ă … Đ …) or the Latin alphabet. */
export function followsLetter(prev: string, cur: string): boolean {
  const vi = 'ABCDĐEGHIKLMNOPQRSTUVXY';
  const en = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return [vi, en].some((a) => a.indexOf(prev) >= 0 && a.indexOf(cur) === a.indexOf(prev) + 1);
}
