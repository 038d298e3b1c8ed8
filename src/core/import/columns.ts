import { columnDef, IMPORT_ORDER, TIME_START_PATTERN, type HeaderKey } from '../columnRegistry';
import { Memo } from '../memo';
import { cleanCell, fold } from '../text';

export type { HeaderKey };

/**
 * Header words → column meaning (folded: lower case, no diacritics), from the column registry
 * (core/columnRegistry.ts), tried in its IMPORT_ORDER: the first match wins.
 */
const HEADER_RULES: Array<[HeaderKey, RegExp]> = IMPORT_ORDER.map((key): [HeaderKey, RegExp] => [key, key === 'timeStart' ? TIME_START_PATTERN : columnDef(key).importPattern!]);

/**
 * Every row's first cell is asked (is this a header row?), and TT cells repeat ("1", "2", "1.1"):
 * answers are remembered per text.
 */
const classified = new Memo<string, HeaderKey | null>(4096);

export function classifyHeader(raw: string): HeaderKey | null {
  return classified.get(raw, classify);
}

function classify(raw: string): HeaderKey | null {
  const f = fold(cleanCell(raw))
    .replace(/\s*\/\s*/g, '/')
    .replace(/\//g, '/ ')
    .replace(/\s+/g, ' ');
  if (!f) return null;
  for (const [key, re] of HEADER_RULES) if (re.test(f)) return key;
  return null;
}

/** A row is a header row when it names a TT column and a task column, by meaning. */
export function headerKeys(cells: string[]): Array<HeaderKey | null> | null {
  // Every row is asked: reject body rows on their first cell before folding the others.
  if (!cells.length || classifyHeader(cells[0]) !== 'tt') return null;
  const keys = cells.map(classifyHeader);
  if (keys[0] !== 'tt' || !keys.includes('task')) return null;
  if (keys.filter((k) => k !== null).length < 3) return null;
  return keys;
}

/** A "(1) (2) (3) …" or "1 2 3 …" row printed under the header: column numbers, not a task. */
export function isColumnNumberRow(cells: string[]): boolean {
  // At least three filled cells, every one a number one more than the filled cell before; a
  // task row stops at its first cell that is not a number.
  let filled = 0;
  let prev = 0;
  let counting = true;
  for (const c of cells) {
    const t = c.trim();
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (filled > 0 && n !== prev + 1) counting = false;
    prev = n;
    filled++;
  }
  return filled >= 3 && counting;
}
