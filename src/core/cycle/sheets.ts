/**
 * The master's cycle sheets, as plans drawn by the existing renderers: Báo cáo (one A4 portrait
 * page), Lịch sử (one row per report date), Lần gộp (one row per reply merged) and Kết quả báo
 * cáo (what agencies reported per item). Each is rebuilt whole from its old rows (read back from
 * the workbook, header at row 3, data from row 4) plus the new ones.
 */
import { displayDate, isoToSerial, STATUS, STATUS_ORDER } from '../status';
import { emptySheet } from '../plan/layout';
import { printSetup } from '../plan/printSetup';
import type { CellScalar } from '../plan/sheetData';
import { text } from '../plan/sheetData';
import type { CellStyle, CellValue, SheetPlan } from '../plan/types';
import { STYLES } from '../plan/palette';
import { HEADER } from '../columnRegistry';
import type { TableData } from '../plan/sheetData';
import type { MergeLogRow, ReportedText, SentSplit } from './merge';
import { ReportData, reportStatuses } from './report';
import { cellDate } from './rows';
import { REPLY_HEADERS } from './split';
import { stampFromText, stampText } from './identity';

export const REPORT_SHEET = 'Báo cáo';
export const HISTORY_SHEET = 'Lịch sử';
export const LOG_SHEET = 'Lần gộp';
export const RESULTS_SHEET = 'Kết quả báo cáo';
export const SENT_SHEET = 'Lần gửi';
/** The sheets whose rows the cycle keeps from one step to the next (read back below GRID_HEADER_ROW). */
export const CYCLE_GRID_SHEETS = [HISTORY_SHEET, LOG_SHEET, RESULTS_SHEET, SENT_SHEET] as const;
/** Header row of the grid sheets; data from the next row. */
export const GRID_HEADER_ROW = 3;

const ALL_STATUSES = STATUS_ORDER.map((k) => STATUS[k]);
/** Ngày báo cáo then the counts side by side: the chart of the trend reads A3 to the last status column. */
export const HISTORY_HEADERS = ['Ngày báo cáo', ...ALL_STATUSES, 'Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành đúng hạn', 'Ghi lúc', 'Lần ghi'];
const HISTORY_WIDTHS = [13, ...ALL_STATUSES.map(() => 11), 10, 12, 18, 14];
const HISTORY_STYLES = ['dateCell', ...ALL_STATUSES.map(() => 'count'), 'countBold', 'percent', 'label', 'label'];

/** The trend chart of Lịch sử (drawn by the add-in; ExcelJS cannot draw charts): counts per status per report date. */
function historyChart(s: SheetPlan, rows: number): SheetPlan {
  const last = GRID_HEADER_ROW + rows;
  s.charts = [
    {
      type: 'columnStacked',
      title: 'Nhiệm vụ theo tình trạng qua các kỳ báo cáo',
      source: `A${GRID_HEADER_ROW}:${String.fromCharCode(65 + ALL_STATUSES.length)}${last}`,
      anchor: `A${last + 3}`,
      seriesBy: 'columns',
    },
  ];
  return s;
}
export const LOG_HEADERS = ['Thời điểm gộp', 'Tệp', 'Cơ quan', 'Lần gửi', 'Số nhiệm vụ cập nhật', 'Số xung đột'];
/** Lần gửi: one row per agency file a split made (the stamp is the file's "Lần gửi"). */
export const SENT_HEADERS = ['Lần gửi', 'Cơ quan', 'Tệp', 'Số nhiệm vụ chủ trì', 'Số nhiệm vụ phối hợp', 'Tính đến ngày', 'Hạn gửi lại'];
const SENT_WIDTHS = [20, 34, 40, 12, 12, 13, 13];
const SENT_STYLES = ['label', 'label', 'label', 'count', 'count', 'dateCell', 'dateCell'];
const SENT_TITLE = 'NHẬT KÝ GỬI TỆP CHO CÁC CƠ QUAN';
const TEXT_HEADERS = REPLY_HEADERS.slice(2);
export const RESULTS_HEADERS = ['Mã', 'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', ...TEXT_HEADERS, 'Tệp', 'Ngày gộp'];

function gridSheet(name: string, title: string, headers: string[], rows: CellValue[][], widths: number[], colStyles: Array<string | undefined>): SheetPlan {
  const s = emptySheet(name, 'cycle');
  s.widths = widths;
  s.cells.push({ row: 1, col: 1, value: title, style: 'sheetTitle' });
  headers.forEach((h, c) => s.cells.push({ row: GRID_HEADER_ROW, col: c + 1, value: h, style: 'header' }));
  rows.forEach((r, i) => r.forEach((v, c) => s.cells.push({ row: GRID_HEADER_ROW + 1 + i, col: c + 1, value: v, style: colStyles[c] ?? 'label' })));
  s.freeze = { rows: GRID_HEADER_ROW, cols: 0 };
  s.print = printSetup(GRID_HEADER_ROW);
  return s;
}

