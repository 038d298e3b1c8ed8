/**
 * Excel's limits (Microsoft, "Excel specifications and limits"): a cell holds at most 32,767
 * characters, a formula at most 8,192, a row is at most 409 points high; and no text may hold a
 * character XML 1.0 forbids. Text longer than a cell is cut at the limit and the rest is kept on
 * the Kiểm tra sheet (the not-imported list, in pieces that fit), with a finding that says where;
 * nothing is dropped. Host-free; both renderers draw the plan these functions leave.
 */
import type { ColumnKey, NotImported } from '../model';
import { hasNonXmlChar, xmlSafeText } from '../input/xmlSafe';
import type { Finding } from '../validate/types';
import type { AppendixLayout } from './appendixSheet';
import { addr } from './layout';
import type { CellValue, WorkbookPlan } from './types';
import { formulaText } from './formulaText';

export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;
export const MAX_ROW_HEIGHT_PT = 409;

/** What a cut cell ends with, so a reader of the cell knows it goes on. */
export const CUT_MARK = ' […còn tiếp ở trang “Kiểm tra”]';

const n = (x: number): string => x.toLocaleString('vi-VN');

/** Cuts `text` to at most `max` characters without splitting a surrogate pair, at a space when one is near. */
export function cutAt(text: string, max: number): number {
  let at = Math.min(max, text.length);
  if (at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1])) at--;
  if (at < text.length) {
    const space = text.lastIndexOf(' ', at - 1);
    if (space > at - 200 && space > 0) at = space + 1;
  }
  return at;
}

/** `text` in pieces of at most `max` characters, cut as cutAt does. */
export function pieces(text: string, max = MAX_CELL_CHARS): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const at = cutAt(rest, max);
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

export interface LongCells {
  /** One finding per cut cell (rule "cell.too-long"), pointing at the cell. */
  findings: Finding[];
  /** The rest of each cut cell, for the not-imported list of Kiểm tra (split there to fit). */
  rest: NotImported[];
}

/**
 * Cuts every appendix table cell longer than Excel allows, in place, keeping its beginning and a
 * mark; returns the findings and the rest of each cell. `line` of a rest is the item's source line.
 */
export function cutLongCells(appendices: AppendixLayout[]): LongCells {
  const findings: Finding[] = [];
  const rest: NotImported[] = [];
  for (const a of appendices) {
    const t = a.sheet.tables[0];
    if (!t) continue;
    // Which item or heading a sheet row holds: looked up only for a cell too long (rare), so made on first need.
    let itemAt: Map<number, number> | undefined;
    let headingLine: Map<number, number> | undefined;
    t.rows.forEach((r, i) => {
      r.forEach((v, j) => {
        if (typeof v !== 'string' || v.length <= MAX_CELL_CHARS) return;
        const keep = cutAt(v, MAX_CELL_CHARS - CUT_MARK.length);
        const row = t.row + 1 + i;
        const cell = `${a.sheet.name}!${addr(row, t.col + j)}`;
        r[j] = v.slice(0, keep) + CUT_MARK;
        itemAt ??= new Map(a.itemRows.map((row, index) => [row, index]));
        headingLine ??= new Map([...a.headingRows].map(([line, row]) => [row, line]));
        const itemIndex = itemAt.get(row) ?? null;
        const item = itemIndex !== null ? a.table.items[itemIndex] : undefined;
        const line = item?.line ?? headingLine.get(row) ?? 0;
        const where = `ký tự ${n(keep + 1)}–${n(v.length)}`;
        rest.push({ line, text: v.slice(keep), reason: `Phần tiếp theo của ô ${cell} (${where})` });
        findings.push({
          rule: 'cell.too-long',
          severity: 'warning',
          table: a.table.title,
          tableIndex: a.tableIndex,
          tt: item?.tt ?? '',
          line,
          itemIndex,
          column: (t.columns[j].key ?? 'notes') as ColumnKey,
          value: `${v.slice(0, 80)}…`,
          message:
            `Ô dài ${n(v.length)} ký tự, quá giới hạn ${n(MAX_CELL_CHARS)} ký tự một ô của Excel: ô giữ ${n(keep)} ký tự đầu; ` +
            `phần còn lại (${where}) ở cuối trang “Kiểm tra”, mục “Văn bản ngoài bảng”, dòng ghi “Phần tiếp theo của ô ${cell}”.`,
          suggestion: 'Rút gọn nội dung hoặc tách thành nhiều nhiệm vụ.',
        });
      });
    });
  }
  return { findings, rest };
}

/** A string as a cell can hold it: XML-safe, and cut with "…" at the limit (a copy or a title). */
export function fitText(s: string, max = MAX_CELL_CHARS): string {
  // Nearly every text already fits: returned as it is, without a result object per cell.
  if (s.length <= max && !hasNonXmlChar(s)) return s;
  const safe = xmlSafeText(s).text;
  return safe.length <= max ? safe : `${safe.slice(0, cutAt(safe, max - 1))}…`;
}

const fitValue = (v: CellValue): CellValue => (typeof v === 'string' ? fitText(v) : v);

/** A table row with every value fitted: the row itself when nothing changes (most rows), else a copy. */
export function fitRow(r: CellValue[]): CellValue[] {
  let out = r;
  for (let j = 0; j < r.length; j++) {
    const f = fitValue(r[j]);
    if (f === r[j]) continue;
    if (out === r) out = r.slice();
    out[j] = f;
  }
  return out;
}

/**
 * `rows.map(fitRow)`, fitting a value only when it differs from the one above it in its column
 * (a column repeats its Mục, Loại thời hạn, empty cells row after row): the same value fits the same.
 */
export function fitRows(rows: CellValue[][]): CellValue[][] {
  let above: CellValue[] = [];
  let aboveFitted: CellValue[] = [];
  return rows.map((r) => {
    let out = r;
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      const f = j < above.length && v === above[j] ? aboveFitted[j] : fitValue(v);
      if (f === v) continue;
      if (out === r) out = r.slice();
      out[j] = f;
    }
    above = r;
    aboveFitted = out;
    return out;
  });
}

/**
 * The last safety net before rendering, for text no earlier step handled (titles, copies in
 * findings): every string value XML-safe and within the cell limit, every row height within
 * 409 pt. Table bodies of appendices were already cut by cutLongCells, with their rest kept.
 */
export function enforceLimits(plan: WorkbookPlan): void {
  for (const s of plan.sheets) {
    for (const c of s.cells) c.value = fitValue(c.value);
    for (const t of s.tables) {
      t.columns.forEach((c) => (c.header = fitText(c.header, 255)));
      t.rows = fitRows(t.rows);
    }
    for (const [row, h] of Object.entries(s.heights ?? {})) if (h > MAX_ROW_HEIGHT_PT) s.heights![Number(row)] = MAX_ROW_HEIGHT_PT;
  }
}

/** Every formula of the plan longer than Excel accepts (for tests and a final check): "Sheet!A1". */
export function longFormulas(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  const check = (sheet: string, row: number, col: number, v: CellValue): void => {
    if (v && typeof v === 'object' && formulaText(v).length + 1 > MAX_FORMULA_CHARS) out.push(`${sheet}!${addr(row, col)}`);
  };
  for (const s of plan.sheets) {
    for (const c of s.cells) check(s.name, c.row, c.col, c.value);
    for (const t of s.tables) t.rows.forEach((r, i) => r.forEach((v, j) => check(s.name, t.row + 1 + i, t.col + j, v)));
  }
  return out;
}
