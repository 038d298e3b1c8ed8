/**
 * Use cases: a document (a file's bytes, or a paste) → the structured document → the programme
 * of tasks. The same readers for both hosts: TCVN3/VNI text is converted and the user told
 * (`note`), in a file, a paste and an amendment alike.
 */
import type { SourceDocument } from '../core/document';
import { importProgramme } from '../core/import';
import { InputDocument, readDocument, readPastedDocument } from '../core/input/read';
import type { Programme } from '../core/model';
import { withIds } from '../core/cycle/ids';
import { ok, Result } from '../core/result';

export type { InputDocument } from '../core/input/read';

/**
 * A file's bytes → its structured document and, when legacy-encoded text was converted, the note
 * to show. `name` picks the reader by its extension (.docx, .html/.htm, .md, anything else as
 * text). Failures (an old .doc/.xls, a zip bomb, binary data …) are Vietnamese messages.
 */
export function readFile(name: string, bytes: Uint8Array): Promise<Result<InputDocument>> {
  return readDocument(name, bytes);
}

/** A paste → its structured document: the clipboard's HTML when it holds a table, else the text (`source` says which). */
export function readPaste(text: string, html?: string): Result<InputDocument & { source: 'html' | 'text' }> {
  return readPastedDocument(text, html);
}

/** A document's text, one line per paragraph or table row: what the amendment reader reads. */
export function documentText(document: SourceDocument): string {
  return document.lines.join('\n');
}

/**
 * Why a document gave no programme: `document-kind` — it is a regulation or a list of procedures
 * (message = the importer's Vietnamese warning); `no-tasks` — no appendix table, no numbered point.
 */
export type NoProgramme = { ok: false; reason: 'document-kind' | 'no-tasks'; message: string };

const NO_TASKS = 'Không tìm thấy nhiệm vụ nào: văn bản không có bảng phụ lục hay danh sách điểm được đánh số.';

/**
 * A structured document → its programme (tables of tasks, notImported). Refuses a document that is
 * not a programme or plan and one with no task, each with its reason; hosts word the message
 * around the file name as their contract says.
 */
export function programmeOf(document: SourceDocument): { ok: true; value: Programme } | NoProgramme {
  const programme = importProgramme(document);
  if (programme.warning) return { ok: false, reason: 'document-kind', message: programme.warning };
  if (!programme.tables.some((t) => t.items.length)) return { ok: false, reason: 'no-tasks', message: NO_TASKS };
  return { ok: true, value: programme };
}

/** The programme as `parse --json` prints it: every item with its stable id (core/cycle/ids.ts). */
export function programmeWithIds(programme: Programme): Programme {
  return withIds(programme);
}

/** Reads a file and imports it in one step (the note is returned with the programme). */
export async function programmeOfFile(name: string, bytes: Uint8Array): Promise<Result<{ programme: Programme; note?: string }> | NoProgramme> {
  const doc = await readFile(name, bytes);
  if (!doc.ok) return doc;
  const p = programmeOf(doc.value.document);
  if (!p.ok) return p;
  return ok(doc.value.note ? { programme: p.value, note: doc.value.note } : { programme: p.value });
}

/** Several documents → one programme holding all their tables, in order (findings keep their table index). */
export function joinProgrammes(ps: Programme[]): Programme {
  if (ps.length === 1) return ps[0];
  return {
    title: ps
      .map((p) => p.title)
      .filter(Boolean)
      .join(' + '),
    tables: ps.flatMap((p) => p.tables),
    notImported: ps.flatMap((p) => p.notImported),
    quality: ps.some((p) => p.quality === 'ocr') ? 'ocr' : 'clean',
    shape: ps.every((p) => p.shape === 'prose') ? 'prose' : 'table',
  };
}
