/**
 * .docx → the structured document model (SourceBlock[]: paragraphs, and tables as rows of cells
 * with their spans), read from the WordprocessingML parts directly (jszip + a small XML reader),
 * not through mammoth: Word's automatic numbering, text boxes and notes all need the XML in
 * document order, and reading it once keeps every paragraph's number, text and place together
 * (pairing mammoth's paragraphs with a second pass over the XML breaks wherever mammoth moves or
 * drops a paragraph — it puts text-box paragraphs after their anchor and drops DrawingML-only ones).
 *
 * What is read, in document order (body → paragraphs and tables; `w:sdt`, `w:customXml`,
 * `w:ins`, `w:hyperlink`, `w:smartTag`, fields … are transparent):
 * - a paragraph's text (`w:t`, tab, line break → new line, non-breaking hyphen), with Word's
 *   automatic number in front of it as Word shows it ("(3) Xây dựng …", "1.2."; see
 *   wordNumbering.ts), from the paragraph's `w:numPr` or its style's;
 * - bold: a paragraph (or cell) whose every visible character is bold (direct `w:b`, the run
 *   style's or the paragraph style's), or a heading/title style;
 * - tables: `w:gridSpan` → colSpan, `w:vMerge` restart/continue → rowSpan on the first cell
 *   (text of a continued cell, if any, is added to it), `w:gridBefore` → an empty cell so the
 *   columns stay aligned, deleted rows skipped; a line break inside a cell starts a new cell
 *   paragraph; a table nested in a cell gives one cell paragraph per nested row, cells joined by
 *   " | ";
 * - text boxes (`w:txbxContent`, from DrawingML or its VML fallback, read once): their
 *   paragraphs come BEFORE the paragraph that anchors them (a box is drawn at or above its anchor:
 *   an appendix label box anchored in the title paragraph reads "Phụ lục II", then the title);
 *   inside a table cell they are paragraphs of the cell;
 * - footnotes and endnotes: the note text, numbered as Word numbers them by default (footnotes
 *   1, 2, 3 …; endnotes i, ii, iii …), is attached as `notes` ("1. Thời hạn …") to the
 *   paragraph or cell that references it; the reference mark itself is not put in the text (a
 *   custom mark such as "*" labels its note instead and does not count);
 * Hidden text (`w:vanish`) is read like any other text (nothing is dropped without a trace).
 * What is NOT read: page headers and footers, comments, tracked deletions (`w:del`, `w:moveFrom`:
 * not part of the document as shown), images, WordArt, charts and SmartArt. An embedded foreign
 * document (`w:altChunk`) or object (`w:object` with an OLE object: an Excel sheet …) cannot be
 * read: a paragraph saying so takes its place, so it reaches the not-imported list.
 * Files: wordPackage (zip and parts), wordXml (XML), wordBody (paragraphs, text boxes, notes),
 * wordTable (tables), wordNumbering (labels), wordStyles (style chains).
 * Host-free: jszip reads the bytes in node and in the browser alike.
 */
import { cellToText, documentFromBlocks, expandTable, NOTE_PREFIX } from '../document';
import type { SourceBlock } from '../document';
import { fail, ok, Result } from '../result';
import { Context, notesById, readBody } from './wordBody';
import { NumberingCounter, readNumbering } from './wordNumbering';
import { readWordParts } from './wordPackage';
import { Styles } from './wordStyles';
import { child } from './wordXml';

const NOT_WORD = 'Tệp không phải tài liệu Word (.docx) hợp lệ: không mở được.';
const BROKEN = 'Tệp .docx bị hỏng hoặc không đúng định dạng Word: không đọc được nội dung.';
const EMPTY = 'Tệp .docx không có nội dung văn bản để nhập.';

/**
 * Reads .docx bytes into blocks (paragraphs and tables in document order, NFC). Fails with a
 * Vietnamese message when the bytes are not a Word file, the file is damaged, or it holds no text.
 */
export async function docxToBlocks(bytes: ArrayBuffer | Uint8Array): Promise<Result<SourceBlock[]>> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 4 || u8[0] !== 0x50 || u8[1] !== 0x4b) return fail(NOT_WORD);
  let blocks: SourceBlock[];
  try {
    const parts = await readWordParts(u8);
    const body = child(parts.document, 'w:body');
    if (!body) return fail(BROKEN);
    const styles = new Styles(parts.styles);
    const ctx: Context = {
      styles,
      counter: new NumberingCounter(readNumbering(parts.numbering), (id) => styles.numbering(id)?.numId),
      footnotes: notesById(parts.footnotes, 'w:footnote'),
      endnotes: notesById(parts.endnotes, 'w:endnote'),
      noteCount: { footnote: 0, endnote: 0 },
    };
    blocks = readBody(body, ctx);
  } catch {
    return fail(BROKEN);
  }
  const hasText = blocks.some((b) => (b.kind === 'paragraph' ? b.text.trim() : b.rows.some((r) => r.cells.some((c) => c.paragraphs.length))));
  if (!hasText) return fail(EMPTY);
  return ok(blocks);
}

/**
 * Blocks → the TAB text form the text importers read: documentFromBlocks' lines, except that a
 * table row is padded to the table's grid (a cell merged across or down leaves empty cells
 * behind it) so columns stay aligned for a reader that only sees TABs, and the notes of a
 * table's cells follow the table as "Chú thích: …" lines (text has no place for them in a cell).
 */
export function blocksToText(blocks: SourceBlock[]): string {
  const doc = documentFromBlocks('docx', blocks);
  const lines = [...doc.lines];
  for (const table of doc.tables) {
    expandTable(table).forEach((row, r) => {
      const src = table.rows[r];
      // Cells in grid order: only where a cell starts (not covered from above or the left).
      const starts = src.cells.slice();
      lines[row.line] = row.cells
        .map((g) => (g.fromAbove || g.fromLeft ? '' : cellToText(starts.shift()!)))
        .join('\t')
        .normalize('NFC');
    });
    const notes = table.rows.flatMap((r) => r.cells.flatMap((c) => c.notes ?? []));
    const last = table.lines[table.lines.length - 1];
    if (notes.length) lines[last] += notes.map((n) => `\n${NOTE_PREFIX}${n.replace(/\s+/g, ' ').trim()}`).join('');
  }
  return lines.join('\n');
}

/** Converts .docx bytes to the TAB text model (see blocksToText); a Vietnamese failure for anything that is not a Word file. */
export async function docxToText(bytes: ArrayBuffer | Uint8Array): Promise<Result<string>> {
  const blocks = await docxToBlocks(bytes);
  if (!blocks.ok) return fail(blocks.message);
  return ok(blocksToText(blocks.value));
}
