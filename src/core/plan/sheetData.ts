/** A table as read back from the workbook (values as Excel holds them, users' edits included). */
import { HEADER } from '../columnRegistry';
import { text } from '../cellValues';
export type CellScalar = string | number | boolean | null;

export interface TableData {
  sheet: string;
  table: string;
  /** 1-based row of the header row, 1-based column of its first cell. */
  headerRow: number;
  firstCol: number;
  headers: string[];
  rows: CellScalar[][];
  /** The sheet's title block above the table (rows 1–3, column A): "PHỤ LỤC 3", the title, "(Kèm theo …)". */
  label?: string;
  title?: string;
  attachedTo?: string;
  /** Per body cell: true when the cell holds a formula (same shape as rows); absent = unknown. */
  formulas?: boolean[][];
  /** How the table was found: an Excel table named as written, or recognised by its header layout. */
  found?: 'name' | 'layout';
}

/** A non-empty cell outside the appendix tables (text a user may have typed beside or under them). */
export interface LooseCell {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
  value: CellScalar;
  /** True when the cell is a formula, or lies among (or just left of) its row's formulas outside the tables: written by Phụ lục. */
  formulaRow?: boolean;
}

/** The report settings as the Tổng hợp sheet holds them (B3, B4). */
export interface SummarySettings {
  /** The report date cell: a serial day, a text the user typed, or null (=TODAY() or empty). */
  reportDate: CellScalar;
  /** True when the report date cell is a formula (=TODAY()). */
  reportDateFormula: boolean;
  dueSoonDays: CellScalar;
  /** (Optional, added by the programmes issue) A2: the programme's title as the workbook shows it. */
  title?: CellScalar;
}

/** Everything a re-import reads from the workbook it replaces. */
export interface WorkbookSnapshot {
  tables: TableData[];
  sheets: string[];
  catalogueRows: CellScalar[][];
  /** Non-empty cells outside the appendix tables and the agency list, on every sheet. */
  looseCells?: LooseCell[];
  /** Header of each non-appendix Excel table, by table name (to tell its columns from added ones). */
  otherTables?: Array<{ sheet: string; name: string; ref: string; headers: string[] }>;
  summary?: SummarySettings | null;
  /**
   * (Optional, added by the programmes issue) Body rows of the DsChuongTrinh table on the
   * "Chương trình" sheet of a workbook holding several programmes (programmeSheet.ts).
   */
  programmeRows?: CellScalar[][];
}

/** Cells A1:A3 of an appendix sheet, as appendixSheet writes them, → label, title and "(Kèm theo …)" line. */
export const TITLE_BLOCK = 'A1:A3';

export function titleBlock(cells: CellScalar[]): Pick<TableData, 'label' | 'title' | 'attachedTo'> {
  const [label, title, attachedTo] = [0, 1, 2].map((i) => text(cells[i]));
  return {
    ...(label ? { label } : {}),
    ...(title ? { title } : {}),
    ...(attachedTo ? { attachedTo } : {}),
  };
}

/** Tables the add-in wrote: task appendices (PhuLuc_n) and indicator tables (ChiTieu_n), with a programme tag (CT2_PhuLuc_n) in a workbook of several programmes. */
export const isAppendixTable = (name: string) => /^(CT\d+_)?(PhuLuc|ChiTieu)_\d+$/.test(name);

/** Columns the users fill in; kept on re-import and refresh. */
export const USER_HEADERS = [HEADER.progress, HEADER.doneDate, HEADER.notes];

export { text };
