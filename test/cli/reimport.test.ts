import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../helpers/excelJsRead';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';
import { inspectXlsx, sheetOf } from '../helpers/xlsxInspect';
import { recalc } from '../helpers/xlsxRecalc';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-reimport-'));
const book = join(dir, 'so-theo-doi.xlsx');

/** Row (1-based) of item `tt` under the section starting with `section` in table PhuLuc_1. */
function rowOf(ws: ExcelJS.Worksheet, headers: string[], headerRow: number, section: string, tt: string): number {
  const ttCol = headers.indexOf('TT') + 1;
  const mucCol = headers.indexOf('Mục') + 1;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, ttCol).value ?? '') === tt && String(ws.getCell(r, mucCol).value ?? '').startsWith(section)) return r;
  }
  throw new Error(`no row ${section} ${tt}`);
}

describe('phuluc import over an earlier workbook keeps what users typed', () => {
  let typedRow = 0;
  let confirmedAgency = '';

  beforeAll(async () => {
    expect(runCli(['import', seedPath('003'), '-o', book, '--as-of', '2026-06-15']).code).toBe(0);
    // A user fills in progress for II.2 and confirms an agency on Danh mục.
    const wb = await readWorkbookFile(book);
    const ws = wb.getWorksheet('Phụ lục')!;
    const table = (ws.getTables() as unknown as Array<{ table: { name: string; tableRef: string } }>).find((t) => t.table.name === 'PhuLuc_1')!;
    const headerRow = Number(/\d+/.exec(table.table.tableRef)![0]);
    const headers = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''));
    typedRow = rowOf(ws, headers, headerRow, 'II.', '2');
    ws.getCell(typedRow, headers.indexOf('Tiến độ') + 1).value = 'Hoàn thành';
    ws.getCell(typedRow, headers.indexOf('Ngày hoàn thành') + 1).value = new Date(Date.UTC(2026, 4, 20));
    ws.getCell(typedRow, headers.indexOf('Ghi chú') + 1).value = 'Đã trình ngày 20/5';
    const cat = wb.getWorksheet('Danh mục')!;
    for (let r = 5; r <= cat.rowCount; r++) {
      if (cat.getCell(r, 3).value === 'Có trong văn bản') {
        cat.getCell(r, 3).value = 'Người dùng thêm';
        confirmedAgency = String(cat.getCell(r, 1).value);
        break;
      }
    }
    await wb.xlsx.writeFile(book);
  });

  it('carries the cells over, backs the old table up and says so', async () => {
    const r = runCli(['import', seedPath('003'), '-o', book, '--as-of', '2026-06-15']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Giữ lại 3 ô người dùng đã nhập; bảng cũ được sao lưu vào trang “Sao lưu [^”]+”/);

    const dump = inspectXlsx(book);
    expect(dump.sheets.filter((s) => s.title.startsWith('Sao lưu'))).toHaveLength(1);
    const sheet = sheetOf(dump, 'Phụ lục');
    const ref = sheet.tables.PhuLuc_1.ref;
    const headerRow = Number(/\d+/.exec(ref)![0]);
    const colOf = (h: string) => String.fromCharCode(64 + sheet.tables.PhuLuc_1.columns.indexOf(h) + 1);
    const row = Number(
      Object.keys(sheet.cells)
        .find((a) => a.startsWith(colOf('Ghi chú')) && sheet.cells[a] === 'Đã trình ngày 20/5')
        ?.slice(1),
    );
    expect(row).toBeGreaterThan(headerRow);
    expect(sheet.cells[`${colOf('TT')}${row}`]).toBe('2');
    expect(String(sheet.cells[`${colOf('Mục')}${row}`])).toMatch(/^II\./);
    expect(sheet.cells[`${colOf('Tiến độ')}${row}`]).toBe('Hoàn thành');
    expect(String(sheet.cells[`${colOf('Ngày hoàn thành')}${row}`])).toMatch(/^2026-05-20/);

    // The user's agency is still theirs on Danh mục.
    const cat = sheetOf(dump, 'Danh mục');
    const at = Object.keys(cat.cells).find((a) => /^A\d+$/.test(a) && cat.cells[a] === confirmedAgency)!;
    expect(cat.cells[`C${at.slice(1)}`]).toBe('Người dùng thêm');

    // LibreOffice recalculates: the carried-over progress drives the status.
    const values = sheetOf(inspectXlsx(recalc(book), true), 'Phụ lục');
    expect(values.cells[`${colOf('Tình trạng')}${row}`]).toBe('Hoàn thành đúng hạn');
  });

  it('copies the whole old workbook aside when it holds sheets the new one will not', async () => {
    const wb = await readWorkbookFile(book);
    wb.addWorksheet('Ghi chép riêng').getCell('A1').value = 'Họp giao ban 15/6';
    await wb.xlsx.writeFile(book);
    const r = runCli(['import', seedPath('003'), '-o', book, '--as-of', '2026-06-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Trang không có trong sổ mới, còn nguyên trong tệp .+\.xlsx: “Ghi chép riêng”\./);
    const m = /đã chép nguyên sổ cũ sang (.+\.xlsx)\./.exec(r.stdout);
    expect(m).not.toBeNull();
    const copy = await readWorkbookFile(m![1]);
    expect(copy.getWorksheet('Ghi chép riêng')!.getCell('A1').value).toBe('Họp giao ban 15/6');
  });

  it('never overwrites a workbook Phụ lục did not write', async () => {
    const other = join(dir, 'bang-luong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lương').getCell('A1').value = 'Bảng lương tháng 6';
    await wb.xlsx.writeFile(other);
    const before = readFileSync(other);
    const r = runCli(['import', seedPath('003'), '-o', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không do Phụ lục tạo: không ghi đè/);
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('never overwrites a file at the output path that is not a workbook', () => {
    const other = join(dir, 'khong-phai-so.xlsx');
    writeFileSync(other, 'ghi chép riêng của người dùng');
    const r = runCli(['import', seedPath('003'), '-o', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: .*không ghi đè/);
    expect(readFileSync(other, 'utf8')).toBe('ghi chép riêng của người dùng');
    expect(existsSync(join(dir, `.khong-phai-so.xlsx.${process.pid}.tmp`))).toBe(false);
  });
});
