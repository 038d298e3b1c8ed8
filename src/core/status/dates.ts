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

/**
 * A date typed by a user on the command line or in a cell: "2026-07-15" or "15/07/2026" (the
 * Vietnamese day/month/year) → ISO yyyy-mm-dd; null when it is neither, or not a real day.
 */
export function dateInput(v: string): string | null {
  const t = v.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)
    ? t
    : (() => {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
        return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
      })();
  if (!iso) return null;
  const [y, mo, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? iso : null;
}
