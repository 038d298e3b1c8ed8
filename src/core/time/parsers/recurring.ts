/**
 * "Hằng năm", "Hàng năm", "Thực hiện hằng năm", "Định kỳ hằng năm", "Quý IV hằng năm",
 * "Tháng 12 hằng năm", "6 tháng cuối năm hằng năm", "Trước 30/6 hằng năm",
 * "Trước ngày 15/12 hàng năm", "trước ngày 31 tháng 12 hằng năm"; also "hằng quý" ("Hàng Quí"),
 * "hằng tháng" ("trước ngày 20 hằng tháng"), "hằng tuần", "hằng ngày", "mỗi năm".
 * Recurrence: "yearly", "yearly:Q4", "yearly:M12", "yearly:H2", "yearly:MM-DD", "quarterly",
 * "monthly", "monthly:D" (D = day of month), "weekly", "daily".
 */
import { isValidDay } from '../calendar';
import { after, Parser, Part, QUARTER_NUM, quarterNumber, spanOf } from '../parts';

const POINT =
  '(?:' +
  [
    `qu[yi]\\s*${QUARTER_NUM}`, // 1: quarter
    'thang\\s*(\\d{1,2})', // 2: month
    '(?:6|sau)\\s*thang\\s*(dau|cuoi)(?:\\s*nam)?', // 3: half
    'ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})', // 4, 5: "ngày 31 tháng 12"
    '(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})', // 6, 7: "30/6", "ngày 15/12"
    'ngay\\s*(\\d{1,2})', // 8: "ngày 20" (of every month)
  ].join('|') +
  ')';
/** "quý" — but not "quy định", "quy hoạch", "quy chế" … ("theo định kỳ quy định" is no interval). */
const QUY = 'qu[yi](?!\\s*(?:dinh|hoach|che|mo|trinh|tac|chuan|uoc|hoa|doi|nap)\\b)';
const EVERY = `\\b(?:hang|moi)\\s*(nam|${QUY}|thang|tuan|ngay)\\b`; // 9

const UNIT_ONLY: Record<string, string> = { quy: 'quarterly', qui: 'quarterly', thang: 'monthly', tuan: 'weekly', ngay: 'daily' };

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day and month written without a year, checked against a leap year (29/2 is fine). */
function dayOfYear(s: { index: number; end: number }, d: string, m: string): Part {
  const [day, month] = [Number(d), Number(m)];
  if (!isValidDay(2000, month, day)) return { ...s, type: 'invalid', reason: `Ngày không hợp lệ: ${d}/${m}` };
  return { ...s, type: 'recurring', recurrence: `yearly:${pad(month)}-${pad(day)}`, day: { day, month } };
}

export const recurringParser: Parser = {
  name: 'recurring',
  pattern: new RegExp(`(?:\\b(?:thuc hien|dinh ky)\\s+)?(?:\\b${POINT}\\s*,?\\s*(?:cua\\s+)?)?${EVERY}`),
  extract(m, ctx) {
    const s = spanOf(m);
    const [, q, month, half, vDay, vMonth, nDay, nMonth, monthDay, every] = m;
    if (nDay !== undefined && after(ctx, m.index, /[\d/.-]/)) return null; // the tail of a longer number
    if (every !== 'nam') {
      if (every === 'thang' && monthDay !== undefined) {
        const day = Number(monthDay);
        if (day < 1 || day > 31) return { ...s, type: 'invalid', reason: `Ngày không hợp lệ: ${monthDay}` };
        return { ...s, type: 'recurring', recurrence: `monthly:${day}`, day: { day, month: null } };
      }
      if ([q, month, half, vDay, nDay, monthDay].some((x) => x !== undefined)) return null; // "Quý I hằng quý": nonsense
      return { ...s, type: 'recurring', recurrence: UNIT_ONLY[every] };
    }
    if (q !== undefined) {
      const n = quarterNumber(q);
      if (n === null) return { ...s, type: 'invalid', reason: `Quý không hợp lệ: ${q.toUpperCase()}` };
      return { ...s, type: 'recurring', recurrence: `yearly:Q${n}` };
    }
    if (month !== undefined) {
      const n = Number(month);
      if (n < 1 || n > 12) return { ...s, type: 'invalid', reason: `Tháng không hợp lệ: ${month}` };
      return { ...s, type: 'recurring', recurrence: `yearly:M${n}` };
    }
    if (half !== undefined) return { ...s, type: 'recurring', recurrence: half === 'dau' ? 'yearly:H1' : 'yearly:H2' };
    if (vDay !== undefined) return dayOfYear(s, vDay, vMonth);
    if (nDay !== undefined) return dayOfYear(s, nDay, nMonth);
    if (monthDay !== undefined) return null; // "ngày 20 hằng năm": which month? leave it to the other parsers
    return { ...s, type: 'recurring', recurrence: 'yearly' };
  },
};

const COUNT: Record<string, number> = { mot: 1, hai: 2, ba: 3, sau: 6 };
const count = (tok: string): number => COUNT[tok] ?? Number(tok);

/** "6 tháng" as a recurrence: the usual names for 1/3/6/12 months, else "months:N". */
function interval(n: number, unit: string): string | null {
  if (n < 1) return null;
  const months = unit === 'nam' ? n * 12 : unit === 'quy' || unit === 'qui' ? n * 3 : unit === 'thang' ? n : null;
  if (months === null) return n === 1 ? 'weekly' : `weeks:${n}`;
  const named: Record<number, string> = { 1: 'monthly', 3: 'quarterly', 6: 'half-yearly', 12: 'yearly' };
  if (named[months]) return named[months];
  return months % 12 === 0 ? `years:${months / 12}` : `months:${months}`;
}

const N = '(\\d{1,2}|mot|hai|ba|sau)';
const UNIT = `(thang|nam|${QUY}|tuan)`;

/**
 * An interval: "6 tháng một lần", "06 tháng/lần", "3 tháng 1 lần", "2 năm một lần",
 * "Định kỳ 6 tháng", "định kỳ 06 tháng/lần", "Định kỳ quý".
 */
export const intervalParser: Parser = {
  name: 'interval',
  pattern: new RegExp(
    `\\bdinh\\s*ky\\s*(?:${N}\\s*)?${UNIT}\\b(?!\\s*\\d)(?:\\s*(?:/\\s*|mot\\s+|1\\s+)lan\\b)?|\\b${N}\\s*${UNIT}\\s*(?:/\\s*|mot\\s+|1\\s+)lan\\b`,
  ),
  extract(m, ctx) {
    if (after(ctx, m.index, /[\d/.-]/)) return null;
    const [n, unit] = m[2] !== undefined ? [m[1] ?? '1', m[2]] : [m[3], m[4]];
    const recurrence = interval(count(n), unit);
    return recurrence ? { ...spanOf(m), type: 'recurring', recurrence } : null;
  },
};
