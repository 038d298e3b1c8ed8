/** "Tháng 12/2026", "Tháng 06/2026", "trong tháng 12 năm 2025", and a bare "6/2026". */
import { monthBounds } from '../calendar';
import { after, checkYear, NUM_END, Parser, Part, slice, spanOf, YEAR_SEP } from '../parts';

function monthPart(mm: string, yy: string, s: { index: number; end: number }): Part {
  const month = Number(mm);
  if (month < 1 || month > 12) return { ...s, type: 'invalid', reason: `Tháng không hợp lệ: ${mm}` };
  return checkYear(yy, s) ?? { ...s, type: 'date', range: false, ...monthBounds(Number(yy), month) };
}

export const monthParser: Parser = {
  name: 'month',
  pattern: new RegExp(`\\bthang\\s*(\\d{1,2})${YEAR_SEP}(\\d+)${NUM_END}`),
  extract: (m) => monthPart(m[1], m[2], spanOf(m)),
};

/** "6/2026" with no "tháng": only a real month number and a four/five-digit year, nothing around. */
export const bareMonthParser: Parser = {
  name: 'bareMonth',
  pattern: /\b(0?[1-9]|1[0-2])\/(\d{4,5})(?![\d/])/,
  extract: (m, ctx) => (after(ctx, m.index, /[\d/.-]/) ? null : monthPart(m[1], m[2], spanOf(m))),
};

/** "Tháng 12" with no year. */
export const monthNoYearParser: Parser = {
  name: 'monthNoYear',
  pattern: new RegExp(`\\bthang\\s*(\\d{1,2})\\b(?!${YEAR_SEP}\\d)`),
  extract(m, ctx) {
    const s = spanOf(m);
    const month = Number(m[1]);
    if (month < 1 || month > 12) return { ...s, type: 'invalid', reason: `Tháng không hợp lệ: ${m[1]}` };
    return { ...s, type: 'missingYear', reason: `Thiếu năm: ${slice(ctx, s)}` };
  },
};
