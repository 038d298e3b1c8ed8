/**
 * The reporting cycle in the task pane, without Office: thin wrappers over the use cases of
 * src/app/cycle.ts (the same as `phuluc split / merge / report`). Agency books are rendered with
 * ExcelJS (its browser build) into .xlsx bytes; replies chosen by the user are read with the same
 * reader as `phuluc merge`.
 */
import {
  backupStamp,
  displayDate,
  localTime,
  mergeIntoMaster,
  periodAlreadyReported,
  reportOfMaster,
  sentRecord,
  splitMaster,
  tasksWithoutLead,
  withoutLeadWarning,
} from '../../app';
import type { AgencyBook, CycleMaster, MergeResult, ReplyInput, ReportData } from '../../app';
import type { CellScalar, SheetPlan, TableData } from '../../app';
import { renderWorkbook } from '../../render/exceljs';
import { loadReply } from '../../render/exceljs/cycleBooks';

/** What the pane reads of the master workbook (cycleHost.readCycleState). */
export interface CycleState {
  tables: TableData[];
  catalogueRows: CellScalar[][];
  /** Rows of Lịch sử, Lần gộp and Kết quả báo cáo (data rows, header at row 3). */
  history: CellScalar[][];
  log: CellScalar[][];
  results: CellScalar[][];
  /** Rows of Lần gửi (the agency files of earlier splits). */
  sent?: CellScalar[][];
  sheets: string[];
}

/** The master as the use cases take it: the pane names the programme by its first table's title. */
const master = (s: CycleState): CycleMaster => ({ ...s, title: s.tables[0]?.title ?? '' });

/** Local "2026-07-01T08:30:05" (with milliseconds for a split's stamp). */
export function stampOf(d: Date, ms = false): string {
  return localTime(d, ms);
}

/** The agency books of the workbook ("all agencies" mode: every lead agency at once). */
export function agencyBooks(s: CycleState, o: { asOf: string; replyBy: string | null; sendTo: string | null; now: Date }): AgencyBook[] {
  return splitMaster(master(s), { asOf: o.asOf, replyBy: o.replyBy, sendTo: o.sendTo, stamp: stampOf(o.now, true) });
}

/** The Lần gửi sheet with these books recorded (same `now` as agencyBooks: the stamp the files carry). */
export function sentSheetOf(s: CycleState, books: AgencyBook[], o: { asOf: string; replyBy: string | null; now: Date }): SheetPlan {
  return sentRecord(master(s), books, { asOf: o.asOf, replyBy: o.replyBy, stamp: stampOf(o.now, true) });
}

/**
 * The warning for tasks no agency book gets (no lead written, not removed), as `phuluc split`
 * gives it; '' when every task has a lead.
 */
export function withoutLeadNotice(s: CycleState, asOf: string): string {
  return withoutLeadWarning(tasksWithoutLead(master(s), asOf), 'bấm lại «Chuẩn bị tệp cho các cơ quan»');
}

/**
 * A reminder when the report date the files are prepared for already has its Lịch sử row (most
 * likely a new period whose date was not set yet); '' otherwise.
 */
export function periodNotice(s: CycleState, asOf: string): string {
  return periodAlreadyReported(master(s), asOf)
    ? `Lưu ý: ngày báo cáo ${displayDate(asOf)} đã có số liệu ở trang «Lịch sử». Nếu đây là kỳ báo cáo mới, hãy đặt ngày báo cáo mới ở thẻ «Tình trạng & Tổng hợp» rồi chuẩn bị lại, để tệp trả lời của kỳ trước không bị gộp nhầm vào kỳ này.`
    : '';
}

/** A book's .xlsx bytes (ExcelJS; works in the browser). */
export async function bookBytes(b: AgencyBook): Promise<Uint8Array> {
  return new Uint8Array((await renderWorkbook(b.plan).xlsx.writeBuffer()) as ArrayBuffer);
}

/** Base64 of bytes, for Excel.createWorkbook. */
export function base64(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i++) chars.push(String.fromCharCode(bytes[i]));
  return btoa(chars.join(''));
}

/** Reads chosen reply files; a file that is not a reply is named in `refused` (nothing is merged then). */
export async function readReplies(files: Array<{ name: string; bytes: Uint8Array }>): Promise<{ replies: ReplyInput[]; refused: string[] }> {
  const replies: ReplyInput[] = [];
  const refused: string[] = [];
  for (const f of files) {
    try {
      const r = await loadReply(f.bytes);
      if (r.identity && r.table) replies.push({ file: f.name, identity: r.identity, table: r.table });
      else refused.push(f.name);
    } catch {
      refused.push(f.name);
    }
  }
  return { replies, refused };
}

export interface PaneMerge {
  result: MergeResult;
  report: ReportData;
  /** The backup sheet's name; null when the merge changes no cell of the tables (no copy made). */
  backup: string | null;
  /** Sheets to draw: the backup (when there is one), Báo cáo, Lịch sử, Lần gộp, Kết quả báo cáo. */
  sheets: SheetPlan[];
  /** Replies merged (not refused whole); 0: write nothing. */
  merged: number;
}

/** Merges replies into the state read from the workbook; the caller writes `result.cells` and `sheets`. */
export function mergeInPane(s: CycleState, replies: ReplyInput[], o: { asOf: string; dueSoonDays: number; now: Date }): PaneMerge {
  return mergeIntoMaster(master(s), replies, { asOf: o.asOf, dueSoonDays: o.dueSoonDays, times: { at: stampOf(o.now), backup: backupStamp(o.now) } });
}

/** The report of the workbook as it is now, and the Báo cáo and Lịch sử sheets it draws. */
export function reportInPane(s: CycleState, o: { asOf: string; dueSoonDays: number; now: Date }): { report: ReportData; sheets: SheetPlan[] } {
  return reportOfMaster(master(s), { asOf: o.asOf, dueSoonDays: o.dueSoonDays, at: stampOf(o.now) });
}
