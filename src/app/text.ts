/**
 * Small helpers hosts need to parse their arguments and word their messages, re-exported from
 * the core so hosts import the use-case layer only: dates as users type them, dates as shown,
 * and the labels of time kinds.
 */
export * from './words';
export { columnDef, HEADER } from '../core/columnRegistry';
export type { Severity } from '../core/validate/types';
export type { ColumnKey, Item, Programme } from '../core/model';
export type { TimeKind } from '../core/time/types';
export * from './result';
export type { SourceDocument } from '../core/document';
export type { Catalogue } from '../core/agencies/types';
export type { KeepResult, ReimportReport } from '../core/plan/keepUserCells';
export { backupStamp, emptyReimportReport } from '../core/plan/keepUserCells';
export type { CellScalar, TableData, WorkbookSnapshot } from '../core/plan/sheetData';
export type { SheetPlan, WorkbookPlan } from '../core/plan/types';
export { carriedSettings } from '../core/plan/reimportMessage';
/** The report settings as read from a workbook's Tổng hợp (its report date cell and due-soon days). */
export type { SummarySettings as WorkbookSummarySettings } from '../core/plan/sheetData';
