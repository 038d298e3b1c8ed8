/**
 * An amending document → the operations it contains, in order.
 *
 *   "a) Điều chỉnh điểm (3):" “old” "* Điều chỉnh thành:" new      → modify
 *   "Điều chỉnh thời gian tại điểm (2), (3), (5)" “old” … new        → modify-time (one per point)
 *   "Tiêu đề mục 1.5" “old” … new                                  → rename-section
 *   "Bổ sung 03 điểm mới (10), (11), (12) vào Mục 1.2:" points       → add
 *   "Bổ sung mới Mục 1.8 với 03 điểm:" title, points                 → add-section
 *   "Lược bỏ điểm (2)" “old”                                        → remove
 *   "Mục 1.3 - …: Không điều chỉnh bổ sung."                         → no-change
 */
import { fold } from '../text';
import { sourceLines } from '../import/prose/lines';
import type { AmendOp } from './types';

export interface Operation {
  op: AmendOp;
  /** "1.1", or "Mở đầu", "I", "III" for the parts outside the numbered sections. */
  section: string;
  /** "(3)"; several for a time change of several points; empty for section-level operations. */
  points: string[];
  /** The quoted original text (quotes removed), one paragraph per line. */
  quote: string;
  /** The new text, one paragraph per line (for add: the points, each starting "(n)"). */
  after: string[];
  /** 1-based line of the operation heading. */
  line: number;
  /** Lines of the new text (1-based), parallel to `after`. */
  afterLines: number[];
}

export interface ParsedAmendment {
  operations: Operation[];
  /** Lines inside an amending part that belong to no operation: reported as conflicts. */
  stray: { line: number; text: string }[];
  /**
   * Lines outside the amending parts — the title and preamble before them, a closing part such as
   * "B- ĐIỀU KHOẢN THI HÀNH", "Nơi nhận", the signature: not changes, listed so none is lost.
   */
  outside: { line: number; text: string; reason: string }[];
}

const nums = (s: string): string[] => (s.match(/\(\s*\d+\s*\)/g) ?? []).map((p) => `(${Number(p.replace(/\D/g, ''))})`);

interface OpStart {
  op: AmendOp;
  section?: string;
  points: string[];
}

/** "… điểm (3) Mục 1.1 …", "… điểm (2) tại Mục 2.4": the section named in the heading itself. */
function inSection(t: string): string | undefined {
  return /\)\s*,?\s*(?:tai |cua |thuoc )?muc (\d+(?:\.\d+)*)\b/.exec(t)?.[1];
}

/** Recognises an operation heading (folded text). */
function opStart(f: string): OpStart | null {
  const t = f
    .replace(/^[*\\\s]+/, '')
    .replace(/^\d+(?:\.\d+)*\.\s+/, '')
    .replace(/^[a-z]\)\s*/, '');
  let m: RegExpExecArray | null;
  if ((m = /dieu chinh thoi gian(?: thuc hien)? tai (?:cac )?diem\s*((?:\(\s*\d+\s*\)[\s,va]*)+)/.exec(t))) return { op: 'modify-time', section: inSection(t), points: nums(m[1]) };
  if ((m = /^bo sung moi muc (\d+(?:\.\d+)+)/.exec(t))) return { op: 'add-section', section: m[1], points: [] };
  if ((m = /^bo sung (?:(?:them|moi)\s+)*(?:\d+\s+)?diem(?: moi)?\s*((?:\(\s*\d+\s*\)[\s,va]*)+)vao muc (\d+(?:\.\d+)*)/.exec(t))) {
    return { op: 'add', section: m[2], points: nums(m[1]) };
  }
  if ((m = /^(?:bo sung,\s*)?dieu chinh(?:,\s*bo sung)? diem\s*(\(\s*\d+\s*\))/.exec(t))) return { op: 'modify', section: inSection(t), points: nums(m[1]) };
  if ((m = /^luoc bo diem\s*((?:\(\s*\d+\s*\)[\s,va]*)+)/.exec(t))) return { op: 'remove', section: inSection(t), points: nums(m[1]) };
  if ((m = /^tieu de muc (\d+(?:\.\d+)+)/.exec(t))) return { op: 'rename-section', section: m[1], points: [] };
  if (/^dieu chinh noi dung phan mo dau/.test(t)) return { op: 'modify', section: 'Mở đầu', points: [] };
  if ((m = /^noi dung tai khoan (\d+),\s*muc ([ivx]+)\b/.exec(t))) return { op: 'modify', section: m[2].toUpperCase(), points: [m[1]] };
  return null;
}

