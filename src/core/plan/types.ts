/**
 * The workbook plan: pure data describing every sheet, table, formula, format, conditional
 * format, validation and print setting. Drawn by two thin renderers — ExcelJS (command line →
 * .xlsx) and Office.js (inside Excel) — so the two cannot drift apart. No layout decision lives
 * in a renderer.
 *
 * Conventions
 * - Rows and columns are 1-based. Ranges are A1 strings ("A5:N60") on the sheet they belong to.
 * - Formulas are written WITHOUT the leading "=" (ExcelJS wants none; Office.js adds it).
 * - Dates are Excel serial day numbers (1900 date system) with a date number format, so both
 *   renderers write plain numbers.
 * - Text cells are marked `text: true` in their column/cell so renderers set the "@" number
 *   format BEFORE writing: a task that starts with "=", "+", "-" or "@" must stay text.
 */

export type Scalar = string | number | boolean | null;

/**
 * A formula shared by the body cells of a table column (Tình trạng), cut where the row number
 * goes: the text on sheet row r is `pieces.join(String(r))`, without "=". One object per column,
 * shared by all its rows (statusFormula.ts#statusTemplateOf).
 */
export interface FormulaTemplate {
  readonly pieces: readonly string[];
}

/**
 * A formula cell (without "="): its own text, or a shared FormulaTemplate and the sheet row the
 * cell stands on. Read its text with formulaText (formulaText.ts), never `formula` directly.
 * `result` (optional) is the value the core computed for the report date, written as the
 * formula's cached value (see cachedResults.ts).
 */
export type FormulaValue = { formula: string; result?: Scalar } | { formula: FormulaTemplate; row: number; result?: Scalar };

/** A cell value: a scalar, or a formula (FormulaValue). */
export type CellValue = Scalar | FormulaValue;

export interface FontPlan {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  /** RGB hex without "#", e.g. "9C0006". */
  color?: string;
}

export interface CellStyle {
  font?: FontPlan;
  /** Solid fill, RGB hex without "#". */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Excel number format: "@" (text), "dd/mm/yyyy", "0", "0%" … */
  numFmt?: string;
  /** (Optional, added by the cycle issue) false = the cell stays editable on a protected sheet. */
  locked?: boolean;
}

export interface CellPlan {
  row: number;
  col: number;
  value: CellValue;
  /** Key into WorkbookPlan.styles. */
  style?: string;
  /** Internal link, e.g. "#'Phụ lục 3'!D17". */
  hyperlink?: string;
}

export interface ColumnPlan {
  /** Header text shown in the table. */
  header: string;
  /** Width in characters. */
  width: number;
  /** Text column: "@" number format set before writing values. */
  text?: boolean;
  /** Key into WorkbookPlan.styles for the body cells of this column. */
  style?: string;
  hidden?: boolean;
  /**
   * (Optional, added by the workbook issue) What the column holds, for renderers and tests:
   * a ColumnKey ("task", "lead" …) or a tracking column ("kind", "due", "progress", "doneDate",
   * "status", "section").
   */
  key?: string;
  /** (Optional) false: the column's text never sets the row height (the section path Mục). */
  setsHeight?: boolean;
  /**
   * (Optional) The column's calculated-column formula, as for the table's first body row, without
   * "=": a row a user adds to the table gets it (Excel's calculatedColumnFormula). Rows that need
   * no formula (section headings) stay exceptions.
   */
  calculated?: string;
}

/** An Excel Table (ListObject) over a written range. */
export interface TablePlan {
  /** Workbook-unique table name (letters, digits, underscore). */
  name: string;
  /** Top-left cell of the header row. */
  row: number;
  col: number;
  columns: ColumnPlan[];
  /** Body rows; each row has exactly columns.length values. */
  rows: CellValue[][];
  /**
   * Style per body row (e.g. bold section-heading rows), same length as rows; null = column style.
   * A row style is complete (font, borders, number format) and replaces the column style.
   */
  rowStyles?: Array<string | null>;
  /**
   * (Optional, added by the workbook issue) Links inside the body: `row`/`col` are 0-based
   * indices into `rows`/`columns`; `target` as in CellPlan.hyperlink ("#'Phụ lục 3'!D17").
   * The cell keeps its value as the link text.
   */
  hyperlinks?: Array<{ row: number; col: number; target: string }>;
  /** (Optional, added by the workbook issue) Style of the header cells (LibreOffice ignores table styles). */
  headerStyle?: string;
  /** Built-in table style, e.g. "TableStyleLight9". */
  tableStyle: string;
  showRowStripes: boolean;
  showFilterButton: boolean;
}

