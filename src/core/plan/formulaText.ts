/**
 * Formula cells of the plan and their text. A cell's formula is its own text, or — for a column
 * whose every body row holds the same formula but for the row number (Tình trạng) — a
 * FormulaTemplate shared by the column's rows plus the sheet row the cell stands on: one text of
 * about a thousand characters per column instead of one per row (most of a large plan's heap).
 * Every reader of a plan formula takes its text from formulaText. Host-free.
 */
import type { FormulaTemplate, FormulaValue, Scalar } from './types';

/** The text of a formula cell (without "="): its own, or its template's pieces joined by its row number. */
export function formulaText(v: FormulaValue): string {
  if (typeof v.formula === 'string') return v.formula;
  const t = v as { formula: FormulaTemplate; row: number };
  return t.formula.pieces.join(String(t.row));
}

/**
 * A formula cell of a template column (see above): `{ formula: template, row }`. Its JSON form is
 * the plain `{ formula: text }` of a cell with its own text, so the plan's JSON (and anything that
 * stringifies a cell) reads as before; v8.serialize (the bench's plan file) keeps the fields and
 * shares the template.
 */
export class RowFormula {
  constructor(
    readonly formula: FormulaTemplate,
    readonly row: number,
  ) {}

  toJSON(): { formula: string } {
    return { formula: formulaText(this) };
  }
}

/** `v` with `result` as its cached result (a new value; `v` is not changed). */
export function withFormulaResult(v: FormulaValue, result: Scalar): FormulaValue {
  if (typeof v.formula === 'string') return { formula: v.formula, result };
  const t = v as { formula: FormulaTemplate; row: number };
  return { formula: t.formula, row: t.row, result };
}
