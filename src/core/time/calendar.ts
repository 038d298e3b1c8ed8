/** Calendar arithmetic on plain numbers → ISO yyyy-mm-dd strings. No Date objects needed. */

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** A year as written: exactly four digits and inside [MIN_YEAR, MAX_YEAR]. */
export function isValidYear(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const y = Number(digits);
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** True when `s` is a real calendar date in ISO form. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface Bounds {
  start: string;
  due: string;
}

export const yearBounds = (y: number): Bounds => ({ start: iso(y, 1, 1), due: iso(y, 12, 31) });

export const monthBounds = (y: number, m: number): Bounds => ({
  start: iso(y, m, 1),
  due: iso(y, m, daysInMonth(y, m)),
});

export const quarterBounds = (y: number, q: number): Bounds => ({
  start: iso(y, q * 3 - 2, 1),
  due: iso(y, q * 3, daysInMonth(y, q * 3)),
});

export const halfBounds = (y: number, h: 1 | 2): Bounds => (h === 1 ? { start: iso(y, 1, 1), due: iso(y, 6, 30) } : { start: iso(y, 7, 1), due: iso(y, 12, 31) });

export const dayBounds = (y: number, m: number, d: number): Bounds => ({
  start: iso(y, m, d),
  due: iso(y, m, d),
});
