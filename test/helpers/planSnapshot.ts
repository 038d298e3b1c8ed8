/**
 * A workbook plan as a re-import would read it back, without a spreadsheet: each sheet becomes a
 * grid of its loose cells and table cells (formulas read as '' — never recalculated), tables as
 * table refs, then core/plan/snapshot.ts builds the snapshot. `edit` changes the grids first
 * (users' typing).
 */
import { buildSnapshot, SheetGrid, TableRef } from '../../src/core/plan/snapshot';
import type { CellScalar, WorkbookSnapshot } from '../../src/core/plan/sheetData';
import type { WorkbookPlan } from '../../src/core/plan/types';

export function planSnapshot(plan: WorkbookPlan, edit?: (sheet: string, grid: CellScalar[][]) => void): WorkbookSnapshot {
  const grids: SheetGrid[] = [];
  const refs: TableRef[] = [];
  for (const s of plan.sheets) {
    const values: CellScalar[][] = [];
    const formulas: boolean[][] = [];
    const put = (r: number, c: number, v: unknown) => {
      while (values.length < r) (values.push([]), formulas.push([]));
      const isF = v !== null && typeof v === 'object';
      values[r - 1][c - 1] = isF ? '' : (v as CellScalar);
      formulas[r - 1][c - 1] = isF;
    };
    for (const c of s.cells) put(c.row, c.col, c.value);
    for (const t of s.tables) {
      t.columns.forEach((c, j) => put(t.row, t.col + j, c.header));
      t.rows.forEach((r, i) => r.forEach((v, j) => put(t.row + 1 + i, t.col + j, v)));
      refs.push({ name: t.name, sheet: s.name, r1: t.row, c1: t.col, r2: t.row + Math.max(t.rows.length, 1), c2: t.col + t.columns.length - 1 });
    }
    edit?.(s.name, values);
    const width = Math.max(0, ...values.map((r) => r.length));
    for (let i = 0; i < values.length; i++) {
      values[i] = Array.from({ length: width }, (_, j) => values[i][j] ?? null);
      formulas[i] = Array.from({ length: width }, (_, j) => formulas[i]?.[j] ?? false);
    }
    grids.push({ name: s.name, rowIndex: 0, columnIndex: 0, values, formulas });
  }
  return buildSnapshot(grids, refs);
}
