/**
 * Kiểm tra: the validation findings, each with a link to the exact cell of the appendix,
 * then the source text that was not imported (so nothing is lost silently).
 */
import type { NotImported } from '../model';
import type { Finding } from '../validate/types';
import type { AppendixLayout } from './appendixSheet';
import { HEADER_ROW } from './appendixSheet';
import type { SheetColumnKey } from './appendixColumns';
import { MAX_CELL_CHARS, pieces } from './cellLimits';
import { addr, colLetter, emptySheet, quoteSheet } from './layout';
import { printSetup } from './printSetup';
import { wrappedHeight } from './heights';
import type { CellValue, SheetPlan, TablePlan } from './types';
import type { LooseCell } from './sheetData';

export const CHECK_SHEET = 'Kiểm tra';

/** The appendix cell a finding points at: the item's row (or heading row) and its column. */
export function findingCell(f: Finding, a: AppendixLayout): string {
  const row = f.itemIndex !== null ? a.itemRows[f.itemIndex] : a.headingRows.get(f.line);
  const col = a.cols[f.column as SheetColumnKey] ?? a.cols.task ?? 1;
  return addr(row ?? HEADER_ROW, col);
}

/** Header of the column the reviewer marks when a finding is dealt with (left empty). */
export const DONE_HEADER = 'Đã xử lý';

/**
 * The findings table's columns (characters), laid out for A4 landscape at 100 % (printSetup.ts):
 * STT, Mức độ, Phụ lục, TT, Cột, Giá trị, Nội dung, Gợi ý, Vị trí, Đã xử lý.
 */
const FINDING_WIDTHS = [5, 9, 11, 6, 12, 15, 32, 14, 11, 9];
/**
 * Giá trị shows at most this many characters (then "…"): the whole text is in the appendix cell
 * the finding links to; a whole task's text would make the row a page tall.
 */
const VALUE_CHARS = 160;
const shortValue = (v: string): string => (v.length > VALUE_CHARS ? `${v.slice(0, VALUE_CHARS - 2).trimEnd()} …` : v);

/** The not-imported text: Dòng in A, Văn bản merged over B–H, Lý do merged over I–J (columns, 1-based). */
const LEFT = { line: 1, text: [2, 8], reason: [9, 10] } as const;

/**
 * Kiểm tra: findings sorted errors first (then as found), each linking to its cell, with an empty
 * "Đã xử lý" column for the reviewer; under them the source text not imported. Both tables fit an
 * A4 landscape page's width and wrap their text, for printing.
 */
export function planCheck(findings: Finding[], appendices: AppendixLayout[], notImported: NotImported[]): SheetPlan {
  const sheet = emptySheet(CHECK_SHEET, 'check');
  sheet.tabColor = 'BF8F00';
  sheet.widths = [...FINDING_WIDTHS];
  const errors = findings.filter((f) => f.severity === 'error').length;
  sheet.cells.push({ row: 1, col: 1, value: 'KIỂM TRA PHỤ LỤC', style: 'sheetTitle' });
  sheet.cells.push({
    row: 2,
    col: 1,
    value: `${errors} lỗi, ${findings.length - errors} cảnh báo. Bấm vào ô ở cột “Vị trí” để đến đúng ô cần xem; ghi vào cột “${DONE_HEADER}” khi đã sửa.`,
    style: 'note',
  });
  const rows: CellValue[][] = [];
  const links: NonNullable<TablePlan['hyperlinks']> = [];
  const sorted = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  sorted.forEach((f, i) => {
    const a = appendices.find((x) => x.tableIndex === f.tableIndex);
    const cell = a ? findingCell(f, a) : '';
    const header = a?.sheet.tables[0].columns.find((c) => c.key === f.column)?.header ?? f.column;
    rows.push([
      i + 1,
      f.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      a?.sheet.name ?? f.table,
      f.tt,
      header,
      shortValue(f.value),
      f.message,
      f.suggestion ?? '',
      a ? `${a.sheet.name}!${cell}` : '',
      null,
    ]);
    if (a) links.push({ row: i, col: 8, target: `#${quoteSheet(a.sheet.name)}!${cell}` });
  });
  if (!rows.length) rows.push([null, '', '', '', '', '', 'Không có phát hiện nào.', '', '', null]);
  const headers = ['STT', 'Mức độ', 'Phụ lục', 'TT', 'Cột', 'Giá trị', 'Nội dung', 'Gợi ý', 'Vị trí', DONE_HEADER];
  sheet.tables.push(table('KiemTra', 4, 1, headers, rows, links, sheet.widths));
  sheet.conditionalFormats.push({ range: `B5:B${4 + rows.length}`, formula: 'B5="Lỗi"', fill: 'FFC7CE', fontColor: '9C0006', priority: 1 });

  const start = 4 + rows.length + 3;
  sheet.cells.push({ row: start - 1, col: 1, value: 'Văn bản ngoài bảng, không nhập vào phụ lục (để đối chiếu)', style: 'blockTitle' });
  // Text longer than a cell goes on over as many rows as it needs, in order (nothing cut off).
  const left: Array<[number | null, string, string]> = notImported.flatMap((n) => {
    const parts = pieces(n.text, MAX_CELL_CHARS);
    return parts.map((p, k): [number | null, string, string] => [n.line, p, parts.length > 1 ? `${n.reason} (phần ${k + 1}/${parts.length})` : n.reason]);
  });
  if (!left.length) left.push([null, ALL_IMPORTED, '']);
  const heights: Record<number, number> = { 4: 32, [start]: 20 };
  notImportedRows(sheet, start, left, heights);
  sheet.heights = heights;
  sheet.freeze = { rows: 4, cols: 0 };
  // On paper: A4 landscape, the findings' columns only (the table under them fits inside), header row repeated.
  sheet.print = printSetup(4, 'landscape', `A1:${colLetter(headers.length)}${start + left.length}`);
  return sheet;
}

