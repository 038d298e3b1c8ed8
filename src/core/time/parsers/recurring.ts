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
export const QUY = 'qu[yi](?!\\s*(?:dinh|hoach|che|mo|trinh|tac|chuan|uoc|hoa|doi|nap)\\b)';
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
