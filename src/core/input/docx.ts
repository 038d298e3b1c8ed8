/**
 * .docx → the structured document model (SourceBlock[]: paragraphs, and tables as rows of cells
 * with their spans), read from the WordprocessingML parts directly (jszip + a small XML reader),
 * not through mammoth: Word's automatic numbering, text boxes and notes all need the XML in
 * document order, and reading it once keeps every paragraph's number, text and place together
 * (pairing mammoth's paragraphs with a second pass over the XML breaks wherever mammoth moves or
 * drops a paragraph — it puts text-box paragraphs after their anchor and drops DrawingML-only ones).
 *
 * What is read, in document order (body → paragraphs and tables; `w:sdt`, `w:customXml`,
 * `w:ins`, `w:hyperlink`, `w:smartTag`, fields … are transparent):
 * - a paragraph's text (`w:t`, tab, line break → new line, non-breaking hyphen), with Word's
 *   automatic number in front of it as Word shows it ("(3) Xây dựng …", "1.2."; see
 *   wordNumbering.ts), from the paragraph's `w:numPr` or its style's;
 * - bold: a paragraph (or cell) whose every visible character is bold (direct `w:b`, the run
 *   style's or the paragraph style's), or a heading/title style;
 * - tables: `w:gridSpan` → colSpan, `w:vMerge` restart/continue → rowSpan on the first cell
 *   (text of a continued cell, if any, is added to it), `w:gridBefore` → an empty cell so the
 *   columns stay aligned, deleted rows skipped; a line break inside a cell starts a new cell
 *   paragraph; a table nested in a cell gives one cell paragraph per nested row, cells joined by
 *   " | ";
 * - text boxes (`w:txbxContent`, from DrawingML or its VML fallback, read once): their
 *   paragraphs come BEFORE the paragraph that anchors them (a box is drawn at or above its anchor:
 *   an appendix label box anchored in the title paragraph reads "Phụ lục II", then the title);
 *   inside a table cell they are paragraphs of the cell;
 * - footnotes and endnotes: the note text, numbered as Word numbers them by default (footnotes
 *   1, 2, 3 …; endnotes i, ii, iii …), is attached as `notes` ("1. Thời hạn …") to the
 *   paragraph or cell that references it; the reference mark itself is not put in the text.
 * Hidden text (`w:vanish`) is read like any other text (nothing is dropped without a trace).
 * What is NOT read: page headers and footers, comments, tracked deletions (`w:del`, `w:moveFrom`:
 * not part of the document as shown), images, WordArt, charts and SmartArt. An embedded foreign
 * document (`w:altChunk`) or object (`w:object` with an OLE object: an Excel sheet …) cannot be
 * read: a paragraph saying so takes its place, so it reaches the not-imported list.
 * Host-free: jszip reads the bytes in node and in the browser alike.
 */
import JSZip from 'jszip';
import { cellToText, documentFromBlocks, expandTable, NOTE_PREFIX } from '../document';
import type { SourceBlock, SourceCell, SourceParagraph, SourceRow, SourceTable } from '../document';
import { fail, ok, Result } from '../result';
import { NumberingCounter, readNumbering, formatNumber } from './wordNumbering';
import { Styles } from './wordStyles';
import { child, childVal, elements, onOff, parseXml, XmlElement } from './wordXml';

const NOT_WORD = 'Tệp không phải tài liệu Word (.docx) hợp lệ: không mở được.';
const BROKEN = 'Tệp .docx bị hỏng hoặc không đúng định dạng Word: không đọc được nội dung.';
const EMPTY = 'Tệp .docx không có nội dung văn bản để nhập.';
const embedded = (progId: string) =>
  `(Văn bản Word có một đối tượng nhúng${progId ? ` (${progId})` : ''}, ví dụ một bảng Excel: không đọc được nội dung của nó, hãy mở tệp trong Word và sao chép nội dung đó vào văn bản.)`;
const ALT_CHUNK = '(Văn bản Word có một phần nội dung nhúng từ tệp khác: không đọc được phần này, hãy mở tệp trong Word và sao chép phần đó vào văn bản.)';

/** One paragraph as read: text (lines separated by "\n"), bold, notes. */
interface Para {
  text: string;
  bold: boolean;
  notes: string[];
}

interface Context {
  styles: Styles;
  counter: NumberingCounter;
  footnotes: Map<string, XmlElement>;
  endnotes: Map<string, XmlElement>;
  noteCount: { footnote: number; endnote: number };
}

