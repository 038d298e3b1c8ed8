/**
 * One appendix sheet per imported table, reading like the official appendix:
 *   row 1  "PHỤ LỤC 3"            (14 pt bold, centred)
 *   row 2  the title in capitals  (14 pt bold, centred)
 *   row 3  "(Kèm theo …)"         (13 pt italic, centred)
 *   row 4  "Dữ liệu tính đến ngày dd/mm/yyyy" (formula on the report date)
 *   row 5  legend of the status colours (task tables)
 *   row 6  table header; items from row 7, section headings as bold rows in document order.
 */
import type { ColumnKey, ProgrammeTable } from '../model';
import { CountedRow, isoToSerial, itemTracking, STATUS, STATUS_ORDER, Status, statusOf, StatusSettings } from '../status';
import { SheetColumnKey, docValue, indicatorColumns, taskColumns, withPrintWidths } from './appendixColumns';
import { addr, colLetter, emptySheet, sentenceCase } from './layout';
import { legendStyle, STATUS_COLOURS } from './palette';
import { printSetup } from './printSetup';
import { documentRows } from './rows';
import { REPORT_DATE_TEXT, statusFormula, statusTemplateOf } from './statusFormula';
import { RowFormula } from './formulaText';
import type { CellValue, SheetPlan } from './types';
import { CATALOGUE_NAMES } from './catalogueSheet';
import { leadAsFound, shownLead, showsCanonicalLeads } from './leads';
import { trackingKey, UserTrackingRow } from './userTracking';
import { DOCUMENT_KEYS, HEADER } from '../columnRegistry';

export const HEADER_ROW = 6;
const FIRST_ROW = HEADER_ROW + 1;

export interface AppendixLayout {
  sheet: SheetPlan;
  table: ProgrammeTable;
  tableIndex: number;
  tableName: string;
  /** Sheet row of each item, by item index. */
  itemRows: number[];
  /** Sheet row of each heading, by source line (imported tables only). */
  headingRows: Map<number, number>;
  /** Sheet column of each column present. */
  cols: Partial<Record<SheetColumnKey, number>>;
  /** Items as the summary counts them, with their sheet rows (task tables only). */
  counted: Array<CountedRow & { row: number; itemIndex: number }>;
}

export interface AppendixOptions {
  table: ProgrammeTable;
  tableIndex: number;
  sheetName: string;
  tableName: string;
  /** Items come from an amendment: headings from item paths. */
  amended: boolean;
  /** Status settings for the counts computed in TypeScript (report date known). */
  settings: StatusSettings;
  /** Users' progress from the workbook being re-imported (userTracking.ts), for the statuses computed here. */
  userTracking?: Map<string, UserTrackingRow>;
}

export function appendixTitle(t: ProgrammeTable): { label: string; title: string } {
  const label = t.label || 'PHỤ LỤC';
  const prefix = `${t.label} — `;
  const title = t.label && t.title.startsWith(prefix) ? t.title.slice(prefix.length) : t.title;
  return { label: label.toLocaleUpperCase('vi'), title: title.toLocaleUpperCase('vi') };
}

export const appendixSheetName = (t: ProgrammeTable): string => sentenceCase(t.label || 'Phụ lục');

