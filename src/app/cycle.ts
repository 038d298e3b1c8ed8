/**
 * Use cases of the reporting cycle on a master workbook, host-free: split it into one workbook per
 * lead agency, merge the agencies' replies back, and report. Hosts read the master (the command
 * line through ExcelJS, the pane through Office.js) into a CycleMaster, then write what a use case
 * returns: cells to update and sheets to draw (core/cycle/*).
 */
import { programmeKey } from '../core/cycle/identity';
import { mergeReplies, MergeResult, ReplyInput, withUpdates } from '../core/cycle/merge';
import { buildReport, ReportData } from '../core/cycle/report';
import { cycleRows, rowStatus } from '../core/cycle/rows';
import { STATUS } from '../core/status';
import {
  historyDates,
  historySheet,
  logSheet,
  mergeBackupSheet,
  mergedResults,
  pastMerges,
  pastSplits,
  reportedTexts,
  reportSheet,
  resultsSheet,
  sentSheet,
} from '../core/cycle/sheets';
import { AgencyBook, splitByAgency } from '../core/cycle/split';
import type { CellScalar, TableData } from '../core/plan/sheetData';
import type { SheetPlan } from '../core/plan/types';
import { workbookCatalogue } from './workbook';

export type { AgencyBook } from '../core/cycle/split';
export type { CellUpdate, MergeResult, ReplyInput } from '../core/cycle/merge';
export type { ReportData } from '../core/cycle/report';
export { CONFLICT_LABEL } from '../core/cycle/merge';

/** The master workbook as the cycle reads it. */
export interface CycleMaster {
  /** The programme's title (the workbook's, else its first table's). */
  title: string;
  tables: TableData[];
  /** Danh mục's agency rows (the user's agencies count as known). */
  catalogueRows: CellScalar[][];
  /** Every sheet name (a new backup sheet takes a name not among them). */
  sheets: string[];
  /** Data rows of Lịch sử, Lần gộp, Kết quả báo cáo and Lần gửi (below their header row). */
  history: CellScalar[][];
  log: CellScalar[][];
  results: CellScalar[][];
  /** Lần gửi's rows; absent or [] before the first recorded split. */
  sent?: CellScalar[][];
}

/** Times as the cycle stamps them, local: `at` "2026-07-01T08:30:05", `backup` "01-07-2026 08-30-05". */
export interface CycleTimes {
  at: string;
  backup: string;
}

/**
 * One workbook plan per lead agency (its tasks as lead and, in a second table, as partner), each
 * with the reply columns and the programme's identity (stamp: the split's time with ms, so two
 * splits never share one). [] when no task names a lead agency.
 */
export function splitMaster(m: CycleMaster, o: { asOf: string; replyBy: string | null; sendTo: string | null; stamp: string }): AgencyBook[] {
  return splitByAgency(m.tables, {
    title: m.title,
    asOf: o.asOf,
    replyBy: o.replyBy,
    sendTo: o.sendTo,
    programmeKey: programmeKey(m.tables),
    stamp: o.stamp,
    catalogue: workbookCatalogue(m.catalogueRows),
  });
}

/**
 * The master's Lần gửi sheet with the agency files of a split made now added (the hosts draw it
 * after writing the files): the next merge knows a reply to an earlier split by it. `stamp`: the
 * split's (as in splitMaster), `asOf` and `replyBy`: ISO dates.
 */
export function sentRecord(m: CycleMaster, books: AgencyBook[], o: { asOf: string; replyBy: string | null; stamp: string }): SheetPlan {
  return sentSheet(m.sent ?? [], books, o);
}

/**
 * True when the master's Lịch sử already holds a row for `asOf`: a split for that report date
 * is then most likely meant for a new period whose date was not set (hosts say how to set it;
 * replies of a split are told apart by the report date it was made for).
 */
export function periodAlreadyReported(m: CycleMaster, asOf: string): boolean {
  return historyDates(m.history).includes(asOf);
}

/**
 * Tasks of the master that no agency file gets: no lead written (and not removed or a heading —
 * rows without a status). The host says how many, so no task is left out of the cycle silently.
 */
