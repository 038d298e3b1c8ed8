/**
 * HTML → SourceBlock[]: pages saved from a web portal, Word's "Save as Web Page" (mso styles,
 * `<o:p>`, conditional comments, hidden `mso-hide` spans) and the clipboard's `text/html` that Word
 * and browsers put next to the plain text (with or without the Windows "Version:0.9 StartHTML:…"
 * header). Tables keep their spans (rowspan/colspan), bold (`<b>`, `<strong>`, `<th>`, a
 * font-weight style) and their paragraphs (`<p>`, `<div>`, `<br>`); a table nested in a cell gives
 * one line of that cell per row, cells joined by " | " (as the .docx reader does). Headings,
 * paragraphs, divs and list items become paragraphs; an `<ol>` item keeps the number it is shown
 * with ("1.", "b.", "iii."; `start`, `type` and `value` honoured), a `<ul>` item is shown as "- ".
 * A one-column table that wraps other tables (a portal's layout) is unwrapped. Word's footnotes
 * and endnotes (`<a href="#_ftn1">` → `<div style='mso-element:footnote' id=ftn1>`) become the
 * `notes` of the paragraph or cell that cites them ("1. text"), not text of their own.
 * Scripts, styles, the `<head>` and hidden elements are dropped. Host-free: no DOM, no network.
 */
import type * as Htmlparser2 from 'htmlparser2';
import { pushAll } from '../arrays';
import { fail, ok, Result } from '../result';
import { windows1252 } from './decode';
import type { SourceBlock, SourceCell, SourceParagraph, SourceRow } from '../document/types';

let parser: typeof Htmlparser2 | undefined;
/**
 * htmlparser2, loaded the first time HTML is read: reading text or a .docx (and starting the
 * command line) does not pay for it. Sync, since htmlBlocks is; the bundler includes it all the same.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlparser2 = (): typeof Htmlparser2 => (parser ??= require('htmlparser2') as typeof Htmlparser2);

/** The part of htmlparser2's node shape this reader uses (element, text, comment, directive …). */
interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  data?: string;
}

/** Elements whose content is never shown as document text. */
const SKIP = new Set([
  'script',
  'style',
  'head',
  'title',
  'meta',
  'link',
  'noscript',
  'template',
  'xml',
  'object',
  'iframe',
  'svg',
  'math',
  'select',
  'button',
  'input',
  'textarea',
  'img',
  'map',
  'canvas',
  'audio',
  'video',
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'pre',
  'address',
  'center',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'legend',
  'hr',
  'caption',
  'details',
  'summary',
  'body',
  'html',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
]);

const HEADING = /^h[1-6]$/;

interface Seg {
  text: string;
  bold: boolean;
  /** A list number or bullet: shown, but not counted when deciding whether a paragraph is bold. */
  marker?: boolean;
}

interface Ctx {
  bold: boolean;
  pre: boolean;
}

/** One line of text with whether it is wholly bold. */
interface Line {
  text: string;
  bold: boolean;
}

/** What a flow of content gives: paragraphs (each of one or more lines) and tables. */
type Item = { kind: 'para'; lines: Line[]; notes?: string[] } | { kind: 'table'; rows: SourceRow[] };

const attr = (n: HNode, name: string): string | undefined => n.attribs?.[name];
const style = (n: HNode): string => (attr(n, 'style') ?? '').toLowerCase();

