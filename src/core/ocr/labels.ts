/**
 * Field labels of prose programmes ("Cơ quan chủ trì tham mưu:", "Thời hạn hoàn thành:" …),
 * matched diacritic-insensitively and tolerant of the OCR damage seen in real scans
 * ("Co quan chii tri tham muwu", "Thoi gian thiee hién", "Thoi han hodn thanh Pé dn").
 */
import { foldText } from '../time';

/** 'task': "Nhiệm vụ:" / "Nội dung:" — the task text of a point written under a label. */
export type FieldKey = 'task' | 'lead' | 'partners' | 'deadline' | 'period' | 'products' | 'otherTime';

export interface LabelHit {
  key: FieldKey;
  /** Offsets in the searched text (label start, first character after the label). */
  start: number;
  end: number;
  /** The label as written, without the colon. */
  label: string;
}

const PATTERNS: [FieldKey, string][] = [
  ['lead', String.raw`(?:co quan|don vi) ch[a-z]{0,3} tri(?: tham m[a-z]{1,4})?(?: thuc hien)?\s*[:.]|co quan thuc hien\s*:|don vi tham muu\s*:`],
  ['partners', String.raw`(?:co quan|don vi) phoi hop(?: thuc hien)?\s*:`],
  ['deadline', String.raw`thoi (?:han|gian) h[a-z]{1,3}n thanh[^:.;\n]{0,80}:|thoi han\s*:`],
  ['period', String.raw`thoi gian th[a-z]{1,4} hi?e[a-z]?n\b\s*:?|thoi gian\s*:`],
  ['products', String.raw`san pham(?: du kien)?\s*:`],
  ['task', String.raw`(?:nhiem vu|noi dung)(?: cu the| thuc hien| trien khai)?\s*:`],
  ['otherTime', String.raw`thoi (?:gian|han) [^:.;\n]{1,60}:`],
];

const COMBINED = new RegExp(PATTERNS.map(([, p]) => `(${p})`).join('|'), 'g');

/** A label starts a sentence: text start, or after . ; : newline, a list dash, or a point number. */
function atSentenceStart(folded: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t*_+\-•]/.test(folded[i])) i--;
  return i < 0 || /[.;:\n)]/.test(folded[i]);
}

/** Every field label in the text, in order. */
export function findLabels(text: string): LabelHit[] {
  const folded = foldText(text).replace(/[đ]/g, 'd');
  const hits: LabelHit[] = [];
  COMBINED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMBINED.exec(folded))) {
    if (!atSentenceStart(folded, m.index)) {
      COMBINED.lastIndex = m.index + 1;
      continue;
    }
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const end = m.index + m[0].length;
    const label = text.slice(m.index, end).replace(/[\s:.]+$/, '');
    hits.push({ key: PATTERNS[group][0], start: m.index, end, label });
  }
  return hits;
}

/** True when the line starts with a field label (after an optional list dash). */
export function startsWithLabel(line: string): boolean {
  const t = line.replace(/^[\s*_]*[-+•]?\s*/, '');
  const hits = findLabels(t);
  return hits.length > 0 && hits[0].start === 0;
}
