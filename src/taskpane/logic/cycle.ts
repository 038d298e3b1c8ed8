/**
 * The reporting cycle in the task pane, without Office: the same core as the command line.
 * Agency books are rendered with ExcelJS (its browser build) into .xlsx bytes; replies chosen by
 * the user are read with the same reader as `phuluc merge`.
 */
import { builtinCatalogue, extendCatalogue } from '../../core/agencies';
import { programmeKey } from '../../core/cycle/identity';
import { mergeReplies, MergeResult, ReplyInput, withUpdates } from '../../core/cycle/merge';
import { buildReport, ReportData } from '../../core/cycle/report';
import { cycleRows } from '../../core/cycle/rows';
import { AgencyBook, splitByAgency } from '../../core/cycle/split';
import { historyDates, historySheet, logSheet, mergeBackupSheet, pastMerges, reportSheet, resultsSheet } from '../../core/cycle/sheets';
import { userAgencies } from '../../core/plan/catalogueSheet';
import type { CellScalar, TableData } from '../../core/plan/sheetData';
import type { SheetPlan } from '../../core/plan/types';
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
  sheets: string[];
}

const catalogueOf = (rows: CellScalar[][]) => extendCatalogue(builtinCatalogue(), userAgencies(rows));
const two = (n: number) => String(n).padStart(2, '0');
/** Local "2026-07-01T08:30:05" (with milliseconds for a split's stamp). */
export function stampOf(d: Date, ms = false): string {
  const base = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return ms ? `${base}.${String(d.getMilliseconds()).padStart(3, '0')}` : base;
}
const backupStampOf = (d: Date) => `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;

/** The agency books of the workbook ("all agencies" mode: every lead agency at once). */
export function agencyBooks(s: CycleState, o: { asOf: string; replyBy: string | null; sendTo: string | null; now: Date }): AgencyBook[] {
  return splitByAgency(s.tables, {
    title: s.tables[0]?.title ?? '', asOf: o.asOf, replyBy: o.replyBy, sendTo: o.sendTo,
    programmeKey: programmeKey(s.tables), stamp: stampOf(o.now, true), catalogue: catalogueOf(s.catalogueRows),
  });
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
  /** Sheets to draw: backup, Báo cáo, Lịch sử, Lần gộp, Kết quả báo cáo. */
  sheets: SheetPlan[];
}

/** Merges replies into the state read from the workbook; the caller writes `result.cells` and `sheets`. */
export function mergeInPane(s: CycleState, replies: ReplyInput[], o: { asOf: string; dueSoonDays: number; now: Date }): PaneMerge {
  const catalogue = catalogueOf(s.catalogueRows);
  const result = mergeReplies(s.tables, programmeKey(s.tables), replies, pastMerges(s.log), catalogue);
  const report = reportOf(withUpdates(s.tables, result.cells), s, o);
  const at = stampOf(o.now);
  return {
    result, report,
    sheets: [
      mergeBackupSheet(s.tables, backupStampOf(o.now), s.sheets),
      reportSheet(report),
      historySheet(s.history, report, 'Gộp báo cáo', at),
      logSheet(s.log, result.log, at),
      resultsSheet(s.results, result.texts, at),
    ],
  };
}

/** The report of the workbook as it is now, and the Báo cáo and Lịch sử sheets it draws. */
export function reportInPane(s: CycleState, o: { asOf: string; dueSoonDays: number; now: Date }): { report: ReportData; sheets: SheetPlan[] } {
  const report = reportOf(s.tables, s, o);
  return { report, sheets: [reportSheet(report), historySheet(s.history, report, 'Báo cáo', stampOf(o.now))] };
}

function reportOf(tables: TableData[], s: CycleState, o: { asOf: string; dueSoonDays: number }): ReportData {
  const since = historyDates(s.history).filter((d) => d < o.asOf).pop() ?? null;
  return buildReport(cycleRows(tables), { title: s.tables[0]?.title ?? '', asOf: o.asOf, dueSoonDays: o.dueSoonDays, since, catalogue: catalogueOf(s.catalogueRows) });
}
