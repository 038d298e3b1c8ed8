/**
 * One way in for every document, in both hosts: a chosen file (bytes) or a paste → the
 * structured SourceDocument the importers read, TCVN3/VNI converted, with the Vietnamese note the
 * user must see when it was. Host-free.
 *
 * Input forms and what each keeps:
 * - .docx: paragraphs, tables with cells merged across and down, bold, cell paragraphs, Word's
 *   automatic numbering as shown, footnotes/endnotes, text boxes (docx.ts);
 * - .html/.htm (saved from a portal or Word) and a paste's text/html: tables with rowspan/colspan,
 *   bold, cell paragraphs, list numbers, Word's footnotes (html.ts);
 * - .md with pipe or grid tables: cells, bold, <br> paragraphs; no cell merged down (markdown.ts);
 * - .txt/.md text and a plain paste: TAB-separated rows, `<b>`/`<p>` markup; a merged row is a
 *   line with no TAB; cells merged down are lost by the paste itself (document/fromText.ts).
 */
import { documentFromBlocks, documentFromText, SourceDocument } from '../document';
import { fail, ok, Result } from '../result';
import { controlShare, decodeDocument, fixLegacyText } from './decode';
import { otherFormatMessage } from './oldOffice';
import { xmlSafeNote, xmlSafeText } from './xmlSafe';
import { checkZip } from './zipGuard';
import { fixLegacyBlocks } from './legacyBlocks';
import type * as StructuredForms from './structured';
import type * as HtmlForm from './html';

/**
 * The HTML and Markdown readers, loaded the first time an .html/.md file or a paste with HTML is
 * read (sync, as reading a paste is): reading text starts without them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const structuredForms = (): typeof StructuredForms => require('./structured') as typeof StructuredForms;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlForm = (): typeof HtmlForm => require('./html') as typeof HtmlForm;

export interface InputDocument {
  document: SourceDocument;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

export interface InputText {
  text: string;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

const PASTED_BINARY = 'Văn bản dán vào chứa dữ liệu nhị phân (nhiều ký tự điều khiển), không phải văn bản: không nhập được.';

/**
 * The document with every character no .xlsx can hold replaced (xmlSafe.ts) — once, here, for
 * every input form, host and renderer — and the user told in the note.
 */
function withNote(document: SourceDocument, note?: string): InputDocument {
  let replaced = 0;
  let firstLine = 0;
  // A table row's line repeats its cells' text: count the cells, not the line.
  const rowLines = new Set(document.tables.flatMap((t) => t.lines));
  const safe =
    (line: number, counted = true) =>
    (t: string) => {
      const r = xmlSafeText(t);
      if (!r.replaced) return t;
      if (!counted) return r.text;
      replaced += r.replaced;
      if (!firstLine || line + 1 < firstLine) firstLine = line + 1;
      return r.text;
    };
  const doc: SourceDocument = {
    ...document,
    lines: document.lines.map((l, i) => safe(i, !rowLines.has(i))(l)),
    tables: document.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r, k) => {
        const at = safe(t.lines[k] ?? 0);
        return { cells: r.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(at), ...(c.notes ? { notes: c.notes.map(at) } : {}) })) };
      }),
    })),
  };
  const notes = [note, replaced ? xmlSafeNote({ text: '', replaced, firstLine }) : ''].filter(Boolean).join(' ');
  return notes ? { document: doc, note: notes } : { document: doc };
}

/**
 * A file's bytes → the structured document (PDF, RTF and old Office files refused by their first
 * bytes, otherFormatMessage): .docx → docxToBlocks (TCVN3/VNI converted string by
 * string, legacyBlocks.ts); .html/.htm and .md with a table → the HTML/Markdown readers; any other
 * file decoded as text (UTF-8/UTF-16/TCVN3/VNI, decode.ts) → documentFromText. Failures are
 * Vietnamese messages.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<Result<InputDocument>> {
  const otherFormat = otherFormatMessage(bytes);
  if (otherFormat) return fail(otherFormat);
  if (/\.docx$/i.test(name)) {
    const guard = await checkZip(bytes, 'Tệp .docx');
    if (!guard.ok) return fail(guard.message);
    // The .docx reader (and jszip) load when a .docx is read: a split chunk in the task pane.
    const { docxToBlocks } = await import('./docx');
    const blocks = await docxToBlocks(bytes);
    if (!blocks.ok) return fail(blocks.message);
    const fixed = fixLegacyBlocks(blocks.value);
    if (!fixed.ok) return fail(fixed.message);
    return ok(withNote(documentFromBlocks('docx', fixed.value.blocks), fixed.value.note));
  }
  // readStructured answers null for any other name: the readers are not loaded for text.
  const structured = /\.(html?|md|markdown)$/i.test(name) ? structuredForms().readStructured(name, bytes) : null;
  if (structured) return structured.ok ? ok(withNote(structured.value.doc, structured.value.note)) : fail(structured.message);
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return fail(decoded.message);
  return ok(withNote(documentFromText(decoded.value.text, 'text'), decoded.value.note));
}

/** A file's bytes → its text (the document's lines): for readers of prose such as amendments. */
export async function readInput(name: string, bytes: Uint8Array): Promise<Result<InputText>> {
  const doc = await readDocument(name, bytes);
  if (!doc.ok) return doc;
  const text = doc.value.document.lines.join('\n');
  return ok(doc.value.note ? { text, note: doc.value.note } : { text });
}

/** Text that is already a string (pasted): TCVN3/VNI runs converted to Unicode. */
export function readPastedText(text: string): Result<InputText> {
  if (controlShare(text) > 0.02) return fail(PASTED_BINARY);
  const fixed = fixLegacyText(text.normalize('NFC'));
  if (!fixed.ok) return fail(fixed.message);
  return ok(fixed.value.note ? { text: fixed.value.text, note: fixed.value.note } : { text: fixed.value.text });
}

/**
 * A paste → the structured document: the clipboard's text/html when it holds a table (merged
 * cells, bold and cell paragraphs are only there), else the plain text. `source` says which.
 */
export function readPastedDocument(plain: string, html?: string): Result<InputDocument & { source: 'html' | 'text' }> {
  if (html && htmlForm().htmlHasTable(html)) {
    const r = structuredForms().documentFromHtmlText(html);
    if (r.ok) return ok({ ...withNote(r.value.doc, r.value.note), source: 'html' });
  }
  const fixed = readPastedText(plain);
  if (!fixed.ok) return fixed;
  return ok({ ...withNote(documentFromText(fixed.value.text), fixed.value.note), source: 'text' });
}
