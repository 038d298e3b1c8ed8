/**
 * Use cases: an amending document (điều chỉnh / bổ sung / lược bỏ) applied to a programme — from
 * documents (`phuluc amend`, `import --amend`) or to the programme in a workbook (the pane's
 * Điều chỉnh tab). The amendment is read by the same readers as any document, so TCVN3/VNI text
 * is converted before the amendment reader sees it, pasted or in a file.
 */
import type { Catalogue } from '../core/agencies/types';
import { amendSummary, applyAmendment, parseAmendment } from '../core/amend';
import type { AmendResult } from '../core/amend/types';
import type { Programme } from '../core/model';
import { fail, ok, Result } from '../core/result';
import { documentText, readFile, readPaste } from './documents';
import { workbookProgramme } from './workbook';
import { workbookProgrammes } from '../core/plan/programmeSheet';
import { programmeLabel } from '../core/plan/programmeIdentity';
import type { WorkbookPort } from './port';

export type { AmendOp, AmendResult } from '../core/amend/types';

/** An amendment's text (lines of its document) and the TCVN3/VNI note, if it was converted. */
export interface AmendmentText {
  text: string;
  note?: string;
}

/** A pasted amendment → its text, legacy encodings converted. */
export function amendmentFromPaste(pasted: string): Result<AmendmentText> {
  const doc = readPaste(pasted);
  if (!doc.ok) return doc;
  const text = documentText(doc.value.document);
  return ok(doc.value.note ? { text, note: doc.value.note } : { text });
}

/** An amendment file's bytes → its text (any input form), legacy encodings converted. */
export async function amendmentFromFile(name: string, bytes: Uint8Array): Promise<Result<AmendmentText>> {
  const doc = await readFile(name, bytes);
  if (!doc.ok) return doc;
  const text = documentText(doc.value.document);
  return ok(doc.value.note ? { text, note: doc.value.note } : { text });
}

const NO_OPERATION = 'không tìm thấy nội dung điều chỉnh, bổ sung hay lược bỏ nào trong văn bản điều chỉnh.';

/**
 * Applies an amendment for an import: the consolidated items replace those of the programme's
 * task table, so the base must hold exactly one table (the amendment numbers points across it);
 * an amendment with neither a change nor a conflict is refused.
 */
export function amendForImport(programme: Programme, amendmentText: string): Result<AmendResult> {
  if (programme.tables.length !== 1) {
    return fail(`--amend chỉ áp dụng cho một văn bản gốc có đúng một bảng nhiệm vụ (văn bản gốc có ${programme.tables.length} bảng).`);
  }
  const result = applyAmendment(programme, amendmentText);
  if (!result.changes.length && !result.conflicts.length) return fail(NO_OPERATION);
  return ok(result);
}

/**
 * Applies an amendment to a programme read from a document (`phuluc amend`): `no-operations`
 * when the amendment reader recognises no operation at all (nothing to apply).
 */
export function amendProgramme(programme: Programme, amendmentText: string): { ok: true; value: AmendResult } | { ok: false; reason: 'no-operations' } {
  if (!parseAmendment(amendmentText).operations.length) return { ok: false, reason: 'no-operations' };
  return { ok: true, value: applyAmendment(programme, amendmentText) };
}

/** The readable summary of an applied amendment (changes, conflicts, then what was not applied). */
export function amendmentSummary(result: AmendResult): string {
  return amendSummary(result, result.notApplied);
}

/** An amendment applied to the programme in a workbook, nothing written yet. */
export interface AmendPreview {
  base: Programme;
  result: AmendResult;
  catalogue: Catalogue;
  /** Set when the amendment was legacy-encoded text, converted. */
  note?: string;
}

/**
 * Why an amendment is not applied in a workbook holding several programmes (Vietnamese): which one
 * it amends is the user's to say, by re-importing that programme with the amendment.
 */
export function severalProgrammes(labels: string[]): string {
  return (
    `Sổ này có ${labels.length} chương trình (${labels.join('; ')}): chưa biết văn bản điều chỉnh áp dụng cho chương trình nào. ` +
    'Hãy nhập lại chương trình cần điều chỉnh cùng văn bản điều chỉnh (dòng lệnh: phuluc import <văn bản> --amend <văn bản điều chỉnh> -o <sổ>), hoặc điều chỉnh trong một sổ chỉ có chương trình đó.'
  );
}

/**
 * Applies an amending document (its text, already read) to the programme in the port's workbook.
 * Refused: no text, no appendix table in the workbook, no task table, several programmes
 * in the workbook (severalProgrammes).
 */
export async function previewWorkbookAmendment(port: WorkbookPort, amendment: AmendmentText): Promise<Result<AmendPreview>> {
  if (!amendment.text.trim()) return fail('Chưa có văn bản điều chỉnh: hãy dán nội dung vào ô bên trên.');
  // One read: the programmes held decide whether the amendment can go to "the" programme.
  const read = await port.read();
  if (!read.ok) return fail(read.message);
  const held = read.value ? workbookProgrammes(read.value) : [];
  if (held.length > 1) return fail(severalProgrammes(held.map((h) => `${h.tag} ${programmeLabel(h.identity)}`)));
  const rb = await workbookProgramme({ read: async () => read, write: (plan, o) => port.write(plan, o) });
  if (!rb.ok) return fail(rb.message);
  const base = rb.value.programme;
  if (!base.tables.some((t) => t.kind === 'tasks' && t.items.length)) return fail('Sổ không có bảng nhiệm vụ nào để điều chỉnh.');
  return ok({ base, result: applyAmendment(base, amendment.text), catalogue: rb.value.catalogue, ...(amendment.note ? { note: amendment.note } : {}) });
}
