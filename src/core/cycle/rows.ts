/**
 * The task rows of the appendix tables as they are now in a workbook (TableData, users' edits
 * included), in the shape the cycle works with: id, number, section, text, lead, time, the
 * tracking cells and the status the core computes for a report date (the same rules as the
 * Tình trạng formula, core/status/rules.ts).
 */
import { HEADER } from '../columnRegistry';
import { serialToIso, statusOf, Status } from '../status';
import { dateInput } from '../status/dates';
import type { CellScalar, TableData } from '../plan/sheetData';
import { text } from '../plan/sheetData';

/** Headers of the appendix columns the cycle reads (plan/appendixColumns.ts). */
export const H = {
  id: HEADER.id,
  tt: HEADER.tt,
  task: HEADER.task,
  lead: HEADER.lead,
  partners: HEADER.partners,
  time: HEADER.time,
  kind: HEADER.kind,
  due: HEADER.due,
  progress: HEADER.progress,
  doneDate: HEADER.doneDate,
  status: HEADER.status,
  section: HEADER.section,
  notes: HEADER.notes,
} as const;

export interface CycleRow {
  /** The "Mã" cell; "" in a workbook written before ids existed. */
  id: string;
  /** Matching key: the id, or "section#TT" when the workbook has no ids yet. */
  key: string;
  tt: string;
  section: string;
  task: string;
  lead: string;
  partners: string;
  time: string;
  kind: string;
  /** ISO dates, or null. */
  due: string | null;
  progress: string;
  doneDate: string | null;
  /** Table (index in the tables given) and 0-based body row. */
  tableIndex: number;
  rowIndex: number;
  /** 1-based worksheet row and the sheet name. */
  sheet: string;
  sheetRow: number;
}

/** A date cell (Excel serial, or text dd/mm/yyyy or yyyy-mm-dd) → ISO, or null. */
export function cellDate(v: CellScalar | undefined): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return serialToIso(Math.floor(v));
  const s = text(v);
  // Text: a real day only ("31/02/2026" is no date, not 03/03/2026).
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return dateInput(m ? m[1] : s);
}

/** Column index of a header in a table (exact, trimmed, case-insensitive), -1 when absent. */
export function headerIndex(t: Pick<TableData, 'headers'>, header: string): number {
  const h = header.toLowerCase();
  return t.headers.findIndex((x) => text(x).toLowerCase() === h);
}

export const sectionKey = (section: string, tt: string): string =>
  `${section.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}#${tt.normalize('NFC').toLowerCase().trim()}`;

/** Task rows (rows with a Loại thời hạn) of the task tables (those with a Loại thời hạn column). */
export function cycleRows(tables: TableData[]): CycleRow[] {
  const out: CycleRow[] = [];
  tables.forEach((t, tableIndex) => {
    const c = Object.fromEntries(Object.entries(H).map(([k, h]) => [k, headerIndex(t, h)])) as Record<keyof typeof H, number>;
    if (c.kind < 0) return;
    t.rows.forEach((r, rowIndex) => {
      const get = (i: number): string => (i < 0 ? '' : text(r[i]));
      const kind = get(c.kind);
      if (!kind) return;
      const id = get(c.id);
      const tt = get(c.tt);
      const section = get(c.section);
      out.push({
        id,
        key: id || sectionKey(section, tt),
        tt,
        section,
        task: get(c.task),
        lead: get(c.lead),
        partners: get(c.partners),
        time: get(c.time),
        kind,
        due: c.due < 0 ? null : cellDate(r[c.due]),
        progress: get(c.progress),
        doneDate: c.doneDate < 0 ? null : cellDate(r[c.doneDate]),
        tableIndex,
        rowIndex,
        sheet: t.sheet,
        sheetRow: t.headerRow + 1 + rowIndex,
      });
    });
  });
  return out;
}

/** The status of a row for a report date (ISO) and a due-soon window in days. */
export function rowStatus(r: CycleRow, asOf: string, dueSoonDays: number): Status | '' {
  return statusOf({ kind: r.kind, due: r.due, progress: r.progress, doneDate: r.doneDate }, { asOf, dueSoonDays });
}
