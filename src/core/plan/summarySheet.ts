/**
 * Tổng hợp: the report date and due-soon window cells (named NgayBaoCao, SoNgaySapDenHan),
 * then live formulas over the appendix tables — totals by status and the shares done,
 * lead agency × status, section × status, items due per quarter/year — and a list of overdue
 * and due-soon items whose cells refer to the appendix rows. Each count is also computed in
 * TypeScript (`expected`), so tests can compare the recalculated workbook with the core.
 */
import { HEADER } from '../columnRegistry';
import { byOverdue, CountedRow, daysBetween, dueByQuarter, groupCounts, isoToSerial, STATUS, STATUS_ORDER, Status, statusCounts, totalOf, displayDate } from '../status';
import type { AppendixLayout } from './appendixSheet';
import { absAddr, addr, colLetter, emptySheet, quoteSheet } from './layout';
import { linesFor } from './heights';
import { printSetup } from './printSetup';
import { shortSums } from './shortSums';
import { DUE_SOON_NAME, REPORT_DATE_NAME } from './statusFormula';
import type { CellPlan, ChartPlan, NamePlan, SheetPlan } from './types';

export const SUMMARY_SHEET = 'Tổng hợp';

/** A cell whose recalculated value must equal `value` (computed in TypeScript). */
export interface ExpectedCell {
  sheet: string;
  cell: string;
  value: number;
  what: string;
}

export interface SummaryOptions {
  title: string;
  appendices: AppendixLayout[];
  /** Report date (ISO) or null for TODAY(). */
  asOf: string | null;
  dueSoonDays: number;
  /** Date the overdue list is made for (the report date, or today's date when asOf is null). */
  listDate: string | null;
  /**
   * (Optional, added by the programmes issue) A workbook holding several programmes: each one's
   * label and appendices, counted by status in a last block "6. Theo chương trình".
   */
  programmes?: Array<{ label: string; appendices: AppendixLayout[] }>;
}

