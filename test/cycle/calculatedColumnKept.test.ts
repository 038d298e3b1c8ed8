/**
 * A master written back by `merge` or `report` (loaded and written by ExcelJS, which drops a
 * table column's calculatedColumnFormula on reading) declares Tình trạng as a calculated column
 * again: a row a user adds to the table after the merge still gets its status and colour.
 */
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { planWorkbook } from '../../src/core/plan';
import { workbookBytes } from '../../src/render/exceljs';
import { streamWorkbookBytes } from '../../src/render/xlsx';
import { loadMaster } from '../../src/render/exceljs/cycleBooks';
import { masterBytes } from '../../src/render/exceljs/cycleWrite';
import { expectOpensClean, xlsxCheck } from '../helpers/xlsxCheck';

const TEXT = [
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tRà soát danh mục thủ tục hành chính cấp xã\tSở Tư pháp\tQuý II/2027',
  '2\tXây dựng kho dữ liệu đất đai dùng chung\tSở Nông nghiệp và Môi trường\tNăm 2027',
].join('\n');

/** XML text → the characters it stands for (writers differ in what they escape: `"` or `&quot;`). */
const unescape = (x: string): string => x.replace(/&(quot|apos|lt|gt|amp);/g, (_m, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);

/** calculatedColumnFormula of every table column that has one: "Table[Column]" → formula (unescaped). */
async function declared(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const n of Object.keys(zip.files).filter((f) => /^xl\/tables\/.+\.xml$/.test(f))) {
    const xml = await zip.file(n)!.async('string');
    const table = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1];
    for (const m of xml.matchAll(/<tableColumn\b[^>]*\bname="([^"]+)"[^>]*><calculatedColumnFormula>([^<]*)</g)) out[`${table}[${m[1]}]`] = unescape(m[2]);
  }
  return out;
}

// The command line writes masters with the streaming writer; the ExcelJS renderer is the reference.
test.each([
  ['the streaming writer', streamWorkbookBytes],
  ['the ExcelJS renderer', workbookBytes],
])('a master written by %s, loaded and written back, keeps the calculated column Tình trạng and opens clean (no DEFECT, no WARN)', async (_name, write) => {
  const original = await write(planWorkbook({ programme: importProgramme(TEXT), findings: [], settings: { asOf: '2027-01-15', dueSoonDays: 30, today: '2027-01-15' } }));
  const before = await declared(original);
  // The import declares it (one appendix table, PhuLuc_1) …
  expect(Object.keys(before)).toEqual(['PhuLuc_1[Tình trạng]']);
  const m = await loadMaster(original);
  const again = await masterBytes(m.wb, m.calculated);
  // … and the master written back declares the same formula.
  expect(await declared(again)).toEqual(before);
  // Without what loadMaster read, ExcelJS alone writes none: the test can fail.
  expect(await declared(await masterBytes((await loadMaster(original)).wb))).toEqual({});
  const file = join(mkdtempSync(join(tmpdir(), 'phuluc-calc-')), 'so.xlsx');
  writeFileSync(file, again);
  expectOpensClean(file);
  const c = xlsxCheck(file);
  if (c) expect(c.output).not.toMatch(/^WARN/m);
});