export function planAppendix(o: AppendixOptions): AppendixLayout {
  const { table } = o;
  const tasks = table.kind === 'tasks';
  // The document's columns lead and print; narrowed to fit the paper (appendixColumns.ts).
  const canonical = showsCanonicalLeads(table);
  const { columns, printed } = withPrintWidths(tasks ? taskColumns(table, canonical) : indicatorColumns(table));
  const cols: AppendixLayout['cols'] = {};
  columns.forEach((c, i) => (cols[c.key as SheetColumnKey] = i + 1));
  const col = (k: SheetColumnKey): string => colLetter(cols[k]!);

  const layout: AppendixLayout = {
    sheet: emptySheet(o.sheetName, 'appendix'),
    table,
    tableIndex: o.tableIndex,
    tableName: o.tableName,
    itemRows: [],
    headingRows: new Map(),
    cols,
    counted: [],
  };
  const rows: CellValue[][] = [];
  const rowStyles: Array<string | null> = [];
  // The same for every row: the status formula's columns, and each due date's serial once.
  const statusCols = tasks ? { kind: col('kind'), due: col('due'), progress: col('progress'), doneDate: col('doneDate') } : undefined;
  // statusOf reads only these four fields (and the settings, fixed here): rows that share them
  // share their status, remembered by kind, then due date, progress and done date (no key text built per row).
  const statuses = new Map<string, Map<string | null, Map<string, Map<string | null, Status>>>>();
  const statusFor = (r: { kind: string; due: string | null; progress: string; doneDate: string | null }): Status => {
    let byDue = statuses.get(r.kind);
    if (!byDue) statuses.set(r.kind, (byDue = new Map()));
    let byProgress = byDue.get(r.due);
    if (!byProgress) byDue.set(r.due, (byProgress = new Map()));
    let byDone = byProgress.get(r.progress);
    if (!byDone) byProgress.set(r.progress, (byDone = new Map()));
    let st = byDone.get(r.doneDate);
    if (st === undefined) byDone.set(r.doneDate, (st = statusOf(r, o.settings) as Status));
    return st;
  };
  const serials = new Map<string, number>();
  const serial = (iso: string): number => {
    let n = serials.get(iso);
    if (n === undefined) serials.set(iso, (n = isoToSerial(iso)));
    return n;
  };
  // Each column's place, found once: -1 when the sheet has no such column.
  const at = (k: SheetColumnKey): number => (cols[k] ? cols[k]! - 1 : -1);
  const [ttAt, taskAt, leadAt, timeAt, sectionAt, statusCol, asFoundAt, kindAt, dueAt, progressAt, idAt] = (
    ['tt', 'task', 'lead', 'time', 'section', 'status', 'leadAsFound', 'kind', 'due', 'progress', 'id'] as const
  ).map(at);
  // The document columns an item fills, each written at its key's column.
  const docCols = columns.filter((c) => c.key && DOC_KEYS.has(c.key)).map((c) => ({ at: at(c.key as SheetColumnKey), key: c.key as ColumnKey }));
  // One template shared by every row's Tình trạng formula (formulaText.ts): not a text per row.
  const template = tasks ? statusTemplateOf(statusCols!) : undefined;
  const put = (values: CellValue[], i: number, v: CellValue): void => {
    if (i >= 0) values[i] = v;
  };
  for (const r of documentRows(table, o.amended)) {
    const row = FIRST_ROW + rows.length;
    // A packed array (mapped, not `new Array(n)`): holey rows would be written sparse by v8.serialize.
    const values: CellValue[] = columns.map(() => null);
    if (r.type === 'heading') {
      put(values, ttAt, r.tt);
      put(values, taskAt, r.title);
      // Text printed in a heading row's lead/time cells is source text too: it stays visible.
      if (r.lead) put(values, leadAt, r.lead);
      if (r.time) put(values, timeAt, r.time);
      put(values, sectionAt, r.section);
      // The status formula gives a heading nothing (no Loại thời hạn); it is there so the column is
      // one calculated column, from the first row to the last.
      if (template) put(values, statusCol, new RowFormula(template, row));
      if (r.line) layout.headingRows.set(r.line, row);
      rowStyles.push('sectionRow');
    } else {
      for (const c of docCols) values[c.at] = docValue(r.item, c.key);
      const lead = shownLead(r.item, canonical);
      if (canonical) {
        put(values, leadAt, lead);
        put(values, asFoundAt, leadAsFound(r.item, canonical));
      }
      if (template) {
        const t = itemTracking(r.item);
        put(values, kindAt, t.kind);
        put(values, dueAt, t.due ? serial(t.due) : null);
        put(values, progressAt, t.progress || null);
        put(values, sectionAt, r.section);
        put(values, idAt, r.item.id ?? null);
        put(values, statusCol, new RowFormula(template, row));
        const u = o.userTracking?.get(trackingKey(r.section, r.item.tt));
        const reported = u ? { ...t, progress: u.progress || t.progress, doneDate: u.doneDate ?? t.doneDate, due: t.due ?? u.due } : t;
        const status = statusFor(reported);
        layout.counted.push({ lead, section: r.section, due: t.due, status, row, itemIndex: r.index });
      }
      layout.itemRows[r.index] = row;
      rowStyles.push(null);
    }
    rows.push(values);
  }
  if (!rows.length) {
    rows.push(columns.map(() => null));
    rowStyles.push(null);
  }
  const last = FIRST_ROW + rows.length - 1;
  // Tình trạng is a calculated column: a row a user adds to the table gets its status formula.
  const statusAt = columns.findIndex((c) => c.key === 'status');
  if (statusAt >= 0) {
    columns[statusAt] = {
      ...columns[statusAt],
      calculated: statusFormula({ kind: col('kind'), due: col('due'), progress: col('progress'), doneDate: col('doneDate') }, FIRST_ROW),
    };
  }
  const sheet = layout.sheet;
  sheet.widths = columns.map((c) => c.width);
  sheet.tabColor = tasks ? '2F5597' : '548235';
  sheet.tables.push({
    name: o.tableName,
    row: HEADER_ROW,
    col: 1,
    columns,
    rows,
    rowStyles,
    tableStyle: 'TableStyleLight9',
    headerStyle: 'header',
    showRowStripes: false,
    showFilterButton: true,
  });
  // The title block spans (and centres over) the printed columns.
  titleBlock(sheet, table, printed || columns.length);
  if (tasks)
    trackingRules(
      sheet,
      layout,
      last,
      columns.length,
      table.items.some((i) => i.removed),
      printed,
    );
  sheet.freeze = { rows: HEADER_ROW, cols: 0 };
  // Printed: the document's columns, in black and white (the status colours are for tracking on screen).
  sheet.print = { ...printSetup(HEADER_ROW, 'landscape', `A1:${colLetter(printed || columns.length)}${last}`), blackAndWhite: true };
  return layout;
}