/** "1.1. Mục 1.1 - Coi trọng …", "2.3. Mục 2.3 - …: Không điều chỉnh, bổ sung.", "2. Phát triển …" */
function sectionHeading(text: string): { num: string; noChange: boolean } | null {
  const m = /^(\d+(?:\.\d+)*)\.\s+(\S.*)$/.exec(text);
  if (!m) return null;
  const f = fold(m[2]);
  if (/^\(\d+\)/.test(m[2])) return null;
  return { num: m[1], noChange: /khong dieu chinh/.test(f) };
}

/** A part heading that announces changes ("Điều chỉnh …", "NỘI DUNG CẬP NHẬT, ĐIỀU CHỈNH, BỔ SUNG"). */
const AMENDING_PART = /dieu chinh|bo sung|luoc bo|sua doi|cap nhat|bai bo/;

/** "II- Điều chỉnh, bổ sung Phần II …", "III- TỔ CHỨC THỰC HIỆN (điều chỉnh)", "B- ĐIỀU KHOẢN THI HÀNH" */
function partHeading(text: string): string | null {
  const m = /^([IVX]+|[A-Z])\s*[-–.]\s+\S/.exec(text);
  return m ? m[1] : null;
}

const AFTER = /^\*?\s*dieu chinh thanh\s*:?\s*$/;

function unquote(s: string): string {
  return s
    .replace(/^[“"]/, '')
    .replace(/[”"]\s*[.]?\s*$/, '')
    .replace(/[”"]\.$/, '')
    .trim();
}

type Current = Operation & { phase: 'quote' | 'after'; quoteLines: string[] };

export function parseAmendment(text: string): ParsedAmendment {
  const lines = sourceLines(text.normalize('NFC').split(/\r\n|\r|\n/));
  const operations: Operation[] = [];
  const stray: { line: number; text: string }[] = [];
  const outside: ParsedAmendment['outside'] = [];
  let part = '';
  let section = '';
  let cur = null as Current | null;
  /** preamble: before the first change; amending: parts that change the base; closing: other parts. */
  let zone: 'preamble' | 'amending' | 'closing' = 'preamble';
  const flush = () => {
    if (cur) {
      const { phase: _p, quoteLines, ...op } = cur;
      operations.push({ ...op, quote: unquote(quoteLines.join('\n')) });
    }
    cur = null;
  };
  const begin = (op: AmendOp, sec: string, points: string[], line: number, phase: 'quote' | 'after') => {
    flush();
    zone = 'amending';
    cur = { op, section: sec, points, quote: '', after: [], afterLines: [], line, phase, quoteLines: [] };
  };
  const notChange = (line: number, t: string) => {
    const reason =
      zone === 'preamble'
        ? 'Phần đầu văn bản điều chỉnh (trước nội dung điều chỉnh): không phải thay đổi'
        : `Phần ${part} của văn bản điều chỉnh không phải nội dung điều chỉnh, bổ sung, lược bỏ`;
    outside.push({ line, text: t, reason });
  };
  for (const l of lines) {
    const t = l.text;
    if (!t) continue;
    const f = fold(t);
    const line = l.index + 1;
    const start = opStart(f);
    if (start) {
      const phase = start.op === 'add' || start.op === 'add-section' ? 'after' : 'quote';
      begin(start.op, start.section ?? section, start.points, line, phase);
      continue;
    }
    if (AFTER.test(f)) {
      if (cur) cur.phase = 'after';
      else stray.push({ line, text: t });
      continue;
    }
    const p = partHeading(t);
    if (p && !/^\(/.test(t)) {
      flush();
      part = p;
      zone = AMENDING_PART.test(f) ? 'amending' : 'closing';
      if (zone === 'closing') notChange(line, t);
      if (p === 'III' && /dieu chinh/.test(f)) begin('modify', 'III', [], line, 'after');
      continue;
    }
    const h = part === 'III' || zone === 'closing' ? null : sectionHeading(t);
    if (h) {
      zone = 'amending';
      const takesTitle = cur && (cur.op === 'add-section' || (cur.op === 'rename-section' && cur.phase === 'after'));
      if (cur && takesTitle && cur.section === h.num && !cur.after.length) {
        cur.after.push(t);
        cur.afterLines.push(line);
        continue;
      }
      flush();
      section = h.num;
      if (h.noChange) operations.push({ op: 'no-change', section: h.num, points: [], quote: '', after: [], afterLines: [], line });
      continue;
    }
    if (cur) {
      if (cur.phase === 'quote') cur.quoteLines.push(t);
      else {
        cur.after.push(cur.op === 'modify' && !cur.after.length ? unquote(t) : t);
        cur.afterLines.push(line);
      }
    } else if (zone === 'amending') stray.push({ line, text: t });
    else notChange(line, t);
  }
  flush();
  return { operations, stray, outside };
}
