/** A table as read back from the workbook (values as Excel holds them, users' edits included). */
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

/** Tables the add-in wrote: task appendices (PhuLuc_n) and indicator tables (ChiTieu_n). */
export const isAppendixTable = (name: string) => /^(PhuLuc|ChiTieu)_\d+$/.test(name);

/** Columns the users fill in; kept on re-import and refresh. */
export const USER_HEADERS = ['Tiến độ', 'Ngày hoàn thành', 'Ghi chú'];

export const text = (v: CellScalar | undefined) => (v === null || v === undefined ? '' : String(v)).trim();
