/**
 * The text of a formula cell's `<f>` element: the formula without a leading "=", XML-escaped.
 * A template column's formula (formulaText.ts) is escaped once per template, not once per row:
 * escaping is character by character and a row number has nothing to escape, so escaping the
 * pieces and joining them by the row number gives the same text (test/core/perf/formulaXml.test.ts
 * holds it to the definition, formulaXmlPlain). Host-free.
 */
import { formulaText } from '../../core/plan/formulaText';
import type { FormulaTemplate, FormulaValue } from '../../core/plan/types';
import { escText } from './xml';

/** The definition: the formula's text without a leading "=", escaped. */
export function formulaXmlPlain(v: FormulaValue): string {
  return escText(formulaText(v).replace(/^=/, ''));
}

/**
 * formulaXmlPlain(v), with each template's escaped pieces kept in `escaped` (one entry per
 * template: a writer passes one map per workbook, so it holds a handful).
 */
export function formulaXml(v: FormulaValue, escaped: Map<FormulaTemplate, string[]>): string {
  if (typeof v.formula === 'string') return formulaXmlPlain(v);
  const t = v as { formula: FormulaTemplate; row: number };
  let pieces = escaped.get(t.formula);
  if (!pieces) {
    pieces = t.formula.pieces.map((p, i) => escText(i === 0 ? p.replace(/^=/, '') : p));
    escaped.set(t.formula, pieces);
  }
  return pieces.join(String(t.row));
}
