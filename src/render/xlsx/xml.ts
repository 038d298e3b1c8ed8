/** XML text and A1 helpers for the streaming .xlsx writer. Host-free. */

const ATTR_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Escapes an attribute value: & < > " and the white space an XML reader would otherwise turn
 * into spaces (line breaks, tabs). The plan's strings are already XML 1.0-safe (xmlSafeTables.ts).
 */
export function esc(s: string): string {
  return /[&<>"\n\r\t]/.test(s) ? s.replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESC[c]) : s;
}

/** Escapes element text: & < > only (quotes need none there; a formula has dozens), and \r, which a reader would drop. */
export function escText(s: string): string {
  if (!/[&<>\r]/.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

const LETTERS: string[] = [];

/** 1 → "A", 27 → "AA" (cached for the first 702 columns). */
export function colLetters(col: number): string {
  if (col <= 702 && LETTERS[col]) return LETTERS[col];
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (col <= 702) LETTERS[col] = s;
  return s;
}

/** "AB12" → { row: 12, col: 28 }; null when not a cell address. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) return null;
  return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
}

/** "A1:C3" (or "B2") → corners; null when not a range. */
export function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const [a, b = a] = ref.split(':');
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

/** A sheet name as a formula prefix: always quoted, quotes doubled ("'Phụ lục 2'!"). */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** "A1:E9" → "$A$1:$E$9"; "5:5" → "$5:$5". */
export const absolute = (ref: string): string =>
  ref
    .split(':')
    .map((p) => p.replace(/^\$?([A-Z]*)\$?(\d*)$/, (_, c: string, r: string) => `${c ? `$${c}` : ''}${r ? `$${r}` : ''}`))
    .join(':');