const asValue = (v: CellScalar | undefined): CellValue => (v === undefined ? null : v);

/**
 * Lịch sử: the old rows with the row for `d.asOf` replaced (or added), sorted by report date.
 * `event` says what wrote the row ("Gộp báo cáo", "Báo cáo"); `at`: local date-time.
 */
export function historySheet(old: CellScalar[][], d: ReportData, event: string, at: string): SheetPlan {
  const keep = old.filter((r) => cellDate(r[0]) && cellDate(r[0]) !== d.asOf);
  const row: CellValue[] = [isoToSerial(d.asOf), ...ALL_STATUSES.map((s) => d.counts[s]), d.total, d.onTimeShare, stampText(at), event];
  const rows = [...keep.map((r) => HISTORY_HEADERS.map((_, c) => asValue(r[c]))), row].sort((a, b) => Number(a[0]) - Number(b[0]));
  return historyChart(gridSheet(HISTORY_SHEET, 'LỊCH SỬ TÌNH HÌNH THỰC HIỆN THEO KỲ BÁO CÁO', HISTORY_HEADERS, rows, HISTORY_WIDTHS, HISTORY_STYLES), rows.length);
}

/** Report dates already in a Lịch sử sheet's rows (ISO, ascending). */
export function historyDates(old: CellScalar[][]): string[] {
  return old
    .map((r) => cellDate(r[0]))
    .filter((d): d is string => !!d)
    .sort();
}

/** Lần gộp: the old rows, then one row per reply merged now. */
export function logSheet(old: CellScalar[][], log: MergeLogRow[], at: string): SheetPlan {
  const rows: CellValue[][] = [
    ...old.filter((r) => text(r[1])).map((r) => LOG_HEADERS.map((_, c) => asValue(r[c]))),
    ...log.map((l) => [stampText(at), l.file, l.agency, stampText(l.stamp), l.updated, l.conflicts]),
  ];
  return gridSheet(LOG_SHEET, 'NHẬT KÝ GỘP BÁO CÁO CỦA CÁC CƠ QUAN', LOG_HEADERS, rows, [18, 36, 30, 20, 12, 10], ['label', 'label', 'label', 'label', 'count', 'count']);
}

/** One agency file of a split, as Lần gửi records it. ISO dates; stamp as in the file (ms included). */
export interface SentFile {
  agency: string;
  fileName: string;
  leads: number;
  partners: number;
}

/**
 * Lần gửi: the old rows, then one row per agency file of the split made now (`stamp`: its ISO
 * date-time, shown dd/mm/yyyy hh:mm:ss; `asOf`, `replyBy`: ISO dates or null). Merge reads it back
 * (pastSplits), so a reply from an earlier split is known as one even when no reply of the newer
 * split has been merged yet.
 */
export function sentSheet(old: CellScalar[][], files: SentFile[], o: { stamp: string; asOf: string; replyBy: string | null }): SheetPlan {
  const rows: CellValue[][] = [
    ...old.filter((r) => text(r[0]) && text(r[1])).map((r) => SENT_HEADERS.map((_, c) => asValue(r[c]))),
    ...files.map((f) => [stampText(o.stamp), f.agency, f.fileName, f.leads, f.partners, isoToSerial(o.asOf), o.replyBy ? isoToSerial(o.replyBy) : null]),
  ];
  return gridSheet(SENT_SHEET, SENT_TITLE, SENT_HEADERS, rows, SENT_WIDTHS, SENT_STYLES);
}

/** Splits recorded on a Lần gửi sheet's rows: agency, split stamp (ISO) and the report date it was made for (its period). */
export function pastSplits(old: CellScalar[][]): SentSplit[] {
  return old.filter((r) => text(r[0]) && text(r[1])).map((r) => ({ agency: text(r[1]), stamp: stampFromText(text(r[0])), asOf: cellDate(r[5]) }));
}

/** The texts Kết quả báo cáo already holds, per task id: reply header → text (empty cells left out). */
export function reportedTexts(rows: CellScalar[][]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) {
    if (!text(r[0])) continue;
    const texts: Record<string, string> = {};
    TEXT_HEADERS.forEach((h, i) => text(r[4 + i]) && (texts[h] = text(r[4 + i])));
    out.set(text(r[0]), texts);
  }
  return out;
}

/** Earlier merges (agency, split stamp) from a Lần gộp sheet's rows. */
export function pastMerges(old: CellScalar[][]): Array<{ agency: string; stamp: string }> {
  return old.filter((r) => text(r[2]) && text(r[3])).map((r) => ({ agency: text(r[2]), stamp: stampFromText(text(r[3])) }));
}

