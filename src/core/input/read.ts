/**
 * One way in for every document, in both hosts: a chosen file (bytes) or pasted text → Unicode
 * text, TCVN3/VNI converted, with the Vietnamese note the user must see when it was. Host-free.
 */
import { fail, ok, Result } from '../result';
import { decodeDocument, fixLegacyText } from './decode';
import { docxToText } from './docx';
import { readDocumentFile } from './readDocument';

export interface InputText {
  text: string;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

/**
 * A file's bytes → the structured document (SourceDocument): .docx through the Word reader
 * (tables with their spans, numbering, notes; TCVN3/VNI strings converted), anything else decoded
 * as a text file and read as TAB text. `note` as in readInput. See readDocument.ts.
 */
export const readDocument = readDocumentFile;

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
