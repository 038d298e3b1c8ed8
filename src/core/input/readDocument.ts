/**
 * A chosen file (name + bytes) → the structured document model every importer reads:
 * .docx → docxToBlocks (TCVN3/VNI converted per string, legacyBlocks.ts) → documentFromBlocks;
 * any other file (.txt, .md …) → decoded as text (UTF-8/UTF-16/TCVN3/VNI, decode.ts) →
 * documentFromText. Failures are Vietnamese messages. Host-free.
 */
import { documentFromBlocks, documentFromText, SourceDocument } from '../document';
import { fail, ok, Result } from '../result';
import { decodeDocument } from './decode';
import { docxToBlocks } from './docx';
import { fixLegacyBlocks } from './legacyBlocks';

export interface ReadDocument {
  document: SourceDocument;
  /** Set when legacy-encoded text was converted: tell the user (check capitals with tone marks). */
  note?: string;
}

export async function readDocumentFile(name: string, bytes: Uint8Array): Promise<Result<ReadDocument>> {
  if (/\.docx$/i.test(name)) {
    const blocks = await docxToBlocks(bytes);
    if (!blocks.ok) return fail(blocks.message);
    const fixed = fixLegacyBlocks(blocks.value);
    if (!fixed.ok) return fail(fixed.message);
    const document = documentFromBlocks('docx', fixed.value.blocks);
    return ok(fixed.value.note ? { document, note: fixed.value.note } : { document });
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return fail(decoded.message);
  const document = documentFromText(decoded.value.text, 'text');
  return ok(decoded.value.note ? { document, note: decoded.value.note } : { document });
}
