/**
 * Re-import and refresh keep what users typed (the same code for the command line and the task
 * pane). Each appendix table of the new plan is merged with the table users left in the workbook
 * (mergeRows.ts): found by table name, else by sheet name, else by order — so a table the user
 * renamed or converted to a range is still recognised (readers find it by its header row).
 * Text outside the tables is put back where it was when the new plan leaves that cell empty
 * (looseCells.ts). Before anything is replaced every old table, and every cell outside the
 * tables, is copied to one backup sheet, with dates shown as dates and Tình trạng as the value
 * it had. The report says what was kept, normalised, replaced and where the old values are.
 */
import type { CellScalar, LooseCell, TableData, WorkbookSnapshot } from './sheetData';
import { text } from './sheetData';
import type { SheetPlan, TablePlan, WorkbookPlan } from './types';
import { MergeReport, mergeTable } from './mergeRows';
import { placeLooseCells, PlacedCell } from './looseCells';
import { canonicalProgress, columnsByMeaning, typedDateSerial, workbookColumn } from './workbookColumns';
import { statusOf, StatusSettings } from '../status/rules';
import { serialToIso } from '../status/dates';
import { maxOf, pushAll } from '../arrays';

export type { ReportedCell } from './mergeRows';
export type { PlacedCell } from './looseCells';

/** Everything a re-import did to users' work, for the message and the tests. */
export interface ReimportReport extends MergeReport {
  /** Text outside the tables: put back in place, or only on the backup sheet. */
  outside: PlacedCell[];
  /** Old appendix tables recognised by layout (renamed or converted to a range), named. */
  recognised: string[];
  /** Old appendix tables no new table took (their cells are on the backup sheet only). */
  unmatchedTables: string[];
  /**
   * Sheets of the old workbook the new plan does not write (sheets users added, a renamed
   * appendix sheet), backups excepted: the task pane leaves them in place; the command line's new
   * file lacks them, and they stay whole in its copy of the old file.
   */
  otherSheets: string[];
}

export interface KeepResult {
  plan: WorkbookPlan;
  /** Cells carried over from the old tables. */
  kept: number;
  /** Old rows no new item matched and that are not in the live table (named in report.droppedRows). */
  unmatched: number;
  /** Name of the backup sheet added to the plan, or null when nothing existed. */
  backupSheet: string | null;
  report: ReimportReport;
}

export interface KeepOptions {
  /** Keep users' corrections to the document's columns instead of the new document's values. */
  keepEdits?: boolean;
  /**
   * (Optional, added by the programmes issue) Tables (by name) whose users' corrections are kept
   * whatever `keepEdits` says: the other programmes of a workbook holding several, redrawn from
   * the workbook itself while one programme is imported again.
   */
  keepEditsIn?: ReadonlySet<string>;
  /**
   * The old workbook's report settings: the backup sheet shows each old row's Tình trạng as a
   * value, computed with them when the file holds no computed value (a file no spreadsheet has
   * recalculated since Phụ lục wrote it).
   */
  oldStatus?: StatusSettings;
}

/** The date and time that names a backup sheet ("Sao lưu 22-11-2026 14-05-09"). */
export function backupStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
export const itemKey = (tt: CellScalar, task: CellScalar) => `${fold(text(tt))}|${fold(text(task)).slice(0, 80)}`;

/** Compatibility entry: the old tables only (no cells outside them). */
export function keepUserCells(plan: WorkbookPlan, old: TableData[], stamp: string, taken: string[], options: KeepOptions = {}): KeepResult {
  return reimport(plan, { tables: old, sheets: taken, catalogueRows: [] }, stamp, options);
}

/** A report of a re-import that kept nothing (also what a replaced programme's write reports). */
export function emptyReimportReport(): ReimportReport {
  return {
    keptBy: {},
    otherSheets: [],
    normalised: [],
    replaced: [],
    keptEdits: [],
    ambiguous: [],
    addedRows: [],
    droppedRows: [],
    outside: [],
    recognised: [],
    unmatchedTables: [],
  };
}

