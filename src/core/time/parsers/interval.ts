/**
 * An interval: "6 tháng một lần", "06 tháng/lần", "3 tháng 1 lần", "2 năm một lần",
 * "Định kỳ 6 tháng", "định kỳ 06 tháng/lần", "Định kỳ quý". Recurrence "monthly", "quarterly",
 * "half-yearly", "yearly" for 1/3/6/12 months, else "months:N" / "years:N"; weeks "weekly" / "weeks:N".
 */
import { after, Parser, spanOf } from '../parts';
import { QUY } from './recurring';

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

/** "Định kỳ 6 tháng", "6 tháng một lần" … (not "Định kỳ tháng 12": a month, not an interval). */
export const intervalParser: Parser = {
  name: 'interval',
  pattern: new RegExp(`\\bdinh\\s*ky\\s*(?:${N}\\s*)?${UNIT}\\b(?!\\s*\\d)(?:\\s*(?:/\\s*|mot\\s+|1\\s+)lan\\b)?|\\b${N}\\s*${UNIT}\\s*(?:/\\s*|mot\\s+|1\\s+)lan\\b`),
  extract(m, ctx) {
    if (after(ctx, m.index, /[\d/.-]/)) return null;
    const [n, unit] = m[2] !== undefined ? [m[1] ?? '1', m[2]] : [m[3], m[4]];
    const recurrence = interval(count(n), unit);
    return recurrence ? { ...spanOf(m), type: 'recurring', recurrence } : null;
  },
};
