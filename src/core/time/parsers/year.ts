/** "Năm 2026", "Trong năm 2026", "Hoàn thành năm 2027", a bare "2026"; broken years ("nam 20235"). */
import { yearBounds } from '../calendar';
import { after, checkYear, Parser, spanOf } from '../parts';

/** After "năm" / "giai đoạn" any run of digits is taken, so "năm 20235" or "năm 203" is reported, not skipped. */
export const yearParser: Parser = {
  name: 'year',
  pattern: /\b(?:nam|giai doan|nhiem ky)\s*(\d+)(?![\d/])/,
  extract(m) {
    const s = spanOf(m);
    return checkYear(m[1], s) ?? { ...s, type: 'date', range: false, ...yearBounds(Number(m[1])) };
  },
};

/** A bare four/five-digit number on its own ("2026", "20235"); not part of "30/2020/NĐ-CP" or "1234-QĐ". */
export const bareYearParser: Parser = {
  name: 'bareYear',
  pattern: /\b(\d{4,5})\b(?![\d/]|-[a-z])/,
  extract(m, ctx) {
    if (after(ctx, m.index, /[\d/]/)) return null;
    const s = spanOf(m);
    return checkYear(m[1], s) ?? { ...s, type: 'date', range: false, ...yearBounds(Number(m[1])) };
  },
};
