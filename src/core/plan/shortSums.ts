/**
 * Summary formulas stay under Excel's 8,192 characters however many appendix tables a workbook
 * holds: a sum over the tables that would be too long is split into helper cells far to the right
 * of the same row (each a partial sum over some tables), and the visible cell adds those up.
 * Host-free.
 */
import { MAX_FORMULA_CHARS } from './cellLimits';
import { addr } from './layout';
import type { CellPlan } from './types';

/** First helper column (BA): right of every block and chart anchor of Tổng hợp. */
export const HELPER_COL = 53;
/** Room left for the "=" and a margin. */
const BUDGET = MAX_FORMULA_CHARS - 192;

export interface ShortSums {
  /** `terms` joined by "+", or — when that is too long — a sum of helper cells on `row`. */
  sum(row: number, terms: string[]): string;
}

/**
 * Sums whose helper cells are added with `put` (style "count"). The first helper of a sheet also
 * writes a label above the helper columns at `labelRow`.
 */
export function shortSums(put: (row: number, col: number, value: CellPlan['value'], style?: string) => void, labelRow: number): ShortSums {
  const nextCol = new Map<number, number>();
  let labelled = false;
  return {
    sum(row, terms) {
      if (!terms.length) return '0';
      const whole = terms.join('+');
      if (whole.length <= BUDGET) return whole;
      if (!labelled) {
        put(labelRow, HELPER_COL, 'Cột phụ: tổng theo từng nhóm phụ lục (công thức, không sửa)', 'note');
        labelled = true;
      }
      const helpers: string[] = [];
      let chunk: string[] = [];
      let length = 0;
      const flush = (): void => {
        const col = nextCol.get(row) ?? HELPER_COL;
        nextCol.set(row, col + 1);
        put(row, col, { formula: chunk.join('+') }, 'count');
        helpers.push(addr(row, col));
        chunk = [];
        length = 0;
      };
      for (const t of terms) {
        if (chunk.length && length + 1 + t.length > BUDGET) flush();
        chunk.push(t);
        length += t.length + 1;
      }
      if (chunk.length) flush();
      // Helpers of one sum sit side by side on its row.
      return `SUM(${helpers[0]}:${helpers[helpers.length - 1]})`;
    },
  };
}
