import type { TimeKind } from './time/types';

/** Vietnamese names of time kinds, as users read them. */
export const TIME_KIND_LABEL: Record<TimeKind, string> = {
  deadline: 'có hạn',
  period: 'giai đoạn',
  ongoing: 'thường xuyên',
  recurring: 'định kỳ',
  conditional: 'chờ hướng dẫn',
  relative: 'tính từ sự kiện',
  done: 'đã xong',
  none: 'không có',
  invalid: 'lỗi thời gian',
};