/**
 * The rows of Kết quả báo cáo after a merge (RESULTS_HEADERS): one row per item, the old rows
 * first; a new report of an item replaces the columns it fills, its file and its day (`at`:
 * local date-time, shown dd/mm/yyyy).
 */
export function mergedResults(old: CellScalar[][], texts: ReportedText[], at: string): CellScalar[][] {
  const byId = new Map<string, CellScalar[]>();
  for (const r of old)
    if (text(r[0]))
      byId.set(
        text(r[0]),
        RESULTS_HEADERS.map((_, c) => r[c] ?? null),
      );
  for (const t of texts) {
    const row = byId.get(t.id) ?? [t.id, t.row.tt, t.row.task, t.row.lead, ...TEXT_HEADERS.map(() => null), null, null];
    TEXT_HEADERS.forEach((h, i) => t.values[h] && (row[4 + i] = t.values[h]));
    row[4 + TEXT_HEADERS.length] = t.file;
    row[5 + TEXT_HEADERS.length] = at.slice(0, 10).split('-').reverse().join('/');
    byId.set(t.id, row);
  }
  return [...byId.values()];
}

/** Kết quả báo cáo: the rows of `mergedResults`. */
export function resultsSheet(rows: CellScalar[][]): SheetPlan {
  return gridSheet(RESULTS_SHEET, 'KẾT QUẢ THỰC HIỆN DO CÁC CƠ QUAN BÁO CÁO', RESULTS_HEADERS, rows, [10, 6, 40, 22, 40, 28, 28, 24, 11], []);
}