/** Elements whose content is not part of the document as shown. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:delInstrText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:commentReference', 'v:textpath']);

interface Piece {
  text: string;
  bold: boolean;
}

/** mc:AlternateContent: the first branch that holds text (DrawingML choice, else its VML fallback). */
function alternate(e: XmlElement): XmlElement | undefined {
  const branches = elements(e);
  const hasText = (x: XmlElement): boolean => x.name === 'w:t' || x.name === 'w:txbxContent' || elements(x).some(hasText);
  return branches.find(hasText) ?? branches.find((b) => b.name === 'mc:Fallback');
}

function findElement(e: XmlElement, test: (x: XmlElement) => boolean): XmlElement | undefined {
  for (const c of elements(e)) {
    if (test(c)) return c;
    const deeper = findElement(c, test);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Reads a paragraph: its text boxes' paragraphs (first), then itself. */
function readParagraph(p: XmlElement, ctx: Context): Para[] {
  const pPr = child(p, 'w:pPr');
  const styleId = ctx.styles.paragraphStyle(childVal(pPr, 'w:pStyle'));
  const styleBold = ctx.styles.bold(styleId);
  const pieces: Piece[] = [];
  const notes: string[] = [];
  const boxes: Para[] = [];

  const note = (kind: 'footnote' | 'endnote', id: string | undefined) => {
    const body = (kind === 'footnote' ? ctx.footnotes : ctx.endnotes).get(id ?? '');
    if (!body) return;
    const n = ++ctx.noteCount[kind];
    const text = readNoteBody(body, ctx);
    if (text) notes.push(`${kind === 'footnote' ? n : formatNumber(n, 'lowerRoman')}. ${text}`);
  };

  const walk = (e: XmlElement, bold: boolean) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (SKIP.has(c.name)) continue;
      switch (c.name) {
        case 'w:r': {
          const rPr = child(c, 'w:rPr');
          const b = onOff(child(rPr, 'w:b')) ?? ctx.styles.bold(childVal(rPr, 'w:rStyle')) ?? styleBold ?? false;
          walk(c, b);
          break;
        }
        case 'w:t':
        case 'm:t':
          pieces.push({ text: c.children.filter((x): x is string => typeof x === 'string').join(''), bold });
          break;
        case 'w:tab':
        case 'w:ptab':
          pieces.push({ text: '\t', bold });
          break;
        case 'w:br':
        case 'w:cr':
          pieces.push({ text: '\n', bold });
          break;
        case 'w:noBreakHyphen':
          pieces.push({ text: '-', bold });
          break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code)) pieces.push({ text: code >= 0xf000 ? '•' : String.fromCodePoint(code), bold });
          break;
        }
        case 'w:footnoteReference':
          note('footnote', c.attrs['w:id']);
          break;
        case 'w:endnoteReference':
          note('endnote', c.attrs['w:id']);
          break;
        case 'w:txbxContent':
          boxes.push(...readFlow(c, ctx));
          break;
        case 'w:object': {
          // An embedded object (an Excel sheet …): its content is not in the document, only a picture of it.
          const ole = findElement(c, (x) => /(^|:)OLEObject$/.test(x.name));
          if (ole) boxes.push({ text: embedded(ole.attrs.ProgID ?? ''), bold: false, notes: [] });
          else walk(c, bold);
          break;
        }
        case 'mc:AlternateContent': {
          const branch = alternate(c);
          if (branch) walk(branch, bold);
          break;
        }
        default:
          walk(c, bold);
      }
    }
  };
  walk(p, styleBold ?? false);

  const text = pieces.map((x) => x.text).join('').replace(/[ \u00a0\t]+$/gm, '').replace(/^\s*\n/, '');
  const visible = pieces.filter((x) => x.text.trim());
  let bold = visible.length > 0 && visible.every((x) => x.bold);
  if (ctx.styles.isHeading(styleId) && visible.length > 0) bold = true;

  const label = numberLabel(pPr, styleId, ctx);
  let full = text;
  if (label) {
    full = text.trim() ? `${label} ${text.replace(/^[ \t]+/, '')}` : label;
    if (!visible.length) bold = onOff(child(child(pPr, 'w:rPr'), 'w:b')) ?? styleBold ?? false;
  }
  return [...boxes, { text: full, bold, notes }];
}

