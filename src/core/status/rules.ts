/**
 * Tình trạng (status) of one row, for a report date and a due-soon window. First rule that
 * applies wins:
 *  1. no kind (a section-heading row)                      → "" (not counted)
 *  2. kind "Đã lược bỏ" (removed by an amendment)           → Đã lược bỏ
 *  3. done — Tiến độ "Hoàn thành", or a Ngày hoàn thành is entered, or the kind is "Đã xong"
 *     ("Đã ban hành"): with a due date and a done date, done date > due → Hoàn thành quá hạn;
 *     otherwise Hoàn thành đúng hạn (no due date, or no done date: nothing shows it was late)
 *  4. a due date (whatever the kind: users may type a date once guidance arrives):
 *     report date > due → Quá hạn; due − report date ≤ window → Sắp đến hạn; else Trong hạn
 *  5. kind "Thường xuyên" or "Hằng năm" (recurring: no single deadline) → Thường xuyên
 *  6. kind "Chờ hướng dẫn"                                  → Chờ hướng dẫn
 *  7. anything else → Không hạn: "Tính từ sự kiện" (a duration from an event, "15 ngày làm việc
 *     kể từ ngày nhận đủ hồ sơ": no calendar date until the event happens), time not understood,
 *     broken date, empty
 * The same rules are emitted as an Excel formula by plan/statusFormula.ts.
 */
import { daysBetween } from './dates';
import { KIND_LABEL, PROGRESS, REMOVED_KIND, STATUS, Status } from './labels';

export interface StatusInput {
  /** "Loại thời hạn" label (KIND_LABEL value or REMOVED_KIND); "" for heading rows. */
  kind: string;
  /** Hạn hoàn thành, ISO, or null. */
  due: string | null;
  /** Tiến độ as entered ("" when nothing was reported). */
  progress: string;
  /** Ngày hoàn thành, ISO, or null. */
  doneDate: string | null;
}

export interface StatusSettings {
  /** Report date, ISO. */
  asOf: string;
  dueSoonDays: number;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function statusOf(row: StatusInput, s: StatusSettings): Status | '' {
  if (!row.kind) return '';
  if (same(row.kind, REMOVED_KIND)) return STATUS.removed;
  // Spaces around or doubled inside a typed Tiến độ do not matter (Excel's TRIM in the formula).
  const done = same(row.progress.replace(/ +/g, ' ').trim(), PROGRESS.done) || row.doneDate !== null || same(row.kind, KIND_LABEL.done);
  if (done) {
    return row.due && row.doneDate && row.doneDate > row.due ? STATUS.doneLate : STATUS.doneOnTime;
  }
  if (row.due) {
    const left = daysBetween(s.asOf, row.due);
    if (left < 0) return STATUS.overdue;
    return left <= s.dueSoonDays ? STATUS.dueSoon : STATUS.onSchedule;
  }
  if (same(row.kind, KIND_LABEL.ongoing) || same(row.kind, KIND_LABEL.recurring)) return STATUS.ongoing;
  if (same(row.kind, KIND_LABEL.conditional)) return STATUS.waiting;
  return STATUS.noDeadline;
}
