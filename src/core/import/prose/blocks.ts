/**
 * Logical lines → blocks: headings, points, label paragraphs, plain paragraphs.
 * Hard-wrapped lines are joined; page artefacts and footnotes become their own blocks
 * (never part of a point).
 */
import { fold } from '../../text';
import { startsWithLabel } from '../../ocr';
import { isAttachedLine, parseAppendixLabel } from '../appendix';
import type { SourceLine } from './lines';

/**
 * 'noise': a page number, stray OCR marks, or text after "Nơi nhận:" — never part of a point.
 * 'letter': "a) …" that is not a label ("a) Hoạt động 1: …"); "a) Nhiệm vụ: …", "b) Cơ quan thực
 * hiện:" are labels of one point ('label', the letter in `num`).
 * 'bullet': a list item "- …" / "+ …" / "• …" starting with a capital, not a label; its marker in `num`.
 */
export type BlockKind = 'roman' | 'numbered' | 'point' | 'label' | 'letter' | 'bullet' | 'para' | 'footnote' | 'appendix' | 'attached' | 'end' | 'noise';

export interface Block {
  kind: BlockKind;
  /** Number as printed, normalised: "II", "1.2", "(3)" (empty for other kinds). */
  num: string;
  /** Text after the number, wrapped lines joined. */
  text: string;
  /** The heading line as printed (number included). */
  printed: string;
  /** 0-based physical lines. */
  lines: number[];
  bold: boolean;
}