/** The new plan with users' work from the workbook snapshot carried over, plus one backup sheet. */
export function reimport(plan: WorkbookPlan, old: WorkbookSnapshot, stamp: string, options: KeepOptions = {}): KeepResult {
  const report = emptyReimportReport();
  let kept = 0;
  const pairs = pairTables(plan, old.tables);
  const sheets: SheetPlan[] = plan.sheets.map((s) => {
    const sheet: SheetPlan = { ...s, conditionalFormats: [...s.conditionalFormats], listValidations: [...s.listValidations], dateValidations: [...s.dateValidations] };
    sheet.tables = s.tables.map((t) => {
      const before = pairs.get(t);
      if (!before) return t;
      const m = mergeTable(sheet, t, before, (options.keepEdits ?? false) || (options.keepEditsIn?.has(t.name) ?? false));
      kept += m.kept;
      for (const [h, n] of Object.entries(m.keptBy)) report.keptBy[h] = (report.keptBy[h] ?? 0) + n;
      pushAll(report.normalised, m.normalised);
      pushAll(report.replaced, m.replaced);
      pushAll(report.keptEdits, m.keptEdits);
      pushAll(report.ambiguous, m.ambiguous);
      pushAll(report.addedRows, m.addedRows);
      pushAll(report.droppedRows, m.droppedRows);
      return m.table;
    });
    return sheet;
  });
  const used = new Set(pairs.values());
  for (const t of old.tables) {
    const name = `${t.table ? `bảng ${t.table}` : 'vùng bảng (không còn là Excel Table)'} ở trang “${t.sheet}”`;
    if (t.found === 'layout') report.recognised.push(name);
    if (!used.has(t)) report.unmatchedTables.push(name);
  }
  const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  report.otherSheets = old.sheets.filter((n) => !planned.has(n.toLowerCase()) && !/^Sao lưu/i.test(n));
  const withLoose = placeLooseCells({ ...plan, sheets }, old);
  report.outside = withLoose.placed;
  if (!old.tables.length && !report.outside.length) return { plan: withLoose.plan, kept, unmatched: 0, backupSheet: null, report };
  const tables = options.oldStatus ? old.tables.map((t) => withStatusValues(t, options.oldStatus!)) : old.tables;
  const backup = backupSheet(
    tables,
    report.outside.map((p) => p.cell),
    stamp,
    old.sheets,
  );
  return {
    plan: { ...withLoose.plan, sheets: [...withLoose.plan.sheets, backup] },
    kept,
    unmatched: report.droppedRows.length,
    backupSheet: backup.name,
    report,
  };
}

/** New table → the old table it continues: same table name, else same sheet, else the next unused one in order. */
function pairTables(plan: WorkbookPlan, old: TableData[]): Map<TablePlan, TableData> {
  const pairs = new Map<TablePlan, TableData>();
  const free = new Set(old);
  const news = plan.sheets.flatMap((s) => (s.kind === 'appendix' ? s.tables.map((t) => ({ s, t })) : []));
  const take = (test: (o: TableData, s: SheetPlan, t: TablePlan) => boolean) => {
    for (const { s, t } of news) {
      if (pairs.has(t)) continue;
      const o = [...free].find((x) => test(x, s, t));
      if (o) (pairs.set(t, o), free.delete(o));
    }
  };
  const kindOf = (headers: string[]) => (headers.some((h) => workbookColumn(h) === 'kind') ? 'tasks' : 'indicators');
  const sameKind = (o: TableData, t: TablePlan) => kindOf(o.headers) === kindOf(t.columns.map((c) => c.header));
  take((o, _s, t) => o.found !== 'layout' && o.table.toLowerCase() === t.name.toLowerCase());
  take((o, s, t) => o.sheet.toLowerCase() === s.name.toLowerCase() && sameKind(o, t));
  take((o, _s, t) => o.found === 'layout' && sameKind(o, t));
  return pairs;
}

