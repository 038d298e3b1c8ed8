/**
 * "Nothing lost": what counts as a piece of source text, and where an import may put it.
 *
 * A piece of text is
 *  - in a table line (one with a TAB): each cell,
 *  - in any other line: the whole line,
 * after removing markup (<b>, <p>, <i>, <u>, <br>, "**", leading "#"s — each markup boundary
 * splits the text, so "**PHỤ LỤC 1****Danh mục**" gives "PHỤ LỤC 1" and "Danh mục"), Unicode NFC,
 * and whitespace collapsed; empty pieces are skipped. Page artefacts are not pieces: a line with no
 * letter or digit (rules such as "-----") and the digital-signature stamp "Ký bởi: …".
 *
 * Every piece must appear (as a substring, after the same whitespace collapsing) in the
 * programme's title, a table's title/label/attachedTo/column headers, a section's
 * tt/title/lead/time, an item field (section path, tt, task, lead, partners, time/period text, authority,
 * resources, notes, target), or a `notImported` entry. The one exception: a section number
 * written in the title cell loses the punctuation mark between number and title.
 */
import type { Programme } from '../../src/core/model';
import { findLabels, startsWithLabel } from '../../src/core/ocr';
import { LEAD_VALUE_JOIN } from '../../src/core/import/prose/assignment';

/** NFC, Markdown emphasis ("*", "\\*") dropped, whitespace collapsed: applied to both sides. */
const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\\([*_#\\])/g, '$1')
    .replace(/\*/g, ' ')
    .replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, ' ')
    .trim();

export function isArtefactLine(line: string): boolean {
  const t = norm(line.replace(/<[^>]*>|\*/g, ' '));
  return !/[\p{L}\p{N}]/u.test(t) || /^Ký bởi\s*:/iu.test(t);
}

function splitMarkup(s: string): string[] {
  return s
    .replace(/^\s*#+\s*/, '')
    .replace(/<\/?(b|p|i|u|strong|em|br)\s*\/?>/gi, '\n')
    .replace(/\*\*/g, '\n')
    .split('\n')
    .map(norm)
    .filter((p) => p.length > 0);
}

/**
 * Prose points carry labels ("Cơ quan chủ trì tham mưu: …. Thời hạn hoàn thành: …", also in OCR
 * spelling, often wrapped over two lines) and a leading number "(3)". A label is structure, not
 * content: a paragraph of prose lines is cut at each label the OCR-tolerant label finder
 * (src/core/ocr) recognises, the label dropped, and the leading number of a line kept as its own
 * piece. What this check cannot see: text wrongly taken for a label.
 */
// A point number in parentheses is a number even when OCR lost the space after it: "(3)Xây dựng".
// A number alone on its line ("1." over "Sở Công Thương:") is a number too.
const POINT = /^\s*(?:(\(\d+\)|\d+\))\s*|(\d+(\.\d+)*\.|[a-zđ]\)|[-+•])(?:\s+|$))/u;

function paragraphPieces(lines: string[]): string[] {
  const out: string[] = [];
  const body = lines
    .map((line) => {
      const point = POINT.exec(line);
      if (!point) return line;
      const rest = line.slice(point[0].length);
      // A list marker ("-", "+", "•") is no content, nor the letter of a labelled line ("b) Cơ quan thực hiện:").
      const marker = point[2] && (/^[-+•]$/.test(point[2]) || (/^[a-zđ]\)$/u.test(point[2]) && startsWithLabel(rest)));
      if (!marker) out.push((point[1] ?? point[2]).replace(/\.$/, ''));
      return rest;
    })
    .join('\n');
  // Text between labels; `valued`: the text follows a label (it is that label's value).
  const segments: { text: string; valued: boolean }[] = [];
  let from = 0;
  let valued = false;
  // Labels wrapped over two lines ("Thời hạn hoàn\nthành:") are found with the breaks as spaces.
  const hits = [...findLabels(body), ...findLabels(body.replace(/\n/g, ' '))].sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    if (hit.start < from) {
      from = Math.max(from, hit.end);
      continue;
    }
    segments.push({ text: body.slice(from, hit.start), valued });
    from = hit.end;
    valued = true;
  }
  segments.push({ text: body.slice(from), valued });
  for (const seg of segments) {
    // A label's value may end the quotation of a whole point, as amending documents quote the
    // original: "“(9) … Thời gian thực hiện: Thường xuyên, liên tục.”" — that closing mark
    // belongs to the quotation, not to the value.
    const text = seg.valued ? seg.text.replace(/[\s.]*”[\s.]*$/, '') : seg.text;
    // A lead label's value "Sở Nội vụ chủ trì, phối hợp với các sở, ngành" is a lead and partners:
    // the words between them are structure, like a label.
    for (const part of (seg.valued ? text.split(new RegExp(LEAD_VALUE_JOIN.source, 'u')).join('\n') : text).split('\n')) {
      const piece = norm(part.replace(/^[\s:.\-–]+/, '').replace(/[\s;,.\-–]+$/, ''));
      if (piece) out.push(piece);
    }
  }
  return out;
}

/** Does a label start at the end of `before` and end in `after` ("Thoi han hoan" + "thanh: …")? */
function labelAcross(before: string, after: string): boolean {
  const joined = `${before} ${after}`;
  return findLabels(joined).some((h) => h.start < before.length && h.end > before.length + 1);
}

/** The pieces of source text that must be conserved. */
export function textPieces(text: string): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  // A blank line ends the paragraph, except inside a label: OCR puts blank lines in the middle
  // of a wrapped label too ("Thoi han hoan" / "" / "thanh Dé an: Trong nam 2025").
  let gap = false;
  const flush = () => {
    out.push(...paragraphPieces(paragraph));
    paragraph = [];
    gap = false;
  };
  for (const line of text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)) {
    if (isArtefactLine(line)) {
      if (line.trim() || !paragraph.length) flush();
      else gap = true;
    } else if (line.includes('\t')) {
      flush();
      for (const cell of line.split('\t')) out.push(...splitMarkup(cell));
    } else {
      const parts = splitMarkup(line);
      if (gap && !(parts.length && labelAcross(paragraph[paragraph.length - 1], parts[0]))) flush();
      gap = false;
      paragraph.push(...parts);
    }
  }
  flush();
  return out;
}

/** Every place an import may put source text, one string per field. */
export function programmeStrings(p: Programme): string[] {
  const out: string[] = [p.title];
  for (const t of p.tables) {
    out.push(t.title, t.label, t.attachedTo ?? '', ...t.columns.map((c) => c.header));
    for (const s of t.sections) {
      out.push(s.tt, s.title, s.lead ?? '', s.time ?? '');
      // A number printed in the title cell ("<b>IV. Về xây dựng Đảng</b>") is split off with the
      // one punctuation mark after it: that mark is the only thing allowed to go.
      for (const sep of ['', '.', '-', '–', ')']) out.push(`${s.tt}${sep} ${s.title}`);
    }
    for (const it of t.items) {
      out.push(...it.path, it.tt, it.task, it.lead, it.partners, it.time.text, it.period?.text ?? '');
      out.push(it.authority, it.resources, it.notes, it.target ?? '');
    }
  }
  for (const n of p.notImported) out.push(n.text);
  return out;
}

/** Pieces of `text` found nowhere in the programme (empty = nothing lost). */
export function lostPieces(text: string, p: Programme): string[] {
  const hay = programmeStrings(p).map(norm).join('\n');
  return textPieces(text).filter((piece) => !hay.includes(piece));
}
