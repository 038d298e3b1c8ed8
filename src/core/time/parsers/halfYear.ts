/** "6 tháng đầu năm 2026" → 30/6, "6 tháng cuối năm 2026" → 31/12; also "sáu tháng", "nửa đầu năm". */
import { halfBounds } from '../calendar';
import { checkYear, NUM_END, Parser, slice, spanOf } from '../parts';

export const halfYearParser: Parser = {
  name: 'halfYear',
  pattern: new RegExp(`\\b(?:(?:6|sau)\\s*thang|nua)\\s*(dau|cuoi)\\s*(?:cua\\s*)?nam\\b(?:\\s*(\\d+)${NUM_END})?`),
  extract(m, ctx) {
    const s = spanOf(m);
    if (m[2] === undefined) return { ...s, type: 'missingYear', reason: `Thiếu năm: ${slice(ctx, s)}` };
    return checkYear(m[2], s) ?? { ...s, type: 'date', range: false, ...halfBounds(Number(m[2]), m[1] === 'dau' ? 1 : 2) };
  },
};
