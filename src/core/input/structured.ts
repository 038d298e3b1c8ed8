/**
 * The structured readers of text-based forms (HTML, Markdown) behind one call each, for the file
 * reader (read.ts) and the task pane's paste: bytes or strings → a SourceDocument, with the
 * TCVN3/VNI note when legacy-encoded text was converted. Host-free.
 */
import { documentFromBlocks } from '../document/fromBlocks';
import { documentFromText } from '../document/fromText';
import { expandTable } from '../document/grid';
import type { SourceBlock, SourceDocument } from '../document/types';
import { fail, ok, Result } from '../result';
import { decodeDocument, fixLegacyText } from './decode';
import { decodeHtml, htmlBlocks, htmlHasTable } from './html';
import { markdownBlocks } from './markdown';

export interface ReadDocument {
  doc: SourceDocument;
  /** Set when legacy-encoded (TCVN3/VNI) text was converted: tell the user. */
  note?: string;
}

const EMPTY = 'Tệp không có nội dung văn bản để nhập.';

/**
 * Every text of the blocks (paragraphs, cell paragraphs) converted from TCVN3/VNI when the
 * document as a whole is in one of them (decided on all its text at once, as for a text file).
 */
export function fixLegacyBlocks(blocks: SourceBlock[]): Result<{ blocks: SourceBlock[]; note?: string }> {
  const texts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') texts.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) texts.push(...c.paragraphs);
  }
  const fixed = fixLegacyText(texts.join('\n'));
  if (!fixed.ok) return fail(fixed.message);
  if (!fixed.value.note) return ok({ blocks });
  const lines = fixed.value.text.split('\n');
  let at = 0;
  const next = (s: string) => {
    const n = s.split('\n').length;
    const out = lines.slice(at, at + n).join('\n').normalize('NFC');
    at += n;
    return out;
  };
  const out = blocks.map((b): SourceBlock =>
    b.kind === 'paragraph'
      ? { ...b, text: next(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ cells: r.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(next) })) })) },
  );
  return ok({ blocks: out, note: fixed.value.note });
}

function fromBlocks(form: 'html' | 'markdown', blocks: SourceBlock[]): Result<ReadDocument> {
  const fixed = fixLegacyBlocks(blocks);
  if (!fixed.ok) return fail(fixed.message);
  const doc = documentFromBlocks(form, fixed.value.blocks);
  if (!doc.lines.some((l) => l.trim())) return fail(EMPTY);
  return ok(fixed.value.note ? { doc, note: fixed.value.note } : { doc });
}

/** HTML markup (a file's decoded text or the clipboard's text/html) → a document. */
export function documentFromHtml(html: string): Result<ReadDocument> {
  return fromBlocks('html', htmlBlocks(html));
}

/** Markdown text → a document, or null when it holds no table (read it as plain text then). */
export function documentFromMarkdown(markdown: string): Result<ReadDocument> | null {
  const blocks = markdownBlocks(markdown);
  return blocks ? fromBlocks('markdown', blocks) : null;
}

/**
 * A chosen file of a structured text form → a document: .html/.htm always, .md/.markdown when it
 * holds a table. null for any other file (and a .md with no table): the caller reads it as before.
 */
export function readStructured(name: string, bytes: Uint8Array): Result<ReadDocument> | null {
  if (/\.html?$/i.test(name)) {
    if (!bytes.length) return fail('Tệp rỗng: không có nội dung để nhập.');
    const html = decodeHtml(bytes);
    return html.ok ? documentFromHtml(html.value) : fail(html.message);
  }
  if (/\.(md|markdown)$/i.test(name)) {
    const text = decodeDocument(bytes);
    if (!text.ok) return null; // the text reader gives its own message
    return documentFromMarkdown(text.value.text);
  }
  return null;
}

export interface PastedDocument extends ReadDocument {
  /** Which clipboard form the document was read from. */
  source: 'html' | 'text';
}

/**
 * A paste: the clipboard's text/html is read when it holds a table (spans, bold and cell
 * paragraphs survive there, not in the plain text), else the plain text (TAB text).
 */
export function documentFromPaste(plain: string, html?: string): Result<PastedDocument> {
  if (html && htmlHasTable(html)) {
    const r = documentFromHtml(html);
    if (r.ok) return ok({ ...r.value, source: 'html' });
  }
  const fixed = fixLegacyText(plain.normalize('NFC'));
  if (!fixed.ok) return fail(fixed.message);
  const doc = documentFromText(fixed.value.text);
  return ok(fixed.value.note ? { doc, note: fixed.value.note, source: 'text' } : { doc, source: 'text' });
}

/**
 * A document as the TAB text the current text importer reads: paragraphs as they are, a table row
 * with a cell under each grid column (a cell merged across or down leaves the columns it covers
 * empty, as the .docx converter wrote them; a section row merged across the table keeps its TABs,
 * which that importer needs to stay in the table). Bridges the importers until they read SourceDocument.
 */
export function textOfDocument(doc: SourceDocument): string {
  const lines = [...doc.lines];
  for (const t of doc.tables) {
    for (const row of expandTable(t)) {
      lines[row.line] = row.cells
        .map((c) => {
          if (c.fromAbove || c.fromLeft) return '';
          const paras = c.text.split('\n').filter((p) => p.trim());
          const body = paras.length > 1 ? paras.map((p) => `<p>${p}</p>`).join(' ') : (paras[0] ?? '');
          return c.bold && body ? `<b>${body}</b>` : body;
        })
        .join('\t');
    }
  }
  return lines.join('\n');
}
