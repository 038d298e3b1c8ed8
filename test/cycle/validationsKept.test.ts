/**
 * A merge rewrites the master through ExcelJS, which reads a validation per cell and, writing
 * them back, sorted the cells as strings ("C10" before "C7") and emitted overlapping ranges —
 * Excel's repair prompt. After compactValidations every cell has exactly one rule again.
 */
import { readWorkbookBytes } from '../helpers/excelJsRead';
import JSZip from 'jszip';
import { importProgramme } from '../../src/core/import';
import { planWorkbook } from '../../src/core/plan';
import { workbookBytes } from '../../src/render/exceljs';
import { masterBytes } from '../../src/render/exceljs/cycleWrite';
import { expectOpensClean } from '../helpers/xlsxCheck';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const rows = Array.from({ length: 12 }, (_, i) => `${i + 1}\tNhiệm vụ số ${i + 1}\tSở Tài chính\tQuý ${(i % 4) + 1 === 1 ? 'I' : 'II'}/2027`);
const TEXT = ['TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', ...rows].join('\n');

/** Every sqref of every data validation of every sheet. */
async function sqrefs(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return Promise.all(sheets.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"/g)].map((m) => m[1])));
}

const cellsOf = (sqref: string): string[] => {
  const [a, b = a] = sqref.split(':');
  const [, col, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const r2 = Number(/\d+$/.exec(b)![0]);
  return Array.from({ length: r2 - Number(r1) + 1 }, (_, i) => `${col}${Number(r1) + i}`);
};

test('a master read and written again keeps one validation per cell', async () => {
  const p = importProgramme(TEXT);
  const original = await workbookBytes(planWorkbook({ programme: p, findings: [], settings: { asOf: '2027-01-15', dueSoonDays: 30, today: '2027-01-15' } }));
  const wb = await readWorkbookBytes(original);
  const again = await masterBytes(wb);
  for (const refs of await sqrefs(again)) {
    const cells = refs.flatMap(cellsOf);
    expect(new Set(cells).size).toBe(cells.length);
  }
  // The same rules cover the same cells as before.
  const count = async (b: Uint8Array) => (await sqrefs(b)).flat().flatMap(cellsOf).length;
  expect(await count(again)).toBe(await count(original));
  const file = join(mkdtempSync(join(tmpdir(), 'phuluc-dv-')), 'so.xlsx');
  writeFileSync(file, again);
  expectOpensClean(file);
});
