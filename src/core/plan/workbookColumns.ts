/**
 * What a column of an appendix table in a workbook means, by its header — the header as the user
 * left it ("STT" for "TT", "Ghi chú của đơn vị" for "Ghi chú"). The document columns are
 * recognised by the importer's own header rules (core/import/columns.ts); the tracking columns
 * the add-in writes (Loại thời hạn, Hạn hoàn thành, Tiến độ, Ngày hoàn thành, Tình trạng, Mục)
 * by their words, checked first because "Tiến độ" is a time header in a document.
 * Also: recognising an appendix table by its layout, and reading what users type into the
 * tracking columns (a text date, a Tiến độ with a stray space or decomposed Unicode).
 */
import type { ColumnKey } from '../model';
import { classifyHeader } from '../import/columns';
import { COLUMNS } from '../columnRegistry';
import { fold } from '../text';
import type { CellScalar } from './sheetData';

// Reading what users type into the tracking cells lives in core/cellValues (the validate rules
// read it too, without loading plan code); re-exported here for the plan's modules.
export { canonicalProgress, formDifference, typedDateSerial } from '../cellValues';

/** The tracking columns re-import reads (the item id Mã is matched by split and merge, not here). */
export type TrackingColumn = 'kind' | 'due' | 'progress' | 'doneDate' | 'status' | 'section';
export type WorkbookColumn = ColumnKey | TrackingColumn;

/** Re-import's own header words (registry: readBackPattern), tried before the importer's. */
const READ_BACK = COLUMNS.filter((c) => c.readBackPattern).map((c) => [c.key, c.readBackPattern!] as const);

/** The meaning of a workbook header, or null (a column the user added, or an unknown one). */
export function workbookColumn(header: string): WorkbookColumn | null {
  const f = fold(String(header ?? '').normalize('NFC')).trim();
  if (!f) return null;
  // "Chủ trì (nguyên văn)" (leadAsFound): the lead as a scanned document printed it — not a column read here.
  for (const [key, re] of READ_BACK) if (re.test(f)) return key === 'leadAsFound' ? null : (key as TrackingColumn);
  const k = classifyHeader(f);
  return k === 'timeStart' ? null : k;
}

/** Column index per meaning (the first column with that meaning wins). */
export function columnsByMeaning(headers: string[]): Map<WorkbookColumn, number> {
  const m = new Map<WorkbookColumn, number>();
  headers.forEach((h, i) => {
    const k = workbookColumn(h);
    if (k && !m.has(k)) m.set(k, i);
  });
  return m;
}

/**
 * A header row of an appendix the add-in wrote, whatever the table is called now (renamed, or
 * converted to a plain range): a TT column before a task column, a Tiến độ or Loại thời hạn
 * column, and at least two tracking columns in all.
 */
export function looksLikeAppendix(headers: CellScalar[]): boolean {
  const m = columnsByMeaning(headers.map((h) => String(h ?? '')));
  if (!m.has('tt') || !m.has('task') || m.get('tt')! > m.get('task')!) return false;
  // Tổng hợp's list of overdue items has TT, task, lead, deadline and status, but no Tiến độ / Loại thời hạn.
  if (!m.has('progress') && !m.has('kind')) return false;
  const tracking = (['kind', 'due', 'progress', 'doneDate', 'status', 'section'] as const).filter((k) => m.has(k)).length;
  return tracking >= 2;
}

/** The first row of `rows` (0-based) that is an appendix header row, or -1. */
export function findAppendixHeader(rows: CellScalar[][], maxRows = 40): number {
  for (let i = 0; i < Math.min(rows.length, maxRows); i++) if (looksLikeAppendix(rows[i])) return i;
  return -1;
}
