/**
 * The tables as a workbook can hold them: every string with the characters XML 1.0 forbids
 * replaced (see ../input/xmlSafe.ts), whatever reader produced it, and a Kiểm tra finding for each
 * item cell that had some. Readers already clean their text at import (with a notice); this is the
 * one place the workbook plan guarantees it, for both renderers. Host-free.
 */
import { hasNonXmlChar, xmlSafeText } from '../input/xmlSafe';
import type { ColumnKey, Item, ProgrammeTable } from '../model';
import type { Finding } from '../validate/types';

const CELL_FIELDS: ColumnKey[] = ['tt', 'task', 'lead', 'partners', 'authority', 'resources', 'notes', 'target'];

/** `v` with every string made XML-safe (plain objects and arrays copied; `count.n` = characters replaced). */
function clean<T>(v: T, count: { n: number }): T {
  if (typeof v === 'string') {
    const r = xmlSafeText(v);
    count.n += r.replaced;
    return r.text as unknown as T;
  }
  if (Array.isArray(v)) return v.map((x) => clean(x, count)) as unknown as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = clean(x, count);
    return out as T;
  }
  return v;
}

/** True when some string inside `v` holds a character XML cannot hold (no copy made). */
function anyBad(v: unknown): boolean {
  if (typeof v === 'string') return hasNonXmlChar(v);
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) {
    // Indexed (no iterator object per array: every item's path is one).
    for (let i = 0; i < v.length; i++) if (anyBad(v[i])) return true;
    return false;
  }
  if (Object.getPrototypeOf(v) === Object.prototype) {
    // A plain object: its own enumerable keys are all `for … in` visits (no array of values made).
    for (const k in v) if (anyBad((v as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/** The count of replaced characters in each cell field of an item (time counted as "time"). */
function fieldCounts(item: Item): Array<[ColumnKey, number]> {
  const out: Array<[ColumnKey, number]> = [];
  for (const key of CELL_FIELDS) {
    const v = item[key as keyof Item];
    if (typeof v === 'string') {
      const n = xmlSafeText(v).replaced;
      if (n) out.push([key, n]);
    }
  }
  const t = xmlSafeText(item.time.text).replaced;
  if (t) out.push(['time', t]);
  return out;
}

/** Tables safe to write, and one finding per item cell whose characters were replaced. */
export function xmlSafeTables(tables: ProgrammeTable[]): { tables: ProgrammeTable[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const safe = tables.map((table, tableIndex) => {
    if (!anyBad(table)) return table;
    const count = { n: 0 };
    const cleaned = clean(table, count);
    if (!count.n) return table;
    table.items.forEach((item, itemIndex) => {
      for (const [column, n] of fieldCounts(item)) {
        findings.push({
          rule: 'text.invalid-char',
          severity: 'warning',
          table: cleaned.title,
          tableIndex,
          tt: cleaned.items[itemIndex].tt,
          line: item.line,
          itemIndex,
          column,
          value: (column === 'time' ? cleaned.items[itemIndex].time.text : String(cleaned.items[itemIndex][column as keyof Item] ?? '')).slice(0, 200),
          message: `Ô có ${n} ký tự không ghi được vào tệp Excel (ký tự điều khiển hoặc ký tự hỏng): đã thay bằng dấu cách hoặc “\uFFFD”. Hãy rà soát.`,
          suggestion: null,
        });
      }
    });
    return cleaned;
  });
  return { tables: safe, findings };
}
