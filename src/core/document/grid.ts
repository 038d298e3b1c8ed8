/**
 * A table's rows with spans expanded onto its column grid: a cell merged across fills the
 * columns it covers (the first carries the text, the others are `fromLeft`); a cell merged down
 * gives its text to every row it covers (`fromAbove` on the covered rows), so a lead, a time or a
 * TT merged over several rows belongs to each of them.
 */
import { maxOf } from '../arrays';
import type { PlacedTable, SourceCell } from './types';

export interface GridCell {
  /** Paragraphs joined by "\n" (empty for a cell covered from the left). */
  text: string;
  bold: boolean;
  /** Covered by a cell merged down from an earlier row (text copied from it). */
  fromAbove: boolean;
  /** Covered by a cell merged across from an earlier column (text empty). */
  fromLeft: boolean;
  /** Footnotes of the cell (only where the cell starts). */
  notes?: string[];
}

export interface GridRow {
  /** 0-based line of the row in the document's lines. */
  line: number;
  cells: GridCell[];
  /** One cell spans every column of the row: a merged heading row (or a line with no TAB in TAB text). */
  merged: boolean;
}

const cellText = (c: SourceCell) => c.paragraphs.join('\n');

export function expandTable(table: PlacedTable): GridRow[] {
  const width = maxOf(
    table.rows.map((r) => r.cells.reduce((n, c) => n + Math.max(1, c.colSpan), 0)),
    1,
  );
  // Per column: the cell merged down from above and how many more rows it covers.
  const down: Array<{ cell: GridCell; left: number } | undefined> = [];
  return table.rows.map((row, r) => {
    const cells: GridCell[] = [];
    const takeFromAbove = () => {
      while (down[cells.length] && down[cells.length]!.left > 0) {
        const d = down[cells.length]!;
        d.left--;
        cells.push({ ...d.cell, fromAbove: true, notes: undefined });
      }
    };
    for (const c of row.cells) {
      takeFromAbove();
      const span = Math.max(1, c.colSpan);
      const start = cells.length;
      const first: GridCell = { text: cellText(c), bold: c.bold, fromAbove: false, fromLeft: false };
      if (c.notes?.length) first.notes = c.notes;
      cells.push(first);
      for (let k = 1; k < span; k++) cells.push({ text: '', bold: c.bold, fromAbove: false, fromLeft: true });
      for (let k = 0; k < span; k++) {
        const covered = Math.max(1, c.rowSpan) - 1;
        down[start + k] = covered > 0 ? { cell: { ...cells[start + k], notes: undefined }, left: covered } : undefined;
      }
    }
    takeFromAbove();
    return { line: table.lines[r], cells, merged: row.cells.length === 1 && row.cells[0].colSpan > 1 && width > 1 };
  });
}
