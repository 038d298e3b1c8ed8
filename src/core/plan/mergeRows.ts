/**
 * One appendix table of a re-import: the new table (from the document) merged with the same table
 * as users left it in the workbook. Columns are matched by meaning (workbookColumns.ts), rows by
 * section (Mục) + TT, or TT + task text where there is no Mục. Rules (issue "Nothing a user
 * typed is ever lost"):
 *  - Tiến độ, Ngày hoàn thành, Ghi chú and columns the user added are carried over; a Tiến độ
 *    typed with a stray space or decomposed Unicode and a date typed as text are normalised.
 *  - A cell of the document's columns (task, lead, time …) or a Hạn hoàn thành that differs
 *    from the new document is a user's correction or a change of the document: it is replaced
 *    (or kept, with `keepEdits`) and reported cell by cell. A Hạn hoàn thành typed where the
 *    document gives none is kept. A Tình trạng overwritten by a value is reported; "Hoàn thành"
 *    typed there becomes Tiến độ "Hoàn thành" when Tiến độ is empty.
 *  - Two old rows with the same key (a copied row edited into a new task) never share one new
 *    row's cells: the one whose task text matches (else the first) is matched, the other is kept
 *    as an added row, and the ambiguity is reported.
 *  - Old rows no new row matched stay in the live table when users added them (no Loại thời hạn,
 *    or the second of a duplicate); rows the document no longer has are listed by name.
 */
import { AS_FOUND_HEADER } from './leads';
import { KIND_LABEL, PROGRESS } from '../status/labels';
import { fold } from '../text';
import { colLetter } from './layout';
import { SECTION_SEP } from './rows';
import { CellScalar, TableData, text } from './sheetData';
import { statusFormula } from './statusFormula';
import type { CellValue, SheetPlan, TablePlan } from './types';
import { canonicalProgress, columnsByMeaning, formDifference, typedDateSerial, WorkbookColumn, workbookColumn } from './workbookColumns';

/** A cell named in the re-import report: where it is in the new workbook and the values involved. */
export interface ReportedCell {
  /** "'Phụ lục'!C12" in the new workbook (or the old one for rows not kept). */
  cell: string;
  /** The column header, the row's TT and section, the task (shortened). */
  column: string;
  row: string;
  old: string;
  new: string;
}

/** What merging one table did to users' work (a re-import adds up one per table). */
export interface MergeReport {
  /** Cells kept, per column header (rows users added counted under "Dòng người dùng thêm"). */
  keptBy: Record<string, number>;
  normalised: ReportedCell[];
  /** Users' corrections replaced by the document's value (the old value is on the backup sheet too). */
  replaced: ReportedCell[];
  /** Users' corrections kept (a deadline typed where the document has none; all with keepEdits). */
  keptEdits: ReportedCell[];
  /** Rows with the same section + TT: which one's progress went where. */
  ambiguous: string[];
  /** Rows users added, kept in the live table (named). */
  addedRows: string[];
  /** Old rows the new document no longer has: on the backup sheet only (named). */
  droppedRows: string[];
}

export interface TableMerge extends MergeReport {
  table: TablePlan;
  kept: number;
}

const USER: WorkbookColumn[] = ['progress', 'doneDate', 'notes'];
const DOCUMENT: WorkbookColumn[] = ['task', 'lead', 'partners', 'time', 'authority', 'resources', 'target'];
const norm = (v: CellScalar | CellValue | undefined): string =>
  v !== null && typeof v === 'object'
    ? ''
    : text(v as CellScalar)
        .normalize('NFC')
        .replace(/\s+/g, ' ');
const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

