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
import { PROGRESS_VALUES } from '../status/labels';
import { isoToSerial } from '../status/dates';
import { fold } from '../text';
import type { CellScalar } from './sheetData';

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

/**
 * A Tiến độ value as typed → the list value it means, or null when it is none of them.
 * Only differences of form are forgiven: decomposed Unicode, spaces, letter case.
 */
export function canonicalProgress(v: CellScalar): string | null {
  if (v === null || v === undefined || typeof v !== 'string') return null;
  const f = v.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return PROGRESS_VALUES.find((p) => p.toLowerCase() === f) ?? null;
}

/**
 * A date typed as text ("30/12/2026", "30-12-2026", "30.12.2026", "2026-12-30") → Excel serial
 * day, or null when it is not a real calendar date. Day first, as Vietnamese users write dates
 * (an en-US Excel stores "30/11/2026" as this text instead of a date).
 */
export function typedDateSerial(v: CellScalar): number | null {
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFC').trim();
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return isoToSerial(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** How a value differs from its list value only in form, in Vietnamese ("thừa dấu cách" …). */
export function formDifference(v: string): string {
  const why: string[] = [];
  if (v.normalize('NFC') !== v) why.push('dấu tiếng Việt gõ tách rời chữ (Unicode tổ hợp)');
  if (v.trim() !== v || /\s{2,}/.test(v)) why.push('thừa dấu cách');
  if (!why.length) why.push('khác chữ hoa, chữ thường');
  return why.join(', ');
}
