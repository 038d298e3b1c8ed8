/**
 * Text users typed outside the tables (a line under the table, a note beside it, a mark on
 * Kiểm tra, a cell on Tổng hợp) survives a re-import: it is put back in the same cell when the
 * new plan leaves that cell empty and outside its tables, and is always listed on the backup sheet.
 *
 * Which cells are the user's and not Phụ lục's own: a cell is Phụ lục's when its row holds a
 * formula (the summary lists and counts), when the new plan writes a value in that cell, when
 * the same text appears anywhere on the new sheet (a heading that moved), or when it lies in a
 * column of one of Phụ lục's own tables (Kiểm tra's findings). A column the user added beside
 * such a table is the user's. Kiểm tra is drawn anew on every import (findings, then the text not
 * imported, over merged cells): there only cells right of its own columns are the user's.
 */
import type { LooseCell, WorkbookSnapshot } from './sheetData';
import { text } from './sheetData';
import type { SheetPlan, WorkbookPlan } from './types';

export interface PlacedCell {
  cell: LooseCell;
  /** "'Tổng hợp'!E3". */
  address: string;
  /** True when the value is back in the same cell of the new workbook; else on the backup sheet only. */
  inPlace: boolean;
}

const letters = (c: number): string => (c <= 0 ? '' : letters(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));
const colNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const norm = (v: unknown) => (v === null || v === undefined || typeof v === 'object' ? '' : String(v)).normalize('NFC').replace(/\s+/g, ' ').trim();

function written(sheet: SheetPlan): { at: Set<string>; texts: Set<string>; inTable: (r: number, c: number) => boolean; lastCol: number } {
  const at = new Set<string>();
  const texts = new Set<string>();
  // The sheet's last column: its widths, cells, tables and merges.
  let lastCol = sheet.widths?.length ?? 0;
  for (const c of sheet.cells) {
    at.add(`${c.row}:${c.col}`);
    texts.add(norm(c.value));
    if (c.col > lastCol) lastCol = c.col;
  }
  for (const t of sheet.tables) if (t.col + t.columns.length - 1 > lastCol) lastCol = t.col + t.columns.length - 1;
  for (const t of sheet.tables) {
    t.columns.forEach((c) => texts.add(norm(c.header)));
    for (const r of t.rows) for (const v of r) texts.add(norm(v));
  }
  for (const m of sheet.merges) {
    const b = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!b) continue;
    for (let r = Number(b[2]); r <= Number(b[4]); r++) for (let c = colNumber(b[1]); c <= colNumber(b[3]); c++) at.add(`${r}:${c}`);
    if (colNumber(b[3]) > lastCol) lastCol = colNumber(b[3]);
  }
  const inTable = (r: number, c: number) => sheet.tables.some((t) => r >= t.row && r <= t.row + Math.max(t.rows.length, 1) && c >= t.col && c < t.col + t.columns.length);
  return { at, texts, inTable, lastCol };
}

/** The user's cells among `old.looseCells`, placed back into `plan` where they fit. */
export function placeLooseCells(plan: WorkbookPlan, old: WorkbookSnapshot): { plan: WorkbookPlan; placed: PlacedCell[] } {
  const placed: PlacedCell[] = [];
  const bySheet = new Map(plan.sheets.map((s) => [s.name.toLowerCase(), s]));
  const ownColumns = (cell: LooseCell): boolean =>
    (old.otherTables ?? []).some((t) => {
      if (t.sheet !== cell.sheet) return false;
      const b = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.ref.replace(/\$/g, ''));
      if (!b || cell.row < Number(b[2]) || cell.row > Number(b[4])) return false;
      const c1 = colNumber(b[1]);
      if (cell.col < c1 || cell.col > colNumber(b[3])) return false;
      const header = norm(t.headers[cell.col - c1]);
      const now = bySheet.get(t.sheet.toLowerCase())?.tables.find((x) => x.name === t.name);
      return !now || now.columns.some((c) => norm(c.header) === header);
    });
  const extraCells = new Map<string, SheetPlan['cells']>();
  const writtenOf = new Map<SheetPlan, ReturnType<typeof written>>();
  for (const cell of old.looseCells ?? []) {
    if (cell.formulaRow || text(cell.value) === '') continue;
    const sheet = bySheet.get(cell.sheet.toLowerCase());
    // Sheets the new workbook does not have (the user's own sheets) travel whole with the old file.
    if (!sheet || sheet.kind === 'backup') continue;
    let w = writtenOf.get(sheet);
    if (!w) writtenOf.set(sheet, (w = written(sheet)));
    if (w.at.has(`${cell.row}:${cell.col}`) || w.texts.has(norm(cell.value)) || ownColumns(cell)) continue;
    if (sheet.kind === 'check' && cell.col <= w.lastCol) continue;
    const address = `'${cell.sheet.replace(/'/g, "''")}'!${letters(cell.col)}${cell.row}`;
    const inPlace = !w.inTable(cell.row, cell.col);
    if (inPlace) extraCells.set(sheet.name, [...(extraCells.get(sheet.name) ?? []), { row: cell.row, col: cell.col, value: cell.value }]);
    placed.push({ cell, address, inPlace });
  }
  if (!extraCells.size) return { plan, placed };
  return {
    plan: { ...plan, sheets: plan.sheets.map((s) => (extraCells.has(s.name) ? { ...s, cells: [...s.cells, ...extraCells.get(s.name)!] } : s)) },
    placed,
  };
}
