/**
 * One way in for every document, in both hosts: a chosen file (bytes) or pasted text → Unicode
 * text, TCVN3/VNI converted, with the Vietnamese note the user must see when it was. Host-free.
 */
import { fail, ok, Result } from '../result';
import { decodeDocument, fixLegacyText } from './decode';
import { docxToText } from './docx';
import { documentFromBlocks, documentFromText, SourceDocument } from '../document';
import { docxToBlocks } from './docx';
import { fixLegacyBlocks } from './legacyBlocks';

export interface InputText {
  text: string;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

/** A file's bytes → text: .docx through the Word converter, anything else decoded as a text file. */
export async function readInput(name: string, bytes: Uint8Array): Promise<Result<InputText>> {
  if (/\.docx$/i.test(name)) {
    const docx = await docxToText(bytes);
    if (!docx.ok) return fail(docx.message);
    return readPastedText(docx.value);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return fail(decoded.message);
  return ok(withNote(decoded.value.text, decoded.value.note));
}

/** Text that is already a string (pasted, or from .docx): TCVN3/VNI runs converted to Unicode. */
export function readPastedText(text: string): Result<InputText> {
  const fixed = fixLegacyText(text.normalize('NFC'));
  if (!fixed.ok) return fail(fixed.message);
  return ok(withNote(fixed.value.text, fixed.value.note));
}

const withNote = (text: string, note?: string): InputText => (note ? { text, note } : { text });

// ---- The structured document (SourceDocument) every importer reads. ----

export interface InputDocument {
  document: SourceDocument;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

/**
 * A file's bytes → the structured document: .docx → docxToBlocks (tables with their spans,
 * Word's numbering, text boxes, notes) with TCVN3/VNI converted string by string
 * (legacyBlocks.ts) → documentFromBlocks; any other file (.txt, .md …) decoded as text
 * (UTF-8/UTF-16/TCVN3/VNI, decode.ts) → documentFromText. Failures are Vietnamese messages.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<Result<InputDocument>> {
  const withDocNote = (document: SourceDocument, note?: string): InputDocument => (note ? { document, note } : { document });
  if (/\.docx$/i.test(name)) {
    const blocks = await docxToBlocks(bytes);
    if (!blocks.ok) return fail(blocks.message);
    const fixed = fixLegacyBlocks(blocks.value);
    if (!fixed.ok) return fail(fixed.message);
    return ok(withDocNote(documentFromBlocks('docx', fixed.value.blocks), fixed.value.note));
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return fail(decoded.message);
  return ok(withDocNote(documentFromText(decoded.value.text, 'text'), decoded.value.note));
}
