/** Applies parsed operations to the items of a base programme. */
import { agencyKey, builtinCatalogue, matchAgency } from '../agencies';
import { canonicalLead } from '../import';
import { findLabels } from '../ocr';
import type { Item, Programme } from '../model';
import { parseTime } from '../time';
import type { PointFields } from '../import/prose/fields';
import type { Operation } from './parse';
import { joinLines, newPoints, readPoint } from './points';
import { QUOTE_MATCH, similarity } from './similar';
import type { AmendResult, Change, Conflict } from './types';

/** "1.2" from a heading "1.2. Tập trung …" (empty when the heading has no number). */
export function headingNumber(h: string): string {
  const m = /^(\d+(?:\.\d+)*)\.?\s/.exec(h.trim());
  return m ? m[1] : '';
}

const sectionOf = (i: Item): string => headingNumber(i.path[i.path.length - 1] ?? '');

/** A point as the change log shows it: the task and its labelled fields. */
export function describe(i: Item): string {
  const lines = [i.task];
  if (i.lead) lines.push(`Cơ quan chủ trì: ${i.lead}`);
  if (i.partners) lines.push(`Cơ quan phối hợp: ${i.partners}`);
  if (i.time.text) lines.push(`${i.period ? 'Thời hạn hoàn thành' : 'Thời gian'}: ${i.time.text}`);
  if (i.period?.text) lines.push(`Thời gian thực hiện: ${i.period.text}`);
  if (i.notes) lines.push(i.notes);
  return lines.join('\n');
}

function sameAgency(a: string, b: string): boolean {
  const cat = builtinCatalogue();
  const ca = matchAgency(a, cat, { ocr: true }).canonical;
  const cb = matchAgency(b, cat, { ocr: true }).canonical;
  return (ca !== null && ca === cb) || agencyKey(a) === agencyKey(b) || similarity(a, b) >= 0.8;
}

/** Does the quoted original confirm the target? Compares what the quote contains. */
function quoteMatches(quote: PointFields, target: Item): boolean {
  if (quote.task && similarity(quote.task, target.task) < QUOTE_MATCH) return false;
  if (quote.lead && target.lead && !sameAgency(quote.lead, target.lead)) return false;
  if (!quote.task && !quote.lead) {
    const old = quote.deadline || quote.period;
    const times = [target.time.text, target.period?.text ?? ''];
    if (old && !times.some((t) => t && similarity(old, t) >= QUOTE_MATCH)) return false;
  }
  return true;
}

/**
 * Sets the time fields from new text: a deadline drives status, the period is kept beside it.
 * `onlyDeadline`: a time-only change of the deadline keeps the point's "Thời gian thực hiện".
 */
function setTimes(item: Item, f: PointFields, onlyDeadline = false): void {
  if (f.deadline) {
    const keep = onlyDeadline && !f.period ? item.period : undefined;
    item.time = parseTime(f.deadline);
    if (f.period) item.period = parseTime(f.period);
    else if (keep) item.period = keep;
    else delete item.period;
  } else if (f.period) {
    item.time = parseTime(f.period);
    delete item.period;
  }
}

function setFields(item: Item, f: PointFields): void {
  if (f.task) item.task = f.task;
  if (f.lead) {
    item.lead = f.lead;
    item.leadCanonical = canonicalLead(f.lead);
    delete item.leadAsFound;
  }
  if (f.partners) item.partners = f.partners;
  if (f.notes) item.notes = f.notes;
  setTimes(item, f);
}

/**
 * Parts of the programme that are prose, not task points ("Mở đầu", Mục I "khoản 1", part III):
 * their changes go to the change log only. Every other section must be a numbered section of the base.
 */
const OUTSIDE_TABLE = /^(?:Mở đầu|[IVX]+)$/;

/** Ghi chú of a point added under a number the section already has (`line`: the old point's line in the base). */
export function duplicateNote(tt: string, section: string, line: number): string {
  return `Điểm bổ sung trùng số ${tt} với điểm đã có trong Mục ${section} (dòng ${line} văn bản gốc): cần đánh lại số thứ tự.`;
}