/** A conditional format whose rule is a formula (relative to the top-left cell of `range`). */
export interface ConditionalFormatPlan {
  range: string;
  /** Without "=", e.g. `$N6="Quá hạn"`. */
  formula: string;
  /** Fill and font colour (RGB hex), strike-through for removed rows. */
  fill?: string;
  fontColor?: string;
  strike?: boolean;
  /** Lower number = evaluated first. */
  priority: number;
  stopIfTrue?: boolean;
}

/** An in-cell drop-down list whose values come from a range (usually on the Danh mục sheet). */
export interface ListValidationPlan {
  range: string;
  /** Without "=", e.g. `'Danh mục'!$A$2:$A$4` or a defined name. */
  source: string;
  /** Reject values not in the list (true) or only warn (false). */
  strict: boolean;
  /** Vietnamese message shown on a wrong value. */
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  prompt?: string;
}

/** A date validation (e.g. Ngày hoàn thành must be a date). */
export interface DateValidationPlan {
  range: string;
  /** Serial day numbers. */
  min: number;
  max: number;
  errorTitle: string;
  errorMessage: string;
}

export interface PrintPlan {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, e.g. "5:5". */
  titleRows?: string;
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** (Optional, added by the cycle issue) Fit the whole sheet on this many pages tall (1 = one page). */
  fitToHeight?: number;
  /** Header text, Excel header codes allowed ("&P" page number). Centred. */
  centerHeader?: string;
  /** Footer text, Excel header/footer codes allowed ("&P" page number, "&N" pages). Centred. */
  centerFooter?: string;
  /** Print without colours (cell fills, status colours): the official appendix, not the tracking view. */
  blackAndWhite?: boolean;
  /** No header on the first page (NĐ 30/2020: page numbers from page 2). */
  differentFirstPage: boolean;
  /** The number of the sheet's first page: 1 numbers each sheet (each appendix) on its own (NĐ 30/2020); none = continue. */
  firstPageNumber?: number;
  /**
   * The print area, an address without the sheet ("A1:H54"): on an appendix, its document
   * columns only, from row 1 to the table's last row; the tracking columns stay on screen.
   */
  printArea?: string;
}

export type SheetKind = 'appendix' | 'summary' | 'check' | 'catalogue' | 'changes' | 'settings' | 'backup' | 'cycle';

export interface SheetPlan {
  name: string;
  kind: SheetKind;
  /** RGB hex tab colour. */
  tabColor?: string;
  /** Column widths in characters, index 0 = column A. */
  widths: number[];
  /** Row heights in points, by 1-based row number. */
  heights?: Record<number, number>;
  /** Loose cells (title block, legend, summary labels and formulas). */
  cells: CellPlan[];
  merges: string[];
  tables: TablePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  listValidations: ListValidationPlan[];
  dateValidations: DateValidationPlan[];
  /** Freeze panes below `row` rows and right of `col` columns. */
  freeze?: { rows: number; cols: number };
  print?: PrintPlan;
  /** Charts (drawn by Office.js; ExcelJS cannot draw charts). */
  charts?: ChartPlan[];
  /** Default font of the sheet's cells (Times New Roman per NĐ 30/2020). */
  font: FontPlan;
  /**
   * (Optional, added by the cycle issue) Sheet protection WITHOUT a password: only cells whose
   * style says `locked: false` can be edited; anyone can lift it (Review › Unprotect Sheet).
   */
  protect?: boolean;
}

export interface ChartPlan {
  type: 'columnClustered' | 'columnStacked' | 'pie' | 'barStacked';
  title: string;
  /** Source range including headers, e.g. "A5:F12". */
  source: string;
  /** Top-left anchor cell, e.g. "H5". */
  anchor: string;
  seriesBy: 'columns' | 'rows';
}

/** A workbook-level defined name, e.g. NgayBaoCao → 'Cài đặt'!$B$3. */
export interface NamePlan {
  name: string;
  /** Absolute reference without "=". */
  ref: string;
  comment?: string;
  /**
   * (Optional) The table column the name stands for, as a structured reference without "="
   * (`DanhMuc_CoQuan[Cơ quan]`): the same cells as `ref` when written, but the name then grows
   * with the table — an agency a user adds to Danh mục appears in the drop-down. Renderers that
   * can define a name over a structured reference use it (Office.js); others write `ref`.
   */
  tableColumn?: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
  styles: Record<string, CellStyle>;
  /** Ask the reader to recalculate everything on open (ExcelJS writes no cached results). */
  fullCalcOnLoad: boolean;
  /** Document properties. */
  title: string;
  creator: string;
}
