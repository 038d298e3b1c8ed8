/**
 * An explicit day: "31/12/2025", "trước ngày 30/6/2026", "ngày 30 tháng 6 năm 2026",
 * "Chậm nhất ngày 01 tháng 01 năm 2026", "ngày 31 tháng 12 của năm 2026"; a day without its
 * year ("trước ngày 15/12", "ngày 31 tháng 12") is understood but cannot be dated.
 */
import { dayBounds, isValidDay } from '../calendar';
import { after, checkYear, Parser, Part, slice, spanOf } from '../parts';

function dayPart(d: string, mo: string, y: string, s: { index: number; end: number }, written: string): Part {
  const bad = checkYear(y, s);
  if (bad) return bad;
  const [yy, mm, dd] = [Number(y), Number(mo), Number(d)];
  if (!isValidDay(yy, mm, dd)) return { ...s, type: 'invalid', reason: `Ngày không hợp lệ: ${written}` };
  return { ...s, type: 'date', range: false, ...dayBounds(yy, mm, dd) };
}

export const dayParser: Parser = {
  name: 'day',
  pattern: /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2,5})(?![\d/])/,
  extract: (m, ctx) => (after(ctx, m.index, /[\d/]/) ? null : dayPart(m[1], m[3], m[4], spanOf(m), slice(ctx, spanOf(m)))),
};

export const verbalDayParser: Parser = {
  name: 'verbalDay',
  pattern: /(?:\bngay\s*)?\b(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*(?:cua\s*)?nam\s*(\d+)(?![\d/])/,
  extract: (m, ctx) => (after(ctx, m.index, /[\d/.,]/) ? null : dayPart(m[1], m[2], m[3], spanOf(m), slice(ctx, spanOf(m)))),
};

/**
 * "ngày 15/12", "ngày 31 tháng 12", "Trước 30/6" with no year: missing its year (or a broken day).
 * A bare "30/6" needs "trước" before it (alone it could be a ratio or a document number).
 */
export const dayNoYearParser: Parser = {
  name: 'dayNoYear',
  pattern: /\b(?:ngay\s*|truoc\s)(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})(?![\d/.-])/,
  extract(m, ctx) {
    const s = { index: m.index + (m[0].startsWith('truoc') ? 6 : 0), end: m.index + m[0].length };
    if (!isValidDay(2000, Number(m[2]), Number(m[1]))) return { ...s, type: 'invalid', reason: `Ngày không hợp lệ: ${slice(ctx, s)}` };
    return { ...s, type: 'missingYear', reason: `Thiếu năm: ${slice(ctx, s)}` };
  },
};
