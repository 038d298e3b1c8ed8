/** ISO dates ↔ Excel serial day numbers (1900 date system), without time zones. */

const DAY_MS = 86400000;
/** Excel's day 0 is 1899-12-30 (it counts the non-existent 29/2/1900). */
const EPOCH = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}

export function serialToIso(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (b − a), both ISO. */
export function daysBetween(a: string, b: string): number {
  return isoToSerial(b) - isoToSerial(a);
}

/** "2026-06-30" → "30/06/2026". */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The calendar day of `d` where the user is (local time), ISO — never the UTC day. */
export function localIsoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
