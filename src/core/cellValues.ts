/**
 * Reading what users type into a workbook's cells — a text date, a Tiến độ with a stray space or
 * decomposed Unicode, any value as trimmed text. Light on purpose: the tracking rules of
 * core/validate read these, and `phuluc validate` of a document loads no plan code
 * (test/cli/startupModules.test.ts). The plan's modules reach them through plan/workbookColumns
 * and plan/sheetData.
 */
import type { CellScalar } from './plan/sheetData';
import { PROGRESS_VALUES } from './status/labels';
import { isoToSerial } from './status/dates';

/** A cell value as text, trimmed; '' for an empty cell (null or undefined). */
export const text = (v: CellScalar | undefined) => (v === null || v === undefined ? '' : String(v)).trim();

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