/** The document columns an item's text fills (the lead as found is set from the lead). */
const DOC_KEYS = new Set<string>(DOCUMENT_KEYS.filter((k) => k !== 'leadAsFound'));

function titleBlock(sheet: SheetPlan, table: ProgrammeTable, width: number): void {
  const { label, title } = appendixTitle(table);
  const end = colLetter(width);
  const put = (row: number, value: CellValue, style: string): void => {
    sheet.cells.push({ row, col: 1, value, style });
    sheet.merges.push(`A${row}:${end}${row}`);
  };
  put(1, label, 'appendixLabel');
  put(2, title, 'appendixTitle');
  put(3, table.attachedTo ?? '', 'attachedTo');
  put(4, { formula: `"Dữ liệu tính đến ngày "&${REPORT_DATE_TEXT}` }, 'asOfLine');
  const chars = sheet.widths.slice(0, width).reduce((a, b) => a + b, 0);
  sheet.heights = {
    1: 21,
    2: 20 * Math.max(1, Math.ceil((title.length * 1.3) / chars)),
    3: 20 * Math.max(1, Math.ceil(((table.attachedTo ?? '').length * 1.1) / chars)),
    5: 32,
    [HEADER_ROW]: 32,
  };
}

function trackingRules(sheet: SheetPlan, l: AppendixLayout, last: number, width: number, hasRemoved: boolean, printed: number): void {
  const c = l.cols;
  const range = (k: SheetColumnKey): string => `${addr(FIRST_ROW, c[k]!)}:${addr(last, c[k]!)}`;
  const statusRef = `$${colLetter(c.status!)}${FIRST_ROW}`;
  const legend = STATUS_ORDER.map((k) => STATUS[k]).filter((s) => STATUS_COLOURS[s] && (hasRemoved || s !== STATUS.removed));
  // The colours are the tracking view's: the legend stands over the tracking columns, out of
  // print — one column clear of the print area, as its right-aligned label runs left.
  const legendAt = Math.max(printed + 2, width - legend.length);
  legend.forEach((s, i) => {
    const colour = STATUS_COLOURS[s]!;
    sheet.conditionalFormats.push({
      range: `A${FIRST_ROW}:${colLetter(width)}${last}`,
      formula: `${statusRef}="${s}"`,
      fill: colour.fill,
      fontColor: colour.font,
      ...(s === STATUS.removed ? { strike: true } : {}),
      priority: i + 1,
      stopIfTrue: true,
    });
    sheet.cells.push({ row: 5, col: legendAt + 1 + i, value: s, style: legendStyle(s) });
  });
  sheet.cells.push({ row: 5, col: legendAt, value: 'Chú giải màu:', style: 'legendLabel' });
  sheet.listValidations.push({
    range: range('progress'),
    source: CATALOGUE_NAMES.progress,
    strict: true,
    errorTitle: 'Tiến độ không hợp lệ',
    errorMessage: 'Chọn một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành.',
    promptTitle: HEADER.progress,
    prompt: 'Chọn tiến độ thực hiện nhiệm vụ.',
  });
  sheet.listValidations.push({
    range: range('lead'),
    source: CATALOGUE_NAMES.agencies,
    strict: false,
    errorTitle: 'Cơ quan chưa có trong danh mục',
    errorMessage: 'Cơ quan này chưa có trong trang Danh mục. Vẫn giữ giá trị đã nhập?',
  });
  if (c.resources) {
    sheet.listValidations.push({
      range: range('resources'),
      source: CATALOGUE_NAMES.funding,
      strict: false,
      errorTitle: 'Nguồn lực chưa có trong danh mục',
      errorMessage: 'Nguồn lực này chưa có trong trang Danh mục. Vẫn giữ giá trị đã nhập?',
    });
  }
  for (const k of ['due', 'doneDate'] as const) {
    sheet.dateValidations.push({
      range: range(k),
      min: isoToSerial('1990-01-01'),
      max: isoToSerial('2100-12-31'),
      errorTitle: 'Ngày không hợp lệ',
      errorMessage: 'Nhập một ngày dạng dd/mm/yyyy, ví dụ 30/06/2026.',
    });
  }
}
