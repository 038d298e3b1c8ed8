/**
 * Edits a workbook as a user would, through openpyxl (Debian's python3-openpyxl): type into
 * cells, rename or unlist a table ("Convert to Range"), rename a header, sort the table, copy a
 * row, add a row. See xlsx_edit.py for the operations. openpyxl also rewrites the package the way
 * other programs do (absolute part paths), which the readers must accept.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import type { SheetDump } from './xlsxInspect';

export type EditOp =
  | { op: 'set'; sheet: string; cell: string; value: string | number; type?: 'str' | 'num' | 'date' }
  | { op: 'renameTable'; sheet: string; from: string; to: string }
  | { op: 'unlistTable'; sheet: string; name: string }
  | { op: 'header'; sheet: string; table: string; from: string; to: string }
  | { op: 'sort'; sheet: string; table: string; by: string; reverse?: boolean }
  | { op: 'copyRow'; sheet: string; table: string; row: number; set?: Record<string, string> }
  | { op: 'appendRow'; sheet: string; table: string; values: Record<string, string> };

export function editXlsx(file: string, ops: EditOp[]): void {
  const r = spawnSync('/usr/bin/python3', [join(__dirname, 'xlsx_edit.py'), file, JSON.stringify(ops)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl edit failed on ${file}: ${r.stderr}`);
}

/** Column letter of a header in a dumped table. */
export function colOf(sheet: SheetDump, table: string, header: string): string {
  const t = sheet.tables[table];
  const i = t.columns.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${table}`);
  const first = /^([A-Z]+)/.exec(t.ref)![1].charCodeAt(0) - 64;
  return String.fromCharCode(64 + first + i);
}

/** Sheet row of the item `tt` whose Mục starts with `section` (e.g. "II."). */
export function rowOf(sheet: SheetDump, table: string, section: string, tt: string): number {
  const tc = colOf(sheet, table, 'TT');
  const mc = colOf(sheet, table, 'Mục');
  const rows = Object.keys(sheet.cells).filter((a) => a.startsWith(tc) && /^\d+$/.test(a.slice(tc.length)) && String(sheet.cells[a]) === tt);
  for (const a of rows) {
    const r = Number(a.slice(tc.length));
    if (String(sheet.cells[`${mc}${r}`] ?? '').startsWith(section)) return r;
  }
  throw new Error(`no row ${section} ${tt}`);
}
