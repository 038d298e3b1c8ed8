import type { CellStyle, CellValue, FontPlan, FormulaValue, TablePlan } from '../../core/plan/types';
import { cellsAt, rangeAddress } from './address';
import { ACTION_BYTES, applyStyle, ARRAY_FACTOR, looksLikeFormula, PATH_BYTES, styleBytes } from './format';
import { linkTarget } from './sheetParts';
import { FEATURES } from './requirements';
import { Op, payloadBytes } from './payload';
import { relativeForm } from './relativeFormula';
import { pushAll } from '../../core/arrays';
import { formulaText } from '../../core/plan/formulaText';

type Styles = Record<string, CellStyle>;
const LINKS_PER_OP = 1000;
const isFormula = (v: CellValue): v is FormulaValue => typeof v === 'object' && v !== null;

/**
 * Number format per body cell of a column, or null when the column needs none. A row style is
 * complete and wins over the column's; text that Excel would take as a formula is always "@".
 */
function columnFormats(t: TablePlan, c: number, styles: Styles): string[] | null {
  const col = t.columns[c];
  const own = col.text ? '@' : (col.style && styles[col.style]?.numFmt) || null;
  const rowFmt = (i: number) => {
    const rs = t.rowStyles?.[i];
    return rs ? (styles[rs]?.numFmt ?? 'General') : null;
  };
  const formats = t.rows.map((r, i) => (looksLikeFormula(r[c]) ? '@' : (rowFmt(i) ?? own)));
  return formats.some((f) => f && f !== 'General') ? formats.map((f) => f ?? 'General') : null;
}

