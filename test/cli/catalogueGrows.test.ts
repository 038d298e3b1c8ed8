/**
 * An agency a user appends to the Danh mục table (a new row under the table, typed as in Excel;
 * edited here with openpyxl) is a known agency for `validate` at once, and after the next import
 * it is inside the drop-down list of Cơ quan chủ trì: the list name DsCoQuan is drawn again over
 * the whole table body, the user's row included. Fixture: test/fixtures/chuyen-doi-so-2026.txt
 * (invented); the appendix's lead column is C, its first task row 8.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { editXlsx } from '../helpers/xlsxEdit';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import { expectOpensClean } from '../helpers/xlsxCheck';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-danh-muc-'));
const doc = join(__dirname, '..', 'fixtures', 'chuyen-doi-so-2026.txt');
const AGENCY = 'Trung tâm Phục vụ hành chính công tỉnh';

/** The cells a defined name over one column covers ("'Danh mục'!$A$5:$A$104" → A5 … A104), with their values. */
function listOf(file: string, name: string): string[] {
  const dump = inspectXlsx(file);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(dump.names[name])!;
  expect(m).not.toBeNull();
  const sheet = sheetOf(dump, m[1].replace(/''/g, "'"));
  return Array.from({ length: Number(m[5]) - Number(m[3]) + 1 }, (_, i) => String(sheet.cells[`${m[2]}${Number(m[3]) + i}`] ?? ''));
}

test('an agency appended to the Danh mục table is known to validate, and in the drop-down after the next import', () => {
  const book = join(dir, 'so.xlsx');
  expect(runCli(['import', doc, '-o', book, '--as-of', '2026-06-15']).code).toBe(0);
  expect(listOf(book, 'DsCoQuan')).not.toContain(AGENCY);
  editXlsx(book, [
    { op: 'appendRow', sheet: 'Danh mục', table: 'DanhMuc_CoQuan', values: { 'Cơ quan': AGENCY, Nguồn: 'Người dùng thêm' } },
    { op: 'set', sheet: 'Phụ lục', cell: 'C8', value: AGENCY },
  ]);
  const findings = JSON.parse(runCli(['validate', book, '--json']).stdout).findings as Array<{ rule: string; cell?: string }>;
  expect(findings.filter((f) => f.cell === "'Phụ lục'!C8")).toEqual([]);
  // The next import draws the list again over the whole table: the user's agency is in it.
  const again = runCli(['import', doc, '-o', book, '--keep-edits']);
  expect(again.code).toBe(0);
  expect(listOf(book, 'DsCoQuan')).toContain(AGENCY);
  // The drop-down of the lead column uses that name.
  const dv = sheetOf(inspectXlsx(book), 'Phụ lục').validations.find((v) => v.type === 'list' && v.sqref.startsWith('C'));
  expect(dv?.formula1).toBe('DsCoQuan');
  expectOpensClean(book);
});
