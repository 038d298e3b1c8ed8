/**
 * A Word table (`w:tbl`) → SourceTable: `w:gridSpan` → colSpan, `w:vMerge` restart/continue →
 * rowSpan on the cell the merge starts in (text of a continued cell, if any, is added to it),
 * legacy `w:hMerge` → a wider cell, `w:gridBefore` → an empty cell so the columns stay aligned,
 * deleted rows (`w:trPr/w:del`) skipped; rows and cells are found through content controls and
 * custom XML wrappers. A cell's paragraphs come from the reader's `flow` (a line break inside a
 * paragraph starts a new cell paragraph); the cell is bold when every paragraph is. Host-free.
 */
import type { SourceCell, SourceRow, SourceTable } from '../document';
import { pushAll } from '../arrays';
import { child, childVal, elements, XmlElement } from './wordXml';

/** One paragraph as read: text (lines separated by "\n"), bold, notes. */
export interface Para {
  text: string;
  bold: boolean;
  notes: string[];
}

/** Elements whose content is not part of the document as shown. */
export const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:pPr',
  'w:rPr',
  'w:sdtPr',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:commentReference',
  'v:textpath',
]);

export type Flow = (e: XmlElement) => Para[];

/** Elements of a kind, looking through wrappers (content controls, custom XML) but not into `stop`. */
function collect(e: XmlElement, name: string, stop: Set<string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(e)) {
    if (c.name === name) out.push(c);
    else if (!SKIP.has(c.name) && !stop.has(c.name)) pushAll(out, collect(c, name, stop));
  }
  return out;
}

const STOP_ROWS = new Set(['w:tbl', 'w:tc', 'w:p']);
const intAttr = (e: XmlElement | undefined, name: string, dflt: number) => {
  const v = parseInt(childVal(e, name) ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

function readCell(tc: XmlElement, flow: Flow, colSpan: number): SourceCell {
  const paras = flow(tc);
  const lines = paras.flatMap((p) =>
    p.text
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((text) => ({ text, bold: p.bold })),
  );
  const cell: SourceCell = {
    paragraphs: lines.map((l) => l.text.normalize('NFC')),
    bold: lines.length > 0 && lines.every((l) => l.bold),
    colSpan,
    rowSpan: 1,
  };
  const notes = paras.flatMap((p) => p.notes);
  if (notes.length) cell.notes = notes.map((n) => n.normalize('NFC'));
  return cell;
}

export function readTable(tbl: XmlElement, flow: Flow): SourceTable {
  const rows: SourceRow[] = [];
  // Per grid column: the cell a vertical merge started in, while it goes on.
  const origin: Array<SourceCell | undefined> = [];
  for (const tr of collect(tbl, 'w:tr', STOP_ROWS)) {
    const trPr = child(tr, 'w:trPr');
    if (child(trPr, 'w:del')) continue;
    const cells: SourceCell[] = [];
    let col = 0;
    const before = intAttr(trPr, 'w:gridBefore', 0);
    if (before > 0) {
      cells.push({ paragraphs: [], bold: false, colSpan: before, rowSpan: 1 });
      for (let k = 0; k < before; k++) origin[k] = undefined;
      col = before;
    }
    for (const tc of collect(tr, 'w:tc', STOP_ROWS)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = intAttr(tcPr, 'w:gridSpan', 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const hMerge = child(tcPr, 'w:hMerge');
      const cell = readCell(tc, flow, span);
      const last = cells[cells.length - 1];
      if (hMerge && hMerge.attrs['w:val'] !== 'restart' && last) {
        // Legacy horizontal merge: this cell widens the one before it.
        last.colSpan += span;
        pushAll(last.paragraphs, cell.paragraphs);
        col += span;
        continue;
      }
      const from = origin[col];
      if (vMerge && vMerge.attrs['w:val'] !== 'restart' && from) {
        from.rowSpan++;
        pushAll(from.paragraphs, cell.paragraphs);
        if (cell.notes) from.notes = [...(from.notes ?? []), ...cell.notes];
        col += span;
        continue;
      }
      cells.push(cell);
      for (let k = 0; k < span; k++) origin[col + k] = vMerge ? cell : undefined;
      col += span;
    }
    for (let k = col; k < origin.length; k++) origin[k] = undefined;
    rows.push({ cells });
  }
  return { kind: 'table', rows };
}

/** A table inside a cell or text box: one paragraph per row, its cells' text joined by " | ". */
export function nestedTable(tbl: XmlElement, flow: Flow): Para[] {
  return readTable(tbl, flow).rows.map((row) => {
    const texts = row.cells.map((c) => c.paragraphs.join(' ')).filter(Boolean);
    return { text: texts.join(' | '), bold: false, notes: row.cells.flatMap((c) => c.notes ?? []) };
  });
}
