/** A point's text → task and labelled fields (chủ trì, phối hợp, thời hạn, thời gian, sản phẩm). */
import { findLabels } from '../../ocr';

export interface PointFields {
  task: string;
  lead: string;
  partners: string;
  /** "Thời hạn hoàn thành …" phrase (the first one). */
  deadline: string;
  /** "Thời gian thực hiện" phrase. */
  period: string;
  /** Products and further time labels, as "label: value" lines. */
  notes: string;
}

function trimValue(v: string): string {
  return v
    .replace(/^[\s:.\-–]+/, '')
    .replace(/[\s;,.\-–*”"]+$/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function splitFields(text: string): PointFields {
  const hits = findLabels(text);
  const f: PointFields = { task: '', lead: '', partners: '', deadline: '', period: '', notes: '' };
  const notes: string[] = [];
  f.task = (hits.length ? text.slice(0, hits[0].start) : text).replace(/[\s\-–;]+$/, '').trim();
  let otherTime = -1;
  hits.forEach((h, i) => {
    const raw = text.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : text.length);
    if (h.key === 'task') {
      // "Nhiệm vụ: …" (one line, or "- …" lines below): the task text, after the point's title.
      const value = raw
        .replace(/^[\s:]+/, '')
        .replace(/[\s;]+$/, '')
        .replace(/[ \t]*\n[ \t]*(?![-+•])/g, ' ');
      // A title without closing punctuation ("4.1. Kinh phí thực hiện") keeps its own line.
      if (value) f.task = f.task ? `${f.task}${/^[-+•]/.test(value) || !/[:.;]$/.test(f.task) ? '\n' : ' '}${value}` : value;
      return;
    }
    const value = trimValue(raw);
    // Only a label of a few plain words ("Thời hạn ban hành") is surely a label: a longer match of
    // "Thời hạn …:" may hold text, kept in the notes even with nothing after it.
    const plainLabel = h.key !== 'otherTime' || (/^[\p{L} ]+$/u.test(h.label) && h.label.split(' ').length <= 5);
    if (!value) {
      if (!plainLabel) notes.push(h.label);
      return;
    }
    if (h.key === 'otherTime' && otherTime < 0 && plainLabel) otherTime = notes.length;
    if (h.key === 'lead' && !f.lead) f.lead = value;
    else if (h.key === 'partners' && !f.partners) f.partners = value;
    else if (h.key === 'deadline' && !f.deadline) f.deadline = value;
    else if (h.key === 'period' && !f.period) f.period = value;
    else notes.push(`${h.label}: ${value}`);
  });
  // "Thời hạn ban hành: Quý II/2026" is the point's time when no other time label is given.
  if (!f.deadline && !f.period && otherTime >= 0) {
    f.deadline = notes[otherTime].slice(notes[otherTime].indexOf(': ') + 2);
    notes.splice(otherTime, 1);
  }
  f.notes = notes.join('\n');
  return f;
}
