/**
 * Markdown → SourceBlock[], for the files converters write (pandoc, mammoth's Markdown, GitHub
 * style). Pipe tables become tables: the header row is a row, the `|---|:---:|` separator is not;
 * `\|` is a pipe inside a cell, `<br>` a paragraph break inside a cell, a cell wholly in
 * `**…**` (or `__…__`) is bold, a row short of cells is padded to the header's width. A raw HTML `<table>` (pandoc writes one for a table with merged
 * cells) is read by the HTML reader, a pandoc grid table (`+---+` borders) by gridTable.ts.
 * Everything else becomes paragraphs: `#` heading marks and
 * setext underlines removed (headings are bold, as in the other readers), list numbers kept
 * ("1.", "a)"), bullets shown as "- ", a paragraph's soft-wrapped lines joined with a space, a hard
 * line break (two trailing spaces or a trailing backslash) kept as a new line, emphasis marks,
 * link targets and backslash escapes removed. A file with no table is not read here (null): it
 * stays plain text, as before. Host-free.
 */
import type { SourceBlock, SourceCell, SourceRow } from '../document/types';
import { pushAll } from '../arrays';
import { gridTableStart, readGridTable } from './gridTable';
import { htmlBlocks } from './html';

/** Splits a pipe-table line into raw cells: `\|` is a literal pipe, the outer pipes are optional. */
export function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  const t = line.trim();
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\\' && t[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '\\' && i + 1 < t.length) {
      cur += ch + t[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  if (t.startsWith('|')) cells.shift();
  if (cells.length > 1 && /(^|[^\\])\|$/.test(t)) cells.pop();
  return cells;
}

const hasPipe = (line: string) => /(^|[^\\])\|/.test(line);
const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;
const isSeparator = (line: string) => hasPipe(line) && splitPipeRow(line).every((c) => SEPARATOR_CELL.test(c));

/** True when lines[i] starts a pipe table (a header line, then a separator with as many cells). */
function tableStart(lines: string[], i: number): boolean {
  const head = lines[i];
  const sep = lines[i + 1];
  if (sep === undefined || !hasPipe(head) || !isSeparator(sep)) return false;
  return splitPipeRow(head).length === splitPipeRow(sep).length;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Escaped punctuation is held in a private-use character while emphasis marks are removed. */
const hide = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const unhide = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

/** One piece of inline Markdown → its shown text and whether all of it is bold. */
export function inlineText(raw: string): { text: string; bold: boolean } {
  let s = hide(raw.trim());
  const whole = /^(\*\*|__)([\s\S]*)\1$/.exec(s);
  const bold = !!whole && !whole[2].includes(whole[1]) && whole[2].trim() !== '';
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images: no text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<\/?(b|strong|i|em|u|span|sup|sub)\b[^>]*>/gi, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
  return {
    text: unhide(s)
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .normalize('NFC'),
    bold,
  };
}

const BR = /<br\s*\/?>/i;

/** A grid table cell: its paragraphs as raw Markdown; bold when every one is. */
function gridCell(raws: string[]): SourceCell {
  const cells = raws.map(cellOf);
  const paragraphs = cells.flatMap((c) => c.paragraphs);
  return { paragraphs, bold: paragraphs.length > 0 && cells.every((c) => !c.paragraphs.length || c.bold), colSpan: 1, rowSpan: 1 };
}

function cellOf(raw: string): SourceCell {
  const hidden = hide(raw.trim());
  // "**a<br>b**": bold around the whole cell, across its breaks.
  const whole = /^(\*\*|__)([\s\S]*)\1$/.exec(hidden);
  const wholeBold = !!whole && !whole[2].includes(whole[1]);
  const body = wholeBold ? unhide(whole![2]) : raw;
  const parts = body
    .split(new RegExp(BR, 'gi'))
    .map(inlineText)
    .filter((p) => p.text);
  return {
    paragraphs: parts.map((p) => p.text),
    bold: parts.length > 0 && (wholeBold || parts.every((p) => p.bold)),
    colSpan: 1,
    rowSpan: 1,
  };
}

const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST = /^\s*(?:(\d{1,9}[.)]|[a-zA-Z][.)])|([-*+]))\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Markdown text → blocks, or null when it holds no table (pipe table or raw HTML `<table>`): such a
 * file is read as plain text by the caller.
 */
export function markdownBlocks(markdown: string): SourceBlock[] | null {
  // NFC first: a grid table's columns are counted in characters, as pandoc aligned them.
  const lines = markdown
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
  const blocks: SourceBlock[] = [];
  let found = false;
  // The paragraph being read: its lines (a hard break starts a new one), and whether it is a heading.
  let para: string[] = [];
  let hardBreak = false;
  let heading = false;
  const flush = () => {
    const parts = para.map(inlineText).filter((p) => p.text);
    if (parts.length) {
      blocks.push({ kind: 'paragraph', text: parts.map((p) => p.text).join('\n'), bold: heading || parts.every((p) => p.bold) });
    }
    para = [];
    hardBreak = false;
    heading = false;
  };
  const add = (line: string) => {
    const brk = / {2,}$|\\$/.test(line);
    const text = line.replace(/\\$/, '').trim();
    if (!para.length || hardBreak) para.push(text);
    else para[para.length - 1] += ' ' + text;
    hardBreak = brk;
    // "<br>" inside a paragraph is a line break too.
    if (BR.test(para[para.length - 1])) {
      const last = para.pop()!;
      pushAll(para, last.split(new RegExp(BR, 'gi')));
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flush();
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)![1];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) {
        if (lines[i].trim()) blocks.push({ kind: 'paragraph', text: lines[i].trim(), bold: false });
      }
      continue;
    }
    if (/^\s*<table[\s>]/i.test(line)) {
      flush();
      let depth = 0;
      const html: string[] = [];
      for (; i < lines.length; i++) {
        html.push(lines[i]);
        depth += (lines[i].match(/<table[\s>]/gi) ?? []).length - (lines[i].match(/<\/table>/gi) ?? []).length;
        if (depth <= 0) break;
      }
      const read = htmlBlocks(html.join('\n'));
      found ||= read.some((b) => b.kind === 'table');
      pushAll(blocks, read);
      continue;
    }
    if (gridTableStart(lines, i)) {
      flush();
      const { rows, end } = readGridTable(lines, i, gridCell);
      blocks.push({ kind: 'table', rows });
      found = true;
      i = end - 1;
      continue;
    }
    if (tableStart(lines, i)) {
      flush();
      // A row with fewer cells than the header is padded with empty cells (as GitHub shows it);
      // one with more keeps them (nothing is dropped).
      const width = splitPipeRow(line).length;
      const row = (l: string): SourceRow => {
        const cells = splitPipeRow(l).map(cellOf);
        while (cells.length < width) cells.push({ paragraphs: [], bold: false, colSpan: 1, rowSpan: 1 });
        return { cells };
      };
      const rows: SourceRow[] = [row(line)];
      for (i += 2; i < lines.length && lines[i].trim() && hasPipe(lines[i]); i++) rows.push(row(lines[i]));
      i--;
      blocks.push({ kind: 'table', rows });
      found = true;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      para = [atx[2] ?? ''];
      heading = true;
      flush();
      continue;
    }
    if (para.length && SETEXT.test(line)) {
      heading = true;
      flush();
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      flush();
      add(item[1] ? `${item[1]} ${item[3]}` : `- ${item[3]}`);
      continue;
    }
    add(line.replace(/^\s*>\s?/, ''));
  }
  flush();
  return found ? blocks : null;
}
