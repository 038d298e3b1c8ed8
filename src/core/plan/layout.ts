/** Small helpers shared by the sheet planners. */
import { font } from './palette';
import type { SheetKind, SheetPlan } from './types';

/** 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const addr = (row: number, col: number): string => `${colLetter(col)}${row}`;
export const absAddr = (row: number, col: number): string => `$${colLetter(col)}$${row}`;

/** A sheet name as Excel accepts it: no []:*?/\, at most 31 characters, unique (case-insensitive). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Trang';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const tail = ` (${i})`;
    name = base.slice(0, 31 - tail.length) + tail;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** 'Phụ lục 3' → "'Phụ lục 3'" for references. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function emptySheet(name: string, kind: SheetKind): SheetPlan {
  return {
    name,
    kind,
    widths: [],
    cells: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    listValidations: [],
    dateValidations: [],
    font: font(),
  };
}

/** "PHỤ LỤC 3" → "Phụ lục 3" (sheet names read better in sentence case). */
export function sentenceCase(s: string): string {
  // Numbers stay as written: "PHỤ LỤC II" → "Phụ lục II", "PHỤ LỤC 1A" → "Phụ lục 1A" (a Roman
  // numeral lower-cased reads as a word, "ii"; a letter suffix or a document number is part of it).
  const lower = s.replace(/\S+/g, (w) => (NUMBER_WORD.test(w) ? w : w.toLocaleLowerCase('vi')));
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** A numbering word of a label: any word with a digit (1, 1A, 2.3, 12/KH-UBND), a Roman numeral (II, IV.) or a single capital letter (A). */
const NUMBER_WORD = /\d|^(?:[IVXLC]+|[A-ZĐ])[.:)]?$/u;
