/**
 * The words users read in the tracking columns. The TypeScript status rules (rules.ts) and the
 * Excel formula (plan/statusFormula.ts) both use these constants, so they cannot drift apart.
 */
import type { TimeKind } from '../time/types';

export const STATUS = {
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  onSchedule: 'Trong hạn',
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  ongoing: 'Thường xuyên',
  waiting: 'Chờ hướng dẫn',
  noDeadline: 'Không hạn',
  removed: 'Đã lược bỏ',
} as const;

export type StatusKey = keyof typeof STATUS;
export type Status = (typeof STATUS)[StatusKey];

/** Display order (summary columns, legend). */
export const STATUS_ORDER: StatusKey[] = ['overdue', 'dueSoon', 'onSchedule', 'doneOnTime', 'doneLate', 'ongoing', 'waiting', 'noDeadline', 'removed'];

/** Tiến độ: what users pick in the progress column. */
export const PROGRESS = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
} as const;
export const PROGRESS_VALUES: string[] = [PROGRESS.notStarted, PROGRESS.inProgress, PROGRESS.done];

/** "Loại thời hạn" column: the time kind as users read it. */
export const KIND_LABEL: Record<TimeKind, string> = {
  deadline: 'Có hạn',
  period: 'Giai đoạn',
  ongoing: 'Thường xuyên',
  recurring: 'Hằng năm',
  conditional: 'Chờ hướng dẫn',
  relative: 'Tính từ sự kiện',
  done: 'Đã xong',
  none: 'Không rõ',
  invalid: 'Lỗi thời gian',
};
/** "Loại thời hạn" of a point removed by an amendment. */
export const REMOVED_KIND = 'Đã lược bỏ';
