/**
 * "Hằng năm", "Hàng năm", "Thực hiện hằng năm", "Quý IV hằng năm", "Tháng 12 hằng năm",
 * "6 tháng cuối năm hằng năm"; also "hằng quý", "hằng tháng".
 * Recurrence: "yearly", "yearly:Q4", "yearly:M12", "yearly:H2", "quarterly", "monthly".
 */
import { Parser, QUARTER_NUM, quarterNumber, spanOf } from '../parts';

const POINT = `(?:qu[yi]\\s*${QUARTER_NUM}|thang\\s*(\\d{1,2})|(?:6|sau)\\s*thang\\s*(dau|cuoi)(?:\\s*nam)?)`;
const EVERY = '\\b(?:hang|moi)\\s*(nam|quy|thang)\\b';

export const recurringParser: Parser = {
  name: 'recurring',
  pattern: new RegExp(`(?:\\b(?:thuc hien|dinh ky)\\s+)?(?:\\b${POINT}\\s*,?\\s*(?:cua\\s+)?)?${EVERY}`),
  extract(m) {
    const s = spanOf(m);
    const [, q, month, half, every] = m;
    if (every !== 'nam') {
      if (q || month || half) return null; // "Quý I hằng quý": nonsense, leave it to the other parsers
      return { ...s, type: 'recurring', recurrence: every === 'quy' ? 'quarterly' : 'monthly' };
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
    return { ...s, type: 'recurring', recurrence: 'yearly' };
  },
};