export class Consolidation {
  readonly items: Item[];
  readonly changes: Change[] = [];
  readonly conflicts: Conflict[] = [];

  constructor(base: Programme) {
    this.items = base.tables.flatMap((t) => t.items.map((i) => ({ ...i, path: [...i.path] })));
  }

  private inSection(section: string): Item[] {
    return this.items.filter((i) => sectionOf(i) === section);
  }

  private conflict(kind: Conflict['kind'], op: Operation, point: string, message: string, line = op.line): void {
    this.conflicts.push({ kind, section: op.section, point, message, line });
  }

  private target(op: Operation, point: string): Item | null {
    if (!op.section) {
      this.conflict('missing-target', op, point, `Không xác định được điểm ${point} thuộc Mục nào của văn bản gốc (văn bản điều chỉnh không nêu mục): không áp dụng được.`);
      return null;
    }
    const found = this.inSection(op.section).find((i) => i.tt === point && !i.removed);
    if (!found) {
      const where = this.inSection(op.section).length ? `Mục ${op.section}` : `văn bản gốc (không có Mục ${op.section})`;
      this.conflict('missing-target', op, point, `Không tìm thấy điểm ${point} trong ${where}: không áp dụng được.`);
    }
    return found ?? null;
  }

  private confirmed(op: Operation, point: string, target: Item): boolean {
    if (!op.quote) return true;
    if (quoteMatches(readPoint(op.quote), target)) return true;
    this.conflict(
      'quote-mismatch',
      op,
      point,
      `Đoạn trích dẫn trong văn bản điều chỉnh không khớp với điểm ${point} Mục ${op.section} của văn bản gốc: chưa áp dụng, cần kiểm tra lại.`,
    );
    return false;
  }

  private log(op: Operation, point: string, before: string, after: string, line = op.line): void {
    this.changes.push({ op: op.op, section: op.section, point, before, after, line });
  }

  modify(op: Operation): void {
    const after = joinLines(op.after);
    if (OUTSIDE_TABLE.test(op.section)) return this.log(op, op.points[0] ?? '', op.quote, after);
    const point = op.points[0];
    const t = this.target(op, point);
    if (!t || !this.confirmed(op, point, t)) return;
    const before = op.quote || describe(t);
    setFields(t, readPoint(after));
    this.log(op, point, before, after);
  }

  modifyTime(op: Operation): void {
    const after = joinLines(op.after);
    const fields = readPoint(after);
    const labels = findLabels(op.quote);
    const before = labels.length ? op.quote.slice(labels[0].start).trim() : op.quote;
    for (const point of op.points) {
      const t = this.target(op, point);
      if (!t || !this.confirmed(op, point, t)) continue;
      setTimes(t, fields, true);
      this.log(op, point, before || describe(t), after);
    }
  }

  remove(op: Operation): void {
    for (const point of op.points) {
      const t = this.target(op, point);
      if (!t || !this.confirmed(op, point, t)) continue;
      t.removed = true;
      this.log(op, point, op.quote || describe(t), '');
    }
  }

  renameSection(op: Operation): void {
    const items = this.inSection(op.section);
    const title = op.after[0] ?? '';
    if (!items.length) return this.conflict('missing-target', op, '', `Không tìm thấy Mục ${op.section} trong văn bản gốc: không đổi được tên mục.`);
    const old = items[0].path[items[0].path.length - 1];
    if (op.quote && similarity(op.quote, old) < QUOTE_MATCH) {
      return this.conflict('quote-mismatch', op, '', `Tên Mục ${op.section} được trích dẫn không khớp với văn bản gốc: chưa đổi tên mục.`);
    }
    if (!title) return this.conflict('not-understood', op, '', `Không tìm thấy tên mới của Mục ${op.section}.`);
    for (const i of items) i.path[i.path.length - 1] = title;
    this.log(op, '', op.quote || old, title);
  }

  private insertAfter(anchor: Item | undefined, item: Item): void {
    const at = anchor ? this.items.lastIndexOf(anchor) + 1 : this.items.length;
    this.items.splice(at, 0, item);
  }

