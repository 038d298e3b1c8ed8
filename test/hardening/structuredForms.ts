/**
 * Generated TAB-text documents turned into structured specs (forms.ts), so the conservation
 * property covers the structured readers too: consecutive TAB lines become a table (cells keep
 * their bold and paragraphs), other lines paragraphs; some cells are merged down over an empty
 * cell beneath them (the merge a .docx or HTML table can say and TAB text cannot).
 */
import fc from 'fast-check';
import { cleanCell, isBold } from '../../src/core/text';
import type { FormSpec, SpecBlock, SpecCell, SpecRow } from '../helpers/forms';
import { tableDocument } from './generators';

function cell(raw: string): SpecCell {
  return { text: cleanCell(raw), bold: isBold(raw) };
}

/** The spec of a TAB-text document; `merge(r, c)` says whether to merge a cell down over an empty one. */
export function specFromText(text: string, merge: (r: number, c: number) => boolean): FormSpec {
  const blocks: SpecBlock[] = [];
  let rows: SpecCell[][] | null = null;
  for (const line of text.split(/\r\n|\n/)) {
    if (line.includes('\t')) {
      if (!rows) {
        rows = [];
        blocks.push({ rows: rows as unknown as SpecRow[] });
      }
      rows.push(line.split('\t').map(cell));
      continue;
    }
    rows = null;
    // "**PHỤ LỤC 1****Danh mục**": two bold runs run together in Markdown; two paragraphs here.
    for (const part of line.split('****')) {
      const t = cleanCell(part);
      if (t) blocks.push({ text: t.replace(/\n/g, ' '), bold: isBold(line) });
    }
  }
  for (const b of blocks) {
    if (typeof b !== 'object' || !('rows' in b)) continue;
    const grid = b.rows as SpecCell[][];
    const covered = grid.map((r) => r.map(() => false));
    grid.forEach((row, r) =>
      row.forEach((c, k) => {
        const below = grid[r + 1];
        if (covered[r][k] || !c.text || !below || k >= below.length || below[k].text || row.length !== below.length) return;
        if (!merge(r, k)) return;
        c.rowSpan = 2;
        covered[r + 1][k] = true;
      }),
    );
    b.rows = grid.map((row, r) => row.filter((_, k) => !covered[r][k]));
  }
  return blocks;
}

/** A generated appendix document, as TAB text and as a spec with some cells merged down. */
export const structuredDocument = fc
  .record({ text: tableDocument, seed: fc.integer({ min: 0, max: 1_000_000 }) })
  .map(({ text, seed }) => ({ text, spec: specFromText(text, (r, c) => (seed + r * 7 + c * 13) % 5 === 0) }));