/** font-weight in an inline style: true (bold), false (explicitly not bold) or undefined. */
function styleBold(n: HNode): boolean | undefined {
  const m = /(?:^|[;\s"'{])font-weight\s*:\s*([a-z0-9]+)/.exec(style(n));
  if (!m) return undefined;
  if (m[1] === 'bold' || m[1] === 'bolder') return true;
  const w = Number(m[1]);
  return Number.isFinite(w) ? w >= 600 : false;
}

function hidden(n: HNode): boolean {
  const s = style(n);
  return /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/.test(s) || attr(n, 'hidden') !== undefined;
}

/** Collapses HTML white space; no-break spaces become plain spaces. */
const tidy = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .normalize('NFC');

/** Text content collector: segments of the current line, lines of the current paragraph. */
class Flow {
  items: Item[] = [];
  private lines: Seg[][] = [[]];
  /** Footnotes referenced since the last paragraph ended (they go with the next paragraph that has text). */
  private notes: string[] = [];

  note(text: string): void {
    this.notes.push(text);
  }

  /** Notes no paragraph took (a reference with no text around it). */
  leftNotes(): string[] {
    const left = this.notes;
    this.notes = [];
    return left;
  }

  text(text: string, ctx: Ctx, marker = false): void {
    if (!text) return;
    if (ctx.pre) {
      text.split(/\r\n|\r|\n/).forEach((part, i) => {
        if (i > 0) this.br();
        this.lines[this.lines.length - 1].push({ text: part, bold: ctx.bold, marker });
      });
      return;
    }
    this.lines[this.lines.length - 1].push({ text: text.replace(/[ \t\r\n\f]+/g, ' '), bold: ctx.bold, marker });
  }

  br(): void {
    this.lines.push([]);
  }

  /** Ends the current paragraph (a block element starts or ends). */
  block(): void {
    const lines: Line[] = [];
    for (const segs of this.lines) {
      const text = tidy(segs.map((s) => s.text).join(''));
      if (!text) continue;
      const visible = segs.filter((s) => !s.marker && tidy(s.text));
      lines.push({ text, bold: visible.length > 0 && visible.every((s) => s.bold) });
    }
    if (lines.length) {
      this.items.push(this.notes.length ? { kind: 'para', lines, notes: this.notes } : { kind: 'para', lines });
      this.notes = [];
    }
    this.lines = [[]];
  }

  table(rows: SourceRow[]): void {
    this.block();
    if (rows.length) this.items.push({ kind: 'table', rows });
  }
}

/** List state of an `<ol>` / `<ul>` being walked. */
interface List {
  ordered: boolean;
  type: string;
  next: number;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

function alpha(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** The number an `<ol type>` item is shown with, e.g. 3 → "3.", "c.", "C.", "iii.", "III.". */
function listNumber(n: number, type: string): string {
  if (n < 1 && type !== '1') return `${n}.`;
  switch (type) {
    case 'a':
      return `${alpha(n)}.`;
    case 'A':
      return `${alpha(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n)}.`;
    case 'I':
      return `${roman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

const int = (s: string | undefined, dflt: number) => {
  const v = s === undefined ? NaN : parseInt(s, 10);
  return Number.isFinite(v) ? v : dflt;
};

class Walker {
  private lists: List[] = [];
  /** Word's footnotes and endnotes by id ("ftn1", "edn2") → their text; those referenced are not read again. */
  private notes = new Map<string, { text: string; used: boolean }>();

  constructor(root: HNode) {
    this.collectNotes(root);
  }

  /** Word writes each footnote as `<div style='mso-element:footnote' id=ftn1>` at the end of the page. */
  private collectNotes(n: HNode): void {
    for (const c of n.children ?? []) {
      if (c.type !== 'tag') continue;
      const id = attr(c, 'id');
      if (id && /mso-element\s*:\s*(foot|end)note\s*(;|$)/.test(style(c))) {
        const flow = new Flow();
        this.walk(c.children, { bold: false, pre: false }, flow, true);
        flow.block();
        const text = flow.items.flatMap((i) => (i.kind === 'para' ? i.lines.map((l) => l.text) : [])).join(' ');
        this.notes.set(id.toLowerCase(), { text, used: false });
      } else this.collectNotes(c);
    }
  }

  /** The note a Word reference anchor (`<a href="#_ftn1">[1]</a>`) points to, marked used. */
  private noteOf(a: HNode): string | undefined {
    const m = /^#_?((?:ftn|edn)\d+)$/i.exec(attr(a, 'href') ?? '');
    const note = m && this.notes.get(m[1].toLowerCase());
    if (!note || !note.text) return undefined;
    note.used = true;
    const mark = tidy(textOf(a)).replace(/^\[(.*)\]$/, '$1') || m[1].replace(/\D+/g, '');
    return `${mark}. ${note.text}`;
  }

  /** `inNote`: reading a footnote's own text (its back-reference anchor is left out). */
  walk(nodes: HNode[] | undefined, ctx: Ctx, flow: Flow, inNote = false): void {
    for (const n of nodes ?? []) this.node(n, ctx, flow, inNote);
  }

  private node(n: HNode, ctx: Ctx, flow: Flow, inNote = false): void {
    if (n.type === 'text') return flow.text(n.data ?? '', ctx);
    if (n.type === 'cdata') return this.walk(n.children, ctx, flow);
    if (n.type !== 'tag') return; // comments (Word's conditional comments), directives, scripts, styles
    const name = (n.name ?? '').toLowerCase();
    if (SKIP.has(name) || hidden(n)) return;
    if (name === 'br') return flow.br();
    if (name === 'a' && /^#_?(ftn|edn)(ref)?\d+$/i.test(attr(n, 'href') ?? '')) {
      if (inNote) return; // the footnote's own back-reference "[1]"
      const note = this.noteOf(n);
      if (note) return flow.note(note);
    }
    const id = attr(n, 'id')?.toLowerCase();
    if (id && this.notes.get(id)?.used) return; // a footnote already given to the text that cites it
    if (name === 'table') return this.table(n, ctx, flow);
    const bold = styleBold(n) ?? (name === 'b' || name === 'strong' || HEADING.test(name) || name === 'th' ? true : ctx.bold);
    const inner: Ctx = { bold, pre: ctx.pre || name === 'pre' };
    if (!BLOCK.has(name)) return this.walk(n.children, inner, flow, inNote);
    flow.block();
    if (name === 'ol' || name === 'ul') {
      const type = attr(n, 'type') ?? '1';
      this.lists.push({ ordered: name === 'ol', type: ['a', 'A', 'i', 'I'].includes(type) ? type : '1', next: int(attr(n, 'start'), 1) });
      this.walk(n.children, inner, flow);
      this.lists.pop();
    } else if (name === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list?.ordered) {
        const num = int(attr(n, 'value'), list.next);
        list.next = num + 1;
        flow.text(`${listNumber(num, attr(n, 'type') ?? list.type)} `, inner, true);
      } else flow.text('- ', inner, true);
      this.walk(n.children, inner, flow);
    } else if (name === 'hr') {
      // a rule: no text
    } else this.walk(n.children, inner, flow, inNote);
    flow.block();
  }

  private table(t: HNode, ctx: Ctx, flow: Flow): void {
    const trs = rowElements(t);
    const cellsOf = (tr: HNode) => (tr.children ?? []).filter((c) => c.type === 'tag' && /^t[dh]$/i.test(c.name ?? ''));
    const caption = (t.children ?? []).find((c) => c.type === 'tag' && c.name?.toLowerCase() === 'caption');
    if (caption) this.node(caption, ctx, flow);
    // Content misplaced outside the cells (malformed pages): shown before the table, as browsers do.
    for (const n of strayContent(t)) this.node(n, ctx, flow);
    flow.block();
    // A portal's layout: a one-column table that holds other tables is not data (a layout of
    // several columns is read as a table: its content stays, as lines of its cells).
    const grid = trs.map(cellsOf);
    const holdsTable = grid.some((cells) => cells.some((c) => containsTable(c)));
    const layout = attr(t, 'role') === 'presentation' || (holdsTable && grid.every((cells) => cells.length <= 1));
    if (layout) {
      flow.block();
      for (const cells of grid)
        for (const c of cells) {
          this.walk(c.children, { ...ctx, bold: styleBold(c) ?? (c.name?.toLowerCase() === 'th' ? true : ctx.bold) }, flow);
          flow.block();
        }
      return;
    }
    const rows: SourceRow[] = [];
    for (const cells of grid) {
      if (!cells.length) continue;
      rows.push({ cells: cells.map((c) => this.cell(c, ctx)) });
    }
    // rowspan="0" covers the rest of the table; a span past the last row is cut to it.
    rows.forEach((row, r) => {
      for (const c of row.cells) {
        const left = rows.length - r;
        c.rowSpan = c.rowSpan === 0 ? left : Math.min(c.rowSpan, left);
      }
    });
    flow.table(rows);
  }

  private cell(c: HNode, ctx: Ctx): SourceCell {
    const th = c.name?.toLowerCase() === 'th';
    const flow = new Flow();
    const saved = this.lists;
    this.lists = [];
    this.walk(c.children, { bold: styleBold(c) ?? (th || ctx.bold), pre: ctx.pre }, flow);
    this.lists = saved;
    flow.block();
    const lines: Line[] = [];
    const notes: string[] = [];
    for (const item of flow.items) {
      if (item.kind === 'para') {
        pushAll(lines, item.lines);
        pushAll(notes, item.notes ?? []);
      } else
        for (const row of item.rows) {
          const text = row.cells
            .map((x) => x.paragraphs.join(' '))
            .filter(Boolean)
            .join(' | ');
          if (text) lines.push({ text, bold: row.cells.every((x) => !x.paragraphs.length || x.bold) });
        }
    }
    const rowSpanAttr = attr(c, 'rowspan');
    const rowSpan = rowSpanAttr !== undefined && int(rowSpanAttr, 1) === 0 ? 0 : Math.max(1, int(rowSpanAttr, 1));
    pushAll(notes, flow.leftNotes());
    const out: SourceCell = {
      paragraphs: lines.map((l) => l.text),
      bold: lines.length > 0 && lines.every((l) => l.bold),
      colSpan: Math.min(1000, Math.max(1, int(attr(c, 'colspan'), 1))),
      rowSpan,
    };
    if (notes.length) out.notes = notes;
    return out;
  }
}

/** A table's own rows (`<tr>` directly under it or under its thead/tbody/tfoot), not nested tables' rows. */
function rowElements(t: HNode): HNode[] {
  const out: HNode[] = [];
  for (const c of t.children ?? []) {
    if (c.type !== 'tag') continue;
    const name = c.name?.toLowerCase();
    if (name === 'tr') out.push(c);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') pushAll(out, rowElements(c));
  }
  return out;
}

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'col', 'colgroup']);

/** Nodes inside a table's structure (table, row groups, rows) that are not part of it: text, stray elements. */
function strayContent(t: HNode): HNode[] {
  const out: HNode[] = [];
  for (const c of t.children ?? []) {
    if (c.type === 'text' && !(c.data ?? '').trim()) continue;
    if (c.type !== 'tag' && c.type !== 'text') continue;
    const name = c.name?.toLowerCase() ?? '';
    if (c.type === 'tag' && TABLE_PARTS.has(name)) {
      if (name === 'tr' || name === 'thead' || name === 'tbody' || name === 'tfoot') pushAll(out, strayContent(c));
      continue;
    }
    out.push(c);
  }
  return out;
}

function textOf(n: HNode): string {
  if (n.type === 'text') return n.data ?? '';
  return (n.children ?? []).map(textOf).join('');
}

function containsTable(n: HNode): boolean {
  return (n.children ?? []).some((c) => c.type === 'tag' && (c.name?.toLowerCase() === 'table' || containsTable(c)));
}

/** Removes the Windows clipboard header ("Version:0.9\r\nStartHTML:…") that precedes the markup. */
export function stripClipboardHeader(html: string): string {
  return /^\s*Version:\d/.test(html) ? html.slice(Math.max(0, html.indexOf('<'))) : html;
}

/**
 * HTML text → blocks in document order. Never throws: malformed markup is read as a browser
 * would show it, as far as htmlparser2 recovers it. Text is NFC; a paragraph's `<br>` gives a new
 * line of the paragraph (`text` holds "\n"), a cell's `<br>` a new paragraph of the cell.
 */
export function htmlBlocks(html: string): SourceBlock[] {
  const dom = htmlparser2().parseDocument(stripClipboardHeader(html), { decodeEntities: true, lowerCaseTags: true }) as unknown as HNode;
  const flow = new Flow();
  new Walker(dom).walk(dom.children, { bold: false, pre: false }, flow);
  flow.block();
  const blocks = flow.items.map((item): SourceBlock => {
    if (item.kind === 'table') return { kind: 'table', rows: item.rows };
    const p: SourceParagraph = { kind: 'paragraph', text: item.lines.map((l) => l.text).join('\n'), bold: item.lines.every((l) => l.bold) };
    if (item.notes) p.notes = item.notes;
    return p;
  });
  // A footnote cited where no text followed: kept as a paragraph of its own.
  for (const n of flow.leftNotes()) blocks.push({ kind: 'paragraph', text: n, bold: false });
  return blocks;
}

/** True when the HTML holds a table with at least one row of two cells (what a paste is worth reading as HTML for). */
export function htmlHasTable(html: string): boolean {
  if (!/<table[\s>]/i.test(html)) return false;
  return htmlBlocks(html).some((b) => b.kind === 'table' && b.rows.some((r) => r.cells.length > 1 || r.cells.some((c) => c.colSpan > 1)));
}

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv), lower case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}

/**
 * An .html/.htm file's bytes → string: a BOM wins, then the declared charset (`windows-1252`,
 * `windows-1258`, `utf-8` …), else UTF-8, else Windows-1252 when the bytes are not UTF-8.
 * NFC (Windows-1258 text arrives with combining tone marks). Fails in Vietnamese on an unknown charset.
 */
export function decodeHtml(bytes: Uint8Array): Result<string> {
  const decode = (label: string, b: Uint8Array, fatal = false) => {
    const decoder = new TextDecoder(label, { fatal });
    // Node decodes windows-1252 as Latin-1 (0x80–0x9F as control characters): map those bytes itself.
    return decoder.encoding === 'windows-1252' ? windows1252(b) : decoder.decode(b);
  };
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decode('utf-8', bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes.subarray(2));
  else {
    const declared = declaredCharset(bytes);
    if (declared) {
      try {
        text = decode(declared, bytes);
      } catch {
        return fail(`Tệp HTML khai báo bảng mã "${declared}" không đọc được. Hãy lưu lại trang dưới dạng Unicode (UTF-8).`);
      }
    } else {
      try {
        text = decode('utf-8', bytes, true);
      } catch {
        text = decode('windows-1252', bytes);
      }
    }
  }
  return ok(text.normalize('NFC'));
}
