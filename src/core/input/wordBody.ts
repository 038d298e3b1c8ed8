/**
 * The body of a Word document → SourceBlock[], in document order (see docx.ts for what is read
 * and what is not): paragraphs with Word's numbering label in front, text boxes before their
 * anchor, notes attached where they are referenced, tables through wordTable. Host-free.
 */
import type { SourceBlock, SourceParagraph } from '../document';
import { pushAll } from '../arrays';
import { formatNumber, NumberingCounter } from './wordNumbering';
import { Styles } from './wordStyles';
import { nestedTable, Para, readTable, SKIP } from './wordTable';
import { child, childVal, elements, onOff, XmlElement } from './wordXml';

const embedded = (progId: string) =>
  `(Văn bản Word có một đối tượng nhúng${progId ? ` (${progId})` : ''}, ví dụ một bảng Excel: không đọc được nội dung của nó, hãy mở tệp trong Word và sao chép nội dung đó vào văn bản.)`;
const ALT_CHUNK = '(Văn bản Word có một phần nội dung nhúng từ tệp khác: không đọc được phần này, hãy mở tệp trong Word và sao chép phần đó vào văn bản.)';

/** What reading one document needs: its styles, its numbering counter, its notes and how many were referenced so far. */
export interface Context {
  styles: Styles;
  counter: NumberingCounter;
  footnotes: Map<string, XmlElement>;
  endnotes: Map<string, XmlElement>;
  noteCount: { footnote: number; endnote: number };
}

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

/** The first descendant that passes `test` (depth first). */
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

  // A note whose mark is the text that follows the reference (w:customMarkFollows, e.g. "*"): waits for it.
  let customMark: string | null = null;
  const note = (kind: 'footnote' | 'endnote', ref: XmlElement) => {
    const body = (kind === 'footnote' ? ctx.footnotes : ctx.endnotes).get(ref.attrs['w:id'] ?? '');
    if (!body) return;
    const text = readNoteBody(body, ctx);
    if (/^(1|true|on)$/.test(ref.attrs['w:customMarkFollows'] ?? '')) {
      if (text) ((customMark = text), notes.push(text));
      return;
    }
    const n = ++ctx.noteCount[kind];
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
        case 'm:t': {
          const t = c.children.filter((x): x is string => typeof x === 'string').join('');
          if (customMark !== null && t.trim()) {
            // The custom mark is the note's label, not text of the paragraph.
            notes[notes.lastIndexOf(customMark)] = `${t.trim()} ${customMark}`;
            customMark = null;
            break;
          }
          pieces.push({ text: t, bold });
          break;
        }
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
          note('footnote', c);
          break;
        case 'w:endnoteReference':
          note('endnote', c);
          break;
        case 'w:txbxContent':
          pushAll(boxes, readFlow(c, ctx));
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

  const text = pieces
    .map((x) => x.text)
    .join('')
    .replace(/[ \u00a0\t]+$/gm, '')
    .replace(/^\s*\n/, '');
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
  // No level given: the style's, else the level tied to the paragraph's style, else the first.
  const level = ilvl !== undefined ? parseInt(ilvl, 10) || 0 : (style?.ilvl ?? ctx.counter.levelOfStyle(numId, styleId) ?? 0);
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
      if (c.name === 'w:p') pushAll(out, readParagraph(c, ctx));
      else if (c.name === 'w:tbl')
        pushAll(
          out,
          nestedTable(c, (x) => readFlow(x, ctx)),
        );
      else if (c.name === 'w:altChunk') out.push({ text: ALT_CHUNK, bold: false, notes: [] });
      else visit(c);
    }
  };
  visit(e);
  return out;
}

/** The body's blocks in order. */
export function readBody(body: XmlElement, ctx: Context): SourceBlock[] {
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
      else if (c.name === 'w:tbl') blocks.push(readTable(c, (x) => readFlow(x, ctx)));
      else if (c.name === 'w:altChunk') paragraph({ text: ALT_CHUNK, bold: false, notes: [] });
      else visit(c);
    }
  };
  visit(body);
  return blocks;
}

/** Notes by id (separators and continuation notices left out). */
export function notesById(root: XmlElement | undefined, name: string): Map<string, XmlElement> {
  const m = new Map<string, XmlElement>();
  for (const n of elements(root)) {
    if (n.name !== name) continue;
    const type = n.attrs['w:type'];
    if (type && type !== 'normal') continue;
    m.set(n.attrs['w:id'] ?? '', n);
  }
  return m;
}
