/** `phuluc report` records each report on Lịch sử (one row per report date) and draws Báo cáo again. */
import { readWorkbookFile } from '../helpers/excelJsRead';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

async function historyDates(book: string): Promise<string[]> {
  const wb = await readWorkbookFile(book);
  const ws = wb.getWorksheet('Lịch sử');
  if (!ws) return [];
  const out: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (v instanceof Date) out.push(v.toISOString().slice(0, 10));
    else if (typeof v === 'number' && v > 40000) out.push(new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10));
  });
  return out;
}

test('two reports on two dates leave two rows on Lịch sử; the same date again replaces its row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-report-'));
  const book = join(dir, 'theo-doi.xlsx');
  expect(runCli(['import', seedPath('003'), '-o', book, '--as-of', '30/06/2026']).code).toBe(0);
  expect(await historyDates(book)).toEqual([]);
  const first = runCli(['report', book, '-o', join(dir, 'q2.docx'), '--as-of', '30/06/2026']);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Lịch sử/);
  expect(await historyDates(book)).toEqual(['2026-06-30']);
  expect(runCli(['report', book, '-o', join(dir, 'q3.docx'), '--as-of', '30/09/2026']).code).toBe(0);
  expect(runCli(['report', book, '-o', join(dir, 'q3b.docx'), '--as-of', '30/09/2026']).code).toBe(0);
  expect(await historyDates(book)).toEqual(['2026-06-30', '2026-09-30']);
  // The workbook still reads as a Phụ lục workbook.
  expect(runCli(['validate', book, '--json']).code).not.toBe(2);
});
