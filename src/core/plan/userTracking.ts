/**
 * What users reported in the old workbook (Tiến độ, Ngày hoàn thành, a Hạn hoàn thành typed where
 * the document gives none), by section + TT, so a re-import computes the statuses it draws up in
 * TypeScript — the overdue / due-soon list on Tổng hợp — with the users' progress: a task marked
 * done is no longer listed. Rows whose section + TT is not unique are left out (ambiguous).
 */
import { serialToIso } from '../status/dates';
import { CellScalar, TableData, text } from './sheetData';
import { canonicalProgress, columnsByMeaning, typedDateSerial } from './workbookColumns';

export interface UserTrackingRow {
  progress: string;
  doneDate: string | null;
  due: string | null;
}

/** Key of a row: its Mục and TT as written (spaces and case ignored). */
export const trackingKey = (section: string, tt: string): string =>
  `${section.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}#${tt.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;

const isoOf = (v: CellScalar): string | null => {
  if (typeof v === 'number') return serialToIso(v);
  const s = typedDateSerial(v);
  return s === null ? null : serialToIso(s);
};

export function userTracking(tables: TableData[]): Map<string, UserTrackingRow> {
  const out = new Map<string, UserTrackingRow>();
  const seen = new Set<string>();
  for (const t of tables) {
    const m = columnsByMeaning(t.headers);
    const [sec, tt, prog, done, due] = (['section', 'tt', 'progress', 'doneDate', 'due'] as const).map((k) => m.get(k) ?? -1);
    if (sec < 0 || tt < 0) continue;
    for (const r of t.rows) {
      if (!text(r[tt])) continue;
      const key = trackingKey(text(r[sec]), text(r[tt]));
      if (seen.has(key)) {
        out.delete(key);
        continue;
      }
      seen.add(key);
      const progress = prog >= 0 ? (canonicalProgress(r[prog]) ?? '') : '';
      const doneDate = done >= 0 ? isoOf(r[done]) : null;
      if (progress || doneDate) out.set(key, { progress, doneDate, due: due >= 0 ? isoOf(r[due]) : null });
    }
  }
  return out;
}
