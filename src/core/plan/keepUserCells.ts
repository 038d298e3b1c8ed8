/**
 * Re-import and refresh keep what users typed. For each appendix table of the new plan that
 * already exists in the workbook, the users' columns (Tiến độ, Ngày hoàn thành, Ghi chú) and any
 * column the user added are carried over, matched by item (TT + task text). Before anything is
 * replaced, every old table is copied whole to a backup sheet.
 */
import type { CellValue, SheetPlan, TablePlan, WorkbookPlan } from './types';
import { CellScalar, TableData, text, USER_HEADERS } from './sheetData';
import { AS_FOUND_HEADER } from './leads';
import { maxOf } from '../arrays';

export interface KeepResult {
  plan: WorkbookPlan;
  /** Cells carried over from the old tables. */
  kept: number;
  /** Old rows no new item matched (their cells are in the backup sheet only). */
  unmatched: number;
  /** Name of the backup sheet added to the plan, or null when nothing existed. */
  backupSheet: string | null;
}

/** The date and time that names a backup sheet ("Sao lưu 22-11-2026 14-05-09"). */
export function backupStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`;
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
export const itemKey = (tt: CellScalar, task: CellScalar) => `${fold(text(tt))}|${fold(text(task)).slice(0, 80)}`;

export function keepUserCells(plan: WorkbookPlan, old: TableData[], stamp: string, taken: string[]): KeepResult {
  let kept = 0;
  let unmatched = 0;
  const sheets = plan.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => {
    const before = old.find((o) => o.table.toLowerCase() === t.name.toLowerCase());
    if (!before) return t;
    const r = mergeTable(t, before);
    kept += r.kept;
    unmatched += r.unmatched;
    return r.table;
  }) }));
  const withOld = old.filter((o) => plan.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === o.table.toLowerCase())));
  if (!withOld.length) return { plan, kept, unmatched, backupSheet: null };
  const backup = backupSheet(withOld, stamp, taken);
  return { plan: { ...plan, sheets: [...sheets, backup] }, kept, unmatched, backupSheet: backup.name };
}

function mergeTable(t: TablePlan, before: TableData): { table: TablePlan; kept: number; unmatched: number } {
  const col = (headers: string[], h: string) => headers.findIndex((x) => x.trim().toLowerCase() === h.toLowerCase());
  const newHeaders = t.columns.map((c) => c.header);
  const oldByKey = new Map<string, CellScalar[]>();
  const ott = col(before.headers, 'TT');
  const otask = col(before.headers, before.headers.some((h) => h === 'Nhiệm vụ') ? 'Nhiệm vụ' : 'Chỉ tiêu');
  const ntt = col(newHeaders, 'TT');
  const ntask = col(newHeaders, newHeaders.some((h) => h === 'Nhiệm vụ') ? 'Nhiệm vụ' : 'Chỉ tiêu');
  // Within a section a point's number is its identity (an amendment may rewrite the task text).
  const osec = col(before.headers, 'Mục');
  const nsec = col(newHeaders, 'Mục');
  const bySection = osec >= 0 && nsec >= 0;
  const baseKey = (r: CellScalar[], tt: number, task: number, sec: number) =>
    bySection && text(r[tt]) ? `${fold(text(r[sec]))}#${fold(text(r[tt]))}` : itemKey(r[tt], r[task]);
  // Two rows may share a key (an added point kept under a number its section already has):
  // the n-th old row with a key goes to the n-th new row with it, in table order.
  const keysOf = (rows: CellScalar[][], tt: number, task: number, sec: number): string[] => {
    const seen = new Map<string, number>();
    return rows.map((r) => {
      const k = baseKey(r, tt, task, sec);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return n === 1 ? k : `${k}#${n}`;
    });
  };
  const oldKeys = keysOf(before.rows, ott, otask, osec);
  before.rows.forEach((r, i) => oldByKey.set(oldKeys[i], r));
  const newKeys = keysOf(t.rows as CellScalar[][], ntt, ntask, nsec);
  const userCols = USER_HEADERS.map((h) => [col(before.headers, h), col(newHeaders, h)]).filter(([o, n]) => o >= 0 && n >= 0);
  // Columns the user added; "Chủ trì (nguyên văn)" is Phụ lục's own (a new plan without it has no scanned leads).
  const added = before.headers
    .map((h, i) => [h, i] as const)
    .filter(([h]) => h && col(newHeaders, h) < 0 && !/^Cột\d+$/.test(h) && h.trim().toLowerCase() !== AS_FOUND_HEADER.toLowerCase());
  let kept = 0;
  const matched = new Set<CellScalar[]>();
  const rows: CellValue[][] = t.rows.map((r, i) => {
    const o = oldByKey.get(newKeys[i]);
    const row = [...r, ...added.map(() => null as CellValue)];
    if (!o) return row;
    matched.add(o);
    for (const [oi, ni] of userCols) {
      if (text(o[oi]) && text(o[oi]) !== text(r[ni] as CellScalar)) (row[ni] = o[oi]), kept++;
    }
    added.forEach(([, oi], k) => {
      if (text(o[oi])) (row[t.columns.length + k] = o[oi]), kept++;
    });
    return row;
  });
  const columns = [...t.columns, ...added.map(([h]) => ({ header: h, width: 16 }))];
  const unmatched = before.rows.filter((r) => !matched.has(r) && (text(r[ott]) || text(r[otask]))).length;
  return { table: { ...t, columns, rows }, kept, unmatched };
}

function backupSheet(tables: TableData[], stamp: string, taken: string[]): SheetPlan {
  let name = `Sao lưu ${stamp}`.slice(0, 31);
  for (let i = 2; taken.some((s) => s.toLowerCase() === name.toLowerCase()); i++) name = `Sao lưu ${stamp} (${i})`.slice(0, 31);
  const cells: SheetPlan['cells'] = [{ row: 1, col: 1, value: `Bản sao các bảng trước khi nhập lại (${stamp})` }];
  const out: TablePlan[] = [];
  let row = 3;
  const id = stamp.replace(/\D/g, '');
  tables.forEach((t, k) => {
    cells.push({ row, col: 1, value: `${t.sheet} — bảng ${t.table}` });
    const seen = new Set<string>();
    const headers = t.headers.map((h, i) => {
      let x = text(h) || `Cột ${i + 1}`;
      while (seen.has(x.toLowerCase())) x += ' ';
      seen.add(x.toLowerCase());
      return x;
    });
    out.push({
      name: `SaoLuu_${id}_${k + 1}`, row: row + 1, col: 1, tableStyle: 'TableStyleLight1', showRowStripes: true, showFilterButton: true,
      columns: headers.map((header) => ({ header, width: 16, text: true })),
      rows: t.rows.map((r) => headers.map((_, c) => (r[c] === undefined ? null : r[c]))),
    });
    row += t.rows.length + 4;
  });
  const width = maxOf(tables.map((t) => t.headers.length));
  return {
    name, kind: 'backup', widths: Array.from({ length: width }, (_, i) => (i === 1 ? 50 : 16)), cells, merges: [],
    tables: out, conditionalFormats: [], listValidations: [], dateValidations: [], font: { name: 'Times New Roman', size: 12 },
  };
}
