/** "Quý II/2026", "Quý III Năm 2026", "Quí IV-2025", "trong quý I/2026", "Quy 1/2026". */
import { quarterBounds } from '../calendar';
import { checkYear, NUM_END, Parser, QUARTER_NUM, quarterNumber, slice, spanOf, YEAR_SEP } from '../parts';

export const quarterParser: Parser = {
  name: 'quarter',
  pattern: new RegExp(`\\bqu[yi]\\s*${QUARTER_NUM}\\b${YEAR_SEP}(\\d+)${NUM_END}`),
  extract(m) {
    const s = spanOf(m);
    const q = quarterNumber(m[1]);
    if (q === null) return { ...s, type: 'invalid', reason: `Quý không hợp lệ: ${m[1].toUpperCase()}` };
    const bad = checkYear(m[2], s);
    if (bad) return bad;
    return { ...s, type: 'date', range: false, ...quarterBounds(Number(m[2]), q) };
  },
};

/** "Quý IV" with no year (and not "Quý IV hằng năm", which the recurring parser takes). */
export const quarterNoYearParser: Parser = {
  name: 'quarterNoYear',
  pattern: new RegExp(`\\bqu[yi]\\s*${QUARTER_NUM}\\b(?!${YEAR_SEP}\\d)`),
  extract(m, ctx) {
    const s = spanOf(m);
    if (quarterNumber(m[1]) === null) {
      // "quy hoạch", "quy định" never get here ([ivxl]+ or digits only), but "Quý V" does.
      return { ...s, type: 'invalid', reason: `Quý không hợp lệ: ${m[1].toUpperCase()}` };
    }
    return { ...s, type: 'missingYear', reason: `Thiếu năm: ${slice(ctx, s)}` };
  },
};
