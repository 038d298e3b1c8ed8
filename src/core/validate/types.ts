import type { ColumnKey } from '../model';

export type Severity = 'error' | 'warning';

/** One thing a reviewer should look at, pointing at an exact cell of the appendix. */
export interface Finding {
  /** Stable rule id, e.g. "lead.missing", "time.invalid", "structure.gap". */
  rule: string;
  severity: Severity;
  /** Table title (ProgrammeTable.title). */
  table: string;
  /** Index of the table in Programme.tables (0-based). */
  tableIndex: number;
  /** TT of the item (as printed; "" when the item has none). */
  tt: string;
  /** 1-based source line of the item/heading. */
  line: number;
  /** Index of the item in its table's items (null for a heading or a table-level finding). */
  itemIndex: number | null;
  /**
   * The column the finding is about: a document column, or (workbooks only) a tracking column
   * ("progress", "doneDate", "due") or "reportDate" (Tổng hợp's Ngày báo cáo).
   */
  column: ColumnKey | 'kind' | 'due' | 'progress' | 'doneDate' | 'status' | 'section' | 'reportDate';
  /** The value found. */
  value: string;
  /** Vietnamese message a reviewer understands (quotes the value). */
  message: string;
  /** A suggested fix (canonical agency name, likely number …), or null. */
  suggestion: string | null;
  /** True when applying `suggestion` is certainly right (one-click fix in the task pane). */
  certain?: boolean;
  /** The worksheet cell, e.g. "'Phụ lục'!C25", when the table was read from a workbook. */
  cell?: string;
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
}

export interface ValidationReport {
  findings: Finding[];
  summary: ValidationSummary;
}
