/**
 * Pandoc's grid tables (what `pandoc -t markdown` writes for a table whose cells hold long or
 * several paragraphs):
 *
 *   +----+---------------------+-----------+
 *   | TT | Nhiệm vụ            | Chủ trì   |
 *   +====+=====================+===========+
 *   | 1  | Xây dựng kế hoạch   | Sở Nội vụ |
 *   |    | chuyển đổi số       |           |
 *   +----+---------------------+-----------+
 *
 * Columns come from the `+` of the top border; a cell's lines are joined with a space, a blank
 * line inside a cell starts a new paragraph; a row whose lines have no `|` at a column boundary
 * holds a cell merged across it. Cells merged down are read as separate rows. Host-free.
 */
import type { SourceCell, SourceRow } from '../document/types';

const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A row separator (full, or partial where a cell continues down): only + - = : | and spaces, with a + and a rule. */
const SEPARATOR_CHARS = /^\s*[+|][-=:+| ]*[+|]\s*$/;
const isSeparator = (l: string) => SEPARATOR_CHARS.test(l) && l.includes('+') && /[-=]/.test(l);

/** True when lines[i] is the top border of a grid table (a row line follows it). */
export function gridTableStart(lines: string[], i: number): boolean {
  return BORDER.test(lines[i]) && /^\s*\|/.test(lines[i + 1] ?? '');
}

/**
 * Reads the grid table starting at lines[start]; returns its rows and the index of the first
 * line after it. `cell` turns a cell's paragraphs (raw Markdown) into a SourceCell.
 */
export function readGridTable(lines: string[], start: number, cell: (paragraphs: string[]) => SourceCell): { rows: SourceRow[]; end: number } {
  const top = lines[start];
  const bounds: number[] = [];
  for (let k = 0; k < top.length; k++) if (top[k] === '+') bounds.push(k);
  const rows: SourceRow[] = [];
  let body: string[] = [];
  const flushRow = () => {
    if (!body.length) return;
    // Boundaries every line of the row marks with "|": the others are inside a merged cell.
    const open = bounds.map((b, k) => k === 0 || k === bounds.length - 1 || body.every((l) => l[b] === '|'));
    const cells: SourceCell[] = [];
    for (let k = 0; k < bounds.length - 1;) {
      let e = k + 1;
      while (e < bounds.length - 1 && !open[e]) e++;
      const texts = body.map((l) => l.slice(bounds[k] + 1, bounds[e]).trim());
      const paragraphs: string[] = [];
      let cur: string[] = [];
      for (const t of [...texts, '']) {
        if (t) cur.push(t);
        else if (cur.length) {
          paragraphs.push(cur.join(' '));
          cur = [];
        }
      }
      const c = cell(paragraphs);
      c.colSpan = e - k;
      cells.push(c);
      k = e;
    }
    rows.push({ cells });
    body = [];
  };
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i].replace(/\s+$/, '');
    if (isSeparator(l)) flushRow();
    else if (/^\s*\|/.test(l)) body.push(l);
    else break;
  }
  flushRow();
  return { rows, end: i };
}
