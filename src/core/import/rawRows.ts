/**
 * A placed table's rows as the table builder reads them, straight from the source cells:
 * `expandTable(table).map(toRawRow)` (its definition, property-tested against it in
 * test/core/perf/rawRows.test.ts) without a GridCell per cell, a copy per cell merged down or
 * the GridRow arrays in between — at 10,000 tasks that is some 100,000 objects fewer per import.
 * Host-free.
 */
import type { PlacedTable, SourceCell } from '../document/types';
import type { RawRow } from './rows';

const EMPTY: string[] = [];

const cellText = (c: SourceCell): string => (c.paragraphs.length === 1 ? c.paragraphs[0] : c.paragraphs.join('\n'));

/**
 * Calls `visit` with each row of `table` on its column grid, in order, with its index; stops at the
 * first row for which `visit` returns true and returns true then (false when none did). Spans as
 * in `expandTable`: a cell merged across fills its columns (empty text after the first, its
 * bold), a cell merged down gives its text and bold to the rows it covers (`fromAbove`); notes
 * only where a cell starts. A row's `notes` array may be shared between rows that have none, and
 * its `bold` and `fromAbove` between rows of the same width where they are all false: read them,
 * never change them.
 */
export function eachRawRow(table: PlacedTable, visit: (row: RawRow, index: number) => boolean | void): boolean {
  const rows = table.rows;
  let width = 1;
  for (const row of rows) {
    let w = 0;
    for (const c of row.cells) w += Math.max(1, c.colSpan);
    if (w > width) width = w;
  }
  // Per column: the text and bold merged down from above, and how many more rows it covers.
  const downText: string[] = [];
  const downBold: boolean[] = [];
  const downLeft: number[] = [];
  // All-false rows of each width, shared by the rows whose bold or fromAbove is all false (most
  // rows, which the import keeps to its end: fewer objects for the collector to copy).
  const falses: boolean[][] = [];
  const shared = (flags: boolean[]): boolean[] => {
    for (let i = 0; i < flags.length; i++) if (flags[i]) return flags;
    return (falses[flags.length] ??= flags);
  };
  // The cells merged down into a row from where it has got to (one function for every row).
  const takeFromAbove = (cells: string[], bold: boolean[], fromAbove: boolean[]) => {
    let col = cells.length;
    while (downLeft[col] > 0) {
      downLeft[col]--;
      cells.push(downText[col]);
      bold.push(downBold[col]);
      fromAbove.push(true);
      col++;
    }
  };
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r].cells;
    const cells: string[] = [];
    const bold: boolean[] = [];
    const fromAbove: boolean[] = [];
    let notes = EMPTY;
    for (const c of source) {
      takeFromAbove(cells, bold, fromAbove);
      const span = Math.max(1, c.colSpan);
      const covered = Math.max(1, c.rowSpan) - 1;
      const start = cells.length;
      const text = cellText(c);
      cells.push(text);
      bold.push(c.bold);
      fromAbove.push(false);
      for (let k = 1; k < span; k++) {
        cells.push('');
        bold.push(c.bold);
        fromAbove.push(false);
      }
      if (c.notes?.length) {
        if (notes === EMPTY) notes = [];
        for (const n of c.notes) notes.push(n);
      }
      for (let k = 0; k < span; k++) {
        downLeft[start + k] = covered;
        if (covered > 0) {
          downText[start + k] = k === 0 ? text : '';
          downBold[start + k] = c.bold;
        }
      }
    }
    takeFromAbove(cells, bold, fromAbove);
    const merged = source.length === 1 && source[0].colSpan > 1 && width > 1;
    const row = { line: table.lines[r] + 1, cells, bold: shared(bold), fromAbove: shared(fromAbove), merged, notes };
    if (visit(row, r) === true) return true;
  }
  return false;
}

/** Every row of `table` (see `eachRawRow`). */
export function rawRows(table: PlacedTable): RawRow[] {
  const out: RawRow[] = [];
  eachRawRow(table, (row) => {
    out.push(row);
  });
  return out;
}
