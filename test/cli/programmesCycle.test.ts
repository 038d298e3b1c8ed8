/**
 * `phuluc import` into a workbook with a reporting-cycle history (Lịch sử) that holds another
 * programme: --keep-both carries the history into the new file (the programme it records is still
 * there); --replace does not — the old programme's history stays only in the copy of the old file.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookFile } from '../helpers/excelJsRead';
import { runCli } from '../helpers/cli';
import { disasterProgramme, tourismPlan } from '../helpers/programmeTexts';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-programmes-cycle-'));
const tourism = join(dir, 'du-lich.txt');
const disaster = join(dir, 'thien-tai.txt');
writeFileSync(tourism, tourismPlan());
writeFileSync(disaster, disasterProgramme());
const base = join(dir, 'base.xlsx');
const sheetNames = async (book: string) => (await readWorkbookFile(book)).worksheets.map((w) => w.name);

beforeAll(() => {
  expect(runCli(['import', tourism, '-o', base, '--as-of', '15/07/2026']).code).toBe(0);
  // One report recorded: the workbook now has its Lịch sử sheet.
  expect(runCli(['report', base, '-o', join(dir, 'q3.docx'), '--as-of', '15/07/2026']).code).toBe(0);
});

test('the history sheet exists before the second programme comes', async () => {
  expect(await sheetNames(base)).toContain('Lịch sử');
});

test('--keep-both keeps Lịch sử in the new workbook', async () => {
  const book = join(dir, 'keep.xlsx');
  copyFileSync(base, book);
  expect(runCli(['import', disaster, '-o', book, '--keep-both']).code).toBe(0);
  const names = await sheetNames(book);
  expect(names).toContain('CT2 Phụ lục');
  expect(names).toContain('Lịch sử');
});

test('--replace leaves the old programme’s Lịch sử in the copy of the old file only', async () => {
  const book = join(dir, 'replace.xlsx');
  copyFileSync(base, book);
  expect(runCli(['import', disaster, '-o', book, '--replace']).code).toBe(0);
  expect(await sheetNames(book)).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
  const copies = readdirSync(dir).filter((f) => f.startsWith('replace.truoc-'));
  expect(copies).toHaveLength(1);
  expect(await sheetNames(join(dir, copies[0]))).toContain('Lịch sử');
});
