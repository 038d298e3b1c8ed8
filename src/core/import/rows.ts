import { cleanCell, isBold } from '../text';

/** What the TT cell of a row looks like. */
export type TtShape = 'letter' | 'roman' | 'number' | 'empty' | 'other';

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function ttShape(tt: string): TtShape {
  const t = tt.trim().replace(/[.)]$/, '');
  if (!t) return 'empty';
  if (/^[IVX]+$/.test(t) && ROMAN.test(t)) return 'roman';
  if (/^[A-Z]$/.test(t)) return 'letter';
  if (/^\(?\d+(\.\d+)*\)?$/.test(t)) return 'number';
  return 'other';
}

/** Heading level by the shape of its number: A/B above I/II above 1 above 1.1. */
export function headingLevel(tt: string): number {
  const shape = ttShape(tt);
  if (shape === 'letter') return 1;
  if (shape === 'roman') return 2;
  if (shape === 'number') return 3 + (tt.replace(/[.)]$/, '').split('.').length - 1);
  return 6;
}

/**
 * A TT cell that also holds the heading title ("<b>IV Về xây dựng Đảng</b>"):
 * split it into number and title.
 */
export function splitNumberedTitle(cell: string): { tt: string; title: string } | null {
  const m = /^([IVX]+|[A-Z]|\d+(?:\.\d+)*)[.\-–)]?\s+(\S.*)$/s.exec(cell);
  if (!m) return null;
  if (ttShape(m[1]) === 'other') return null;
  return { tt: m[1], title: m[2] };
}

export interface RawRow {
  line: number;
  raw: string[];
  cells: string[];
}

export function toRow(line: number, text: string): RawRow {
  const raw = text.split('\t');
  return { line, raw, cells: raw.map(cleanCell) };
}

export function rowIsBoldAt(row: RawRow, index: number): boolean {
  return index >= 0 && index < row.raw.length && isBold(row.raw[index]);
}
