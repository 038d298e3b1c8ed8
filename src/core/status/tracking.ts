/** The tracking columns of an item as first written into the workbook. */
import type { Item } from '../model';
import { KIND_LABEL, PROGRESS, REMOVED_KIND, Status } from './labels';
import { StatusInput, StatusSettings, statusOf } from './rules';

/**
 * Hạn hoàn thành comes from the time phrase: deadlines and periods (the end of the period),
 * and "Đã ban hành …" when a date is written with it. Ongoing, recurring, conditional, relative
 * ("15 ngày làm việc kể từ …") and broken phrases get no date — a broken value is never turned into a guessed date.
 */
export function itemDue(item: Item): string | null {
  const k = item.time.kind;
  return k === 'deadline' || k === 'period' || k === 'done' ? item.time.due : null;
}

/** Tiến độ, Ngày hoàn thành, Hạn hoàn thành and Loại thời hạn before anyone edits them. */
export function itemTracking(item: Item): StatusInput {
  return {
    kind: item.removed ? REMOVED_KIND : KIND_LABEL[item.time.kind],
    due: itemDue(item),
    progress: item.time.kind === 'done' ? PROGRESS.done : '',
    doneDate: null,
  };
}

export function itemStatus(item: Item, s: StatusSettings): Status {
  return statusOf(itemTracking(item), s) as Status;
}
