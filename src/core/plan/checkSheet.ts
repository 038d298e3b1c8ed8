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
import { addr, emptySheet, quoteSheet } from './layout';
import { printSetup } from './printSetup';
import type { CellValue, SheetPlan, TablePlan } from './types';

export const CHECK_SHEET = 'Kiểm tra';

/** The appendix cell a finding points at: the item's row (or heading row) and its column. */
export function findingCell(f: Finding, a: AppendixLayout): string {
  const row = f.itemIndex !== null ? a.itemRows[f.itemIndex] : a.headingRows.get(f.line);
  const col = a.cols[f.column as SheetColumnKey] ?? a.cols.task ?? 1;
  return addr(row ?? HEADER_ROW, col);
}

export function planCheck(findings: Finding[], appendices: AppendixLayout[], notImported: NotImported[]): SheetPlan {
  const sheet = emptySheet(CHECK_SHEET, 'check');
  sheet.tabColor = 'BF8F00';
  sheet.widths = [6, 10, 14, 8, 16, 30, 55, 30, 16];
  const errors = findings.filter((f) => f.severity === 'error').length;
  sheet.cells.push({ row: 1, col: 1, value: 'KIỂM TRA PHỤ LỤC', style: 'sheetTitle' });
  sheet.cells.push({
    row: 2,
    col: 1,
    value: `${errors} lỗi, ${findings.length - errors} cảnh báo. Bấm vào ô ở cột “Vị trí” để đến đúng ô cần xem.`,
    style: 'note',
  });
  const rows: CellValue[][] = [];
  const links: NonNullable<TablePlan['hyperlinks']> = [];
  findings.forEach((f, i) => {
    const a = appendices.find((x) => x.tableIndex === f.tableIndex);
    const cell = a ? findingCell(f, a) : '';
    const header = a?.sheet.tables[0].columns.find((c) => c.key === f.column)?.header ?? f.column;
    rows.push([i + 1, f.severity === 'error' ? 'Lỗi' : 'Cảnh báo', a?.sheet.name ?? f.table, f.tt, header, f.value, f.message, f.suggestion ?? '', a ? `${a.sheet.name}!${cell}` : '']);
    if (a) links.push({ row: i, col: 8, target: `#${quoteSheet(a.sheet.name)}!${cell}` });
  });
  if (!rows.length) rows.push([null, '', '', '', '', '', 'Không có phát hiện nào.', '', '']);
  const headers = ['STT', 'Mức độ', 'Phụ lục', 'TT', 'Cột', 'Giá trị', 'Nội dung', 'Gợi ý', 'Vị trí'];
  sheet.tables.push(table('KiemTra', 4, headers, sheet.widths, rows, links));
  sheet.conditionalFormats.push({ range: `B5:B${4 + rows.length}`, formula: 'B5="Lỗi"', fill: 'FFC7CE', fontColor: '9C0006', priority: 1 });

  const start = 4 + rows.length + 3;
  sheet.cells.push({ row: start - 1, col: 1, value: 'Văn bản ngoài bảng, không nhập vào phụ lục (để đối chiếu)', style: 'blockTitle' });
  // Text longer than a cell goes on over as many rows as it needs, in order (nothing cut off).
  const left: CellValue[][] = notImported.flatMap((n) => {
    const parts = pieces(n.text, MAX_CELL_CHARS);
    return parts.map((p, k): CellValue[] => [n.line, p, parts.length > 1 ? `${n.reason} (phần ${k + 1}/${parts.length})` : n.reason]);
  });
  if (!left.length) left.push([null, 'Toàn bộ văn bản đã được nhập.', '']);
  sheet.tables.push(table('VanBanKhongNhap', start, ['Dòng', 'Văn bản', 'Lý do'], [6, 100, 30], left, []));
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print = printSetup(4);
  return sheet;
}

function table(name: string, row: number, headers: string[], widths: number[], rows: CellValue[][], links: NonNullable<TablePlan['hyperlinks']>): TablePlan {
  return {
    name,
    row,
    col: 1,
    columns: headers.map((h, i) => ({ header: h, width: widths[i], ...(i === 0 ? { style: 'count' } : { text: true, style: i === 8 ? 'link' : 'label' }) })),
    rows,
    hyperlinks: links,
    tableStyle: 'TableStyleLight9',
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  };
}