/** Old rows whose Tình trạng has no value (never recalculated) get the status the rules give. */
function withStatusValues(t: TableData, s: StatusSettings): TableData {
  const m = columnsByMeaning(t.headers);
  const [status, kind, due, progress, done] = (['status', 'kind', 'due', 'progress', 'doneDate'] as const).map((k) => m.get(k) ?? -1);
  if (status < 0 || kind < 0) return t;
  const iso = (v: CellScalar | undefined): string | null => {
    const n = typeof v === 'number' ? v : typedDateSerial(v ?? null);
    return n === null ? null : serialToIso(n);
  };
  const rows = t.rows.map((r) => {
    if (text(r[status]) !== '' || text(r[kind]) === '') return r;
    const row = [...r];
    row[status] = statusOf(
      {
        kind: text(r[kind]),
        due: due >= 0 ? iso(r[due]) : null,
        progress: progress >= 0 ? (canonicalProgress(r[progress]) ?? text(r[progress])) : '',
        doneDate: done >= 0 ? iso(r[done]) : null,
      },
      s,
    );
    return row;
  });
  return { ...t, rows };
}

function backupSheet(tables: TableData[], loose: LooseCell[], stamp: string, taken: string[]): SheetPlan {
  let name = `Sao lưu ${stamp}`.slice(0, 31);
  for (let i = 2; taken.some((s) => s.toLowerCase() === name.toLowerCase()); i++) name = `Sao lưu ${stamp} (${i})`.slice(0, 31);
  const cells: SheetPlan['cells'] = [{ row: 1, col: 1, value: `Bản sao các bảng trước khi nhập lại (${stamp}); Tình trạng là giá trị lúc sao lưu.` }];
  const out: TablePlan[] = [];
  let row = 3;
  const id = stamp.replace(/\D/g, '');
  tables.forEach((t, k) => {
    cells.push({ row, col: 1, value: `${t.sheet} — ${t.table ? `bảng ${t.table}` : 'vùng bảng'}` });
    const seen = new Set<string>();
    const headers = t.headers.map((h, i) => {
      let x = text(h) || `Cột ${i + 1}`;
      while (seen.has(x.toLowerCase())) x += ' ';
      seen.add(x.toLowerCase());
      return x;
    });
    out.push({
      name: `SaoLuu_${id}_${k + 1}`,
      row: row + 1,
      col: 1,
      tableStyle: 'TableStyleLight1',
      showRowStripes: true,
      showFilterButton: true,
      columns: headers.map((header, i) => {
        const m = workbookColumn(t.headers[i]);
        return m === 'due' || m === 'doneDate' ? { header, width: 12, style: 'date' } : { header, width: 16, text: true };
      }),
      rows: t.rows.map((r) => headers.map((_, c) => (r[c] === undefined ? null : r[c]))),
    });
    row += t.rows.length + 4;
  });
  if (loose.length) {
    cells.push({ row, col: 1, value: 'Ô ngoài bảng (chữ người dùng ghi bên cạnh, bên dưới các bảng hoặc ở trang khác)' });
    out.push({
      name: `SaoLuu_${id}_O`,
      row: row + 1,
      col: 1,
      tableStyle: 'TableStyleLight1',
      showRowStripes: true,
      showFilterButton: true,
      columns: [
        { header: 'Trang', width: 16, text: true },
        { header: 'Ô', width: 8, text: true },
        { header: 'Giá trị', width: 50, text: true },
      ],
      rows: loose.map((c) => [c.sheet, cellName(c), typeof c.value === 'string' ? c.value : String(c.value)]),
    });
  }
  const width = maxOf(
    tables.map((t) => t.headers.length),
    3,
  );
  return {
    name,
    kind: 'backup',
    widths: Array.from({ length: width }, (_, i) => (i === 1 ? 50 : 16)),
    cells,
    merges: [],
    tables: out,
    conditionalFormats: [],
    listValidations: [],
    dateValidations: [],
    font: { name: 'Times New Roman', size: 12 },
  };
}

const letters = (c: number): string => (c <= 0 ? '' : letters(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));
export const cellName = (c: { row: number; col: number }): string => `${letters(c.col)}${c.row}`;