/** Báo cáo: the report on one A4 portrait page (NĐ 30/2020 margins; shrunk to fit). */
export function reportSheet(d: ReportData): SheetPlan {
  const s = emptySheet(REPORT_SHEET, 'cycle');
  s.widths = [6, 44, 18, 12, 10];
  let row = 1;
  const put = (col: number, value: CellValue, style = 'label'): void => void s.cells.push({ row, col, value, style });
  const line = (value: string, style: string): void => {
    put(1, value, style);
    s.merges.push(`A${row}:E${row}`);
    row++;
  };
  line('BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'appendixLabel');
  if (d.title) line(d.title, 'attachedTo');
  line(`(Tính đến ngày ${displayDate(d.asOf)})`, 'attachedTo');
  row++;
  line('1. Số nhiệm vụ theo tình trạng', 'blockTitle');
  put(1, HEADER.tt, 'header');
  put(2, HEADER.status, 'header');
  put(3, 'Số nhiệm vụ', 'header');
  row++;
  reportStatuses(d).forEach((st, i) => {
    put(1, i + 1, 'count');
    put(2, st);
    put(3, d.counts[st], 'count');
    row++;
  });
  put(2, 'Tổng số (không tính điểm đã lược bỏ)', 'labelBold');
  put(3, d.total, 'countBold');
  row++;
  put(2, 'Tỷ lệ hoàn thành đúng hạn', 'labelBold');
  put(3, d.onTimeShare, 'percent');
  row += 2;
  line('2. Cơ quan chủ trì theo số nhiệm vụ quá hạn', 'blockTitle');
  put(1, 'TT', 'header');
  put(2, 'Cơ quan chủ trì', 'header');
  put(3, 'Quá hạn', 'header');
  put(4, 'Hoàn thành', 'header');
  put(5, 'Tổng', 'header');
  row++;
  d.agencies.forEach((a, i) => {
    put(1, i + 1, 'count');
    put(2, a.agency);
    put(3, a.overdue, 'count');
    put(4, a.done, 'count');
    put(5, a.total, 'count');
    row++;
  });
  row++;
  line(`3. Nhiệm vụ quá hạn (${d.overdue.length})`, 'blockTitle');
  if (d.overdue.length) {
    put(1, 'TT', 'header');
    put(2, 'Nhiệm vụ', 'header');
    put(3, 'Chủ trì', 'header');
    put(4, 'Hạn', 'header');
    put(5, 'Số ngày quá hạn', 'header');
    row++;
    for (const t of d.overdue) {
      put(1, t.tt);
      put(2, t.task);
      put(3, t.lead);
      put(4, t.due ? displayDate(t.due) : '');
      put(5, t.daysLate, 'count');
      row++;
    }
  } else line('Không có nhiệm vụ quá hạn.', 'note');
  row++;
  line(`4. Nhiệm vụ hoàn thành ${d.since ? `từ sau ngày ${displayDate(d.since)}` : 'đến ngày báo cáo'} (${d.completed.length})`, 'blockTitle');
  if (d.completed.length) {
    put(1, 'TT', 'header');
    put(2, 'Nhiệm vụ', 'header');
    put(3, 'Chủ trì', 'header');
    put(4, 'Hạn', 'header');
    put(5, 'Ngày hoàn thành', 'header');
    row++;
    for (const t of d.completed) {
      put(1, t.tt);
      put(2, t.task);
      put(3, t.lead);
      put(4, t.due ? displayDate(t.due) : '');
      put(5, t.doneDate ? displayDate(t.doneDate) : '');
      row++;
    }
  } else line('Không có.', 'note');
  s.print = { ...printSetup(undefined, 'portrait'), fitToHeight: 1, printArea: `A1:E${row}` };
  s.tabColor = 'C00000';
  return s;
}

/** Styles the cycle sheets use beyond the workbook's own (plan/palette.ts). */
export const CYCLE_SHEET_STYLES: Record<string, CellStyle> = {
  dateCell: { ...STYLES.label, numFmt: 'dd/mm/yyyy', horizontal: 'center' },
};

/**
 * A copy of the appendix tables as values, before a merge writes into them ("Sao lưu gộp …").
 * `stamp`: "01-07-2026 08-30-05"; `taken`: sheet names already in the workbook.
 */
export function mergeBackupSheet(tables: TableData[], stamp: string, taken: string[]): SheetPlan {
  let name = `Sao lưu gộp ${stamp}`.slice(0, 31);
  for (let i = 2; taken.some((t) => t.toLowerCase() === name.toLowerCase()); i++) name = `${`Sao lưu gộp ${stamp}`.slice(0, 26)} (${i})`;
  const s = emptySheet(name, 'backup');
  s.cells.push({ row: 1, col: 1, value: `Bản sao các bảng phụ lục trước khi gộp báo cáo (${stamp})`, style: 'sheetTitle' });
  let row = 3;
  let width = 0;
  for (const t of tables) {
    s.cells.push({ row: row++, col: 1, value: `${t.sheet} — bảng ${t.table}`, style: 'blockTitle' });
    t.headers.forEach((h, c) => s.cells.push({ row, col: c + 1, value: h, style: 'header' }));
    row++;
    for (const r of t.rows) {
      r.forEach((v, c) => v !== null && v !== '' && s.cells.push({ row, col: c + 1, value: v }));
      row++;
    }
    width = Math.max(width, t.headers.length);
    row += 2;
  }
  s.widths = Array.from({ length: width }, (_, i) => (i === 1 ? 50 : 14));
  return s;
}

/** The grid sheets a re-import carries over from the old workbook (their data rows as read). */
export interface CycleGrids {
  history: CellScalar[][];
  log: CellScalar[][];
  results: CellScalar[][];
  /** Rows of Lần gửi (absent in a master no split has written into). */
  sent?: CellScalar[][];
}

/**
 * Lịch sử, Lần gộp, Kết quả báo cáo and Lần gửi drawn again from their old rows, for a re-import: the
 * history of earlier periods survives a new import of the programme (Báo cáo is not carried: the
 * next merge or report draws it). Only sheets that had rows are returned.
 */
export function carriedCycleSheets(g: CycleGrids): SheetPlan[] {
  const keep = (rows: CellScalar[][], width: number): CellValue[][] => rows.map((r) => Array.from({ length: width }, (_, c) => asValue(r[c])));
  const out: SheetPlan[] = [];
  if (g.history.length) {
    const rows = keep(g.history, HISTORY_HEADERS.length);
    out.push(historyChart(gridSheet(HISTORY_SHEET, 'LỊCH SỬ TÌNH HÌNH THỰC HIỆN THEO KỲ BÁO CÁO', HISTORY_HEADERS, rows, HISTORY_WIDTHS, HISTORY_STYLES), rows.length));
  }
  if (g.log.length)
    out.push(
      gridSheet(
        LOG_SHEET,
        'NHẬT KÝ GỘP BÁO CÁO CỦA CÁC CƠ QUAN',
        LOG_HEADERS,
        keep(g.log, LOG_HEADERS.length),
        [18, 36, 30, 20, 12, 10],
        ['label', 'label', 'label', 'label', 'count', 'count'],
      ),
    );
  if (g.results.length)
    out.push(
      gridSheet(RESULTS_SHEET, 'KẾT QUẢ THỰC HIỆN DO CÁC CƠ QUAN BÁO CÁO', RESULTS_HEADERS, keep(g.results, RESULTS_HEADERS.length), [10, 6, 40, 22, 40, 28, 28, 24, 11], []),
    );
  if (g.sent?.length) out.push(gridSheet(SENT_SHEET, SENT_TITLE, SENT_HEADERS, keep(g.sent, SENT_HEADERS.length), SENT_WIDTHS, SENT_STYLES));
  return out;
}