/** Rows [start, end) cut so that each chunk's values stay under `chunkBytes`. */
export function rowChunks(rows: unknown[][], chunkBytes: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let size = 0;
  rows.forEach((r, i) => {
    const b = payloadBytes(r);
    if (i > start && size + b > chunkBytes) {
      out.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  });
  if (rows.length > start) out.push([start, rows.length]);
  return out;
}

/**
 * The work that draws one table: text formats first, then the values in row chunks, the table
 * over the written range, styles, and last the formula cells (they may name the table itself).
 */
export function tableOps(sheet: () => Excel.Worksheet, t: TablePlan, styles: Styles, chunkBytes: number, base?: FontPlan, canCopy = true): Op[] {
  const ops: Op[] = [];
  const ncols = t.columns.length;
  const headers = t.columns.map((c) => c.header);
  const formats = t.columns.map((_, c) => columnFormats(t, c, styles));
  const body = t.rows.map((r) => r.map((v) => (isFormula(v) || v === null ? '' : v)));
  const bodyRow = t.row + 1;

  ops.push({
    bytes: payloadBytes(headers) * 2 + 2 * (PATH_BYTES + ACTION_BYTES),
    run: () => {
      const head = cellsAt(sheet(), t.row - 1, t.col - 1, 1, ncols);
      head.numberFormat = [headers.map(() => '@')];
      head.values = [headers];
    },
  });
  for (const [a, b] of rowChunks(body, chunkBytes)) {
    const chunkFormats = formats.map((f) => (f ? f.slice(a, b).map((x) => [x]) : null));
    ops.push({
      bytes: Math.ceil(ARRAY_FACTOR * (payloadBytes(body.slice(a, b)) + payloadBytes(chunkFormats))) + (ncols + 1) * (PATH_BYTES + ACTION_BYTES),
      run: () => {
        const ws = sheet();
        chunkFormats.forEach((f, c) => {
          if (f) cellsAt(ws, bodyRow - 1 + a, t.col - 1 + c, b - a, 1).numberFormat = f;
        });
        cellsAt(ws, bodyRow - 1 + a, t.col - 1, b - a, ncols).values = body.slice(a, b);
      },
    });
  }
  const multi = t.rows.length > 1;
  const colStyleBytes = t.columns.reduce((n, c) => n + styleBytes(c.style ? styles[c.style] : undefined, multi, base) + (c.hidden ? 2 * PATH_BYTES + ACTION_BYTES : 0), 0);
  ops.push({ bytes: 2 * PATH_BYTES + 6 * ACTION_BYTES + payloadBytes(t.name) + colStyleBytes, run: () => createTable(sheet(), t, styles, base) });
  // Row styles (section headings …) by runs of rows, in groups that each stay under the chunk
  // size, so a table with thousands of headings never makes one op over the request budget.
  let group: Array<{ at: number; rows: number; style: CellStyle }> = [];
  let groupBytes = 0;
  const flush = () => {
    const runs = group;
    if (runs.length) ops.push({ bytes: groupBytes, run: () => runs.forEach((r) => applyStyle(cellsAt(sheet(), r.at, t.col - 1, r.rows, ncols), r.style, true, base)) });
    group = [];
    groupBytes = 0;
  };
  for (const run of rowStyleRuns(t, styles)) {
    const b = styleBytes(run.style, true, base);
    if (group.length && groupBytes + b > chunkBytes) flush();
    group.push(run);
    groupBytes += b;
  }
  flush();
  // Last, Excel fits the body rows to their wrapped text (one command; 409 pt at most).
  if (t.rows.length) ops.push({ bytes: 2 * PATH_BYTES + 2 * ACTION_BYTES, run: () => cellsAt(sheet(), t.row, t.col - 1, t.rows.length, ncols).format.autofitRows() });
  pushAll(ops, formulaOps(sheet, t, canCopy, chunkBytes));
  const links = (t as TablePlan & { hyperlinks?: Array<{ row: number; col: number; target: string }> }).hyperlinks ?? [];
  // Links in groups, so that thousands of them (Kiểm tra) never make one op over the budget.
  for (let k = 0; k < links.length; k += LINKS_PER_OP) {
    const group = links.slice(k, k + LINKS_PER_OP);
    ops.push({
      feature: FEATURES.links,
      bytes: payloadBytes(group) + (PATH_BYTES + ACTION_BYTES + 48) * group.length,
      run: () => {
        for (const l of group) cellsAt(sheet(), bodyRow - 1 + l.row, t.col - 1 + l.col, 1, 1).hyperlink = linkTarget(l.target);
      },
    });
  }
  return ops;
}

function createTable(ws: Excel.Worksheet, t: TablePlan, styles: Styles, base?: FontPlan): void {
  const n = t.rows.length;
  const table = ws.tables.add(rangeAddress(t.row, t.col, n + 1, t.columns.length), true);
  table.name = t.name;
  table.style = t.tableStyle;
  table.showBandedRows = t.showRowStripes;
  table.showFilterButton = t.showFilterButton;
  if (!n) return;
  t.columns.forEach((col, c) => {
    const range = cellsAt(ws, t.row, t.col - 1 + c, n, 1);
    applyStyle(range, col.style ? styles[col.style] : undefined, n > 1, base);
    if (col.hidden) range.getEntireColumn().columnHidden = true;
  });
}

/** Runs of body rows sharing a row style: 0-based sheet row of the first, row count, style. */
function rowStyleRuns(t: TablePlan, styles: Styles): Array<{ at: number; rows: number; style: CellStyle }> {
  const out: Array<{ at: number; rows: number; style: CellStyle }> = [];
  const rs = t.rowStyles ?? [];
  for (let i = 0; i < rs.length;) {
    let j = i + 1;
    while (j < rs.length && rs[j] === rs[i]) j++;
    const s = rs[i];
    if (s && styles[s]) out.push({ at: t.row + i, rows: j - i, style: styles[s] });
    i = j;
  }
  return out;
}

/**
 * Formula cells, per column. A run of rows holding the same formula copied down (same relative
 * form) is written as its first cell plus one copy over the rest (Range.copyFrom, ExcelApi 1.9);
 * without copyFrom (`canCopy` false) the run's formulas are written as arrays in row chunks.
 * Anything else cell by cell.
 */
function formulaOps(sheet: () => Excel.Worksheet, t: TablePlan, canCopy: boolean, chunkBytes: number): Op[] {
  const ops: Op[] = [];
  t.columns.forEach((_, c) => {
    const sheetCol = t.col + c;
    const forms = t.rows.map((r, i) => (isFormula(r[c]) ? relativeForm(formulaText(r[c]), t.row + 1 + i, sheetCol) : null));
    for (let i = 0; i < forms.length;) {
      if (forms[i] === null) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < forms.length && forms[j] === forms[i]) j++;
      const first = `=${formulaText(t.rows[i][c] as FormulaValue)}`;
      const top = t.row + i;
      const n = j - i;
      if (canCopy || n === 1) {
        ops.push({
          bytes: payloadBytes(first) + 2 * (PATH_BYTES + ACTION_BYTES),
          run: () => {
            const ws = sheet();
            const head = cellsAt(ws, top, sheetCol - 1, 1, 1);
            head.formulas = [[first]];
            if (n > 1) cellsAt(ws, top + 1, sheetCol - 1, n - 1, 1).copyFrom(head, 'Formulas');
          },
        });
      } else {
        const all = t.rows.slice(i, j).map((r) => [`=${formulaText(r[c] as FormulaValue)}`]);
        for (const [a, b] of rowChunks(all, chunkBytes)) {
          const part = all.slice(a, b);
          ops.push({
            bytes: Math.ceil(ARRAY_FACTOR * payloadBytes(part)) + PATH_BYTES + ACTION_BYTES,
            run: () => void (cellsAt(sheet(), top + a, sheetCol - 1, b - a, 1).formulas = part),
          });
        }
      }
      i = j;
    }
  });
  return ops;
}
