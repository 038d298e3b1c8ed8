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
  hits.forEach((h, i) => {
    const value = trimValue(text.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : text.length));
    if (!value) return;
    if (h.key === 'lead' && !f.lead) f.lead = value;
    else if (h.key === 'partners' && !f.partners) f.partners = value;
    else if (h.key === 'deadline' && !f.deadline) f.deadline = value;
    else if (h.key === 'period' && !f.period) f.period = value;
    else notes.push(`${h.label}: ${value}`);
  });
  f.notes = notes.join('\n');
  return f;
}
