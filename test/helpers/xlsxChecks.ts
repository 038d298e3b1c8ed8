/**
 * Checks of a written workbook against the core, shared by the integration tests and their
 * negative control. Each returns the list of problems found (empty = passes).
 */
import type { PlannedWorkbook } from '../../src/core/plan';
import { addr } from '../../src/core/plan/layout';
import type { CellValue } from '../../src/core/plan/types';
import { serialToIso, statusOf } from '../../src/core/status';
import { sheetOf, WorkbookDump } from './xlsxInspect';

const str = (v: CellValue): string => (typeof v === 'string' ? v : '');
const iso = (v: CellValue): string | null => (typeof v === 'number' ? serialToIso(v) : null);

/** Every item's recalculated Tình trạng equals statusOf() on the same row inputs. */
export function statusMismatches(b: PlannedWorkbook, recalculated: WorkbookDump, asOf: string, dueSoonDays: number): string[] {
  const out: string[] = [];
  for (const a of b.appendices.filter((x) => x.table.kind === 'tasks')) {
    const t = a.sheet.tables[0];
    const s = sheetOf(recalculated, a.sheet.name);
    const c = (k: keyof typeof a.cols) => a.cols[k]! - 1;
    a.itemRows.forEach((row) => {
      const r = t.rows[row - t.row - 1];
      const want = statusOf({ kind: str(r[c('kind')]), due: iso(r[c('due')]), progress: str(r[c('progress')]), doneDate: iso(r[c('doneDate')]) }, { asOf, dueSoonDays });
      const got = s.cells[addr(row, a.cols.status!)] ?? '';
      if (got !== want) out.push(`${a.sheet.name}!${addr(row, a.cols.status!)}: ${JSON.stringify(got)} ≠ ${want}`);
    });
  }
  return out;
}

/** Every summary count the core computed equals the recalculated cell. */
export function countMismatches(b: PlannedWorkbook, recalculated: WorkbookDump): string[] {
  return b.expected
    .map((e) => ({ e, got: sheetOf(recalculated, e.sheet).cells[e.cell] ?? null }))
    .filter(({ e, got }) => got !== e.value)
    .map(({ e, got }) => `${e.sheet}!${e.cell} (${e.what}): ${JSON.stringify(got)} ≠ ${e.value}`);
}

/** Every text cell of every appendix table is stored as text (never a formula) and reads back unchanged. */
export function textMismatches(b: PlannedWorkbook, original: WorkbookDump, recalculated: WorkbookDump): string[] {
  const out: string[] = [];
  for (const a of b.appendices) {
    const t = a.sheet.tables[0];
    const o = sheetOf(original, a.sheet.name);
    const r = sheetOf(recalculated, a.sheet.name);
    t.columns.forEach((col, j) => {
      if (!col.text) return;
      t.rows.forEach((row, i) => {
        const want = row[j];
        if (want === null || want === '') return;
        const at = addr(t.row + 1 + i, t.col + j);
        if (o.types[at] !== 's') out.push(`${a.sheet.name}!${at}: stored as "${o.types[at]}", not text`);
        else if (r.cells[at] !== want) out.push(`${a.sheet.name}!${at}: reads back ${JSON.stringify(r.cells[at])}`);
      });
    });
  }
  return out;
}
