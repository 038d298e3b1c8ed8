import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-import-'));

describe('phuluc import', () => {
  it('writes the workbook for 003 with the report date given by --as-of', () => {
    const out = join(dir, '003.xlsx');
    const r = runCli(['import', seedPath('003'), '-o', out, '--as-of', '2026-06-15', '--due-soon-days', '10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi ${out}`);
    const d = inspectXlsx(out);
    expect(d.sheets.map((s) => s.title)).toEqual(['Tổng hợp', 'Phụ lục', 'Kiểm tra', 'Danh mục']);
    const s = sheetOf(d, 'Tổng hợp');
    expect([s.cells.B3, s.cells.B4]).toEqual(['2026-06-15', 10]);
    expect(sheetOf(d, 'Kiểm tra').tables.KiemTra).toBeDefined();
  });

  it('puts the tables of several documents in one workbook', () => {
    const out = join(dir, 'both.xlsx');
    const r = runCli(['import', seedPath('003'), seedPath('004'), '-o', out]);
    expect(r.code).toBe(0);
    const d = inspectXlsx(out);
    expect(d.sheets.map((s) => s.title)).toEqual(['Tổng hợp', 'Phụ lục', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4', 'Kiểm tra', 'Danh mục']);
    expect(Object.keys(sheetOf(d, 'Phụ lục 4').tables)).toEqual(['PhuLuc_4']);
    expect(sheetOf(d, 'Tổng hợp').cells.B3).toBe('=TODAY()');
  });

  it('applies an amendment with --amend and adds the Điều chỉnh sheet (exit 1: a conflict to review)', () => {
    const out = join(dir, '001-000.xlsx');
    const r = runCli(['import', seedPath('001'), '--amend', seedPath('000'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/xung đột — xem trang “Điều chỉnh”/);
    const d = inspectXlsx(out);
    expect(d.sheets.map((s) => s.title)).toContain('Điều chỉnh');
    const twoTables = runCli(['import', seedPath('004'), '--amend', seedPath('000'), '-o', join(dir, 'no.xlsx')]);
    expect(twoTables.code).toBe(2);
    expect(twoTables.stderr).toMatch(/--amend chỉ áp dụng cho một văn bản gốc có đúng một bảng/);
    expect(existsSync(join(dir, 'no.xlsx'))).toBe(false);
  });

  it.each([
    [['import', seedPath('003'), '-o', 'x.xlsx', '--as-of', '2026-02-30'], /ngày báo cáo không hợp lệ: "2026-02-30"/],
    [['import', seedPath('003'), '-o', 'x.xlsx', '--due-soon-days', 'ba mươi'], /số ngày sắp đến hạn không hợp lệ/],
    [['import', seedPath('003')], /thiếu tệp đầu vào hoặc tệp kết quả/],
    [['import', seedPath('003'), '-o', 'x.csv'], /phải có đuôi \.xlsx/],
  ])('refuses bad options with a Vietnamese message and exit 2 (%#)', (args, message) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync('x.xlsx')).toBe(false);
  });

  it('leaves no file behind when the input is unusable', () => {
    const out = join(dir, 'none.xlsx');
    const missing = runCli(['import', join(dir, 'khong-co.txt'), '-o', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Lỗi: Không đọc được tệp/);
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const noText = runCli(['import', seedPath('003'), empty, '-o', out]);
    expect(noText.code).toBe(2);
    expect(noText.stderr).toMatch(/^Lỗi: /);
    const badDir = runCli(['import', seedPath('003'), '-o', join(dir, 'khong-co', 'a.xlsx')]);
    expect(badDir.code).toBe(2);
    expect(badDir.stderr).toMatch(/không ghi được tệp/);
    expect(readdirSync(dir).filter((f) => f.startsWith('none') || f.includes('.tmp'))).toEqual([]);
  });
});