const POINT = /^\(?(\d{1,2})\)\s*(.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.(?!\d)\s*(?=[\p{Lu}“"«(*]|\d+\.\s)(.*)$/u;
const ROMAN = /^([IVX][IVX1l]{0,4})\s*[.\-–]\s*(.+)$/;
const FOOTNOTE = /^[!¹²³*]?\s*[1-9!¹²³]\s+\p{Lu}/u;
const LETTER = /^([a-zđ])\)\s+(.*)$/u;
const BULLET = /^([-+•])\s+(?=[\p{Lu}\d“"«(])(.*)$/u;
/** The title word of the plan a decision issues, on its own line after the decision's "Nơi nhận". */
const PLAN_TITLE = /^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)\b/u;
/** A number alone on its line ("I.", "2.", "1.2."): the heading text is on the next line. */
const BARE_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})\.$/;

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

function romanHeading(t: string): { num: string; text: string } | null {
  const m = ROMAN.exec(t);
  if (!m) return null;
  const upper = m[2].replace(/[^\p{L}]/gu, '');
  if (upper.length < 3 || upper !== upper.toUpperCase()) {
    // "I- Điều chỉnh Mục I. …" in amendments: keep only all-caps headings here.
    if (!/^[IVX]+$/.test(m[1])) return null;
    if (letters(m[2]) < 3 || m[2][0] !== m[2][0].toUpperCase()) return null;
  }
  return { num: m[1].replace(/[1l]/g, 'I'), text: m[2] };
}

function startOf(t: string): { kind: BlockKind; num: string; text: string } | null {
  // "Nơi nhận:" alone, or with the recipients on the same line ("Nơi nhận: - Như Điều 3; …").
  if (/^noi nh[a-z]{1,3}n\s*(:?$|:\s*-)/.test(fold(t))) return { kind: 'end', num: '', text: t };
  const app = parseAppendixLabel(t);
  if (app && t === t.toUpperCase()) return { kind: 'appendix', num: '', text: app.rest };
  if (isAttachedLine(t)) return { kind: 'attached', num: '', text: t };
  if (startsWithLabel(t)) return { kind: 'label', num: '', text: t.replace(/^[-+•]\s*/, '') };
  const letter = LETTER.exec(t);
  if (letter) {
    // "a) Nhiệm vụ: …", "b) Cơ quan thực hiện:": the letter only numbers the labels of one point.
    if (startsWithLabel(letter[2])) return { kind: 'label', num: letter[1], text: letter[2] };
    return { kind: 'letter', num: letter[1], text: letter[2] };
  }
  const bullet = BULLET.exec(t);
  if (bullet) return { kind: 'bullet', num: bullet[1], text: bullet[2] };
  const p = POINT.exec(t);
  if (p) return { kind: 'point', num: `(${Number(p[1])})`, text: p[2] };
  const n = NUMBERED.exec(t);
  if (n) return { kind: 'numbered', num: n[1], text: n[2] };
  const r = romanHeading(t);
  if (r) return { kind: 'roman', ...r };
  if (FOOTNOTE.test(t)) return { kind: 'footnote', num: '', text: t };
  return null;
}

/** A continuation line: starts lower case, with a digit or punctuation, or is a list item. */
function continues(t: string): boolean {
  return !/^[\p{Lu}(“"«]/u.test(t) || /^[-+•]\s/.test(t);
}

/**
 * A number alone on a line ("1." then "Sở Công Thương:") is joined to the next non-empty line,
 * as Word's copy of a hard-wrapped heading prints it. Both physical lines are kept.
 */
function joinBareNumbers(lines: SourceLine[]): (SourceLine & { also?: number })[] {
  const out: (SourceLine & { also?: number })[] = [];
  let pending: SourceLine | null = null;
  for (const l of lines) {
    if (pending && l.text) {
      out.push({ ...l, text: `${pending.text} ${l.text}`, also: pending.index, bold: l.bold && pending.bold });
      pending = null;
    } else if (!pending && BARE_NUMBER.test(l.text)) pending = l;
    else if (!pending) out.push(l);
  }
  if (pending) out.push(pending);
  return out;
}

/** A bullet or paragraph whose wrapped text turns out to start with a label is that label. */
function relabel(b: Block): void {
  if ((b.kind === 'bullet' || b.kind === 'para') && startsWithLabel(b.text)) b.kind = 'label';
  // "V. TỔ" / "CHỨC THỰC HIỆN": a roman heading wrapped after a short first line.
  const r = b.kind === 'para' && b.lines.length > 1 ? romanHeading(b.text) : null;
  if (r) Object.assign(b, { kind: 'roman', num: r.num, text: r.text });
}

export function toBlocks(source: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let blank = true;
  let ended = false;
  for (const l of joinBareNumbers(source)) {
    const t = l.text;
    if (!t) {
      blank = true;
      continue;
    }
    // A decision's recipients end the decision, not the plan it issues: "KẾ HOẠCH" starts it again.
    if (ended && PLAN_TITLE.test(t) && t === t.toUpperCase()) ended = false;
    let start = startOf(t);
    // "… ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm …": a number inside a wrapped sentence.
    if (start?.kind === 'numbered' && !blank && cur && ['para', 'bullet', 'letter'].includes(cur.kind) && !/[.;:!?”")]$/.test(cur.text)) start = null;
    // Page numbers, stray OCR marks and the closing part are kept aside without ending the block.
    // "an." under "- Cơ quan chủ trì: Bộ Công": the end of a wrapped word, not an OCR mark.
    // "II/2026." under "- Thời gian thực hiện: Quý" too; a page number ("12") stays noise.
    const wrapped = !blank && !!cur && (/^\p{Ll}/u.test(t) || /^[IVX]{1,4}[/-]\d{4}/.test(t)) && !/[.;:]$/.test(cur.text);
    const noise = ended ? start?.kind !== 'appendix' : !start && letters(t) < 3 && !/^[-+•]/.test(t) && !wrapped;
    if (noise) {
      blocks.push({ kind: 'noise', num: '', text: t, printed: t, lines: [l.index], bold: l.bold });
      continue;
    }
    if (start) {
      if (cur) relabel(cur);
      cur = { ...start, printed: t, lines: l.also === undefined ? [l.index] : [l.also, l.index], bold: l.bold };
      blocks.push(cur);
      if (start.kind === 'end') ended = true;
      if (start.kind === 'appendix') ended = false;
    } else if (cur && cur.kind !== 'end' && (!blank || continues(t) || (cur.kind === 'attached' && !/\)\s*$/.test(cur.text)))) {
      const sep = /^[-+•]\s/.test(t) ? '\n' : ' ';
      cur.text = cur.text ? `${cur.text}${sep}${t}` : t;
      cur.printed = `${cur.printed} ${t}`;
      if (l.also !== undefined) cur.lines.push(l.also);
      cur.lines.push(l.index);
      cur.bold = cur.bold && l.bold;
    } else {
      if (cur) relabel(cur);
      cur = { kind: 'para', num: '', text: t, printed: t, lines: l.also === undefined ? [l.index] : [l.also, l.index], bold: l.bold };
      blocks.push(cur);
    }
    blank = false;
  }
  if (cur) relabel(cur);
  return blocks;
}
