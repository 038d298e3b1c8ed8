/**
 * Structured blocks (from .docx, HTML, Markdown) → a SourceDocument: each paragraph line and each
 * table row gets its line in the document's text, so line numbers, the prose importer and the
 * not-imported list work the same for every input form. The text written for a table row is the
 * TAB text form (cells joined by TAB, `<b>…</b>` around a bold cell, `<p>…</p>` around the
 * paragraphs of a multi-paragraph cell): the same text a paste from Word gives.
 * Footnotes of a paragraph follow it as lines of their own ("Chú thích: …").
 */
import type { PlacedTable, SourceBlock, SourceCell, SourceDocument, SourceForm } from './types';
import { nfc } from '../text';

export const NOTE_PREFIX = 'Chú thích: ';

/** A cell in the TAB text form (no TAB or line break inside). */
export function cellToText(cell: SourceCell): string {
  const paras = cell.paragraphs.map((p) => p.replace(/[\t\r\n]+/g, ' ').trim()).filter(Boolean);
  if (!paras.length) return '';
  const body = paras.length === 1 ? paras[0] : paras.map((p) => `<p>${p}</p>`).join(' ');
  return cell.bold ? `<b>${body}</b>` : body;
}

export function documentFromBlocks(form: SourceForm, blocks: SourceBlock[]): SourceDocument {
  const lines: string[] = [];
  const tables: PlacedTable[] = [];
  const blank = () => {
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const parts = b.text.split(/\r\n|\r|\n/).map((l) => l.replace(/\t/g, ' '));
      const bold = b.bold && b.text.trim() !== '';
      for (const l of parts) if (l.trim()) lines.push(bold ? `<b>${l}</b>` : l);
      for (const n of b.notes ?? []) lines.push(NOTE_PREFIX + n.replace(/\s+/g, ' ').trim());
      blank();
      continue;
    }
    if (!b.rows.length) continue;
    blank();
    const placed: PlacedTable = { rows: b.rows, lines: [] };
    for (const row of b.rows) {
      placed.lines.push(lines.length);
      lines.push(row.cells.map(cellToText).join('\t'));
    }
    tables.push(placed);
    lines.push('');
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { form, lines: lines.map((l) => nfc(l)), tables };
}
