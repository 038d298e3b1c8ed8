/**
 * Cached results: the value each formula cell shows before anything recalculates — a file
 * opened in Protected View (from e-mail or a chat app), in a phone viewer or a previewer shows
 * the cached value, and ExcelJS writes none unless told. Computed from the FINAL plan (after
 * re-import has carried users' cells over), never from the import alone, so a result always
 * matches the row it stands in:
 * - Tình trạng of every task row: statusOf (status/rules.ts, the rules the formula states) on the
 *   row's own Loại thời hạn, Hạn hoàn thành, Tiến độ and Ngày hoàn thành cells, for the report
 *   date and due-soon window the plan writes into the cells NgayBaoCao / SoNgaySapDenHan name;
 * - the "Dữ liệu tính đến ngày …" lines (text & the report date as dd/mm/yyyy);
 * - every other formula of the loose cells (Tổng hợp: counts by status, lead, section and
 *   quarter, totals, shares, the overdue list) that formulaEval.ts can evaluate over the plan
 *   with those statuses; a formula it cannot evaluate is left without a result.
 * When the report date is =TODAY() no result is given: it would be wrong tomorrow.
 */
import { displayDate, serialToIso, statusOf } from '../status';
import { DUE_SOON_NAME, REPORT_DATE_NAME, REPORT_DATE_TEXT } from './statusFormula';
import type { CellValue, Scalar, SheetPlan, TablePlan, WorkbookPlan } from './types';
import { PlanEvaluator, Unsupported } from './formulaEval';

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The plain number a defined name points at in the plan (a single cell holding a number), or null. */
export function namedNumber(plan: WorkbookPlan, name: string): number | null {
  const def = plan.names.find((n) => n.name === name);
  const m = def && /^'?((?:[^']|'')+?)'?!\$?([A-Z]{1,3})\$?(\d+)$/.exec(def.ref);
  if (!m) return null;
  const sheet = plan.sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
  const cell = sheet?.cells.find((c) => c.row === Number(m[3]) && c.col === colNumber(m[2]));
  return typeof cell?.value === 'number' ? cell.value : null;
}

const isFormula = (v: CellValue): v is { formula: string; result?: Scalar } => typeof v === 'object' && v !== null;
const asText = (v: CellValue): string => (typeof v === 'string' ? v : v === null || isFormula(v) ? '' : String(v));
const asDate = (v: CellValue): string | null => (typeof v === 'number' && Number.isFinite(v) ? serialToIso(v) : null);

function tableWithStatuses(t: TablePlan, asOf: string, dueSoonDays: number): TablePlan {
  const at = (key: string) => t.columns.findIndex((c) => c.key === key);
  const [kind, due, progress, doneDate, status] = ['kind', 'due', 'progress', 'doneDate', 'status'].map(at);
  if ([kind, due, progress, doneDate, status].some((i) => i < 0)) return t;
  const rows = t.rows.map((r) => {
    const f = r[status];
    if (!isFormula(f)) return r;
    const result = statusOf({ kind: asText(r[kind]), due: asDate(r[due]), progress: asText(r[progress]), doneDate: asDate(r[doneDate]) }, { asOf, dueSoonDays });
    const out = [...r];
    out[status] = { formula: f.formula, result };
    return out;
  });
  return { ...t, rows };
}

const AS_OF_LINE = new RegExp(`^"((?:[^"]|"")*)"&${REPORT_DATE_TEXT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

function sheetWithResults(s: SheetPlan, asOf: string, dueSoonDays: number): SheetPlan {
  const cells = s.cells.map((c) => {
    if (!isFormula(c.value)) return c;
    const m = AS_OF_LINE.exec(c.value.formula);
    return m ? { ...c, value: { formula: c.value.formula, result: `${m[1].replace(/""/g, '"')}${displayDate(asOf)}` } } : c;
  });
  return { ...s, cells, tables: s.tables.map((t) => tableWithStatuses(t, asOf, dueSoonDays)) };
}

/**
 * The plan with a `result` on every formula this module knows how to compute (see above); the
 * plan itself is not changed. Without a fixed report date and window, the plan as it is.
 */
export function withCachedResults(plan: WorkbookPlan): WorkbookPlan {
  const date = namedNumber(plan, REPORT_DATE_NAME);
  const window = namedNumber(plan, DUE_SOON_NAME);
  if (date === null || window === null) return plan;
  const asOf = serialToIso(date);
  const withStatuses = { ...plan, sheets: plan.sheets.map((s) => sheetWithResults(s, asOf, window)) };
  const ev = new PlanEvaluator(withStatuses);
  const evaluated = (sheet: string, row: number, col: number): Scalar | undefined => {
    try {
      const v = ev.cell(sheet, row, col);
      return v === null ? undefined : v;
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  };
  return {
    ...withStatuses,
    sheets: withStatuses.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((c) => {
        if (!isFormula(c.value) || c.value.result !== undefined) return c;
        const result = evaluated(s.name, c.row, c.col);
        return result === undefined ? c : { ...c, value: { formula: c.value.formula, result } };
      }),
    })),
  };
}
