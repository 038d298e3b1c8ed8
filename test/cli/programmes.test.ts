/**
 * `phuluc import` into a workbook that holds another programme (issue 13): it refuses to guess
 * (exit 3, nothing written) until --replace or --keep-both says what to do.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookFile } from '../helpers/excelJsRead';
import { runCli } from '../helpers/cli';
import { disasterProgramme, tourismPlan } from '../helpers/programmeTexts';
import { xlsxCheck } from '../helpers/xlsxCheck';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-programmes-'));
const tourism = join(dir, 'du-lich.txt');
const disaster = join(dir, 'thien-tai.txt');
writeFileSync(tourism, tourismPlan());
writeFileSync(disaster, disasterProgramme());
const base = join(dir, 'base.xlsx');

/** A fresh copy of the tourism workbook in which a user marked "Xây dựng bãi đỗ xe …" done. */
function tourismBook(name: string): string {
  const book = join(dir, name);
  copyFileSync(base, book);
  return book;
}

async function cellOf(book: string, sheet: string, task: string, header: string): Promise<ExcelJS.CellValue> {
  const ws = (await readWorkbookFile(book)).getWorksheet(sheet)!;
  let headerRow = 0;
  ws.eachRow((r, i) => {
    if (!headerRow && r.getCell(1).value === 'TT') headerRow = i;
  });
  const headers = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''));
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, 2).value ?? '').startsWith(task)) return ws.getCell(r, headers.indexOf(header) + 1).value;
  }
  throw new Error(`no task ${task} on ${sheet}`);
}

const sheetNames = async (book: string) => (await readWorkbookFile(book)).worksheets.map((w) => w.name);

beforeAll(async () => {
  expect(runCli(['import', tourism, '-o', base, '--as-of', '15/07/2026']).code).toBe(0);
  const wb = await readWorkbookFile(base);
  const ws = wb.getWorksheet('Phụ lục')!;
  let headerRow = 0;
  ws.eachRow((r, i) => {
    if (!headerRow && r.getCell(1).value === 'TT') headerRow = i;
  });
  const headers = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''));
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, 2).value ?? '').startsWith('Xây dựng bãi đỗ xe')) ws.getCell(r, headers.indexOf('Tiến độ') + 1).value = 'Hoàn thành';
  }
  await wb.xlsx.writeFile(base);
});

