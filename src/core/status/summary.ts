/**
 * The counts the Tổng hợp sheet shows, computed in TypeScript. The sheet computes the same
 * counts with live formulas; the integration tests check that both agree.
 */
import { STATUS, STATUS_ORDER, Status } from './labels';

/** One item row as counted (heading rows are not rows here). */
export interface CountedRow {
  /** The Cơ quan chủ trì cell as the sheet shows it (the catalogue name for scanned text, plan/leads.ts). */
  lead: string;
  section: string;
  due: string | null;
  status: Status;
}

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((k) => [STATUS[k], 0])) as StatusCounts;
}

/** Items that count towards "Tổng": everything but removed points. */
export const counted = (r: CountedRow): boolean => r.status !== STATUS.removed;

export function totalOf(c: StatusCounts): number {
  return STATUS_ORDER.filter((k) => k !== 'removed').reduce((n, k) => n + c[STATUS[k]], 0);
}

export interface Group {
  /** As written in the sheet (the first spelling seen). */
  key: string;
  counts: StatusCounts;
}

/**
 * Counts by a text key in first-seen order. Keys that differ only in letter case are one
 * group, as Excel's "=" comparison (used by the sheet's formulas) treats them.
 */
export function groupCounts(rows: CountedRow[], keyOf: (r: CountedRow) => string): Group[] {
  const groups = new Map<string, Group>();
  // Each key as written is lower-cased once: rows repeat a few keys thousands of times.
  const bySpelling = new Map<string, Group>();
  for (const r of rows) {
    const key = keyOf(r);
    let g = bySpelling.get(key);
    if (!g) {
      const id = key.toLowerCase();
      g = groups.get(id);
      if (!g) groups.set(id, (g = { key, counts: emptyCounts() }));
      bySpelling.set(key, g);
    }
    g.counts[r.status]++;
  }
  return [...groups.values()];
}

/** The groups with the most overdue items first (ties keep their order): who needs a reminder. */
export function byOverdue(groups: Group[]): Group[] {
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.counts[STATUS.overdue] - a.g.counts[STATUS.overdue] || a.i - b.i)
    .map((x) => x.g);
}

export function statusCounts(rows: CountedRow[]): StatusCounts {
  const c = emptyCounts();
  rows.forEach((r) => c[r.status]++);
  return c;
}

export interface YearQuarters {
  year: number;
  /** Items due in Q1…Q4 of that year (removed points excluded). */
  quarters: [number, number, number, number];
}

export function dueByQuarter(rows: CountedRow[]): YearQuarters[] {
  const years = new Map<number, YearQuarters>();
  for (const r of rows) {
    if (!r.due || !counted(r)) continue;
    const y = Number(r.due.slice(0, 4));
    const q = Math.ceil(Number(r.due.slice(5, 7)) / 3) - 1;
    if (!years.has(y)) years.set(y, { year: y, quarters: [0, 0, 0, 0] });
    years.get(y)!.quarters[q]++;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