const STATUSES: Status[] = STATUS_ORDER.map((k) => STATUS[k]);
const COUNTED_STATUSES = STATUSES.filter((s) => s !== STATUS.removed);
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function planSummary(o: SummaryOptions): { sheet: SheetPlan; names: NamePlan[]; expected: ExpectedCell[] } {
  const sheet = emptySheet(SUMMARY_SHEET, 'summary');
  sheet.tabColor = 'C00000';
  sheet.widths = [48, ...Array(10).fill(12)];
  const expected: ExpectedCell[] = [];
  const put = (row: number, col: number, value: CellPlan['value'], style?: string, hyperlink?: string): void => {
    // Built field by field (no spreads): the overdue list puts six cells per listed task.
    const cell: CellPlan = { row, col, value };
    if (style) cell.style = style;
    if (hyperlink) cell.hyperlink = hyperlink;
    sheet.cells.push(cell);
  };
  const expect = (row: number, col: number, value: number, what: string): void => {
    expected.push({ sheet: SUMMARY_SHEET, cell: addr(row, col), value, what });
  };
  const tasks = o.appendices.filter((a) => a.table.kind === 'tasks');
  const all: CountedRow[] = tasks.flatMap((a) => a.counted);
  const ref = (a: AppendixLayout, header: string): string => `${a.tableName}[${header}]`;
  // Sums over many tables go through helper cells so no formula passes Excel's 8,192 characters.
  const sums = shortSums(put, 5);
  const sum = (row: number, term: (a: AppendixLayout) => string): string => sums.sum(row, tasks.map(term));

  put(1, 1, 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'sheetTitle');
  put(2, 1, o.title, 'note');
  put(3, 1, 'Ngày báo cáo', 'labelBold');
  put(3, 2, o.asOf ? isoToSerial(o.asOf) : { formula: 'TODAY()' }, 'inputDate');
  put(3, 3, 'Nhập ngày báo cáo (dd/mm/yyyy), hoặc công thức =TODAY() để luôn tính theo ngày hôm nay.', 'note');
  put(4, 1, 'Số ngày cảnh báo sắp đến hạn', 'labelBold');
  put(4, 2, o.dueSoonDays, 'inputNumber');
  put(4, 3, 'Nhiệm vụ còn từ 0 đến số ngày này thì tính là “Sắp đến hạn”.', 'note');
  const names: NamePlan[] = [
    { name: REPORT_DATE_NAME, ref: `${quoteSheet(SUMMARY_SHEET)}!$B$3`, comment: 'Ngày báo cáo (ngày tính tình trạng)' },
    { name: DUE_SOON_NAME, ref: `${quoteSheet(SUMMARY_SHEET)}!$B$4`, comment: 'Số ngày cảnh báo sắp đến hạn' },
  ];

  // 1. Totals by status.
  let row = 6;
  put(row, 1, '1. Tổng hợp chung', 'blockTitle');
  put(++row, 1, HEADER.status, 'header');
  put(row, 2, 'Số nhiệm vụ', 'header');
  const statusHeader = row;
  const totals = statusCounts(all);
  const statusRow = new Map<Status, number>();
  for (const s of STATUSES) {
    statusRow.set(s, ++row);
    put(row, 1, s, 'label');
    put(row, 2, { formula: sum(row, (a) => `COUNTIF(${ref(a, HEADER.status)},$A${row})`) }, 'count');
    expect(row, 2, totals[s], `Tổng: ${s}`);
  }
  const r = (s: Status): string => `B${statusRow.get(s)}`;
  const totalRow = ++row;
  put(row, 1, 'Tổng số nhiệm vụ (không tính điểm đã lược bỏ)', 'labelBold');
  put(row, 2, { formula: COUNTED_STATUSES.map(r).join('+') }, 'countBold');
  expect(row, 2, totalOf(totals), 'Tổng số nhiệm vụ');
  put(++row, 1, 'Tỷ lệ hoàn thành đúng hạn', 'labelBold');
  put(row, 2, { formula: `IF(B${totalRow}=0,0,${r(STATUS.doneOnTime)}/B${totalRow})` }, 'percent');
  put(++row, 1, 'Tỷ lệ đã hoàn thành (đúng hạn và quá hạn)', 'labelBold');
  put(row, 2, { formula: `IF(B${totalRow}=0,0,(${r(STATUS.doneOnTime)}+${r(STATUS.doneLate)})/B${totalRow})` }, 'percent');
  const charts: ChartPlan[] = [
    { type: 'pie', title: 'Nhiệm vụ theo tình trạng', source: `A${statusHeader}:B${statusHeader + COUNTED_STATUSES.length}`, anchor: 'D6', seriesBy: 'columns' },
  ];

  // 2. Lead agency × status; 3. section × status.
  row += 2;
  put(row, 1, '2. Theo cơ quan chủ trì', 'blockTitle');
  const leadHeader = row + 1;
  // Agencies with the most overdue tasks first: whom to remind.
  row = crossTable(row + 1, HEADER.lead, byOverdue(groupCounts(all, (c) => c.lead)), tasks, HEADER.lead, '(Chưa có cơ quan chủ trì)');
  charts.push({
    type: 'barStacked',
    title: 'Nhiệm vụ theo cơ quan chủ trì và tình trạng',
    source: `A${leadHeader}:${colLetter(1 + COUNTED_STATUSES.length)}${row}`,
    anchor: `N${leadHeader}`,
    seriesBy: 'columns',
  });
  row += 2;
  put(row, 1, '3. Theo mục', 'blockTitle');
  for (const a of tasks) {
    put(++row, 1, a.sheet.name, 'labelBold');
    row = crossTable(
      row + 1,
      HEADER.section,
      groupCounts(a.counted, (c) => c.section),
      [a],
      HEADER.section,
      '(Không thuộc mục nào)',
    );
  }

  function crossTable(header: number, title: string, groups: ReturnType<typeof groupCounts>, over: AppendixLayout[], column: string, emptyLabel: string): number {
    put(header, 1, title, 'header');
    STATUSES.forEach((s, i) => put(header, 2 + i, s, 'header'));
    put(header, 2 + STATUSES.length, 'Tổng', 'header');
    let at = header;
    // The same for every group: each table's two columns, each status's header cell.
    const columnRefs = over.map((a) => ref(a, column));
    const statusRefs = over.map((a) => ref(a, HEADER.status));
    const statusCells = STATUSES.map((_, i) => `${colLetter(2 + i)}$${header}`);
    for (const g of groups) {
      at++;
      const crit = g.key ? `$A${at}` : '""';
      put(at, 1, g.key || emptyLabel, 'label');
      STATUSES.forEach((s, i) => {
        const f = over.map((_, k) => `SUMPRODUCT((${columnRefs[k]}=${crit})*(${statusRefs[k]}=${statusCells[i]}))`);
        put(at, 2 + i, { formula: sums.sum(at, f) }, 'count');
        expect(at, 2 + i, g.counts[s], `${title} "${g.key}": ${s}`);
      });
      put(at, 2 + STATUSES.length, { formula: `SUM(B${at}:${colLetter(1 + COUNTED_STATUSES.length)}${at})` }, 'countBold');
      expect(at, 2 + STATUSES.length, totalOf(g.counts), `${title} "${g.key}": Tổng`);
    }
    return at;
  }

  // 4. Items due per quarter and year.
  row += 2;
  put(row, 1, '4. Theo thời hạn hoàn thành (số nhiệm vụ có hạn trong quý)', 'blockTitle');
  put(++row, 1, 'Năm', 'header');
  ['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'].forEach((h, i) => put(row, 2 + i, h, 'header'));
  for (const y of dueByQuarter(all)) {
    put(++row, 1, String(y.year), 'label');
    y.quarters.forEach((n, i) => {
      const from = `DATE(${y.year},${i * 3 + 1},1)`;
      const to = `DATE(${y.year},${i * 3 + 4},1)`;
      const f = sum(row, (a) => `COUNTIFS(${ref(a, HEADER.due)},">="&${from},${ref(a, HEADER.due)},"<"&${to},${ref(a, HEADER.status)},"<>${STATUS.removed}")`);
      put(row, 2 + i, { formula: f }, 'count');
      expect(row, 2 + i, n, `Năm ${y.year} quý ${i + 1}`);
    });
    put(row, 6, { formula: `SUM(B${row}:E${row})` }, 'countBold');
    expect(
      row,
      6,
      y.quarters.reduce((a, b) => a + b, 0),
      `Năm ${y.year}`,
    );
  }

  // 5. Overdue and due-soon items.
  row += 2;
  put(row, 1, '5. Nhiệm vụ quá hạn, sắp đến hạn', 'blockTitle');
  put(
    ++row,
    1,
    o.listDate
      ? `Danh sách lập theo ngày ${displayDate(o.listDate)}; cột Tình trạng luôn cập nhật theo sổ. Muốn có danh sách mới nhất: lọc cột Tình trạng ở từng phụ lục.`
      : 'Lọc cột Tình trạng = “Quá hạn” ở từng phụ lục để xem danh sách.',
    'note',
  );
  put(++row, 1, HEADER.task, 'header');
  ['Phụ lục', HEADER.tt, HEADER.lead, HEADER.due, HEADER.status, 'Số ngày quá hạn'].forEach((h, i) => put(row, 2 + i, h, 'header'));
  const warn = new Set<Status>([STATUS.overdue, STATUS.dueSoon]);
  // One copy of the heights for the whole list (a copy per listed row was quadratic).
  let heights: Record<number, number> | undefined;
  for (const a of tasks) {
    const s = quoteSheet(a.sheet.name);
    const cell = (k: keyof AppendixLayout['cols'], at: number): string => `${s}!${absAddr(at, a.cols[k]!)}`;
    const text = (k: keyof AppendixLayout['cols'], at: number): string => `${cell(k, at)}&""`;
    for (const c of listed(a, o, warn)) {
      put(++row, 1, { formula: text('task', c.row) }, 'link', `#${s}!${addr(c.row, a.cols.task!)}`);
      put(row, 2, a.sheet.name, 'label');
      put(row, 3, { formula: text('tt', c.row) }, 'ref');
      put(row, 4, { formula: text('lead', c.row) }, 'ref');
      put(row, 5, { formula: cell('due', c.row) }, 'date');
      put(row, 6, { formula: cell('status', c.row) }, 'count');
      // Days late as of the report date, live like the status.
      put(row, 7, { formula: `IF(F${row}=${q(STATUS.overdue)},${REPORT_DATE_NAME}-E${row},"")` }, 'count');
      if (o.asOf && c.status === STATUS.overdue && c.due) expect(row, 7, daysBetween(c.due, o.asOf), `Số ngày quá hạn, dòng ${row}`);
      const task = a.table.items[c.itemIndex].task;
      heights ??= sheet.heights = { ...sheet.heights };
      heights[row] = Math.round(Math.max(linesFor(task, 48), linesFor(c.lead, 12)) * 15.75);
    }
  }
  // 6. Per programme (a workbook holding several).
  if (o.programmes && o.programmes.length > 1) {
    row += 2;
    put(row, 1, '6. Theo chương trình', 'blockTitle');
    const header = ++row;
    put(header, 1, 'Chương trình', 'header');
    STATUSES.forEach((s, i) => put(header, 2 + i, s, 'header'));
    put(header, 2 + STATUSES.length, 'Tổng', 'header');
    for (const p of o.programmes) {
      const own = p.appendices.filter((a) => a.table.kind === 'tasks');
      const counts = statusCounts(own.flatMap((a) => a.counted));
      put(++row, 1, p.label, 'label');
      STATUSES.forEach((s, i) => {
        const f = own.map((a) => `COUNTIF(${ref(a, HEADER.status)},${colLetter(2 + i)}$${header})`);
        put(row, 2 + i, { formula: f.length ? sums.sum(row, f) : '0' }, 'count');
        expect(row, 2 + i, counts[s], `Chương trình "${p.label}": ${s}`);
      });
      put(row, 2 + STATUSES.length, { formula: `SUM(B${row}:${colLetter(1 + COUNTED_STATUSES.length)}${row})` }, 'countBold');
      expect(row, 2 + STATUSES.length, totalOf(counts), `Chương trình "${p.label}": Tổng`);
    }
  }
  sheet.charts = charts;
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.print = printSetup();
  return { sheet, names, expected };
}

/** Items overdue or due soon on the list date (the statuses in `counted` are for that date). */
function listed(a: AppendixLayout, o: SummaryOptions, warn: Set<Status>): AppendixLayout['counted'] {
  return o.listDate ? a.counted.filter((c) => warn.has(c.status)) : [];
}
