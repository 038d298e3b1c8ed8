/**
 * TEST ONLY. A workbook port (src/app/port.ts) held in memory: a write lays the plan's sheets out
 * as grids (loose cells, tables with their header row; a formula cell holds its cached result or
 * nothing, flagged as a formula) and replaces the sheets of the same name, keeping the others
 * but those `removeSheets` names — as the Office.js renderer does; a read builds the snapshot from the grids with the same code
 * both real ports use (core/plan/snapshot.ts).
 */
import type { WorkbookPort, WriteOptions, WrittenWorkbook } from '../../src/app';
import { buildSnapshot, SheetGrid, TableRef } from '../../src/core/plan/snapshot';
import type { CellScalar, WorkbookSnapshot } from '../../src/core/plan/sheetData';
import type { CellValue, SheetPlan, WorkbookPlan } from '../../src/core/plan/types';
import { fail, ok } from '../../src/core/result';

interface MemorySheet {
  grid: SheetGrid;
  tables: TableRef[];
}

const isFormula = (v: CellValue): v is { formula: string; result?: CellScalar } => typeof v === 'object' && v !== null && 'formula' in v;

function layOut(s: SheetPlan): MemorySheet {
  const cells = new Map<string, { v: CellScalar; f: boolean }>();
  let rows = 0;
  let cols = 0;
  const put = (r: number, c: number, v: CellValue) => {
    cells.set(`${r},${c}`, isFormula(v) ? { v: v.result ?? null, f: true } : { v: v as CellScalar, f: false });
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  };
  for (const c of s.cells) put(c.row, c.col, c.value);
  const tables: TableRef[] = [];
  for (const t of s.tables) {
    t.columns.forEach((col, j) => put(t.row, t.col + j, col.header));
    t.rows.forEach((r, i) => r.forEach((v, j) => put(t.row + 1 + i, t.col + j, v)));
    tables.push({ name: t.name, sheet: s.name, r1: t.row, c1: t.col, r2: t.row + Math.max(1, t.rows.length), c2: t.col + t.columns.length - 1 });
  }
  const values: CellScalar[][] = [];
  const formulas: boolean[][] = [];
  for (let r = 1; r <= rows; r++) {
    values.push([]);
    formulas.push([]);
    for (let c = 1; c <= cols; c++) {
      const x = cells.get(`${r},${c}`);
      values[r - 1].push(x?.v ?? null);
      formulas[r - 1].push(x?.f ?? false);
    }
  }
  return { grid: { name: s.name, rowIndex: 0, columnIndex: 0, values, formulas }, tables };
}

export class MemoryPort implements WorkbookPort {
  sheets: MemorySheet[] = [];
  /** Every plan written, in order. */
  writes: WorkbookPlan[] = [];
  /** When set, read refuses with this message. */
  refuse: string | null = null;
  /** When set, write refuses with this message. */
  refuseWrite: string | null = null;

  async read() {
    if (this.refuse) return fail(this.refuse);
    if (!this.sheets.length) return ok<WorkbookSnapshot | null>(null);
    return ok<WorkbookSnapshot | null>(
      buildSnapshot(
        this.sheets.map((s) => s.grid),
        this.sheets.flatMap((s) => s.tables),
      ),
    );
  }

  async write(plan: WorkbookPlan, options?: WriteOptions) {
    if (this.refuseWrite) return fail(this.refuseWrite);
    this.writes.push(plan);
    const gone = new Set((options?.removeSheets ?? []).map((n) => n.toLowerCase()));
    this.sheets = this.sheets.filter((x) => !gone.has(x.grid.name.toLowerCase()));
    for (const s of plan.sheets) {
      const drawn = layOut(s);
      const at = this.sheets.findIndex((x) => x.grid.name.toLowerCase() === s.name.toLowerCase());
      if (at >= 0) this.sheets[at] = drawn;
      else this.sheets.push(drawn);
    }
    return ok<WrittenWorkbook>({ sheets: plan.sheets.map((s) => s.name) });
  }

  /** Types a value into a cell (1-based), as a user would. */
  type(sheet: string, row: number, col: number, value: CellScalar): void {
    const g = this.sheets.find((s) => s.grid.name === sheet)!.grid;
    g.values[row - 1][col - 1] = value;
    g.formulas[row - 1][col - 1] = false;
  }
}
