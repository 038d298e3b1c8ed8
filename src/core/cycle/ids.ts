/**
 * Stable item ids ("Mã"). An id is drawn from what identifies a point in a programme — its
 * table's position, its section path and its number (TT), plus an occurrence counter when a
 * section repeats a number — never from its text or its row, so it is the same after a
 * re-import, an amendment that rewrites the task, a split and a merge. Shape: "N1-4K7Q2X"
 * (N = task table, C = indicator table, then the table's 1-based number and six base-36
 * characters of an FNV-1a hash).
 *
 * Items without a number (un-numbered tasks under a heading) fall back to their position within
 * their section, which is the only identity they have.
 */
import type { Item, Programme, ProgrammeTable } from '../model';

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Six base-36 characters of a hash. */
export const shortHash = (s: string): string => fnv1a(s).toString(36).toUpperCase().padStart(7, '0').slice(-6);

/** The id of one item of `table` (the table's position among the programme's tables: `tableIndex`, 0-based). */
export function itemId(table: ProgrammeTable, tableIndex: number, item: Item, occurrence: number, position: number): string {
  const prefix = `${table.kind === 'indicators' ? 'C' : 'N'}${tableIndex + 1}`;
  const number = fold(item.tt) || `#${position}`;
  const key = `${fold(item.path.join(' › '))}|${number}${occurrence > 1 ? `|${occurrence}` : ''}${item.parentTt ? `|${fold(item.parentTt)}` : ''}`;
  return `${prefix}-${shortHash(key)}`;
}

/**
 * Gives every item without an id its id (items that already carry one, e.g. read back from a
 * workbook, keep it). Returns a new programme; the input is not changed.
 */
export function withIds(p: Programme): Programme {
  return { ...p, tables: p.tables.map((t, i) => tableWithIds(t, i)) };
}

export function tableWithIds(t: ProgrammeTable, tableIndex: number): ProgrammeTable {
  const seen = new Map<string, number>();
  const taken = new Set(t.items.map((i) => i.id).filter(Boolean));
  const positions = new Map<string, number>();
  const items = t.items.map((item) => {
    if (item.id) return item;
    const sec = item.path.join(' › ');
    const position = (positions.get(sec) ?? 0) + 1;
    positions.set(sec, position);
    const base = `${sec}|${fold(item.tt) || `#${position}`}|${item.parentTt ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    let id = itemId(t, tableIndex, item, n, position);
    // A hash collision inside one table is resolved by counting on (never two items with one id).
    for (let k = 2; taken.has(id); k++) id = itemId(t, tableIndex, item, n + k * 1000, position);
    taken.add(id);
    return { ...item, id };
  });
  return { ...t, items };
}
