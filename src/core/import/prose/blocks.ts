/**
 * Logical lines → blocks: headings, points, label paragraphs, plain paragraphs.
 * Hard-wrapped lines are joined; page artefacts and footnotes become their own blocks
 * (never part of a point).
 */
import { fold } from '../../text';
import { startsWithLabel } from '../../ocr';
import { isAttachedLine, parseAppendixLabel } from '../appendix';
import type { SourceLine } from './lines';

/** 'noise': a page number, stray OCR marks, or text after "Nơi nhận:" — never part of a point. */
export type BlockKind = 'roman' | 'numbered' | 'point' | 'label' | 'para' | 'footnote' | 'appendix' | 'attached' | 'end' | 'noise';

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
  if (/^noi nh[a-z]{1,3}n\s*:?$/.test(fold(t))) return { kind: 'end', num: '', text: t };
  const app = parseAppendixLabel(t);
  if (app && t === t.toUpperCase()) return { kind: 'appendix', num: '', text: app.rest };
  if (isAttachedLine(t)) return { kind: 'attached', num: '', text: t };
  if (startsWithLabel(t)) return { kind: 'label', num: '', text: t.replace(/^[-+•]\s*/, '') };
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

export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let blank = true;
  let ended = false;
  for (const l of lines) {
    const t = l.text;
    if (!t) {
      blank = true;
      continue;
    }
    const start = startOf(t);
    // Page numbers, stray OCR marks and the closing part are kept aside without ending the block.
    const noise = ended ? start?.kind !== 'appendix' : !start && letters(t) < 3 && !/^[-+•]/.test(t);
    if (noise) {
      blocks.push({ kind: 'noise', num: '', text: t, printed: t, lines: [l.index], bold: l.bold });
      continue;
    }
    if (start) {
      cur = { ...start, printed: t, lines: [l.index], bold: l.bold };
      blocks.push(cur);
      if (start.kind === 'end') ended = true;
      if (start.kind === 'appendix') ended = false;
    } else if (cur && cur.kind !== 'end' && (!blank || continues(t) || cur.kind === 'attached' && !/\)\s*$/.test(cur.text))) {
      const sep = /^[-+•]\s/.test(t) ? '\n' : ' ';
      cur.text = cur.text ? `${cur.text}${sep}${t}` : t;
      cur.printed = `${cur.printed} ${t}`;
      cur.lines.push(l.index);
      cur.bold = cur.bold && l.bold;
    } else {
      cur = { kind: 'para', num: '', text: t, printed: t, lines: [l.index], bold: l.bold };
      blocks.push(cur);
    }
    blank = false;
  }
  return blocks;
}