/**
 * The source text not imported, as rows under a header at `start`: the text in cells merged over
 * the middle columns (most of the page's width, so a paragraph takes few lines on paper), the
 * heights set from the text (readers never fit merged cells' heights).
 */
function notImportedRows(sheet: SheetPlan, start: number, left: Array<[number | null, string, string]>, heights: Record<number, number>): void {
  const width = ([from, to]: readonly [number, number]): number => sheet.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const put = (row: number, line: CellValue, text: string, reason: string, style: string): void => {
    sheet.cells.push({ row, col: LEFT.line, value: line, style: style === 'header' ? 'header' : 'countTop' });
    sheet.cells.push({ row, col: LEFT.text[0], value: text, style });
    sheet.cells.push({ row, col: LEFT.reason[0], value: reason, style });
    for (const [from, to] of [LEFT.text, LEFT.reason]) sheet.merges.push(`${addr(row, from)}:${addr(row, to)}`);
  };
  put(start, 'Dòng', 'Văn bản', 'Lý do', 'header');
  left.forEach(([line, text, reason], i) => {
    put(start + 1 + i, line, text, reason, 'label');
    heights[start + 1 + i] = Math.max(wrappedHeight(text, width(LEFT.text)), wrappedHeight(reason, width(LEFT.reason)));
  });
}

/** The not-imported rows of a planned Kiểm tra sheet, as [Dòng, Văn bản, Lý do] (for readers of the plan and tests). */
export function notImportedRowsOf(sheet: SheetPlan): CellValue[][] {
  const header = sheet.cells.find((c) => c.col === LEFT.line && c.value === 'Dòng' && c.style === 'header');
  if (!header) return [];
  const at = new Map(sheet.cells.filter((c) => c.row > header.row).map((c) => [`${c.row}:${c.col}`, c.value]));
  const rows: CellValue[][] = [];
  for (let r = header.row + 1; at.has(`${r}:${LEFT.text[0]}`); r++) {
    rows.push([at.get(`${r}:${LEFT.line}`) ?? null, at.get(`${r}:${LEFT.text[0]}`) ?? null, at.get(`${r}:${LEFT.reason[0]}`) ?? null]);
  }
  return rows;
}

const ALL_IMPORTED = 'Toàn bộ văn bản đã được nhập.';

/**
 * The text not imported as an old Kiểm tra sheet holds it (cells outside its tables, as read back
 * from a workbook: under the "Dòng | Văn bản | Lý do" header row), so a programme redrawn from its
 * sheets keeps its list. Text split over several rows because of Excel's cell limit comes back as
 * those pieces. [] when the sheet has no such block.
 */
export function notImportedOnCheckSheet(cells: LooseCell[]): NotImported[] {
  const own = cells.filter((c) => c.sheet === CHECK_SHEET);
  const at = new Map(own.map((c) => [`${c.row}:${c.col}`, c.value]));
  const header = own.find((c) => c.col === LEFT.line && c.value === 'Dòng' && at.get(`${c.row}:${LEFT.text[0]}`) === 'Văn bản');
  if (!header) return [];
  const out: NotImported[] = [];
  for (let r = header.row + 1; ; r++) {
    const text = at.get(`${r}:${LEFT.text[0]}`);
    if (text === undefined || text === null || text === '') break;
    if (text === ALL_IMPORTED) continue;
    const line = Number(at.get(`${r}:${LEFT.line}`));
    out.push({ line: Number.isFinite(line) ? line : 0, text: String(text), reason: String(at.get(`${r}:${LEFT.reason[0]}`) ?? '') });
  }
  return out;
}

/** A table at (row, col); its column widths are the sheet's (so row heights fit what is shown). */
function table(name: string, row: number, col: number, headers: string[], rows: CellValue[][], links: NonNullable<TablePlan['hyperlinks']>, widths: number[]): TablePlan {
  return {
    name,
    row,
    col,
    columns: headers.map((h, i) => ({ header: h, width: widths[col - 1 + i], ...(i === 0 ? { style: 'count' } : { text: true, style: i === 8 ? 'link' : 'label' }) })),
    rows,
    hyperlinks: links,
    tableStyle: 'TableStyleLight9',
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  };
}
