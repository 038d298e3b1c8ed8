/**
 * A length of time with no date: "15 ngày làm việc", "05 ngày", "Trong vòng 30 ngày",
 * "Không quá 07 ngày làm việc", "tối đa là 15 ngày", "Thời hạn chậm nhất 15 ngày làm việc",
 * "03 giờ làm việc", "trong 02 năm", "0,5 ngày" (a decimal comma). The event it counts from ("kể từ ngày nhận đủ hồ sơ") is a
 * condition part, found by the condition parser.
 *
 * Not a duration: a number followed by more digits ("12 tháng 6 năm 2026" is a day,
 * "15 tháng 12" a day without year) — the unit must not be followed by a number.
 */
import { after, Parser, spanOf } from '../parts';
import type { DurationUnit } from '../types';

const LEAD = '(?:\\b(?:trong(?:\\s+vong|\\s+thoi\\s*(?:han|gian))?|khong\\s+qua|toi\\s+da|cham\\s+nhat|thoi\\s*han|sau)(?:\\s+la)?\\s+)*';
const UNIT = '(ngay\\s*lam\\s*viec|ngay|tuan|thang|nam|gio\\s*lam\\s*viec|gio)';

const UNITS: Record<string, DurationUnit> = {
  ngay: 'day',
  tuan: 'week',
  thang: 'month',
  nam: 'year',
  gio: 'hour',
  ngaylamviec: 'workday',
  giolamviec: 'workhour',
};

export const durationParser: Parser = {
  name: 'duration',
  pattern: new RegExp(`${LEAD}\\b(\\d{1,3}(?:,\\d)?)\\s*${UNIT}\\b(?!\\s*[\\d/])`),
  extract(m, ctx) {
    const at = m.index + m[0].search(/\d/);
    if (after(ctx, at, /[\d/.,-]/)) return null; // "30/6 ngày", "1.5 tháng": not a plain count
    const amount = Number(m[1].replace(',', '.')); // "0,5 ngày": half a day, the Vietnamese decimal comma
    if (amount === 0) return null;
    return { ...spanOf(m), type: 'duration', duration: { amount, unit: UNITS[m[2].replace(/\s+/g, '')] } };
  },
};

/**
 * The same day: "Trong ngày", "Ngay trong ngày", "trong ngày làm việc" → one (working) day.
 * Not "trong ngày 30/6/2026" (a date) nor "trong ngày làm việc thứ 5".
 */
export const sameDayParser: Parser = {
  name: 'sameDay',
  pattern: /\b(?:ngay\s+)?trong\s+(?:cung\s+)?ngay(\s+lam\s+viec)?\b(?!\s*(?:\d|thu\b|[/.,-]\s*\d))/,
  extract: (m) => ({ ...spanOf(m), type: 'duration', duration: { amount: 1, unit: m[1] ? 'workday' : 'day' } }),
};
