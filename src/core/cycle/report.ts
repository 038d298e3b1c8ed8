/**
 * The report of a cycle, as of a report date: counts by status, the share done on time, the
 * agencies sorted by overdue tasks, the overdue tasks with days late, the tasks completed since
 * the previous report. The same numbers feed the Báo cáo sheet, the .docx report and a Lịch sử
 * row. Statuses follow core/status/rules.ts (the Tình trạng formula's rules).
 */
import { SECTION_SEP } from '../plan/rows';
import type { Catalogue } from '../agencies/types';
import type { CellScalar } from '../plan/sheetData';
import { text } from '../plan/sheetData';
import { daysBetween, emptyCounts, STATUS, STATUS_ORDER, Status, StatusCounts, totalOf } from '../status';
import { CycleRow, rowStatus } from './rows';
import { agencyNamer, REPLY_HEADERS } from './split';

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

/** What an agency wrote about one task in its reply, as kept on Kết quả báo cáo. */
export interface ReportedLine {
  id: string;
  /** Qualified TT ("II.3") when the task is still in the master, else the TT the sheet kept. */
  tt: string;
  task: string;
  lead: string;
  /** The reply columns the agency filled, in the reply's order (Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất). */
  texts: Array<{ header: string; value: string }>;
  /** The reply file and the day it was merged (dd/mm/yyyy, as the sheet shows it). */
  file: string;
  mergedOn: string;
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
  /** The agencies' own words per task (Kết quả báo cáo), in the master's order of tasks. */
  reported: ReportedLine[];
}

/** The reply columns whose texts Kết quả báo cáo keeps (after Tiến độ and Ngày hoàn thành). */
const REPORTED_HEADERS: readonly string[] = REPLY_HEADERS.slice(2);

/**
 * The rows of Kết quả báo cáo (data rows: Mã, TT, Nhiệm vụ, Cơ quan chủ trì, the reported texts,
 * Tệp, Ngày gộp — sheets.ts RESULTS_HEADERS) as report lines: tasks still in the master in its
 * order, with their qualified TT; rows whose Mã the master no longer has follow in the sheet's
 * order (nothing an agency wrote is dropped). Rows with no text are left out.
 */
export function reportedLines(rows: CycleRow[], results: CellScalar[][]): ReportedLine[] {
  const order = new Map<string, { at: number; row: CycleRow }>();
  rows.forEach((r, at) => r.id && !order.has(r.id) && order.set(r.id, { at, row: r }));
  const lines: Array<{ at: number; line: ReportedLine }> = [];
  results.forEach((cells, i) => {
    const id = text(cells[0]);
    const texts = REPORTED_HEADERS.map((header, k) => ({ header, value: text(cells[4 + k]) })).filter((t) => t.value);
    if (!id || !texts.length) return;
    const known = order.get(id);
    const line: ReportedLine = {
      id,
      tt: known ? qualifiedTt(known.row.section, known.row.tt) : text(cells[1]),
      task: known?.row.task || text(cells[2]),
      lead: known?.row.lead || text(cells[3]),
      texts,
      file: text(cells[4 + REPORTED_HEADERS.length]),
      mergedOn: text(cells[5 + REPORTED_HEADERS.length]),
    };
    lines.push({ at: known ? known.at : rows.length + i, line });
  });
  return lines.sort((a, b) => a.at - b.at).map((l) => l.line);
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
export function buildReport(
  rows: CycleRow[],
  o: { title: string; asOf: string; dueSoonDays: number; since: string | null; catalogue: Catalogue; results?: CellScalar[][] },
): ReportData {
  const counts = emptyCounts();
  const agencies = new Map<string, AgencyLine>();
  const overdue: ReportTask[] = [];
  const completed: ReportTask[] = [];
  const namer = agencyNamer(rows, o.catalogue);
  for (const r of rows) {
    const s = rowStatus(r, o.asOf, o.dueSoonDays) as Status | '';
    if (!s) continue;
    counts[s]++;
    if (s === STATUS.removed) continue;
    const done = s === STATUS.doneOnTime || s === STATUS.doneLate;
    for (const a of r.lead.trim() ? namer(r.lead) : ['(Chưa có cơ quan chủ trì)']) {
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
    reported: reportedLines(rows, o.results ?? []),
  };
}

/** The statuses a report lists, in display order (Đã lược bỏ only when there are some). */
export function reportStatuses(d: ReportData): Status[] {
  return STATUS_ORDER.map((k) => STATUS[k]).filter((s) => s !== STATUS.removed || d.counts[s] > 0);
}
