/**
 * "Năm 2026 - 2030", "Giai đoạn 2026-2030", "Trong năm 2026 - 2027", "từ năm 2026 đến năm 2030".
 * Broken ends are reported, never completed: "Năm 2026-203", "Năm 2026 - 2" (cut off),
 * "Năm 2030 - 2026" (end before start).
 */
import { isValidYear, yearBounds } from '../calendar';
import { after, checkYear, Parser, slice, spanOf } from '../parts';

const PREFIX = '(?:\\b(?:tu|trong|giai doan|nam|thoi ky|nhiem ky|hoan thanh)\\s+)*';
const CONNECTOR = '\\s*(?:-|\\bden\\b(?:\\s+het)?|\\btoi\\b)\\s*(?:nam\\s+)?';

export const yearRangeParser: Parser = {
  name: 'yearRange',
  pattern: new RegExp(`${PREFIX}\\b(\\d{3,5})${CONNECTOR}(\\d{1,5})(?![\\d/])`),
  extract(m, ctx) {
    const s = spanOf(m);
    const [a, b] = [m[1], m[2]];
    const at = m.index + m[0].indexOf(a); // the prefix is letters only
    if (after(ctx, at, /[\d/]/)) return null; // "Quý IV/2025 - 2026" is not a year range
    const bad = checkYear(a, s);
    if (bad) return bad;
    // Where the written range starts (after the prefix), for the reason text.
    const written = slice(ctx, { index: at, end: s.end });
    if (b.length < 4) return { ...s, type: 'invalid', reason: `Khoảng thời gian bị cắt: ${written}` };
    if (!isValidYear(b)) return { ...s, type: 'invalid', reason: `Năm không hợp lệ: ${b}` };
    if (Number(b) < Number(a)) {
      return { ...s, type: 'invalid', reason: `Khoảng thời gian ngược (kết thúc trước khi bắt đầu): ${written}` };
    }
    return { ...s, type: 'date', range: true, start: yearBounds(Number(a)).start, due: yearBounds(Number(b)).due };
  },
};
