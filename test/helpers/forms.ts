/**
 * One document spec → the same document in every input form the readers take: TAB text (as
 * Word's copy gives it), Markdown (pipe table; only when nothing is merged), HTML (rowspan /
 * colspan) and .docx bytes (written by the `docx` library: vMerge and gridSpan). Table-shape
 * fixtures are written once and checked in every form.
 *
 *   const f = forms({ before: ['PHỤ LỤC'], rows: [['TT', 'Nhiệm vụ'], ['1', { text: 'Sở Tài chính', rowSpan: 2 }]] });
 *   f.text; f.markdown; f.html; await f.docx;
 *
 * A spec row lists the cells that start in it, as HTML does: a cell merged down from an earlier
 * row is not listed again. A cell's text may hold "\n" between its paragraphs.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SourceBlock, SourceCell } from '../../src/core/document/types';

export interface SpecCell {
  /** The cell's paragraphs joined by "\n" (or given as an array). */
  text: string | string[];
  bold?: boolean;
  colSpan?: number;
  rowSpan?: number;
}
/** A paragraph: plain text (lines joined by "\n"), or text with bold. */
export type SpecParagraph = string | { text: string; bold?: boolean };
export type SpecRow = Array<SpecCell | string>;
/** A table as its rows. */
export interface SpecTable {
  rows: SpecRow[];
}
export type SpecBlock = SpecParagraph | SpecTable;
/** Either the blocks in order, or one table with paragraphs before and after it. */
export type FormSpec = SpecBlock[] | { before?: SpecParagraph[]; rows: SpecRow[]; after?: SpecParagraph[] };

export interface Forms {
  /** TAB text as Word's copy gives it (merged-down cells only in their first row, a row of one merged cell with no TAB). */
  text: string;
  /** Markdown with a pipe table; absent when the spec merges cells (a pipe table cannot say so). */
  markdown?: string;
  /** A UTF-8 HTML page with rowspan/colspan. */
  html: string;
  /** A Word document: vMerge for cells merged down, gridSpan for cells merged across. */
  docx: Promise<Uint8Array>;
}

const isTable = (b: SpecBlock): b is SpecTable => typeof b === 'object' && 'rows' in b;

function normalise(spec: FormSpec): SpecBlock[] {
  if (Array.isArray(spec)) return spec;
  return [...(spec.before ?? []), { rows: spec.rows }, ...(spec.after ?? [])];
}

/** The spec's cells as SourceCells (what every reader should give back). */
function cellOf(c: SpecCell | string): SourceCell {
  const s = typeof c === 'string' ? { text: c } : c;
  const paras = (Array.isArray(s.text) ? s.text : s.text.split('\n')).map((p) => p.trim()).filter(Boolean);
  return { paragraphs: paras, bold: !!s.bold && paras.length > 0, colSpan: s.colSpan ?? 1, rowSpan: s.rowSpan ?? 1 };
}

/** The blocks a reader of a structured form (HTML, Markdown, .docx) should give for the spec. */
export function specBlocks(spec: FormSpec): SourceBlock[] {
  return normalise(spec).map((b): SourceBlock => {
    if (isTable(b)) return { kind: 'table', rows: b.rows.map((r) => ({ cells: r.map(cellOf) })) };
    const p = typeof b === 'string' ? { text: b } : b;
    return { kind: 'paragraph', text: p.text, bold: !!p.bold };
  });
}

const hasSpans = (blocks: SourceBlock[]) => blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.colSpan > 1 || c.rowSpan > 1)));

/**
 * Each row's cells with a placeholder (null) for every cell merged down from an earlier row, at
 * its place in the row: what Word's copy and a .docx (vMerge continue) hold.
 */
export function withCovered(rows: SourceCell[][]): Array<Array<SourceCell | null>> {
  const down: number[] = []; // per grid column: rows still covered from above
  const spanOf: number[] = []; // per grid column: colSpan of the covering cell, at its first column
  return rows.map((cells) => {
    const out: Array<SourceCell | null> = [];
    let col = 0;
    const covered = () => {
      while ((down[col] ?? 0) > 0) {
        down[col]--;
        const span = spanOf[col] ?? 1;
        for (let k = 1; k < span; k++) down[col + k]--;
        out.push(null);
        col += span;
      }
    };
    for (const c of cells) {
      covered();
      out.push(c);
      for (let k = 0; k < c.colSpan; k++) down[col + k] = c.rowSpan - 1;
      spanOf[col] = c.colSpan;
      col += c.colSpan;
    }
    covered();
    return out;
  });
}