  /**
   * Adds the points of `lines` after `anchor`. A number the section already has is a
   * `duplicate-number` conflict, and the point is still kept (flagged, with a Ghi chú).
   * `sectionClash`: the whole added section has a number the base already has — every point is
   * flagged with the section's note and no per-point conflict is raised (one conflict was).
   */
  private addPoints(op: Operation, path: string[], anchor: Item | undefined, lines: string[], lineNos: number[], sectionClash?: string): void {
    const points = newPoints(lines, lineNos);
    for (const want of op.points) {
      if (!points.some((p) => p.tt === want))
        this.conflict('not-understood', op, want, `Văn bản điều chỉnh báo bổ sung điểm ${want} vào Mục ${op.section} nhưng không có nội dung điểm này.`);
    }
    let last = anchor;
    for (const p of points) {
      const item: Item = {
        tt: p.tt,
        path: [...path],
        task: '',
        lead: '',
        partners: '',
        time: parseTime(''),
        authority: '',
        resources: '',
        notes: '',
        line: p.line,
        leadCanonical: null,
      };
      setFields(item, p.fields);
      const exists = sectionClash ? undefined : this.inSection(op.section).find((i) => i.tt === p.tt);
      if (exists) {
        this.conflict(
          'duplicate-number',
          op,
          p.tt,
          `Điểm ${p.tt} đã có trong Mục ${op.section} của văn bản gốc (dòng ${exists.line}); không ghi đè — điểm bổ sung vẫn được giữ trong chương trình hợp nhất với số ${p.tt} và ghi chú trùng số; cần đánh lại số thứ tự của điểm bổ sung.`,
          p.line,
        );
      }
      const note = sectionClash ?? (exists ? duplicateNote(p.tt, op.section, exists.line) : '');
      if (note) {
        // Kept under its own number, after the points of the section: nothing of the amendment is lost.
        item.duplicateNumber = true;
        item.notes = [note, item.notes].filter(Boolean).join('\n');
      }
      this.insertAfter(last, item);
      last = item;
      this.log({ ...op, op: 'add' }, p.tt, '', p.text, p.line);
    }
  }

  add(op: Operation): void {
    const items = this.inSection(op.section);
    if (!items.length) return this.conflict('missing-target', op, op.points.join(', '), `Không tìm thấy Mục ${op.section} trong văn bản gốc để bổ sung điểm.`);
    this.addPoints(op, items[0].path, items[items.length - 1], op.after, op.afterLines);
  }

  addSection(op: Operation): void {
    const title = op.after[0] ?? `${op.section}.`;
    const existing = this.inSection(op.section);
    if (existing.length) {
      const last = existing[existing.length - 1];
      this.conflict(
        'duplicate-number',
        op,
        '',
        `Mục ${op.section} đã có trong văn bản gốc; không ghi đè — mục bổ sung vẫn được giữ ngay sau Mục ${op.section} cũ, các điểm của nó ghi chú trùng số; cần đánh lại số mục bổ sung.`,
      );
      this.log(op, '', '', title);
      const note = `Thuộc mục bổ sung trùng số Mục ${op.section} với mục đã có (dòng ${existing[0].line} văn bản gốc): cần đánh lại số mục.`;
      this.addPoints({ ...op, points: [] }, [...last.path.slice(0, -1), title], last, op.after.slice(1), op.afterLines.slice(1), note);
      return;
    }
    const parent = op.section.split('.').slice(0, -1).join('.');
    const inParent = this.items.filter((i) => i.path.some((h) => headingNumber(h) === parent));
    if (!inParent.length) return this.conflict('missing-target', op, '', `Không tìm thấy Mục ${parent} trong văn bản gốc để bổ sung Mục ${op.section}.`);
    const prefix = inParent[0].path.slice(0, inParent[0].path.findIndex((h) => headingNumber(h) === parent) + 1);
    this.log(op, '', '', title);
    this.addPoints({ ...op, points: [] }, [...prefix, title], inParent[inParent.length - 1], op.after.slice(1), op.afterLines.slice(1));
  }

  noChange(op: Operation): void {
    this.log(op, '', '', '');
  }

  result(): AmendResult {
    return { items: this.items, changes: this.changes, conflicts: this.conflicts };
  }
}
