/**
 * .docx → the text model the importers read: paragraphs as lines (a blank line between
 * paragraphs, a line break inside a paragraph kept as a new line), tables as TAB-separated rows
 * (header row included, merged cells padded so columns stay aligned), `<b>…</b>` around a wholly
 * bold paragraph or cell (and headings), `<p>…</p>` around the paragraphs of a multi-paragraph cell.
 * Host-free: mammoth reads the file from bytes in node and in the browser alike.
 */
import mammoth from 'mammoth';
import { fail, ok, Result } from '../result';

interface Node {
  type: string;
  children?: Node[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
}

interface Inline {
  text: string;
  bold: boolean;
}

function inline(n: Node, bold: boolean, out: Inline[]): void {
  if (n.type === 'text') out.push({ text: n.value ?? '', bold });
  else if (n.type === 'tab') out.push({ text: '\t', bold });
  else if (n.type === 'break') out.push({ text: '\n', bold });
  else if (n.type === 'run') for (const c of n.children ?? []) inline(c, !!n.isBold, out);
  else for (const c of n.children ?? []) inline(c, bold, out);
}

/** A paragraph's text; `bold` when every visible character is bold or it is a heading style. */
function paragraph(p: Node): { text: string; bold: boolean } {
  const parts: Inline[] = [];
  for (const c of p.children ?? []) inline(c, false, parts);
  const text = parts.map((x) => x.text).join('').replace(/[ \u00a0]+$/g, '');
  const visible = parts.filter((x) => x.text.trim());
  const bold = visible.length > 0 && (visible.every((x) => x.bold) || /^(heading|title)/i.test(p.styleName ?? ''));
  return { text, bold };
}

const wrapBold = (t: string, bold: boolean) => (bold && t.trim() ? `<b>${t}</b>` : t);

const clean = (s: string) => s.replace(/[\t\n]+/g, ' ').trim();

/** A cell's paragraphs in order; a table nested in the cell gives one line per row, cells joined by " | ". */
function cellParagraphs(cell: Node): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  for (const c of cell.children ?? []) {
    if (c.type === 'paragraph') out.push(paragraph(c));
    else if (c.type === 'table') {
      for (const row of (c.children ?? []).filter((r) => r.type === 'tableRow')) {
        const cells = (row.children ?? []).filter((x) => x.type === 'tableCell');
        const texts = cells.map((x) => cellParagraphs(x).map((p) => clean(p.text)).filter(Boolean).join(' '));
        const text = texts.filter(Boolean).join(' | ');
        if (text) out.push({ text, bold: false });
      }
    } else if (c.children) out.push(...cellParagraphs(c));
  }
  return out.filter((p) => p.text.trim());
}

function cellText(cell: Node): string {
  const paras = cellParagraphs(cell);
  if (paras.length === 0) return '';
  if (paras.length === 1) return wrapBold(clean(paras[0].text), paras[0].bold);
  const body = paras.map((p) => `<p>${clean(p.text)}</p>`).join(' ');
  return wrapBold(body, paras.every((p) => p.bold));
}

function table(t: Node, out: string[]): void {
  const pending: number[] = []; // rows still covered by a cell merged from above, per column
  for (const row of (t.children ?? []).filter((r) => r.type === 'tableRow')) {
    const cells: string[] = [];
    let col = 0;
    const fillMerged = () => {
      while ((pending[col] ?? 0) > 0) {
        pending[col]--;
        cells.push('');
        col++;
      }
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      fillMerged();
      const span = Math.max(1, cell.colSpan ?? 1);
      cells.push(cellText(cell));
      for (let k = 1; k < span; k++) cells.push('');
      for (let k = 0; k < span; k++) pending[col + k] = Math.max(0, (cell.rowSpan ?? 1) - 1);
      col += span;
    }
    fillMerged();
    out.push(cells.join('\t'));
  }
  out.push('');
}

function walk(nodes: Node[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === 'paragraph') {
      const p = paragraph(n);
      const lines = p.text.split('\n').map((l) => l.replace(/\t/g, ' '));
      for (const l of lines) out.push(wrapBold(l, p.bold));
      out.push('');
    } else if (n.type === 'table') table(n, out);
    else if (n.children) walk(n.children, out);
  }
}

/** Converts .docx bytes to the text model; a Vietnamese failure for anything that is not a Word file. */
export async function docxToText(bytes: ArrayBuffer | Uint8Array): Promise<Result<string>> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 4 || u8[0] !== 0x50 || u8[1] !== 0x4b) {
    return fail('Tệp không phải tài liệu Word (.docx) hợp lệ: không mở được.');
  }
  const arrayBuffer = u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
  const lines: string[] = [];
  try {
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    await mammoth.convertToHtml(input, {
      transformDocument: (doc: Node) => {
        walk(doc.children ?? [], lines);
        return doc;
      },
    } as unknown as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch {
    return fail('Tệp .docx bị hỏng hoặc không đúng định dạng Word: không đọc được nội dung.');
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return fail('Tệp .docx không có nội dung văn bản để nhập.');
  return ok(text.normalize('NFC'));
}
