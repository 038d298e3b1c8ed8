/**
 * The rows of an appendix in document order: section headings (bold rows) and items.
 * Imported tables interleave `sections` and `items` by source line. Tables rebuilt by an
 * amendment carry items in their new order, so headings come from each item's `path`.
 */
import type { Item, ProgrammeTable } from '../model';

export interface HeadingRow {
  type: 'heading';
  tt: string;
  title: string;
  /** Source line (0 when the heading comes from an item's path). */
  line: number;
  /** Section path down to this heading, joined by SECTION_SEP (the Mục value). */
  section: string;
  /** A lead or time printed on the heading row itself (kept: the reviewer flags it). */
  lead?: string;
  time?: string;
}

export interface ItemRow {
  type: 'item';
  item: Item;
  index: number;
  section: string;
}

export type DocRow = HeadingRow | ItemRow;

export const SECTION_SEP = ' › ';

export const sectionOf = (item: Item): string => item.path.join(SECTION_SEP);

/** "II. Lĩnh vực văn hóa - xã hội" → tt "II", title "Lĩnh vực văn hóa - xã hội". */
export function splitHeading(s: string): { tt: string; title: string } {
  const m = /^([IVXLCDM]+|[A-Z]|\d+(?:\.\d+)*)\.?\s+(.+)$/.exec(s);
  return m ? { tt: m[1], title: m[2] } : { tt: '', title: s };
}

export function documentRows(table: ProgrammeTable, byPath = false): DocRow[] {
  return byPath ? rowsByPath(table.items) : rowsByLine(table);
}

function rowsByLine(table: ProgrammeTable): DocRow[] {
  const rows: DocRow[] = [];
  // Where each row sorts: a heading at its line, an item just after its line.
  const at: number[] = [];
  const stack: string[] = [];
  const levels: number[] = [];
  for (const s of table.sections) {
    const label = s.tt ? `${s.tt}. ${s.title}` : s.title;
    while (levels.length && levels[levels.length - 1] >= s.level) {
      levels.pop();
      stack.pop();
    }
    levels.push(s.level);
    stack.push(label);
    rows.push({ type: 'heading', tt: s.tt, title: s.title, line: s.line, section: stack.join(SECTION_SEP), lead: s.lead, time: s.time });
    at.push(s.line);
  }
  const sectionFor = sharedSections();
  table.items.forEach((item, index) => {
    rows.push({ type: 'item', item, index, section: sectionFor(item) });
    at.push(item.line + 0.5);
  });
  // A stable sort of the positions (rows that sort alike keep their order), without a copy of each row.
  const order = rows.map((_, i) => i).sort((a, b) => at[a] - at[b]);
  return order.map((i) => rows[i]);
}

/**
 * `sectionOf`, giving an item whose path equals the previous item's part by part the previous
 * item's string itself: the thousands of rows of a section share one Mục text (less memory, and
 * a text used as a key is hashed once).
 */
function sharedSections(): (item: Item) => string {
  let last: string[] | null = null;
  let section = '';
  return (item) => {
    const path = item.path;
    if (last && last.length === path.length) {
      let i = 0;
      while (i < path.length && path[i] === last[i]) i++;
      if (i === path.length) return section;
    }
    last = path;
    return (section = sectionOf(item));
  };
}

function rowsByPath(items: Item[]): DocRow[] {
  const rows: DocRow[] = [];
  const sectionFor = sharedSections();
  let prev: string[] = [];
  items.forEach((item, index) => {
    let same = 0;
    while (same < prev.length && same < item.path.length && prev[same] === item.path[same]) same++;
    for (let i = same; i < item.path.length; i++) {
      rows.push({ type: 'heading', ...splitHeading(item.path[i]), line: 0, section: item.path.slice(0, i + 1).join(SECTION_SEP) });
    }
    rows.push({ type: 'item', item, index, section: sectionFor(item) });
    prev = item.path;
  });
  return rows;
}
