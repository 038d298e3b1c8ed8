/** An explicit day: "31/12/2025", "trước ngày 30/6/2026", "ngày 30 tháng 6 năm 2026". */
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
  extract: (m, ctx) =>
    after(ctx, m.index, /[\d/]/) ? null : dayPart(m[1], m[3], m[4], spanOf(m), slice(ctx, spanOf(m))),
};

export const verbalDayParser: Parser = {
  name: 'verbalDay',
  pattern: /\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d+)(?![\d/])/,
  extract: (m, ctx) => dayPart(m[1], m[2], m[3], spanOf(m), slice(ctx, spanOf(m))),
};
