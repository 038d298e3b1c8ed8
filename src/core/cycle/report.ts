/**
 * The report of a cycle, as of a report date: counts by status, the share done on time, the
 * agencies sorted by overdue tasks, the overdue tasks with days late, the tasks completed since
 * the previous report. The same numbers feed the Báo cáo sheet, the .docx report and a Lịch sử
 * row. Statuses follow core/status/rules.ts (the Tình trạng formula's rules).
 */
import { SECTION_SEP } from '../plan/rows';
import type { Catalogue } from '../agencies/types';
import { daysBetween, emptyCounts, STATUS, STATUS_ORDER, Status, StatusCounts, totalOf } from '../status';
import { CycleRow, rowStatus } from './rows';
import { agenciesOf } from './split';

export interface ReportTask {
  id: string;
  tt: string;
  task: string;
  lead: string;
  due: string | null;
  doneDate: string | null;
  /** Days past the deadline on the report date (overdue tasks). */
  daysLate: number;
}

export interface AgencyLine {
  agency: string;
  total: number;
  overdue: number;
  done: number;
}

export interface ReportData {
  title: string;
  /** ISO report date. */
  asOf: string;
  /** The previous report date (Lịch sử), ISO, or null for the first report. */
  since: string | null;
  counts: StatusCounts;
  /** Tasks counted (removed points excluded). */
  total: number;
  /** Hoàn thành đúng hạn / total (0 when there are no tasks), as on Tổng hợp. */
  onTimeShare: number;
  agencies: AgencyLine[];
  overdue: ReportTask[];
  completed: ReportTask[];
}

/**
 * The TT with the numbers of its sections ("II.3" for point 3 of section II): numbering restarts
 * in each section, so a list across sections (overdue, completed) needs them to say which task.
 */
export function qualifiedTt(section: string, tt: string): string {
  const numbers = section
    .split(SECTION_SEP)
    .map((part) => /^\s*((?:[IVXLC]+|[A-ZĐ]|\d+(?:\.\d+)*))[.)]?\s/u.exec(part)?.[1] ?? '')
    .filter(Boolean);
  const own = tt.replace(/^\(|\)$/g, '').trim();
  if (!own) return numbers.join('.');
  // "1.2" under "1." already carries its parent's number.
  const last = numbers[numbers.length - 1];
  const prefix = last && own.startsWith(`${last}.`) ? numbers.slice(0, -1) : numbers;
  return [...prefix, own].join('.');
}

const task = (r: CycleRow, asOf: string): ReportTask => ({
  id: r.id || r.key,
  tt: qualifiedTt(r.section, r.tt),
  task: r.task,
  lead: r.lead,
  due: r.due,
  doneDate: r.doneDate,
  daysLate: r.due ? Math.max(0, daysBetween(r.due, asOf)) : 0,
});

/**
 * The report of `rows` as of `asOf`. Agencies: every agency named in a lead cell (canonical),
 * sorted by overdue count (most first), then by name. Completed since the previous report: done
 * tasks with a Ngày hoàn thành after `since` (all done tasks with a date when there is none).
 */
export function buildReport(rows: CycleRow[], o: { title: string; asOf: string; dueSoonDays: number; since: string | null; catalogue: Catalogue }): ReportData {
  const counts = emptyCounts();
  const agencies = new Map<string, AgencyLine>();
  const overdue: ReportTask[] = [];
  const completed: ReportTask[] = [];
  for (const r of rows) {
    const s = rowStatus(r, o.asOf, o.dueSoonDays) as Status | '';
    if (!s) continue;
    counts[s]++;
    if (s === STATUS.removed) continue;
    const done = s === STATUS.doneOnTime || s === STATUS.doneLate;
    for (const a of r.lead.trim() ? agenciesOf(r.lead, o.catalogue) : ['(Chưa có cơ quan chủ trì)']) {
      const line = agencies.get(a) ?? { agency: a, total: 0, overdue: 0, done: 0 };
      line.total++;
      if (s === STATUS.overdue) line.overdue++;
      if (done) line.done++;
      agencies.set(a, line);
    }
    if (s === STATUS.overdue) overdue.push(task(r, o.asOf));
    if (done && r.doneDate && r.doneDate <= o.asOf && (!o.since || r.doneDate > o.since)) completed.push(task(r, o.asOf));
  }
  const total = totalOf(counts);
  return {
    title: o.title,
    asOf: o.asOf,
    since: o.since,
    counts,
    total,
    onTimeShare: total ? counts[STATUS.doneOnTime] / total : 0,
    agencies: [...agencies.values()].sort((a, b) => b.overdue - a.overdue || a.agency.localeCompare(b.agency, 'vi')),
    overdue: overdue.sort((a, b) => b.daysLate - a.daysLate || a.tt.localeCompare(b.tt, 'vi', { numeric: true })),
    completed: completed.sort((a, b) => (a.doneDate ?? '').localeCompare(b.doneDate ?? '')),
  };
}

/** The statuses a report lists, in display order (Đã lược bỏ only when there are some). */
export function reportStatuses(d: ReportData): Status[] {
  return STATUS_ORDER.map((k) => STATUS[k]).filter((s) => s !== STATUS.removed || d.counts[s] > 0);
}
