/**
 * The one structured model every input form is read into (.docx, HTML, Markdown, TAB text):
 * paragraphs and tables, a table as rows of cells with their spans, bold and paragraphs.
 * The importers read this model; a reader only has to say what the document holds.
 * Host-free.
 */

/** One cell as the document has it (before spans are expanded). */
export interface SourceCell {
  /** The cell's paragraphs in order (a line break inside a paragraph starts a new one), NFC, trimmed, non-empty. */
  paragraphs: string[];
  /** Every visible character is bold. */
  bold: boolean;
  /** Columns the cell covers (≥ 1): a cell merged across. */
  colSpan: number;
  /** Rows the cell covers (≥ 1): a cell merged down (Word's vMerge, HTML rowspan). */
  rowSpan: number;
  /** Footnotes / endnotes referenced in the cell, as text ("1. Lùi thời hạn …"): they go to the item's Ghi chú. */
  notes?: string[];
}

export interface SourceRow {
  cells: SourceCell[];
}

/** A paragraph outside tables. `text` may hold several lines (a line break inside the paragraph). */
export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
  bold: boolean;
  /** Footnotes / endnotes referenced in the paragraph, as text. */
  notes?: string[];
}

export interface SourceTable {
  kind: 'table';
  rows: SourceRow[];
}

export type SourceBlock = SourceParagraph | SourceTable;

/** The input forms, weakest last: TAB text cannot say which cells were merged. */
export type SourceForm = 'docx' | 'html' | 'markdown' | 'text';

/** A table placed on the document's lines: row r starts at line `lines[r]` (0-based). */
export interface PlacedTable {
  rows: SourceRow[];
  /** 0-based line index of each row in `SourceDocument.lines`. */
  lines: number[];
}

/**
 * A document ready for the importers: its text as lines (what line numbers, the prose importer
 * and the not-imported list use; a table row is one line, its cells joined by TAB) and its
 * tables, each row pointing at its line.
 */
export interface SourceDocument {
  form: SourceForm;
  lines: string[];
  tables: PlacedTable[];
}

/** A cell of one paragraph (the common case). */
export function textCell(text: string, opts: Partial<Omit<SourceCell, 'paragraphs'>> = {}): SourceCell {
  const paragraphs = text ? [text] : [];
  return { paragraphs, bold: opts.bold ?? false, colSpan: opts.colSpan ?? 1, rowSpan: opts.rowSpan ?? 1 };
}