/** Cell text in the TAB form: `<b>…</b>` when bold, `<p>…</p>` around each of several paragraphs. */
function tabCell(c: SourceCell | null): string {
  if (!c || !c.paragraphs.length) return '';
  const body = c.paragraphs.length > 1 ? c.paragraphs.map((p) => `<p>${p}</p>`).join(' ') : c.paragraphs[0];
  return c.bold ? `<b>${body}</b>` : body;
}

function renderText(blocks: SourceBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph')
      out.push(
        b.text
          .split('\n')
          .map((l) => (b.bold ? `<b>${l}</b>` : l))
          .join('\n'),
      );
    else
      out.push(
        withCovered(b.rows.map((r) => r.cells))
          .map((r) => r.map(tabCell).join('\t'))
          .join('\n'),
      );
  }
  return out.join('\n\n') + '\n';
}

const mdEscape = (s: string) => s.replace(/[\\|*_`[\]<>#]/g, (c) => `\\${c}`);

function renderMarkdown(blocks: SourceBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const lines = b.text.split('\n').map((l) => (b.bold ? `**${mdEscape(l)}**` : mdEscape(l)));
      out.push(lines.join('\\\n'));
      continue;
    }
    const width = Math.max(...b.rows.map((r) => r.cells.length));
    const row = (cells: SourceCell[]) => {
      const texts = cells.map((c) => {
        const body = c.paragraphs.map(mdEscape).join('<br>');
        return c.bold && body ? `**${body}**` : body;
      });
      while (texts.length < width) texts.push('');
      return `| ${texts.join(' | ')} |`;
    };
    const [head, ...rest] = b.rows;
    out.push([row(head.cells), `|${Array(width).fill('---').join('|')}|`, ...rest.map((r) => row(r.cells))].join('\n'));
  }
  return out.join('\n\n') + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderHtml(blocks: SourceBlock[]): string {
  const out: string[] = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Phụ lục</title></head><body>'];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const body = b.text.split('\n').map(esc).join('<br>');
      out.push(b.bold ? `<p><b>${body}</b></p>` : `<p>${body}</p>`);
      continue;
    }
    out.push('<table border="1">');
    for (const r of b.rows) {
      const cells = r.cells.map((c) => {
        const attrs = (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '') + (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
        const paras = c.paragraphs.map((p) => `<p>${c.bold ? `<b>${esc(p)}</b>` : esc(p)}</p>`).join('');
        return `<td${attrs}>${paras}</td>`;
      });
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</table>');
  }
  out.push('</body></html>');
  return out.join('\n');
}

function docxParagraph(text: string, bold: boolean): Paragraph {
  const runs = text.split('\n').map((l, i) => new TextRun({ text: l, bold, ...(i > 0 ? { break: 1 } : {}) }));
  return new Paragraph({ children: runs, alignment: AlignmentType.LEFT });
}

async function renderDocx(blocks: SourceBlock[]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      children.push(docxParagraph(b.text, b.bold));
      continue;
    }
    const rows = b.rows.map(
      (r) =>
        new TableRow({
          children: r.cells.map(
            (c) =>
              new TableCell({
                children: c.paragraphs.length ? c.paragraphs.map((p) => docxParagraph(p, c.bold)) : [new Paragraph({})],
                ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
                ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
              }),
          ),
        }),
    );
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    children.push(new Paragraph({})); // Word keeps a paragraph between two tables
  }
  const buf = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buf);
}

/** The spec in every form. */
export function forms(spec: FormSpec): Forms {
  const blocks = specBlocks(spec);
  const result: Forms = {
    text: renderText(blocks),
    html: renderHtml(blocks),
    get docx() {
      return renderDocx(blocks);
    },
  };
  if (!hasSpans(blocks)) result.markdown = renderMarkdown(blocks);
  return result;
}