function shown(v: CellScalar | CellValue | undefined, date: boolean): string {
  if (date && typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return norm(v) || '(trống)';
}

export function mergeTable(sheet: SheetPlan, t: TablePlan, before: TableData, keepEdits: boolean): TableMerge {
  const om = columnsByMeaning(before.headers);
  const nm = new Map<WorkbookColumn, number>();
  t.columns.forEach((c, i) => {
    const k = (c.key as WorkbookColumn | undefined) ?? workbookColumn(c.header);
    if (k && !nm.has(k)) nm.set(k, i);
  });
  const oi = (k: WorkbookColumn) => om.get(k) ?? -1;
  const ni = (k: WorkbookColumn) => nm.get(k) ?? -1;
  const bySection = oi('section') >= 0 && ni('section') >= 0;
  const keyOf = (r: ReadonlyArray<CellScalar | CellValue>, m: (k: WorkbookColumn) => number): string => {
    const tt = norm(r[m('tt')]).toLowerCase();
    if (bySection && tt) return `${norm(r[m('section')]).toLowerCase()}#${tt}`;
    return `${tt}|${norm(r[m('task')]).toLowerCase().slice(0, 80)}`;
  };
  const label = (r: ReadonlyArray<CellScalar | CellValue>, m: (k: WorkbookColumn) => number): string => {
    const section = norm(r[m('section')]).split(SECTION_SEP).pop() ?? '';
    const task = norm(r[m('task')]);
    const tt = norm(r[m('tt')]);
    return `${section ? `${section.split('.')[0]} ` : ''}${tt ? `TT ${tt}` : 'không số'} «${task.length > 60 ? `${task.slice(0, 59)}…` : task}»`;
  };
  const newCell = (ri: number, ci: number) => `${quoteSheet(sheet.name)}!${colLetter(t.col + ci)}${t.row + 1 + ri}`;
  const oldCell = (ri: number, ci: number) => `${quoteSheet(before.sheet)}!${colLetter(before.firstCol + ci)}${before.headerRow + 1 + ri}`;

  // Old columns with no meaning, or a meaning already taken, are the user's own columns.
  const usedOld = new Set(om.values());
  const added = before.headers
    .map((h, i) => [h, i] as const)
    .filter(([h, i]) => text(h) && !usedOld.has(i) && !/^(Cột|Column)\s?\d+$/i.test(text(h)) && !t.columns.some((c) => fold(c.header) === fold(h)))
    // "Chủ trì (nguyên văn)" is Phụ lục's own (scanned leads), never a column users added.
    .filter(([h]) => fold(text(h)) !== fold(AS_FOUND_HEADER));

  const candidates = new Map<string, number[]>();
  before.rows.forEach((r, i) => {
    if (r.every((v) => text(v) === '')) return;
    const k = keyOf(r, oi);
    candidates.set(k, [...(candidates.get(k) ?? []), i]);
  });
  const out: TableMerge = { table: t, kept: 0, keptBy: {}, normalised: [], replaced: [], keptEdits: [], ambiguous: [], addedRows: [], droppedRows: [] };
  const matched = new Set<number>();
  const ambiguousRows = new Set<number>();

  const rows: CellValue[][] = t.rows.map((r, ri) => {
    const row: CellValue[] = [...r, ...added.map(() => null)];
    const k = keyOf(r, ni);
    const free = (candidates.get(k) ?? []).filter((i) => !matched.has(i));
    if (!free.length) return row;
    let pick = free[0];
    if (free.length > 1) {
      const same = free.filter((i) => norm(before.rows[i][oi('task')]) === norm(r[ni('task')]));
      pick = same[0] ?? free[0];
      free.filter((i) => i !== pick).forEach((i) => ambiguousRows.add(i));
      out.ambiguous.push(
        `${label(r, ni)}: ${free.length} dòng cùng mục và số thứ tự (${free.map((i) => oldCell(i, oi('tt') >= 0 ? oi('tt') : 0)).join(', ')}); ` +
          `tiến độ của dòng ${oldCell(pick, oi('tt') >= 0 ? oi('tt') : 0)} được giữ cho nhiệm vụ này, các dòng kia giữ riêng.`,
      );
    }
    matched.add(pick);
    carry(row, ri, before.rows[pick], before.formulas?.[pick]);
    return row;
  });

  function count(header: string, n = 1): void {
    out.kept += n;
    out.keptBy[header] = (out.keptBy[header] ?? 0) + n;
  }

  function carry(row: CellValue[], ri: number, o: CellScalar[], formulas: boolean[] | undefined): void {
    const where = (k: WorkbookColumn) => ({ cell: newCell(ri, ni(k)), column: t.columns[ni(k)].header, row: label(row, ni) });
    for (const k of USER) {
      if (oi(k) < 0 || ni(k) < 0) continue;
      let v = o[oi(k)];
      if (text(v) === '' || norm(v) === norm(row[ni(k)])) continue;
      if (k === 'progress') {
        const c = canonicalProgress(v);
        if (c && c !== v) (out.normalised.push({ ...where(k), old: `${JSON.stringify(v)} (${formDifference(String(v))})`, new: c }), (v = c));
      }
      if (k === 'doneDate' && typeof v === 'string') {
        const serial = typedDateSerial(v);
        if (serial !== null) (out.normalised.push({ ...where(k), old: `«${v}» (chữ)`, new: shown(serial, true) }), (v = serial));
      }
      row[ni(k)] = v;
      count(t.columns[ni(k)].header);
    }
    added.forEach(([h, i], j) => {
      if (text(o[i]) !== '') ((row[t.columns.length + j] = o[i]), count(text(h)));
    });
    for (const k of [...DOCUMENT, 'due'] as WorkbookColumn[]) {
      if (oi(k) < 0 || ni(k) < 0) continue;
      const date = k === 'due';
      let ov: CellScalar = o[oi(k)];
      if (date && typeof ov === 'string') ov = typedDateSerial(ov) ?? ov;
      const nv = row[ni(k)];
      const differs = date ? text(ov) !== '' && (typeof ov !== 'number' || typeof nv !== 'number' || Math.floor(ov) !== Math.floor(nv)) : norm(ov) !== norm(nv) && text(ov) !== '';
      if (!differs) continue;
      const entry = { ...where(k), old: shown(ov, date), new: shown(nv, date) };
      if (keepEdits || (date && (nv === null || nv === ''))) {
        row[ni(k)] = ov;
        if (date && ni('kind') >= 0 && !text(row[ni('kind')] as CellScalar)) row[ni('kind')] = KIND_LABEL.deadline;
        out.keptEdits.push(entry);
      } else out.replaced.push(entry);
    }
    // A Tình trạng the user overwrote with a value (the formula gone).
    const s = oi('status');
    if (s >= 0 && ni('status') >= 0 && formulas && !formulas[s] && text(o[s]) !== '') {
      const typed = norm(o[s]);
      const done = /^(đã )?hoàn thành/i.test(typed);
      if (done && ni('progress') >= 0 && !text(row[ni('progress')] as CellScalar)) {
        row[ni('progress')] = PROGRESS.done;
        out.keptEdits.push({ ...where('status'), old: `«${typed}» (gõ đè công thức)`, new: `Tiến độ «${PROGRESS.done}», Tình trạng tính lại bằng công thức` });
      } else {
        out.replaced.push({ ...where('status'), old: `«${typed}» (gõ đè công thức)`, new: 'công thức Tình trạng' });
      }
    }
  }

  // Old rows nothing matched: users' own rows stay in the live table; the others are named.
  const extra: CellValue[][] = [];
  before.rows.forEach((o, i) => {
    if (matched.has(i) || o.every((v) => text(v) === '')) return;
    if (!text(o[oi('tt')]) && !text(o[oi('task')])) return;
    const usersOwn = ambiguousRows.has(i) || (oi('kind') >= 0 && !text(o[oi('kind')]) && !isHeadingLike(o, oi));
    if (!usersOwn) {
      out.droppedRows.push(`${label(o, oi)} (${oldCell(i, Math.max(oi('tt'), 0))})`);
      return;
    }
    const row: CellValue[] = t.columns.map(() => null);
    for (const [k, n] of nm) if (oi(k) >= 0 && k !== 'status') row[n] = o[oi(k)];
    added.forEach(([, c]) => row.push(o[c]));
    if (ni('progress') >= 0) row[ni('progress')] = canonicalProgress(row[ni('progress')] as CellScalar) ?? row[ni('progress')];
    for (const k of ['due', 'doneDate'] as const) if (ni(k) >= 0) row[ni(k)] = typedDateSerial(row[ni(k)] as CellScalar) ?? row[ni(k)];
    extra.push(row);
    count('Dòng người dùng thêm', o.filter((v) => text(v) !== '').length);
  });
  const allRows = [...rows, ...extra];
  const columns = [...t.columns, ...added.map(([h]) => ({ header: text(h), width: 16 }))];
  extra.forEach((row, j) => {
    const ri = rows.length + j;
    const sheetRow = t.row + 1 + ri;
    const L = (k: WorkbookColumn) => colLetter(t.col + ni(k));
    if (['kind', 'due', 'progress', 'doneDate', 'status'].every((k) => ni(k as WorkbookColumn) >= 0)) {
      row[ni('status')] = { formula: statusFormula({ kind: L('kind'), due: L('due'), progress: L('progress'), doneDate: L('doneDate') }, sheetRow) };
    }
    out.addedRows.push(`${label(row, ni)} (dòng ${sheetRow}, ${newCell(ri, Math.max(ni('tt'), 0))})`);
  });
  if (extra.length) extendRanges(sheet, t.row + t.rows.length, t.row + allRows.length);
  const rowStyles = t.rowStyles ? [...t.rowStyles, ...extra.map(() => null)] : undefined;
  out.table = { ...t, columns, rows: allRows, ...(rowStyles ? { rowStyles } : {}) };
  return out;
}

/** A heading row as written: only TT, task, Mục (and a lead/time printed on the heading). */
function isHeadingLike(r: CellScalar[], oi: (k: WorkbookColumn) => number): boolean {
  const allowed = new Set(['tt', 'task', 'section', 'status', 'lead', 'time'].map((k) => oi(k as WorkbookColumn)));
  return r.every((v, i) => text(v) === '' || allowed.has(i));
}

/** Conditional formats and validations that end on the table's last row follow rows appended to it. */
function extendRanges(sheet: SheetPlan, oldLast: number, newLast: number): void {
  const grow = (range: string) => range.replace(/^([^:]+:\$?[A-Z]+\$?)(\d+)$/, (m, head: string, end: string) => (Number(end) === oldLast ? `${head}${newLast}` : m));
  sheet.conditionalFormats = sheet.conditionalFormats.map((c) => ({ ...c, range: grow(c.range) }));
  sheet.listValidations = sheet.listValidations.map((v) => ({ ...v, range: grow(v.range) }));
  sheet.dateValidations = sheet.dateValidations.map((v) => ({ ...v, range: grow(v.range) }));
}
