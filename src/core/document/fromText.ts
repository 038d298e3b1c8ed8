/**
 * TAB text (what a paste from Word into a plain text box gives, and .txt files) → a
 * SourceDocument. The weakest reader: a row is a line with TAB-separated cells; a merged row lost
 * its TABs, so a line with no TAB between two rows of a table is read as a row of one cell merged
 * across the table (usually a section heading) when it touches a row on both sides — unless the next row is a header row, which
 * starts a new table, or the line is an appendix label. Cells keep the paste's markup:
 * `<b>…</b>` makes a cell bold, `<p>…</p>` separates its paragraphs.
 */
import { classifyHeader, headerKeys } from '../import/columns';
import { parseAppendixLabel } from '../import/appendix';
import { cleanCell, isBold, nfc } from '../text';
import type { PlacedTable, SourceCell, SourceDocument, SourceForm, SourceRow } from './types';

/** Splits input text into lines (any line ending), NFC, BOM removed. */
export function splitLines(text: string): string[] {
  return nfc(text)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
}

/** One raw TAB-text cell → a SourceCell (markup read, text cleaned). */
export function cellFromText(raw: string, colSpan = 1): SourceCell {
  const clean = cleanCell(raw);
  // (One paragraph, the usual cell, without splitting.)
  const paragraphs = !clean ? [] : clean.includes('\n') ? clean.split('\n') : [clean];
  return { paragraphs, bold: isBold(raw), colSpan, rowSpan: 1 };
}

export function rowFromText(line: string): SourceRow {
  return { cells: line.split('\t').map((c) => cellFromText(c)) };
}

/** A cell's clean text (what `cleanCell` gave `cellFromText`: its paragraphs joined again). */
const cellText = (c: SourceCell): string => (c.paragraphs.length === 1 ? c.paragraphs[0] : c.paragraphs.join('\n'));

/** A header row (headerKeys of its clean cells), its first cell asked first: body rows are rejected at once. */
const isHeaderRow = (row: SourceRow): boolean => {
  if (classifyHeader(cellText(row.cells[0])) !== 'tt') return false;
  return headerKeys(row.cells.map(cellText)) !== null;
};
/** `isHeaderRow(rowFromText(line))`, the other cells cleaned only when the first is a TT header. */
const isHeaderLine = (line: string): boolean => {
  const cells = line.split('\t');
  if (classifyHeader(cleanCell(cells[0])) !== 'tt') return false;
  return headerKeys(cells.map(cleanCell)) !== null;
};

/**
 * `!line.trim()` without trimming: \s is the set `trim` removes (WhiteSpace and LineTerminator),
 * and a row line ending in empty cells would be copied by `trim` only to be tested.
 */
const isBlank = (line: string): boolean => !/\S/.test(line);

export function documentFromText(text: string, form: SourceForm = 'text'): SourceDocument {
  const lines = splitLines(text);
  const tables: PlacedTable[] = [];
  let table: PlacedTable | null = null;
  let width = 0;
  // Index of the next non-blank line, per line (computed once, backwards).
  const next: number[] = new Array(lines.length);
  for (let i = lines.length - 1, n = -1; i >= 0; i--) {
    next[i] = n;
    if (!isBlank(lines[i])) n = i;
  }
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (line.includes('\t')) {
      const row = rowFromText(line);
      if (!table || isHeaderRow(row)) {
        table = { rows: [], lines: [] };
        tables.push(table);
        width = 0;
      }
      table.rows.push(row);
      table.lines.push(i);
      width = Math.max(width, row.cells.length);
      return;
    }
    // Only a line touching rows on both sides: a paste puts no blank line between rows.
    const n = next[i];
    const between = table && n === i + 1 && i > 0 && !isBlank(lines[i - 1]) && lines[n].includes('\t') && !isHeaderLine(lines[n]) && !parseAppendixLabel(line);
    if (table && between) {
      table.rows.push({ cells: [cellFromText(line, Math.max(width, 1))] });
      table.lines.push(i);
      return;
    }
    table = null;
  });
  return { form, lines, tables };
}
