import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-validate-xlsx-'));
const book = join(dir, 'so.xlsx');

interface JsonFinding {
  rule: string;
  tt: string;
  line: number;
  column: string;
  cell?: string;
}

describe('phuluc validate on a workbook checks the table as users left it', () => {
  beforeAll(async () => {
    expect(runCli(['import', seedPath('003'), '-o', book, '--as-of', '2026-06-15']).code).toBe(0);
  });

  it('finds the seed’s defects at their cells', () => {
    const r = runCli(['validate', book, '--json']);
    expect(r.code).toBe(0);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    // The same four warnings as the document (see test/core/validate), now pointing at cells.
    expect(findings.map((f) => `${f.rule}|${f.tt}|${f.column}`).sort()).toEqual(
      JSON.parse(runCli(['validate', seedPath('003'), '--json']).stdout)
        .findings.map((f: JsonFinding) => `${f.rule}|${f.tt}|${f.column}`)
        .sort(),
    );
    const gap = findings.find((f) => f.tt === '8' && f.column === 'tt')!;
    expect(gap.cell).toBe(`'Phụ lục'!A${gap.line}`);
  });

  it('sees a lead the user deleted, at its cell, as an error', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet('Phụ lục')!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (!row && r.getCell(1).value === '2' && String(r.getCell(2).value).startsWith('Chương trình phát triển đô thị')) row = n;
    });
    expect(row).toBeGreaterThan(0);
    ws.getCell(row, 3).value = null;
    const edited = join(dir, 'da-sua.xlsx');
    await wb.xlsx.writeFile(edited);
    const r = runCli(['validate', edited, '--json']);
    expect(r.code).toBe(1);
    const missing = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.column === 'lead' && f.tt === '2');
    expect(missing).toHaveLength(1);
    expect(missing[0].cell).toBe(`'Phụ lục'!C${row}`);
    const text = runCli(['validate', edited]);
    expect(text.stdout).toContain(`ô 'Phụ lục'!C${row}`);
  });

  it('refuses a workbook it did not write, and a file that is not a workbook', () => {
    const bare = join(dir, 'trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang 1').getCell('A1').value = 'TT';
    return wb.xlsx.writeFile(bare).then(() => {
      const r = runCli(['validate', bare]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/không có bảng phụ lục do Phụ lục tạo/);
      const fake = join(dir, 'gia.xlsx');
      writeFileSync(fake, 'không phải sổ');
      const f = runCli(['validate', fake]);
      expect(f.code).toBe(2);
      expect(f.stderr).toMatch(/không phải sổ Excel/);
    });
  });
});