/** The automatic number of a paragraph as Word shows it, or "" (direct numPr first, then the style's). */
function numberLabel(pPr: XmlElement | undefined, styleId: string | undefined, ctx: Context): string {
  const numPr = child(pPr, 'w:numPr');
  const style = ctx.styles.numbering(styleId);
  const numId = childVal(numPr, 'w:numId') ?? style?.numId;
  if (numId === undefined || numId === '0') return '';
  const ilvl = childVal(numPr, 'w:ilvl');
  const level = ilvl !== undefined ? parseInt(ilvl, 10) || 0 : style?.ilvl ?? 0;
  return ctx.counter.label(numId, level);
}

/** A footnote's / endnote's paragraphs as one line of text. */
function readNoteBody(body: XmlElement, ctx: Context): string {
  return readFlow(body, ctx)
    .map((p) => p.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** Block content (a text box, a note, a cell) flattened to paragraphs; a table gives one per row. */
function readFlow(e: XmlElement, ctx: Context): Para[] {
  const out: Para[] = [];
  const visit = (x: XmlElement) => {
    for (const c of elements(x)) {
      if (SKIP.has(c.name)) continue;
      if (c.name === 'w:p') out.push(...readParagraph(c, ctx));
      else if (c.name === 'w:tbl') out.push(...nestedTable(c, ctx));
      else if (c.name === 'w:altChunk') out.push({ text: ALT_CHUNK, bold: false, notes: [] });
      else visit(c);
    }
  };
  visit(e);
  return out;
}

/** A table inside a cell or text box: one paragraph per row, its cells' text joined by " | ". */
function nestedTable(tbl: XmlElement, ctx: Context): Para[] {
  return readTable(tbl, ctx).rows.map((row) => {
    const texts = row.cells.map((c) => c.paragraphs.join(' ')).filter(Boolean);
    return { text: texts.join(' | '), bold: false, notes: row.cells.flatMap((c) => c.notes ?? []) };
  });
}

/** Elements of a kind, looking through wrappers (content controls, custom XML) but not into `stop`. */
function collect(e: XmlElement, name: string, stop: Set<string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(e)) {
    if (c.name === name) out.push(c);
    else if (!SKIP.has(c.name) && !stop.has(c.name)) out.push(...collect(c, name, stop));
  }
  return out;
}

const STOP_ROWS = new Set(['w:tbl', 'w:tc', 'w:p']);
const intAttr = (e: XmlElement | undefined, name: string, dflt: number) => {
  const v = parseInt(childVal(e, name) ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

function readCell(tc: XmlElement, ctx: Context, colSpan: number): SourceCell {
  const paras = readFlow(tc, ctx);
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

function readTable(tbl: XmlElement, ctx: Context): SourceTable {
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
      const cell = readCell(tc, ctx, span);
      const last = cells[cells.length - 1];
      if (hMerge && hMerge.attrs['w:val'] !== 'restart' && last) {
        // Legacy horizontal merge: this cell widens the one before it.
        last.colSpan += span;
        last.paragraphs.push(...cell.paragraphs);
        col += span;
        continue;
      }
      const from = origin[col];
      if (vMerge && vMerge.attrs['w:val'] !== 'restart' && from) {
        from.rowSpan++;
        from.paragraphs.push(...cell.paragraphs);
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

/** The body's blocks in order. */
function readBody(body: XmlElement, ctx: Context): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const paragraph = (p: Para) => {
    const text = p.text.normalize('NFC');
    if (!text.trim() && !p.notes.length) return;
    const block: SourceParagraph = { kind: 'paragraph', text, bold: p.bold };
    if (p.notes.length) block.notes = p.notes.map((n) => n.normalize('NFC'));
    blocks.push(block);
  };
  const visit = (x: XmlElement) => {
    for (const c of elements(x)) {
      if (SKIP.has(c.name)) continue;
      if (c.name === 'w:p') readParagraph(c, ctx).forEach(paragraph);
      else if (c.name === 'w:tbl') blocks.push(readTable(c, ctx));
      else if (c.name === 'w:altChunk') paragraph({ text: ALT_CHUNK, bold: false, notes: [] });
      else visit(c);
    }
  };
  visit(body);
  return blocks;
}

/** Notes by id (separators and continuation notices left out). */
function notesById(root: XmlElement | undefined, name: string): Map<string, XmlElement> {
  const m = new Map<string, XmlElement>();
  for (const n of elements(root)) {
    if (n.name !== name) continue;
    const type = n.attrs['w:type'];
    if (type && type !== 'normal') continue;
    m.set(n.attrs['w:id'] ?? '', n);
  }
  return m;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function readPart(zip: JSZip, path: string | undefined): Promise<XmlElement | undefined> {
  if (!path) return undefined;
  const file = zip.file(path) ?? zip.file(decodeURIComponent(path));
  if (!file) return undefined;
  return parseXml(await file.async('string'));
}

/** Relationship type (last path segment, e.g. "numbering") → part path, for the part `base`. */
async function relationships(zip: JSZip, base: string): Promise<Map<string, string>> {
  const slash = base.lastIndexOf('/');
  const relsPath = `${base.slice(0, slash + 1)}_rels/${base.slice(slash + 1)}.rels`;
  const m = new Map<string, string>();
  const rels = await readPart(zip, relsPath);
  for (const r of elements(rels)) {
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    if (r.attrs.TargetMode === 'External' || !r.attrs.Target || m.has(type)) continue;
    m.set(type, resolve(base, r.attrs.Target));
  }
  return m;
}

/**
 * Reads .docx bytes into blocks (paragraphs and tables in document order, NFC). Fails with a
 * Vietnamese message when the bytes are not a Word file, the file is damaged, or it holds no text.
 */
export async function docxToBlocks(bytes: ArrayBuffer | Uint8Array): Promise<Result<SourceBlock[]>> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 4 || u8[0] !== 0x50 || u8[1] !== 0x4b) return fail(NOT_WORD);
  let blocks: SourceBlock[];
  try {
    const zip = await JSZip.loadAsync(u8);
    const main = (await relationships(zip, '')).get('officeDocument') ?? 'word/document.xml';
    const rels = await relationships(zip, main);
    const document = await readPart(zip, main);
    const body = child(document, 'w:body');
    if (!body) return fail(BROKEN);
    const styles = new Styles(await readPart(zip, rels.get('styles') ?? resolve(main, 'styles.xml')));
    const numbering = readNumbering(await readPart(zip, rels.get('numbering') ?? resolve(main, 'numbering.xml')));
    const ctx: Context = {
      styles,
      counter: new NumberingCounter(numbering, (id) => styles.numbering(id)?.numId),
      footnotes: notesById(await readPart(zip, rels.get('footnotes') ?? resolve(main, 'footnotes.xml')), 'w:footnote'),
      endnotes: notesById(await readPart(zip, rels.get('endnotes') ?? resolve(main, 'endnotes.xml')), 'w:endnote'),
      noteCount: { footnote: 0, endnote: 0 },
    };
    blocks = readBody(body, ctx);
  } catch {
    return fail(BROKEN);
  }
  const hasText = blocks.some((b) => (b.kind === 'paragraph' ? b.text.trim() : b.rows.some((r) => r.cells.some((c) => c.paragraphs.length))));
  if (!hasText) return fail(EMPTY);
  return ok(blocks);
}

/**
 * Blocks → the TAB text form the text importers read: documentFromBlocks' lines, except that a
 * table row is padded to the table's grid (a cell merged across or down leaves empty cells
 * behind it) so columns stay aligned for a reader that only sees TABs, and the notes of a
 * table's cells follow the table as "Chú thích: …" lines (text has no place for them in a cell).
 */
export function blocksToText(blocks: SourceBlock[]): string {
  const doc = documentFromBlocks('docx', blocks);
  const lines = [...doc.lines];
  for (const table of doc.tables) {
    expandTable(table).forEach((row, r) => {
      const src = table.rows[r];
      // Cells in grid order: only where a cell starts (not covered from above or the left).
      const starts = src.cells.slice();
      lines[row.line] = row.cells
        .map((g) => (g.fromAbove || g.fromLeft ? '' : cellToText(starts.shift()!)))
        .join('\t')
        .normalize('NFC');
    });
    const notes = table.rows.flatMap((r) => r.cells.flatMap((c) => c.notes ?? []));
    const last = table.lines[table.lines.length - 1];
    if (notes.length) lines[last] += notes.map((n) => `\n${NOTE_PREFIX}${n.replace(/\s+/g, ' ').trim()}`).join('');
  }
  return lines.join('\n');
}

/** Converts .docx bytes to the TAB text model (see blocksToText); a Vietnamese failure for anything that is not a Word file. */
export async function docxToText(bytes: ArrayBuffer | Uint8Array): Promise<Result<string>> {
  const blocks = await docxToBlocks(bytes);
  if (!blocks.ok) return fail(blocks.message);
  return ok(blocksToText(blocks.value));
}
