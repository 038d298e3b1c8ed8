/**
 * One way in for every document, in both hosts: a chosen file (bytes) or pasted text → Unicode
 * text, TCVN3/VNI converted, with the Vietnamese note the user must see when it was. Host-free.
 */
import { fail, ok, Result } from '../result';
import { controlShare, decodeDocument, fixLegacyText } from './decode';
import { docxToText } from './docx';
import { oldOfficeMessage } from './oldOffice';
import { xmlSafeNote, xmlSafeText } from './xmlSafe';
import { checkZip } from './zipGuard';

export interface InputText {
  text: string;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

const PASTED_BINARY = 'Văn bản dán vào chứa dữ liệu nhị phân (nhiều ký tự điều khiển), không phải văn bản: không nhập được.';

/** A file's bytes → text: .docx through the Word converter, anything else decoded as a text file. */
export async function readInput(name: string, bytes: Uint8Array): Promise<Result<InputText>> {
  const oldOffice = oldOfficeMessage(bytes);
  if (oldOffice) return fail(oldOffice);
  if (/\.docx$/i.test(name)) {
    const guard = await checkZip(bytes, 'Tệp .docx');
    if (!guard.ok) return fail(guard.message);
    const docx = await docxToText(bytes);
    if (!docx.ok) return fail(docx.message);
    return readPastedText(docx.value);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return fail(decoded.message);
  return ok(xmlSafe(decoded.value.text, decoded.value.note));
}

/** Text that is already a string (pasted, or from .docx): TCVN3/VNI runs converted to Unicode. */
export function readPastedText(text: string): Result<InputText> {
  if (controlShare(text) > 0.02) return fail(PASTED_BINARY);
  const fixed = fixLegacyText(text.normalize('NFC'));
  if (!fixed.ok) return fail(fixed.message);
  return ok(xmlSafe(fixed.value.text, fixed.value.note));
}

/** Characters no .xlsx can hold replaced once, here, for every host and renderer; the user told. */
function xmlSafe(text: string, note?: string): InputText {
  const safe = xmlSafeText(text);
  const notes = [note, safe.replaced ? xmlSafeNote(safe) : ''].filter(Boolean).join(' ');
  return notes ? { text: safe.text, note: notes } : { text: safe.text };
}