describe('phuluc import meets another programme in the workbook', () => {
  it('does not guess: exit 3, a Vietnamese message naming both programmes and both options, nothing written', () => {
    const book = tourismBook('refuse.xlsx');
    const before = readFileSync(book);
    const r = runCli(['import', disaster, '-o', book]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('đang chứa chương trình khác: số 15-KH/UBND');
    expect(r.stderr).toContain('số 07-CTr/HU');
    expect(r.stderr).toContain('--replace');
    expect(r.stderr).toContain('--keep-both');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('refuse.truoc-'))).toEqual([]);
  });

  it('refuses both options at once (exit 2)', () => {
    const r = runCli(['import', disaster, '-o', tourismBook('both.xlsx'), '--replace', '--keep-both']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chỉ chọn một trong hai');
  });

  it("--keep-both over a workbook whose Kiểm tra lists text not imported: that list stays, once, and is not taken for the user's text", () => {
    // The tourism plan with a preamble and a closing part the importer does not take as tasks.
    const withText = join(dir, 'du-lich-co-can-cu.txt');
    writeFileSync(
      withText,
      [
        'Căn cứ Luật Du lịch; căn cứ tình hình thực tế của huyện,',
        'Ủy ban nhân dân huyện ban hành kế hoạch phát triển du lịch cộng đồng như sau:',
        tourismPlan(),
        'Nơi nhận: Thường trực Huyện ủy; các phòng, ban; lưu Văn phòng.',
      ].join('\n'),
    );
    const book = join(dir, 'keep-text.xlsx');
    expect(runCli(['import', withText, '-o', book, '--as-of', '15/07/2026']).code).toBe(0);
    expect(Object.values(sheetOf(inspectXlsx(book), 'Kiểm tra').cells)).toEqual(expect.arrayContaining([expect.stringContaining('Căn cứ Luật Du lịch')]));
    const r = runCli(['import', disaster, '-o', book, '--keep-both']);
    expect(r.code).toBe(0);
    // The old Kiểm tra is drawn anew, not reported (or put back) as cells a user typed.
    expect(r.stdout).not.toContain('Chữ ngoài bảng');
    const check = sheetOf(inspectXlsx(book), 'Kiểm tra');
    const lines = Object.entries(check.cells).filter(([, v]) => /Căn cứ Luật Du lịch|Nơi nhận: Thường trực/.test(String(v)));
    // Each line of the first document once, in the text column (B, merged over B–H).
    expect(lines.map(([cell, v]) => [cell.replace(/\d+$/, ''), String(v).slice(0, 19)]).sort()).toEqual([
      ['B', 'Căn cứ Luật Du lịch'],
      ['B', 'Nơi nhận: Thường tr'],
    ]);
  });

  it('--keep-both: each programme on its own sheets, users’ cells kept, a clean workbook', async () => {
    const book = tourismBook('keep.xlsx');
    const r = runCli(['import', disaster, '-o', book, '--keep-both']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('với ký hiệu CT2');
    const names = await sheetNames(book);
    expect(names.slice(0, 5)).toEqual(['Tổng hợp', 'Phụ lục', 'CT2 Phụ lục', 'Kiểm tra', 'Danh mục']);
    expect(names).toContain('Chương trình');
    expect(await cellOf(book, 'Phụ lục', 'Xây dựng bãi đỗ xe', 'Tiến độ')).toBe('Hoàn thành');
    expect(await cellOf(book, 'CT2 Phụ lục', 'Diễn tập ứng phó lũ quét', 'Cơ quan chủ trì')).toBe('Ban Chỉ huy Quân sự huyện');
    const check = xlsxCheck(book);
    if (check) {
      expect(check.output).toMatch(/'DEFECT': 0/);
      expect(check.output).toMatch(/'WARN': 0/);
    }
    // A later re-import of CT2 (no option needed) keeps CT1 as it was.
    writeFileSync(join(dir, 'thien-tai-2.txt'), disasterProgramme().replace('Quý III/2026', 'Tháng 10/2026'));
    const again = runCli(['import', join(dir, 'thien-tai-2.txt'), '-o', book]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nhập lại chương trình CT2');
    expect(await cellOf(book, 'CT2 Phụ lục', 'Diễn tập ứng phó lũ quét', 'Thời gian')).toBe('Tháng 10/2026');
    expect(await cellOf(book, 'Phụ lục', 'Xây dựng bãi đỗ xe', 'Tiến độ')).toBe('Hoàn thành');
    // And the tourism plan again is CT1, not a third programme.
    const first = runCli(['import', tourism, '-o', book]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Nhập lại chương trình CT1');
    expect((await sheetNames(book)).filter((n) => /Phụ lục$/.test(n))).toEqual(['Phụ lục', 'CT2 Phụ lục']);
  });

  it('--keep-both: Tổng hợp, recalculated by LibreOffice, counts each programme in its row and both together', () => {
    const book = tourismBook('keep-count.xlsx');
    expect(runCli(['import', disaster, '-o', book, '--keep-both']).code).toBe(0);
    const sheet = sheetOf(inspectXlsx(recalc(book), true), 'Tổng hợp');
    const at = (a: string) => sheet.cells[a];
    const rowOf = (label: RegExp) =>
      Number(
        Object.keys(sheet.cells)
          .find((k) => /^A\d+$/.test(k) && label.test(String(sheet.cells[k])))!
          .slice(1),
      );
    const header = rowOf(/^Chương trình$/);
    const cols = 'BCDEFGHIJKLM'.split('');
    const counts = (row: number) => Object.fromEntries(cols.map((c) => [at(`${c}${header}`), at(`${c}${row}`)]).filter(([h, v]) => h && v));
    // Read by hand, as of 15/07/2026 (30 days): tourism — bãi đỗ xe marked done, Quý II task overdue,
    // Hằng năm ongoing, three due later; disaster — Quý II task overdue, Thường xuyên ongoing, three due later.
    expect(counts(rowOf(/^CT1: /))).toEqual({ 'Hoàn thành đúng hạn': 1, 'Quá hạn': 1, 'Trong hạn': 3, 'Thường xuyên': 1, Tổng: 6 });
    expect(counts(rowOf(/^CT2: /))).toEqual({ 'Quá hạn': 1, 'Trong hạn': 3, 'Thường xuyên': 1, Tổng: 5 });
    expect(at(`B${rowOf(/^Tổng số nhiệm vụ/)}`)).toBe(11);
  });

  it('an option given where there is no other programme is said to be unneeded, and the import is as usual', async () => {
    const book = join(dir, 'fresh.xlsx');
    const r = runCli(['import', disaster, '-o', book, '--keep-both']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không cần --keep-both');
    expect(await sheetNames(book)).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
  });

  it('--replace: only the new programme in the workbook, the whole old file copied aside', async () => {
    const book = tourismBook('replace.xlsx');
    const r = runCli(['import', disaster, '-o', book, '--replace']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã thay chương trình cũ (CT1 số 15-KH/UBND');
    const names = await sheetNames(book);
    expect(names).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
    // Nothing of the old programme: no old task, no backup sheet of it.
    await expect(cellOf(book, 'Phụ lục', 'Xây dựng bãi đỗ xe', 'Tiến độ')).rejects.toThrow('no task');
    expect(await cellOf(book, 'Phụ lục', 'Diễn tập ứng phó lũ quét', 'Cơ quan chủ trì')).toBe('Ban Chỉ huy Quân sự huyện');
    const copies = readdirSync(dir).filter((f) => f.startsWith('replace.truoc-'));
    expect(copies).toHaveLength(1);
    expect(await cellOf(join(dir, copies[0]), 'Phụ lục', 'Xây dựng bãi đỗ xe', 'Tiến độ')).toBe('Hoàn thành');
  });
});
