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

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer. */
export function fnv1a(s: string): number {
  return fnv1aOn(FNV_OFFSET, s);
}

/**
 * FNV-1a carried on over `s` from the state `h` (the hash of the text before it): FNV-1a reads a
 * text one code unit at a time, so `fnv1aOn(fnv1a(a), b) === fnv1a(a + b)`. Unsigned 32-bit.
 */
export function fnv1aOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The six characters `shortHash` gives for a hash (the definition): its base-36 digits, upper case, the last six. */
export const hashCharsOf = (h: number): string => h.toString(36).toUpperCase().padStart(7, '0').slice(-6);

const DIGITS36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `hashCharsOf(h)` for an unsigned 32-bit `h`: the six lowest base-36 digits, written one by one (no intermediate texts). */
export function hashChars(h: number): string {
  let out = '';
  for (let i = 0; i < 6; i++) {
    out = DIGITS36[h % 36] + out;
    h = Math.floor(h / 36);
  }
  return out;
}

/** The form of a section path or number that ids hash: NFC, lower case, whitespace single and trimmed. */
const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Six base-36 characters of a hash. */
export const shortHash = (s: string): string => hashChars(fnv1a(s));

/** The prefix of a table's ids: "N1" (task table 1), "C2" (indicator table 2). */
const idPrefix = (table: ProgrammeTable, tableIndex: number): string => `${table.kind === 'indicators' ? 'C' : 'N'}${tableIndex + 1}`;

/**
 * The hashed key of an item from its parts already folded (`fold` of the joined section path, of
 * the TT or "#position", of the parent TT): the one definition `itemId` and `tableWithIds` share.
 */
const idKey = (foldedPath: string, number: string, occurrence: number, foldedParent: string | undefined): string =>
  `${foldedPath}|${number}${occurrence > 1 ? `|${occurrence}` : ''}${foldedParent ? `|${foldedParent}` : ''}`;

/** The id of one item of `table` (the table's position among the programme's tables: `tableIndex`, 0-based). */
export function itemId(table: ProgrammeTable, tableIndex: number, item: Item, occurrence: number, position: number): string {
  const number = fold(item.tt) || `#${position}`;
  return `${idPrefix(table, tableIndex)}-${shortHash(idKey(fold(item.path.join(' › ')), number, occurrence, item.parentTt ? fold(item.parentTt) : undefined))}`;
}

/**
 * `{ ...item, id }`: the same own properties in the same order. Object.assign copies a table's
 * thousands of items several times faster than a spread does in a fresh process; an item with an
 * own "__proto__" key (only JSON can make one), which Object.assign would take for the prototype,
 * is spread.
 */
export function withId(item: Item, id: string): Item {
  if (Object.prototype.hasOwnProperty.call(item, '__proto__')) return { ...item, id };
  const copy: Item = Object.assign({}, item);
  copy.id = id;
  return copy;
}

/**
 * Gives every item without an id its id (items that already carry one, e.g. read back from a
 * workbook, keep it). Returns a new programme; the input is not changed.
 */
export function withIds(p: Programme): Programme {
  return { ...p, tables: p.tables.map((t, i) => tableWithIds(t, i)) };
}

/**
 * `withIds` of one table: each item's id as `itemId` gives it. A table of thousands of items has
 * few distinct section paths and numbers, so each distinct text is folded once (a map that lives
 * for this call only).
 */
export function tableWithIds(t: ProgrammeTable, tableIndex: number): ProgrammeTable {
  const seen = new Map<string, number>();
  const taken = new Set(t.items.map((i) => i.id).filter(Boolean));
  const positions = new Map<string, number>();
  const folded = new Map<string, string>();
  const foldOnce = (s: string): string => {
    let f = folded.get(s);
    if (f === undefined) folded.set(s, (f = fold(s)));
    return f;
  };
  const prefix = idPrefix(t, tableIndex);
  // Consecutive items of one section share its joined path (one text, hashed once as a key).
  let lastPath: string[] | null = null;
  let lastSec = '';
  const sectionOf = (path: string[]): string => {
    if (lastPath && lastPath.length === path.length && path.every((p, i) => p === lastPath![i])) return lastSec;
    lastPath = path;
    return (lastSec = path.join(' › '));
  };
  // The hash of each section's "folded path|", where every key of its items starts (idKey).
  const sectionHashes = new Map<string, number>();
  const items = t.items.map((item) => {
    if (item.id) return item;
    const sec = sectionOf(item.path);
    const position = (positions.get(sec) ?? 0) + 1;
    positions.set(sec, position);
    const number = foldOnce(item.tt) || `#${position}`;
    const base = `${sec}|${number}|${item.parentTt ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    let start = sectionHashes.get(sec);
    if (start === undefined) sectionHashes.set(sec, (start = fnv1aOn(FNV_OFFSET, `${foldOnce(sec)}|`)));
    const parent = item.parentTt ? foldOnce(item.parentTt) : undefined;
    // shortHash(idKey(path, number, occurrence, parent)), hashed on from the section's part.
    const idOf = (occurrence: number): string => {
      let h = fnv1aOn(start!, number);
      if (occurrence > 1) h = fnv1aOn(h, `|${occurrence}`);
      if (parent) h = fnv1aOn(h, `|${parent}`);
      return `${prefix}-${hashChars(h)}`;
    };
    let id = idOf(n);
    // A hash collision inside one table is resolved by counting on (never two items with one id).
    for (let k = 2; taken.has(id); k++) id = idOf(n + k * 1000);
    taken.add(id);
    return withId(item, id);
  });
  return { ...t, items };
}
