/**
 * The Tình trạng formula: the rules of status/rules.ts in Excel. A1 references to the same row
 * ($J7 …) and the names NgayBaoCao / SoNgaySapDenHan — forms both Excel and LibreOffice
 * evaluate. Excel compares text without regard to case, like statusOf. Kinds with no branch of their
 * own ("Tính từ sự kiện", "Không rõ", "Lỗi thời gian") end in "Không hạn", as in rules.ts.
 */
import { KIND_LABEL, PROGRESS, REMOVED_KIND, STATUS } from '../status';
import type { FormulaTemplate } from './types';

export const REPORT_DATE_NAME = 'NgayBaoCao';
export const DUE_SOON_NAME = 'SoNgaySapDenHan';

export interface StatusColumns {
  kind: string;
  due: string;
  progress: string;
  doneDate: string;
}

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The formula of each set of columns, cut where the row number goes (a FormulaTemplate, shared:
 * frozen): every row of a table uses the same columns, so a row's formula is its pieces joined by
 * the row number. Bounded by the sets of columns the sheets use (a handful).
 */
const templates = new Map<string, FormulaTemplate>();
const ROW_MARK = '\u0000';

export function statusFormula(c: StatusColumns, row: number): string {
  return statusFormulaOf(c)(row);
}

/** The Tình trạng formula of columns `c` as a template shared by every row (see FormulaTemplate). */
export function statusTemplateOf(c: StatusColumns): FormulaTemplate {
  const key = `${c.kind}|${c.due}|${c.progress}|${c.doneDate}`;
  let t = templates.get(key);
  if (!t) templates.set(key, (t = Object.freeze({ pieces: Object.freeze(formulaFor(c, ROW_MARK).split(ROW_MARK)) })));
  return t;
}

/** `statusFormula(c, row)` as a function of the row, for a table that writes it on every row. */
export function statusFormulaOf(c: StatusColumns): (row: number) => string {
  const parts = statusTemplateOf(c).pieces;
  return (row) => parts.join(String(row));
}

/** The formula for `row` (a row number, or the mark where it goes). */
function formulaFor(c: StatusColumns, row: string): string {
  const kind = `$${c.kind}${row}`;
  const due = `$${c.due}${row}`;
  const prog = `$${c.progress}${row}`;
  const doneDate = `$${c.doneDate}${row}`;
  const d = REPORT_DATE_NAME;
  const done = `OR(TRIM(${prog})=${q(PROGRESS.done)},ISNUMBER(${doneDate}),${kind}=${q(KIND_LABEL.done)})`;
  const doneStatus = `IF(AND(ISNUMBER(${due}),ISNUMBER(${doneDate})),IF(${doneDate}>${due},${q(STATUS.doneLate)},${q(STATUS.doneOnTime)}),${q(STATUS.doneOnTime)})`;
  const dated = `IF(${d}>${due},${q(STATUS.overdue)},IF(${due}-${d}<=${DUE_SOON_NAME},${q(STATUS.dueSoon)},${q(STATUS.onSchedule)}))`;
  const undated =
    `IF(OR(${kind}=${q(KIND_LABEL.ongoing)},${kind}=${q(KIND_LABEL.recurring)}),${q(STATUS.ongoing)},` +
    `IF(${kind}=${q(KIND_LABEL.conditional)},${q(STATUS.waiting)},${q(STATUS.noDeadline)}))`;
  return `IF(${kind}="","",IF(${kind}=${q(REMOVED_KIND)},${q(STATUS.removed)},` + `IF(${done},${doneStatus},IF(ISNUMBER(${due}),${dated},${undated}))))`;
}

/** The report date as dd/mm/yyyy text, independent of the reader's locale. */
export const REPORT_DATE_TEXT = `RIGHT("0"&DAY(${REPORT_DATE_NAME}),2)&"/"&RIGHT("0"&MONTH(${REPORT_DATE_NAME}),2)&"/"&YEAR(${REPORT_DATE_NAME})`;
