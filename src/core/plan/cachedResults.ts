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
import type { CellValue, FormulaValue, Scalar, TablePlan, WorkbookPlan } from './types';
import { PlanEvaluator, Unsupported } from './formulaEval';
import type { KnownResults } from './formulaEval';
import { formulaText, withFormulaResult } from './formulaText';

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

const isFormula = (v: CellValue): v is FormulaValue => typeof v === 'object' && v !== null;
const asText = (v: CellValue): string => (typeof v === 'string' ? v : v === null || isFormula(v) ? '' : String(v));
const asDate = (v: CellValue): string | null => (typeof v === 'number' && Number.isFinite(v) ? serialToIso(v) : null);

/**
 * The cached results of a plan's formulas, looked up by the writer as it writes each cell, so
 * no row or cell of the plan is copied to carry them (KnownResults' shape):
 * - `tables`: per table with a Tình trạng column, that column's index and the status of each
 *   body row whose cell there is a formula (undefined elsewhere);
 * - `cells`: per sheet, the result of each loose formula cell by its index in `cells`
 *   (undefined: none computed — the cell's own `result`, if any, stands).
 * A result given here replaces the cell's own `result`.
 */
export type CachedResults = KnownResults;

/** The statuses of a table's Tình trạng formulas (see CachedResults), or null without those columns. */
function statusesOf(t: TablePlan, asOf: string, dueSoonDays: number): { col: number; values: Array<Scalar | undefined> } | null {
  const at = (key: string) => t.columns.findIndex((c) => c.key === key);
  const [kind, due, progress, doneDate, status] = ['kind', 'due', 'progress', 'doneDate', 'status'].map(at);
  if ([kind, due, progress, doneDate, status].some((i) => i < 0)) return null;
  const values: Array<Scalar | undefined> = new Array(t.rows.length);
  // asDate of each distinct date once: a plan has few distinct deadlines.
  const isoOf = new Map<CellValue, string | null>();
  const date = (v: CellValue): string | null => {
    let iso = isoOf.get(v);
    if (iso === undefined) isoOf.set(v, (iso = asDate(v)));
    return iso;
  };
  const settings = { asOf, dueSoonDays };
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i];
    values[i] = isFormula(r[status]) ? statusOf({ kind: asText(r[kind]), due: date(r[due]), progress: asText(r[progress]), doneDate: date(r[doneDate]) }, settings) : undefined;
  }
  return { col: status, values };
}

const AS_OF_LINE = new RegExp(`^"((?:[^"]|"")*)"&${REPORT_DATE_TEXT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The "Dữ liệu tính đến ngày …" line's text for `asOf`, or undefined when `v` is not that formula. */
function asOfLine(v: CellValue, asOf: string): string | undefined {
  if (!isFormula(v)) return undefined;
  const m = AS_OF_LINE.exec(formulaText(v));
  return m ? `${m[1].replace(/""/g, '"')}${displayDate(asOf)}` : undefined;
}

/**
 * The results this module knows how to compute (see above) for the formulas of `plan`, as a
 * lookup (CachedResults); the plan is not changed. null without a fixed report date and window.
 * Throws what the evaluator throws other than Unsupported (a bug, not a formula it cannot read).
 */
export function cachedResultsOf(plan: WorkbookPlan): CachedResults | null {
  const date = namedNumber(plan, REPORT_DATE_NAME);
  const window = namedNumber(plan, DUE_SOON_NAME);
  if (date === null || window === null) return null;
  const asOf = serialToIso(date);
  const known: CachedResults = { tables: new Map(), cells: new Map() };
  for (const s of plan.sheets) {
    for (const t of s.tables) {
      const st = statusesOf(t, asOf, window);
      if (st) known.tables.set(t, st);
    }
    known.cells.set(
      s,
      s.cells.map((c) => asOfLine(c.value, asOf)),
    );
  }
  const ev = new PlanEvaluator(plan, known);
  const evaluated = (sheet: string, row: number, col: number): Scalar | undefined => {
    try {
      const v = ev.cell(sheet, row, col);
      return v === null ? undefined : v;
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  };
  for (const s of plan.sheets) {
    const results = known.cells.get(s)!;
    s.cells.forEach((c, i) => {
      if (!isFormula(c.value) || results[i] !== undefined || c.value.result !== undefined) return;
      results[i] = evaluated(s.name, c.row, c.col);
    });
  }
  return known;
}

/**
 * The plan with a `result` on every formula this module knows how to compute (see above):
 * cachedResultsOf's results written into copies of the rows and cells that get one (the writers
 * that need the values in the plan itself: ExcelJS). The plan itself is not changed. Without a
 * fixed report date and window, the plan as it is.
 */
export function withCachedResults(plan: WorkbookPlan): WorkbookPlan {
  const known = cachedResultsOf(plan);
  if (!known) return plan;
  const withResult = (v: CellValue, result: Scalar | undefined): CellValue => (result === undefined || !isFormula(v) ? v : withFormulaResult(v, result));
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      const results = known.cells.get(s)!;
      return {
        ...s,
        cells: s.cells.map((c, i) => (results[i] === undefined ? c : { ...c, value: withResult(c.value, results[i]) })),
        tables: s.tables.map((t) => {
          const st = known.tables.get(t);
          if (!st) return t;
          const rows = t.rows.map((r, i) => {
            if (st.values[i] === undefined) return r;
            const out = [...r];
            out[st.col] = withResult(r[st.col], st.values[i]);
            return out;
          });
          return { ...t, rows };
        }),
      };
    }),
  };
}
