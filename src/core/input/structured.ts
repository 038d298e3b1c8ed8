/**
 * The structured readers of text-based forms (HTML, Markdown) behind one call each, for the file
 * reader (read.ts) and the task pane's paste: bytes or strings → a SourceDocument, with the
 * TCVN3/VNI note when legacy-encoded text was converted. Host-free.
 */
import { documentFromBlocks } from '../document/fromBlocks';
import type { SourceBlock, SourceDocument } from '../document/types';
import { fail, ok, Result } from '../result';
import { decodeDocument } from './decode';
import { fixLegacyBlocks } from './legacyBlocks';
import { decodeHtml, htmlBlocks } from './html';
import { markdownBlocks } from './markdown';

export interface ReadDocument {
  doc: SourceDocument;
  /** Set when legacy-encoded (TCVN3/VNI) text was converted: tell the user. */
  note?: string;
}

const EMPTY = 'Tệp không có nội dung văn bản để nhập.';

function fromBlocks(form: 'html' | 'markdown', blocks: SourceBlock[]): Result<ReadDocument> {
  const fixed = fixLegacyBlocks(blocks);
  if (!fixed.ok) return fail(fixed.message);
  const doc = documentFromBlocks(form, fixed.value.blocks);
  if (!doc.lines.some((l) => l.trim())) return fail(EMPTY);
  return ok(fixed.value.note ? { doc, note: fixed.value.note } : { doc });
}

/** HTML markup (a file's decoded text or the clipboard's text/html) → a document. */
export function documentFromHtmlText(html: string): Result<ReadDocument> {
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
    return html.ok ? documentFromHtmlText(html.value) : fail(html.message);
  }
  if (/\.(md|markdown)$/i.test(name)) {
    const text = decodeDocument(bytes);
    if (!text.ok) return null; // the text reader gives its own message
    return documentFromMarkdown(text.value.text);
  }
  return null;
}