export function tasksWithoutLead(m: CycleMaster, asOf: string): number {
  return cycleRows(m.tables).filter((r) => !r.lead.trim() && rowStatus(r, asOf, 30) !== '' && rowStatus(r, asOf, 30) !== STATUS.removed).length;
}

/**
 * The warning a host gives after a split when `n` tasks have no lead (tasksWithoutLead); `again`
 * says how to split again in that host ("chạy lại “phuluc split”"). Empty when n is 0.
 */
export function withoutLeadWarning(n: number, again: string): string {
  return n ? `Cảnh báo: ${n} nhiệm vụ chưa ghi cơ quan chủ trì nên không có trong tệp nào: điền cột “Cơ quan chủ trì” trong sổ rồi ${again}.` : '';
}

/** What a merge changes in the master: cells to write, then sheets to draw (backup first). */
export interface MasterMerge {
  result: MergeResult;
  report: ReportData;
  /**
   * The name of the sheet that keeps the tables as they were before the merge ("Sao lưu gộp …"),
   * null when the merge changes no cell of the tables (a reply merged again, or one that only
   * repeats the master): nothing typed is overwritten, so no copy is made.
   */
  backup: string | null;
  /** The backup (when there is one), Báo cáo, Lịch sử, Lần gộp, Kết quả báo cáo — in that order. */
  sheets: SheetPlan[];
  /**
   * The replies merged: those not refused whole (another programme's, an earlier split's). When it
   * is 0 the hosts write nothing — no cell, no sheet — and say so.
   */
  merged: number;
}

/** Conflicts that refuse a whole reply file. */
const WHOLE_FILE: ReadonlySet<string> = new Set(['other-programme', 'older-split']);

/**
 * Merges agencies' replies into the master by task id: conflicts are reported, never resolved
 * silently; the report as of `asOf` counts the tasks done since the last Lịch sử date before it.
 */
export function mergeIntoMaster(m: CycleMaster, replies: ReplyInput[], o: { asOf: string; dueSoonDays: number; times: CycleTimes }): MasterMerge {
  const catalogue = workbookCatalogue(m.catalogueRows);
  const result = mergeReplies(m.tables, programmeKey(m.tables), replies, pastMerges(m.log), catalogue, { sent: pastSplits(m.sent ?? []), reported: reportedTexts(m.results) });
  const at = o.times.at;
  const results = mergedResults(m.results, result.texts, at);
  const report = reportOf(m, withUpdates(m.tables, result.cells), { ...o, results });
  const backup = result.cells.length ? mergeBackupSheet(m.tables, o.times.backup, m.sheets) : null;
  const refused = new Set(result.conflicts.filter((c) => WHOLE_FILE.has(c.kind)).map((c) => c.file));
  return {
    result,
    report,
    merged: replies.filter((r) => !refused.has(r.file)).length,
    backup: backup?.name ?? null,
    sheets: [...(backup ? [backup] : []), reportSheet(report), historySheet(m.history, report, 'Gộp báo cáo', at), logSheet(m.log, result.log, at), resultsSheet(results)],
  };
}

/** The report of the master as it is now, and the Báo cáo and Lịch sử sheets it draws again. */
export function reportOfMaster(m: CycleMaster, o: { asOf: string; dueSoonDays: number; at: string }): { report: ReportData; sheets: SheetPlan[] } {
  const report = reportOf(m, m.tables, { ...o, results: m.results });
  return { report, sheets: [reportSheet(report), historySheet(m.history, report, 'Báo cáo', o.at)] };
}

function reportOf(m: CycleMaster, tables: TableData[], o: { asOf: string; dueSoonDays: number; results: CellScalar[][] }): ReportData {
  const since =
    historyDates(m.history)
      .filter((d) => d < o.asOf)
      .pop() ?? null;
  return buildReport(cycleRows(tables), { title: m.title, asOf: o.asOf, dueSoonDays: o.dueSoonDays, since, catalogue: workbookCatalogue(m.catalogueRows), results: o.results });
}
